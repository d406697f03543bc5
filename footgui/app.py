"""The GUI's start: QApplication and the main window, on an opened database.

Imported only on the GUI path; the command line never pays for Qt widgets.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from footgui import __version__

if TYPE_CHECKING:
    import argparse

    from footgui.paths import UserPaths
    from footgui.store.db import Database

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


def show_fatal(title: str, message: str) -> None:
    """A blocking error box for failures before the main window exists."""
    make_app()
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    if "--quit-after-startup" in sys.argv:
        QTimer.singleShot(0, box.accept)
    box.exec()


def run_gui(args: argparse.Namespace, paths: UserPaths, db: Database) -> int:
    from footgui.core.catalog import load_catalog
    from footgui.core.errors import ContentError
    from footgui.ui.context import AppBus, AppContext
    from footgui.ui.main_window import MainWindow

    app = make_app()
    try:
        catalog = load_catalog()
    except ContentError as exc:
        log.error("content error: %s", exc)
        show_fatal("footgui: content error", f"footgui's content files are broken:\n{exc}")
        return 1
    settings = QSettings(str(paths.data / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db=db, catalog=catalog, paths=paths, settings=settings, bus=AppBus())
    window = MainWindow(ctx)
    window.show()
    if args.quit_after_startup:
        # One synchronous paint of the whole window, then leave the loop.
        def paint_and_quit() -> None:
            window.repaint()
            app.quit()

        QTimer.singleShot(0, paint_and_quit)
    code = app.exec()
    window.close()
    window.deleteLater()
    return int(code)
