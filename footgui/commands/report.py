"""``footgui report``: the physio report as a PDF, without opening the window.

Same content as File > Export report. Dates are ISO (YYYY-MM-DD); without
them the report covers the last 12 weeks up to today. Units follow the
settings the GUI saved in the data folder.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        metavar="DATE",
        help="first day (default: 12 weeks before --to)",
    )
    parser.add_argument(
        "--to", dest="end", type=_iso_date, metavar="DATE", help="last day (default: today)"
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.core.report_data import DEFAULT_WEEKS, default_range
    from footgui.store.errors import StoreError

    today = date.today()
    end: date = args.end or today
    start: date = args.start or default_range(end, DEFAULT_WEEKS)[0]
    if end < start:
        ctx.out.write(f"footgui: --to ({end}) is before --from ({start})\n")
        return 2
    # Text layout and PDF output need a Qt GUI application, never a window.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from footgui.ui.report import ReportError, export_report, units_from

    _app = QGuiApplication.instance() or QGuiApplication(["footgui"])
    settings = QSettings(str(ctx.paths.data / "settings.ini"), QSettings.Format.IniFormat)
    try:
        result = export_report(
            ctx.open_db(),
            ctx.catalog,
            Path(args.out),
            start,
            end,
            units=units_from(settings),
            today=today,
        )
    except ReportError as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    except StoreError as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    ctx.out.write(
        f"wrote {result.path} ({result.pages} pages, {start.isoformat()} to {end.isoformat()})\n"
    )
    return 0
