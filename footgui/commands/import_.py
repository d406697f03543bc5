"""``footgui import``: add diary CSV files, or restore a JSON backup, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        metavar="PATH",
        help="a JSON backup, a folder of CSV files (checkins.csv, runs.csv, ...) or one CSV file",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="restore a JSON backup over existing data (a copy of the database is kept first)",
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.core.diary_formats import ImportRejected
    from footgui.store.db import StoreError
    from footgui.store.diary_io import import_path

    path = Path(args.path).expanduser()
    try:
        counts = import_path(ctx.open_db(), path, replace=args.replace)
    except ImportRejected as exc:
        ctx.out.write(f"footgui: nothing was imported from {path}:\n{exc.summary()}\n")
        return 1
    except StoreError as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "no rows"
    ctx.out.write(f"imported {summary}\n")
    return 0
