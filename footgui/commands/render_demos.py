"""``footgui render-demos``: draw and encode the demo clips and their cue tracks.

A developer tool (needs the ``demos`` extra for PyAV); the app only plays the
files it writes: a word-free video per exercise and its cue tracks, one per
language (``--cues-only`` rewrites just the tracks, in a second or two).
Problems in the keyframe files are listed by file and exercise, and every
other clip still renders; the exit code is 1 if any exercise was left
without a fresh clip.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--only", nargs="+", metavar="ID", help="render only these exercises (catalog ids)"
    )
    parser.add_argument(
        "--out", metavar="DIR", help="folder for the clips (default: the bundled assets/clips)"
    )
    parser.add_argument(
        "--contact-sheet",
        metavar="OUT.png",
        help="also write a PNG grid of frames per exercise, to check the clips by eye",
    )
    parser.add_argument(
        "--no-clips", action="store_true", help="only check the animations (and write the sheet)"
    )
    parser.add_argument(
        "--cues-only",
        action="store_true",
        help="only rewrite the cue tracks (every language) next to the existing clips",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: one per CPU core, at most 4)",
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.demos.render import (
        RenderResult,
        build_plans,
        default_out_dir,
        localize_plans,
        render_all,
        write_cue_tracks,
    )

    out = ctx.out
    started = time.perf_counter()
    plans, errors = build_plans(ctx.catalog, only=args.only)
    local, word_errors = localize_plans(plans)
    errors += word_errors
    for error in errors:
        out.write(f"error: {error}\n")
    failed = len(errors)
    if args.cues_only and not args.no_clips:
        out_dir = Path(args.out) if args.out else default_out_dir()
        written = write_cue_tracks(plans, out_dir, local)
        out.write(
            f"{len(written)} cue tracks in {out_dir} in {time.perf_counter() - started:.1f} s\n"
        )
    elif not args.no_clips and plans:
        from footgui.demos.encoder import EncoderMissing

        out_dir = Path(args.out) if args.out else default_out_dir()

        def progress(result: RenderResult) -> None:
            if result.error:
                out.write(f"error: {result.error}\n")
            else:
                out.write(
                    f"rendered {result.exercise_id}: {result.seconds:.1f} s, "
                    f"{result.frames} frames, {result.size / 1024:.0f} KB\n"
                )
            out.flush()

        try:
            results = render_all(plans, out_dir, jobs=args.jobs, progress=progress, local=local)
        except EncoderMissing as exc:
            out.write(f"error: {exc}\n")
            return 1
        bad = [r for r in results if r.error]
        failed += len(bad)
        total = sum(r.size for r in results if not r.error)
        out.write(
            f"{len(results) - len(bad)} clips in {out_dir} ({total / 1e6:.1f} MB) "
            f"in {time.perf_counter() - started:.1f} s\n"
        )
    if args.contact_sheet:
        from footgui.demos.contact import contact_sheet

        names = {ex.id: ex.name for ex in ctx.catalog}
        path = contact_sheet(plans, Path(args.contact_sheet), names=names)
        out.write(f"contact sheet: {os.fspath(path)} ({len(plans)} exercises)\n")
    if failed:
        out.write(f"{failed} problem(s); see the errors above\n")
    return 1 if failed else 0
