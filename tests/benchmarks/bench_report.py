"""report_12w_ms, report_1y_ms, report_10y_ms: writing the physio PDF in process.

The diary is the demo history (``generate_demo_data``, 10 years ending
today), the range the last 12 weeks, the last year and everything. Timed from
querying to the renamed file, recommendation included; the median of three
runs is reported. Ten years is the worst case a "whole history" export meets
(~120 pages, mostly the pain history), which the dialog writes in a worker.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

RUNS = 3
TARGETS_MS = {"report_12w_ms": 1000, "report_1y_ms": 2000, "report_10y_ms": 10000}


def run() -> dict[str, dict[str, Any]]:
    from PySide6.QtGui import QGuiApplication

    from footgui.core.catalog import load_catalog
    from footgui.core.units import Units
    from footgui.store.db import open_database
    from footgui.store.demo_data import generate_demo_data, templates_from_catalog
    from footgui.ui.report import export_report

    _app = QGuiApplication.instance() or QGuiApplication(["bench"])
    catalog = load_catalog()
    today = dt.date.today()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_database(f"sqlite:///{root / 'bench.sqlite3'}")
        generate_demo_data(db, 10, today=today, templates=templates_from_catalog(catalog))
        for key, days in (("report_12w_ms", 84), ("report_1y_ms", 365), ("report_10y_ms", 3653)):
            times = []
            pages = 0
            for n in range(RUNS):
                start = time.perf_counter()
                result = export_report(
                    db,
                    catalog,
                    root / f"{key}-{n}.pdf",
                    today - dt.timedelta(days=days - 1),
                    today,
                    units=Units(),
                    today=today,
                )
                times.append((time.perf_counter() - start) * 1000)
                pages = result.pages
            results[key] = {
                "value": round(statistics.median(times), 1),
                "unit": "ms",
                "target": TARGETS_MS[key],
                "pages": pages,
            }
        db.close()
    return results
