"""Keeps ``None`` alive under a PySide6 6.12.0 reference-count bug.

Measured here (PySide6 6.12.0, CPython 3.11): every call of a C++ method that
returns ``void`` (``QPainter.setPen``, ``QPainterPath.lineTo``,
``QWidget.update``, ...) drops one reference to ``None``. ``None`` starts with a
few thousand references, and rendering one clip makes hundreds of thousands of
such calls, so the process aborts with "Fatal Python error: none_dealloc".
CPython 3.12 made ``None`` immortal; on older versions this raises its count
out of reach, which is what 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_done = False


def immortalize_none() -> bool:
    """Raise None's (and the bools') reference counts out of reach; True if applied."""
    global _done
    if sys.version_info >= (3, 12) or _done:
        return False
    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += HEADROOM
    _done = True
    return True
