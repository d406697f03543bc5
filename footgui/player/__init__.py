"""Qt objects that drive a session: clip player, runner, beeps, voice, recorder.

They rely on ``footgui._refcount_guard`` (applied when ``footgui`` is
imported): under PySide6 6.12.0 on CPython 3.11 every void Qt call and every
Python ``signal.emit()`` drops a reference to ``None`` or ``True``, and a
session makes enough of them to crash the process without it.
"""
