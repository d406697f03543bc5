"""The Linux installer's size and the frozen app's start against the dev install.

- deb_mb: the .deb as downloaded (MB = 10^6 bytes).
- installed_mb: what it unpacks to (the .deb's Installed-Size).
- frozen_startup_ratio: ``footgui --quit-after-startup`` of the frozen app
  (build/dist/footgui, the payload the .deb installs) over the same command
  from the dev install, timed alternately on the same data folder so machine
  noise hits both alike; ratio of medians of PAIRS pairs.

Builds the packages with ``make deb`` first when build/ lacks them or is older
than the sources it packs (a stale build would measure, and refuse, the wrong app).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAIRS = 7
MB = 1_000_000


def _version() -> str:
    text = (ROOT / "footgui" / "__init__.py").read_text()
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    assert match
    return match.group(1)


def _newest_source() -> float:
    """When the packed sources last changed: the app, its content and its clips."""
    return max(
        p.stat().st_mtime
        for top in ("footgui", "resources", "assets")
        for p in (ROOT / top).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def _artefacts() -> tuple[Path, Path]:
    exe = ROOT / "build" / "dist" / "footgui" / "footgui"
    debs = sorted((ROOT / "build" / "packages").glob(f"footgui_{_version()}_*.deb"))
    if not (exe.exists() and debs) or min(exe.stat().st_mtime, debs[-1].stat().st_mtime) < (
        _newest_source()
    ):
        subprocess.run(["make", "deb"], cwd=ROOT, check=True, timeout=3600)
        debs = sorted((ROOT / "build" / "packages").glob(f"footgui_{_version()}_*.deb"))
    return exe, debs[-1]


def _installed_kib(deb: Path) -> int:
    out = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Installed-Size"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip())


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=120)
    return time.perf_counter() - start


def run() -> dict[str, dict[str, object]]:
    exe, deb = _artefacts()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOOTGUI_NO_DIALOG": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        data = ["--data-dir", str(Path(tmp) / "data")]
        dev = [sys.executable, "-m", "footgui", *data, "--quit-after-startup"]
        frozen = [str(exe), *data, "--quit-after-startup"]
        subprocess.run(
            [sys.executable, "-m", "footgui", *data, "demo-data", "--years", "1"],
            check=True,
            env=env,
            capture_output=True,
            timeout=600,
        )
        _time(dev, env), _time(frozen, env)  # warm the disk cache
        dev_s, frozen_s = [], []
        for _ in range(PAIRS):
            dev_s.append(_time(dev, env))
            frozen_s.append(_time(frozen, env))
    return {
        "deb_mb": {"value": round(deb.stat().st_size / MB, 1), "unit": "MB", "target": 90},
        "installed_mb": {
            "value": round(_installed_kib(deb) * 1024 / MB, 1),
            "unit": "MB",
            "target": 250,
        },
        "frozen_startup_ratio": {
            "value": round(statistics.median(frozen_s) / statistics.median(dev_s), 3),
            "unit": "x",
            "target": 1.2,
        },
    }
