"""An unexpected error is logged and shown with the log file's path; nothing is swallowed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from footgui import crash


def test_crash_dialog_names_the_log_file(qtbot, tmp_path: Path, caplog) -> None:
    log_file = tmp_path / "footgui.log"
    crash.set_log_file(log_file)
    try:
        raise RuntimeError("the timer exploded")
    except RuntimeError:
        exc_type, exc, tb = sys.exc_info()
    with caplog.at_level(logging.CRITICAL, logger="footgui.crash"):
        crash._hook(exc_type, exc, tb)  # type: ignore[arg-type]
    assert "the timer exploded" in caplog.text
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes, "no dialog shown"
    box = boxes[-1]
    assert "the timer exploded" in box.text()
    assert str(log_file) in box.text()
    assert "Traceback" in box.detailedText()
    box.close()
    crash.set_log_file(None)
