"""footgui: a desktop trainer for runners' foot and ankle strengthening."""

from footgui import _refcount_guard

__version__ = "0.1.0"

_refcount_guard.apply()
