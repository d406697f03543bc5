"""render_all_s: the whole demo library drawn and encoded from scratch.

Renders every catalog exercise's clip and cue track into a temporary folder
with the same settings as ``footgui render-demos`` (one process per core),
timed from loading the animation data to the last file written. The size of
the result is reported too, against the 15 MB budget for all clips.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

log = logging.getLogger("bench.render")


def run() -> dict[str, dict]:  # type: ignore[type-arg]
    from footgui.core.catalog import load_catalog
    from footgui.demos.render import build_plans, render_all

    catalog = load_catalog()
    with tempfile.TemporaryDirectory(prefix="footgui-bench-render-") as tmp:
        started = time.perf_counter()
        plans, errors = build_plans(catalog)
        if errors:
            raise RuntimeError(f"animation data has problems: {errors[0]}")
        results = render_all(plans, Path(tmp))
        elapsed = time.perf_counter() - started
        failed = [r for r in results if r.error]
        if failed:
            raise RuntimeError(f"{len(failed)} clips failed: {failed[0].error}")
        total = sum(r.size for r in results)
        frames = sum(r.frames for r in results)
    log.info(
        "rendered %d clips, %d frames, %.1f MB in %.1f s",
        len(results),
        frames,
        total / 1e6,
        elapsed,
    )
    return {
        "render_all_s": {"value": round(elapsed, 2), "unit": "s", "target": 60},
        "clips_total_mb": {"value": round(total / 1e6, 2), "unit": "MB", "target": 15},
    }
