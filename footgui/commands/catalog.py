"""``footgui catalog``: the exercise catalog and program, for scripts and checks."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print everything as JSON")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.core.errors import ContentError

    try:
        catalog = ctx.catalog
    except ContentError as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    if args.json:
        json.dump(catalog.to_json(), ctx.out, indent=2, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    for ex in catalog:
        stages = ",".join(str(s) for s in ex.stages)
        ctx.out.write(f"{ex.id:32} stage {stages:8} {ex.category:11} {ex.name}\n")
    ctx.out.write(f"{len(catalog)} exercises, {len(catalog.program.stages)} stages\n")
    return 0
