"""trends_open_ms and trends_redraw_ms: the Trends page with 10 years of daily data.

Every series gets an entry every day for ten years (a heavier diary than any
real user keeps): 3 balance trials per side eyes open and closed, knee-to-wall
and heel rises per side, a full check-in, a session and a run, plus stage
changes. Opening is timed from constructing the page to its first complete
paint (charts included), with pyqtgraph already imported (the import, ~0.4 s, is logged
separately: it is paid once per app run and could be taken off the click by
importing the page module in the background after start-up). Redraw is one
range change (4 weeks / 12 weeks / 1 year / all in turn) on the visible tab
plus a synchronous repaint of the page and its visible charts, measured on
every tab; the reported figure is the median over all of them.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("bench.trends")

YEARS = 10
OPENS = 5
ROUNDS = 8


def fill_daily(db: Any, years: int = YEARS, seed: int = 7) -> int:
    """Write ``years`` of daily entries for every series; returns the number of days."""
    from sqlalchemy import insert

    from footgui.store.models import (
        CheckIn,
        Measurement,
        Profile,
        Run,
        StageEvent,
        TrainingSession,
    )

    rng = random.Random(seed)
    today = dt.date.today()
    n = years * 365 + years // 4
    start = today - dt.timedelta(days=n - 1)
    measurements: list[dict[str, Any]] = []
    checkins: list[dict[str, Any]] = []
    sessions: list[dict[str, Any]] = []
    runs: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = [{"day": start, "stage": 1, "kind": "start", "reason": ""}]
    stage = 1
    for i in range(n):
        day = start + dt.timedelta(days=i)
        at = dt.datetime.combine(day, dt.time(18, 0))
        g = 1 - math.exp(-i / 200)
        for side in ("left", "right"):
            for trial in (1, 2, 3):
                for kind, base, gain in (("balance_eo", 25, 20), ("balance_ec", 5, 10)):
                    value = max(0.5, min(45.0, base + gain * g + rng.gauss(0, 3)))
                    measurements.append(
                        {
                            "day": day,
                            "taken_at": at,
                            "kind": kind,
                            "side": side,
                            "trial": trial,
                            "value": round(value, 1),
                            "note": "",
                        }
                    )
            measurements.append(
                {
                    "day": day,
                    "taken_at": at,
                    "kind": "knee_to_wall",
                    "side": side,
                    "trial": None,
                    "value": round(9 + 3 * g + rng.gauss(0, 0.5), 1),
                    "note": "",
                }
            )
            measurements.append(
                {
                    "day": day,
                    "taken_at": at,
                    "kind": "heel_rises",
                    "side": side,
                    "trial": None,
                    "value": float(round(15 + 12 * g + rng.gauss(0, 2))),
                    "note": "",
                }
            )
        pain = max(0, min(10, round(4 * (1 - g) + rng.gauss(0.5, 1))))
        checkins.append(
            {
                "day": day,
                "first_step_pain": pain,
                "pain_during": max(0, pain - 1),
                "pain_after": pain,
                "next_morning_pain": pain,
                "stiffness": pain,
                "foot_fatigue": 2,
                "sleep_h": 7.5,
                "note": "",
            }
        )
        begin = dt.datetime.combine(day, dt.time(7, 0))
        sessions.append(
            {
                "started_at": begin,
                "ended_at": begin + dt.timedelta(minutes=rng.randint(15, 40)),
                "template_id": "bench",
                "stage": stage,
                "status": "finished",
                "note": "",
            }
        )
        runs.append(
            {
                "day": day,
                "distance_m": rng.uniform(3000, 12000) * (1.8 if i % 40 == 0 else 1),
                "duration_s": 1800.0,
                "run_type": "easy",
                "note": "",
            }
        )
        if i and i % 90 == 0:
            stage = stage % 4 + 1
            events.append({"day": day, "stage": stage, "kind": "advance", "reason": ""})
    with db.session() as session:
        session.execute(
            insert(Profile),
            [{"id": 1, "age": 42, "sex": "male", "current_stage": stage, "units": "metric"}],
        )
        for model, rows in (
            (Measurement, measurements),
            (CheckIn, checkins),
            (TrainingSession, sessions),
            (Run, runs),
            (StageEvent, events),
        ):
            session.execute(insert(model), rows)
    return n


def _redraw(page: Any) -> None:
    """Paint now what a range change alters: the page's widgets and each chart's scene.

    A plain ``repaint()`` of the page does not draw a QGraphicsView's scene
    (that waits for the view's own update), so each visible chart's viewport
    is repainted explicitly.
    """
    page.repaint()
    for panel in page.current_tab.panels:
        panel.plot_widget.viewport().repaint()


def run() -> dict[str, dict[str, object]]:
    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:
        sys.path.insert(0, root)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from footgui.core.catalog import load_catalog
    from footgui.paths import user_paths
    from footgui.store.db import open_database
    from footgui.ui.context import AppBus, AppContext
    from footgui.ui.style import STYLE

    started = time.perf_counter()
    from footgui.ui.pages.trends import RANGES, TrendsPage

    import_ms = (time.perf_counter() - started) * 1000
    app.setStyleSheet(STYLE)  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(f"sqlite:///{folder / 'footgui.sqlite3'}", backup_dir=folder / "b")
        days = fill_daily(db)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        bus = AppBus()
        ctx = AppContext(db, load_catalog(), user_paths(folder), settings, bus)
        opens: list[float] = []
        page = None
        for _ in range(OPENS):
            if page is not None:
                page.close()
                page.deleteLater()
                app.processEvents()  # type: ignore[union-attr]
            t0 = time.perf_counter()
            page = TrendsPage(ctx)
            page.resize(1280, 800)
            page.show()
            app.processEvents()  # type: ignore[union-attr]
            _redraw(page)
            opens.append((time.perf_counter() - t0) * 1000)
        assert page is not None
        redraws: dict[str, list[float]] = {}
        keys = list(RANGES)
        for tab in page.tabs:
            page.show_tab(tab.key)
            app.processEvents()  # type: ignore[union-attr]
            _redraw(page)
            times = redraws.setdefault(tab.key, [])
            for r in range(ROUNDS):
                for key in keys[r % 2 :] + keys[: r % 2]:
                    t0 = time.perf_counter()
                    page.set_range(key)
                    _redraw(page)
                    times.append((time.perf_counter() - t0) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()  # type: ignore[union-attr]
        db.close()
        bus.deleteLater()
    all_redraws = sorted(t for ts in redraws.values() for t in ts)
    log.info(
        "trends: %d days; import %.0f ms; opens %s ms (last load %.0f ms); redraw median per "
        "tab %s; all tabs p90 %.1f ms, max %.1f ms",
        days,
        import_ms,
        [round(t) for t in opens],
        page.last_load_ms,
        {k: round(statistics.median(v), 1) for k, v in redraws.items()},
        all_redraws[int(0.9 * (len(all_redraws) - 1))],
        all_redraws[-1],
    )
    return {
        "trends_open_ms": {
            "value": round(statistics.median(opens), 1),
            "unit": "ms",
            "target": 400,
        },
        "trends_redraw_ms": {
            "value": round(statistics.median(all_redraws), 2),
            "unit": "ms",
            "target": 16,
        },
    }


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.stdout.write(f"{run()}\n")
