"""Guard against a reference-count bug in PySide6 6.12.0 on CPython < 3.12.

Every call to a Qt method returning void drops one reference to ``None``, and
every ``Signal.emit()`` one to ``True``; after a few thousand calls CPython
aborts with "Fatal Python error: none_dealloc" (verified here: 10,000
``setMinimumWidth`` calls kill a bare script). CPython 3.12+ makes these
singletons immortal, which hides the bug; this does the same for 3.11 by
giving them a reference count no session can use up. It must run before any
Qt code, so the package's ``__init__`` applies it.
"""

from __future__ import annotations

import sys


def apply() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
