"""The GUI's start: QApplication and the main window, on an opened database.

Imported only on the GUI path; the command line never pays for Qt widgets.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from footgui import __version__

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from footgui.core.catalog import Catalog
    from footgui.paths import UserPaths
    from footgui.store.db import Database
    from footgui.ui.context import AppContext
    from footgui.ui.i18n import LanguageChoice
    from footgui.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)


def make_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("footgui")
    app.setOrganizationName("footgui")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("footgui")
    from footgui.ui.style import STYLE

    app.setStyleSheet(STYLE)
    return app


def prepare_app(paths: UserPaths) -> tuple[QApplication, QSettings, LanguageChoice]:
    """The application with the user's language and look, before any window is built.

    Everything shown at startup goes through here first, the database recovery
    dialog included, so even a damaged diary is explained in the user's language.
    Calling it again re-applies the settings (the recovery path does).
    """
    from footgui.ui.i18n import install_language
    from footgui.ui.theme import apply_theme

    app = make_app()
    settings = QSettings(str(paths.data / "settings.ini"), QSettings.Format.IniFormat)
    language = install_language(app, settings)  # before any widget reads its texts
    apply_theme(app, settings)
    return app, settings, language


def show_fatal(title: str, message: str) -> None:
    """A blocking error box for failures before the main window exists."""
    make_app()
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    if "--quit-after-startup" in sys.argv:
        QTimer.singleShot(0, box.accept)
    box.exec()


def run_gui(
    args: argparse.Namespace,
    paths: UserPaths,
    open_db: Callable[[], Database],
    instance: SingleInstance | None = None,
) -> int:
    """Show the window, then open the data after its first paint.

    ``open_db`` either returns an already opened database (first start, or a
    migration was due) or opens one that preflight found current.
    """
    from footgui.ui.main_window import MainWindow

    app, settings, language = prepare_app(paths)
    window = MainWindow()
    if args.minimized:
        window.showMinimized()
    else:
        window.show()
    code = 0
    content_notes: list[str] = []

    def after_first_paint() -> None:
        nonlocal code
        if args.quit_after_startup:
            app.quit()
            return
        ctx = _load(paths, open_db, settings, content_notes)
        if ctx is None:
            code = 1
            app.quit()
            return
        window.attach(ctx)
        # an unknown setting, a missing .qm or a broken content translation: English, and why
        notes = " ".join(m for m in (language.message, *content_notes) if m)
        if notes:
            ctx.bus.status.emit(notes)
        if instance is not None:
            instance.listen()
            instance.raise_requested.connect(window.bring_to_front)
        start_daily_backup(ctx)
        from footgui.ui.reminder import start_reminder

        window.reminder = start_reminder(window, ctx)

    if args.minimized:  # a minimised window may never paint: load at once
        QTimer.singleShot(0, after_first_paint)
    else:
        window.first_painted.connect(after_first_paint)
    result = app.exec()
    window.close()
    window.deleteLater()
    return code or int(result)


def _load(
    paths: UserPaths,
    open_db: Callable[[], Database],
    settings: QSettings,
    notes: list[str] | None = None,
) -> AppContext | None:
    """Database and catalog for the pages; a clear message and None if either fails.

    A broken translation of the content is not fatal: the English catalog is
    used and ``notes`` gets the reason for the status bar.
    """
    from footgui.core.errors import ContentError
    from footgui.store.errors import StoreError
    from footgui.ui.context import AppBus, AppContext
    from footgui.ui.i18n import current_language, error_text

    try:
        db = open_db()
    except StoreError as exc:
        log.error("cannot open the database: %s", exc)
        title = QCoreApplication.translate("Startup", "footgui: cannot open your data")
        show_fatal(title, error_text(exc))
        return None
    try:
        catalog = _catalog(current_language(), notes if notes is not None else [])
    except ContentError as exc:
        log.error("content error: %s", exc)
        show_fatal("footgui: content error", f"footgui's content files are broken:\n{exc}")
        return None
    return AppContext(db=db, catalog=catalog, paths=paths, settings=settings, bus=AppBus())


def _catalog(language: str, notes: list[str]) -> Catalog:
    from footgui.core.catalog import load_catalog
    from footgui.core.errors import ContentError

    try:
        return load_catalog(language=language)
    except ContentError as exc:
        if language == "en":
            raise
        log.error("the %s content translation is broken, using English: %s", language, exc)
        notes.append(
            QCoreApplication.translate(
                "Language",
                "The exercise texts could not be translated ({reason}): showing English.",
            ).format(reason=exc)
        )
        return load_catalog()


def start_daily_backup(ctx: AppContext) -> None:
    """Today's backup and pruning, off the UI thread (SQLite copies a live WAL database safely)."""
    import threading

    from footgui.store.backup import daily_backup
    from footgui.store.errors import StoreError

    path = ctx.db.path
    if path is None:
        return
    keep_daily = int(ctx.settings.value("backup/keep_daily", 7))
    keep_weekly = int(ctx.settings.value("backup/keep_weekly", 4))

    def work() -> None:
        try:
            daily_backup(path, ctx.paths.backups, keep_daily=keep_daily, keep_weekly=keep_weekly)
        except StoreError as exc:  # a failed backup must not stop training; it is logged
            log.warning("daily backup failed: %s", exc)

    threading.Thread(target=work, name="daily-backup", daemon=True).start()
