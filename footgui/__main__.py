"""Entry point: ``footgui`` and ``python -m footgui``.

Startup order matters: excepthook first so nothing escapes, then arguments,
logging, paths, the database (opened and migrated with a backup before the
GUI exists), and only then Qt. Heavy modules load as late as possible.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from footgui.cli import CommandContext
    from footgui.store.db import Database
    from footgui.ui.single_instance import SingleInstance

log = logging.getLogger("footgui")


def main(argv: list[str] | None = None) -> int:
    from footgui import crash

    crash.install()
    from footgui.cli import build_parser, make_context, run_command

    args = build_parser().parse_args(argv)
    ctx = make_context(args)
    from footgui.logs import setup_logging

    crash.set_log_file(setup_logging(ctx.paths.logs, verbose=args.verbose))
    if args.command:
        return run_command(ctx)
    return _gui(ctx)


def _gui(ctx: CommandContext) -> int:
    from footgui.ui.single_instance import SingleInstance, ask_running_instance_to_raise

    instance = SingleInstance(ctx.paths.data)
    if not instance.acquire():
        heard = ask_running_instance_to_raise(ctx.paths.data)
        sys.stderr.write(
            f"footgui is already running with the data folder {ctx.paths.data}; "
            + ("its window was brought to the front.\n" if heard else "it did not answer.\n")
        )
        return 0 if heard else 3
    try:
        return _gui_locked(ctx, instance)
    finally:
        instance.release()


def _gui_locked(ctx: CommandContext, instance: SingleInstance) -> int:
    from footgui.store.errors import StoreError

    try:
        open_db = _database_opener(ctx)
    except StoreError as exc:
        log.error("cannot open the database: %s", exc)
        sys.stderr.write(f"footgui: {exc}\n")
        if exc.kind == "corrupt" and not ctx.args.db_url and not ctx.args.quit_after_startup:
            from footgui.app import prepare_app
            from footgui.ui.recovery_dialog import offer_recovery

            prepare_app(ctx.paths)  # the dialog speaks the user's language
            if offer_recovery(exc, ctx.paths):
                return _gui_locked(ctx, instance)
            return 2
        from PySide6.QtCore import QCoreApplication

        from footgui.app import prepare_app, show_fatal
        from footgui.ui.i18n import error_text

        prepare_app(ctx.paths)
        title = QCoreApplication.translate("Startup", "footgui: cannot open your data")
        show_fatal(title, error_text(exc))
        return 2
    from footgui.app import run_gui

    try:
        return run_gui(ctx.args, ctx.paths, open_db, instance)
    finally:
        ctx.close()


def _database_opener(ctx: CommandContext) -> Callable[[], Database]:
    """Check the database now; open it now only if it must be created or migrated.

    The usual case, a SQLite file already at the newest schema, is checked
    with the standard library and opened after the window's first paint.
    """
    if not ctx.args.db_url:
        from footgui.store.preflight import HEAD_REVISION, preflight

        probe = preflight(ctx.paths.database, ctx.paths.backups)
        if probe is not None and probe.revision == HEAD_REVISION:
            return lambda: ctx.open_db(checked=probe)
        db = ctx.open_db(checked=probe)  # a migration is due: opened before the window
    else:
        db = ctx.open_db()
    return lambda: db


if __name__ == "__main__":
    sys.exit(main())
