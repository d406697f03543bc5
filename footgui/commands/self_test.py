"""``footgui self-test``: can this install work? Checked headless.

Used by packaging smoke tests and by users reporting a problem: each check
prints one line, and the exit code says whether all passed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-media", action="store_true", help="skip the Qt Multimedia library check"
    )


def _database(ctx: CommandContext) -> str:
    from footgui.store.repos import count_entries

    db = ctx.open_db()
    counts = count_entries(db)
    return f"database {db.url} is at the newest schema ({sum(counts.values())} entries)"


def _content(ctx: CommandContext) -> str:
    catalog = ctx.catalog
    return f"content: {len(catalog)} exercises, {len(catalog.program.stages)} stages"


def _clips(ctx: CommandContext) -> str:
    from footgui.core.catalog import cue_track_path
    from footgui.paths import assets_dir, resources_dir

    root = assets_dir()
    # Every language the content is translated into needs its own cue tracks too.
    languages = sorted(p.suffixes[0][1:] for p in resources_dir().glob("exercises.*.toml"))
    missing = [
        rel
        for ex in ctx.catalog
        for rel in (ex.clip, ex.cue_track, *(cue_track_path(ex.id, lang) for lang in languages))
        if not (root / rel).is_file() or (root / rel).stat().st_size == 0
    ]
    if missing:
        shown = ", ".join(missing[:6]) + (" …" if len(missing) > 6 else "")
        raise RuntimeError(f"{len(missing)} clip or cue files missing in {root}: {shown}")
    tracks = ", ".join(["en", *languages])
    return f"clips: all {len(ctx.catalog)} clips and their cue tracks ({tracks}) present"


def _media(_ctx: CommandContext) -> str:
    try:
        from PySide6 import QtMultimedia
    except ImportError as exc:
        raise RuntimeError(f"Qt Multimedia cannot load: {exc}") from exc
    from PySide6 import __version__ as pyside_version

    del QtMultimedia  # imported only to prove its libraries load
    return f"Qt Multimedia loads (PySide6 {pyside_version})"


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    checks: list[tuple[str, Callable[[CommandContext], str]]] = [
        ("database", _database),
        ("content", _content),
        ("clips", _clips),
    ]
    if not args.no_media:
        checks.append(("media", _media))
    failed = 0
    for name, check in checks:
        try:
            ctx.out.write(f"ok    {check(ctx)}\n")
        except Exception as exc:
            failed += 1
            ctx.out.write(f"FAIL  {name}: {exc}\n")
    ctx.out.write("self-test passed\n" if not failed else f"self-test: {failed} check(s) failed\n")
    return 0 if not failed else 1
