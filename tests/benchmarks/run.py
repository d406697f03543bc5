"""Run every tests/benchmarks/bench_*.py, print a table, write build/bench.json.

Each module's ``run()`` returns ``{"metric": {"value", "unit", "target"}}``.
Speed is compared against baselines measured in the same run (ratios) where
it can be, because these machines are noisy. A benchmark that fails is
reported and the others still run; the exit code says whether any failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
log = logging.getLogger("bench")


def load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="build/bench.json")
    parser.add_argument("--only", nargs="*", help="module stems, e.g. bench_startup")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.path.insert(0, str(HERE))
    results: dict[str, dict[str, object]] = {}
    failed: list[str] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and path.stem not in args.only:
            continue
        log.info("running %s ...", path.stem)
        try:
            results.update(load(path).run())
        except Exception:
            failed.append(path.stem)
            log.error("%s failed:\n%s", path.stem, traceback.format_exc())
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.only and out.exists():  # a partial run updates the file, keeping the rest
        results = {**json.loads(out.read_text()), **results}
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    lines = [f"{'metric':28} {'value':>10} {'unit':6} {'target':>8}  ok"]
    for name, m in sorted(results.items()):
        value, target = float(m["value"]), float(m["target"])  # type: ignore[arg-type]
        ok = "yes" if value <= target else "NO"
        lines.append(f"{name:28} {value:10.3f} {m['unit']!s:6} {target:8.3f}  {ok}")
    sys.stdout.write("\n".join(lines) + f"\n\nwritten to {out}\n")
    if failed:
        sys.stdout.write(f"failed benchmarks: {', '.join(failed)}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
