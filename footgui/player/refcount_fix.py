"""A guard against a PySide6 6.12.0 reference-count bug that crashes the app on CPython 3.11.

Measured here (PySide6 6.12.0 wheels, CPython 3.11): every call of a
void-returning Qt method from Python (``painter.setPen``, ``label.setText``,
``widget.update`` ...) returns ``None`` without taking a reference to it, and
every ``signal.emit(...)`` does the same with ``True``. Each call leaves the
singleton one reference short; once its count reaches zero CPython aborts
with "Fatal Python error: none_dealloc" (or ``bool_dealloc``). Painting video
frames makes thousands of such calls a minute, so a session crashed within
minutes. (PITFALLS.md saw the same abort after ``processEvents(maxtime)`` and
after QMediaPlayer loops: the same bug.)

CPython 3.12 made these singletons immortal, which is what the wheels rely
on, and is immune. On 3.11 this gives them a reference count so large that
no process can use it up: the same thing 3.12 does by design, and harmless
because the interpreter never frees them anyway. It must run once, early,
in every process that calls Qt (the GUI, the speech helper, tests).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
SINGLETONS = (None, True, False)


def immortalize_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach; True if applied."""
    if sys.version_info >= (3, 12) or getattr(immortalize_singletons, "done", False):
        return False
    for value in SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(value))
        refcount.value += HEADROOM
    immortalize_singletons.done = True  # type: ignore[attr-defined]
    return True
