"""``footgui demo-data``: a realistic synthetic history to try every page with."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--years", type=float, default=1.0, help="length of the history")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the entries of a database that holds some (backed up first)",
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.core.errors import ContentError
    from footgui.store.db import StoreError
    from footgui.store.demo_data import generate_demo_data, templates_from_catalog

    if not 0 < args.years <= 30:
        ctx.out.write("footgui: --years must be between 0 and 30\n")
        return 2
    try:
        counts = generate_demo_data(
            ctx.open_db(),
            args.years,
            seed=args.seed,
            force=args.force,
            templates=templates_from_catalog(ctx.catalog),
        )
    except (StoreError, ContentError) as exc:
        ctx.out.write(f"footgui: {exc}\n")
        return 1
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    ctx.out.write(f"demo data written: {summary}\n")
    return 0
