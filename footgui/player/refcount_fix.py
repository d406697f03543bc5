"""A guard against a PySide6 6.12.0 reference-count bug that crashes long sessions.

Measured here (PySide6 6.12.0, CPython 3.11): every ``signal.emit(...)`` made
from Python returns ``True`` without taking a reference to it, so each call
leaves ``True`` one reference short. ``True`` starts with a few hundred
references; after that many emits CPython aborts with "Fatal Python error:
bool_dealloc". A session emits several signals a second, so a 30-minute
session would crash.

CPython 3.12 made ``True`` and ``False`` immortal and is immune. On older
versions this gives them a reference count so large that no session can use
it up, which is what 3.12 does by design. It must run once per process that
emits signals (the GUI, the speech helper, tests).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40


def immortalize_bools() -> bool:
    """Raise the reference counts of True and False out of reach; True if applied."""
    if sys.version_info >= (3, 12) or getattr(immortalize_bools, "done", False):
        return False
    for value in (True, False):
        refcount = ctypes.c_ssize_t.from_address(id(value))
        refcount.value += HEADROOM
    immortalize_bools.done = True  # type: ignore[attr-defined]
    return True
