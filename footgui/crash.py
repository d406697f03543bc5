"""Last-resort handling of unexpected exceptions.

A bug must not vanish silently or take the user's work with it: it is logged
with its traceback and, when a GUI is up, shown in a dialog that names the
log file so the user can report it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

log = logging.getLogger("footgui.crash")
_log_file: Path | None = None
_open_dialogs: list[object] = []  # parentless dialogs live only while Python holds them


def set_log_file(path: Path | None) -> None:
    global _log_file  # noqa: PLW0603 - the hook is process-wide by nature
    _log_file = path


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    if "PySide6.QtWidgets" in sys.modules:
        _show_dialog(exc_type, exc, tb)


def _show_dialog(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("footgui: unexpected error")
    where = f"\n\nThe details are in the log file:\n{_log_file}" if _log_file else ""
    box.setText(f"Something went wrong: {exc_type.__name__}: {exc}{where}")
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(box)
    box.finished.connect(lambda _result: _open_dialogs.remove(box))
    box.show()


def install() -> None:
    sys.excepthook = _hook
