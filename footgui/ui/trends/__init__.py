"""The Trends page's charts (pyqtgraph); imported only when the page is first shown.

Importing this package also guards the process against a PySide6 6.12.0 bug
seen on this machine with Python 3.11: every call of a void Qt method (a
``setX``, ``update``, each ``QPainter.draw*``) drops one reference to ``None``
and every ``Signal.emit()`` drops one to ``True`` (its return value). A chart
repaint makes hundreds of such calls, so after a few thousand the interpreter
aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc"). Python
3.12 made these objects immortal, which hides the bug there; on 3.11 we give
them a reference count no run can exhaust. This belongs at app start-up (the
lead is asked to move it to ``footgui/__init__.py``); it is idempotent in
effect and harmless if done twice.
"""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    for _singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
