"""Qt objects that drive a session: clip player, runner, beeps, voice, recorder.

Importing the package applies ``refcount_fix.immortalize_bools()``: under
PySide6 6.12.0 on CPython 3.11 every Python-side ``signal.emit()`` drops a
reference to ``True``, and a session emits enough to crash the process.
"""

from footgui.player.refcount_fix import immortalize_bools

immortalize_bools()
