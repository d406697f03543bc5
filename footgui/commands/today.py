"""``footgui today``: today's recommendation and its reasons, as text or JSON.

The same engine and snapshot as the Today page, so scripts and tests see
exactly what the user sees.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext
    from footgui.core.recommendation import Recommendation


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the recommendation as JSON")
    parser.add_argument(
        "--date", type=_day, metavar="YYYY-MM-DD", help="decide as if today were this day"
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.core.errors import ContentError
    from footgui.core.progression import recommend
    from footgui.store.db import StoreError
    from footgui.store.history import load_history

    today: date = args.date or date.today()
    try:
        catalog = ctx.catalog
        history = load_history(ctx.open_db(), today)
    except (ContentError, StoreError) as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    rec = recommend(history, catalog, today)
    if args.json:
        json.dump(rec.to_json(), ctx.out, indent=2, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        write_text(rec, ctx.out)
    return 0


def write_text(rec: Recommendation, out: IO[str]) -> None:
    """The recommendation as plain text, most important first."""
    w = out.write
    w(f"Today, {rec.today:%a %d %b %Y}: stage {rec.stage}, {rec.stage_name}\n")
    w(f"{rec.title.upper()}: {rec.headline}\n")
    for warning in rec.warnings:
        w(f"\n! {warning.text} [{warning.source_label}]\n")
    if rec.session is not None:
        w(f"\nSession: {rec.session.name}, about {rec.session.minutes} min\n")
        for ex in rec.session.exercises:
            block = "" if ex.block == "main" else f" ({ex.block})"
            w(f"  {ex.name:48} {ex.dose_text}{block}\n")
            if ex.note:
                w(f"      {ex.note}\n")
    w("\nWhy:\n")
    for reason in rec.reasons:
        w(f"  - {reason.text}\n      rule: {reason.rule} [{reason.source_label}]\n")
    if rec.gate:
        w(f"\nTo leave stage {rec.stage}:\n")
        for check in rec.gate:
            mark = {True: "x", False: " ", None: "?"}[check.met]
            w(f"  [{mark}] {check.label} {check.target}: {check.detail}\n")
    elif rec.next_stage is None:
        w(f"\nStage {rec.stage} is the last: keep it going as maintenance.\n")
    if rec.week is not None:
        week = rec.week
        pct = "-" if week.adherence_pct is None else f"{week.adherence_pct}%"
        w(
            f"\nThis week: {week.done_so_far} of {week.planned_so_far} sessions and "
            f"{week.runs_done_so_far} of {week.runs_planned_so_far} runs due so far; "
            f"adherence {pct}\n"
        )
    if rec.unknowns:
        w("\nWhat I did not know:\n")
        for note in rec.unknowns:
            w(f"  - {note}\n")
