"""``footgui export``: the diary as tidy CSV files, or a JSON backup of every table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("csv", "json"),
        required=True,
        help="csv: one file per kind; json: full backup",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="a folder for csv (created if needed), a file for json",
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.store.db import StoreError
    from footgui.store.diary_io import export_csv, export_json

    out = Path(args.out).expanduser()
    try:
        db = ctx.open_db()
        if args.format == "csv":
            if out.exists() and not out.is_dir():
                ctx.out.write(f"footgui: {out} is a file; csv export needs a folder\n")
                return 2
            written = export_csv(db, out)
            for path in written:
                ctx.out.write(f"wrote {path}\n")
        else:
            if out.is_dir():
                ctx.out.write(f"footgui: {out} is a folder; json export needs a file name\n")
                return 2
            ctx.out.write(f"wrote {export_json(db, out)}\n")
    except StoreError as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    except OSError as exc:
        ctx.out.write(f"footgui: cannot write {out}: {exc.strerror or exc}\n")
        return 1
    return 0
