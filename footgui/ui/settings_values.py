"""Reading typed values back from the INI settings file.

QSettings' INI format hands booleans back as the strings "true"/"false" (or
whatever a hand edit left), so every reader of a switch needs the same
forgiving parse; this is that one place.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

_TRUE = ("1", "true", "yes", "on")


def flag(settings: QSettings, key: str, default: bool) -> bool:
    """A switch's saved state; anything unrecognised in the file reads as off."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    return bool(value)
