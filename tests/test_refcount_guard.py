"""Many void Qt calls and signal emits must not abort the interpreter (PySide6 6.12.0 bug)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import footgui  # applies the guard
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
w = QWidget()

class Emitter(QObject):
    fired = Signal()

e = Emitter()
for _ in range(200_000):
    w.setMinimumWidth(5)
    e.fired.emit()
print("survived")
"""


def test_void_calls_and_emits_do_not_exhaust_none_or_true() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
