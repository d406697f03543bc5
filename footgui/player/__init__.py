"""Qt objects that drive a session: clip player, runner, beeps, voice, recorder.

Importing the package applies ``refcount_fix.immortalize_singletons()``:
under PySide6 6.12.0 on CPython 3.11 every void Qt call and every Python
``signal.emit()`` drops a reference to ``None`` or ``True``, and playing a
session makes enough of them to crash the process.
"""

from footgui.player.refcount_fix import immortalize_singletons

immortalize_singletons()
