"""diary_open_ms and diary_insert_ms: the Diary page over 100,000 entries, and one save.

``diary_open_ms`` is the median time from constructing the page to its first
complete paint (forms, shoe totals, the history's first page and count),
with 100,000 check-ins, test results and runs in a real SQLite file; the
first construction is discarded because it pays for imports.
``diary_insert_ms`` is the median of committed single check-in saves through
``store.diary.insert_record``, the call the check-in form makes.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ENTRIES = 100_000
OPEN_RUNS = 9
INSERTS = 200


def _fill(db: object) -> None:
    from sqlalchemy import insert

    from footgui.store.models import CheckIn, Measurement, Run, Shoe

    today = date.today()
    n_checkins, n_runs = 20_000, 30_000
    n_measures = ENTRIES - n_checkins - n_runs
    kinds = ("balance_eo", "balance_ec", "knee_to_wall", "heel_rises")
    with db.session() as s:  # type: ignore[attr-defined]
        s.execute(
            insert(Shoe), [{"name": f"Shoe {i}", "retired": i > 2, "note": ""} for i in range(6)]
        )
        s.execute(insert(CheckIn), [
            {"day": today - timedelta(days=i + 1), "first_step_pain": i % 6, "stiffness": i % 4,
             "foot_fatigue": i % 5, "sleep_h": 7.0 + (i % 3) / 2, "note": ""}
            for i in range(n_checkins)
        ])  # fmt: skip
        s.execute(insert(Run), [
            {"day": today - timedelta(days=i % n_checkins + 1), "distance_m": 4000.0 + i % 9000,
             "duration_s": 1500.0 + i % 2400, "run_type": "easy", "surface": "road",
             "shoe_id": 1 + i % 6, "pain_after": i % 4, "note": ""}
            for i in range(n_runs)
        ])  # fmt: skip
        s.execute(insert(Measurement), [
            {"day": (d := today - timedelta(days=i // 4 + 1)),
             "taken_at": datetime.combine(d, datetime.min.time()), "kind": kinds[i % 4],
             "side": "left" if i % 2 else "right", "trial": 1 + i % 3, "value": 5.0 + i % 30,
             "note": ""}
            for i in range(n_measures)
        ])  # fmt: skip


def _open_ms(data: Path, db: object) -> float:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from footgui.app import make_app
    from footgui.core.catalog import load_catalog
    from footgui.paths import user_paths
    from footgui.ui.context import AppBus, AppContext
    from footgui.ui.pages.diary import DiaryPage

    app = make_app()
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        db=db,  # type: ignore[arg-type]
        catalog=load_catalog(),
        paths=user_paths(data),
        settings=settings,
        bus=AppBus(),
    )
    times = []
    for _ in range(OPEN_RUNS + 1):
        start = time.perf_counter()
        page = DiaryPage(ctx)
        page.resize(1216, 740)
        page.show()
        page.repaint()
        times.append((time.perf_counter() - start) * 1000)
        assert page.history.model.total == ENTRIES, page.history.model.total
        page.close()
        page.deleteLater()
        QApplication.processEvents()
    app.processEvents()
    return statistics.median(times[1:])


def _insert_ms(db: object) -> float:
    from footgui.store.diary import insert_record

    start_day = date.today() + timedelta(days=10)  # days no check-in uses yet
    times = []
    for i in range(INSERTS):
        values = {"day": start_day + timedelta(days=i), "first_step_pain": 2, "stiffness": 1,
                  "foot_fatigue": 3, "sleep_h": 7.5, "note": "bench"}  # fmt: skip
        start = time.perf_counter()
        insert_record(db, "checkin", values)  # type: ignore[arg-type]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> dict[str, dict[str, object]]:
    from footgui.store.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        db = open_database(f"sqlite:///{data / 'footgui.sqlite3'}", backup_dir=data / "backups")
        try:
            _fill(db)
            open_ms = _open_ms(data, db)
            insert_ms = _insert_ms(db)
        finally:
            db.close()
    return {
        "diary_open_ms": {"value": round(open_ms, 1), "unit": "ms", "target": 150},
        "diary_insert_ms": {"value": round(insert_ms, 2), "unit": "ms", "target": 10},
    }
