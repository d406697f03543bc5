"""Units the runner reads and types in, against the SI values the database keeps.

Storage is always SI (metres, seconds, centimetres for short lengths) so that a
change of the unit setting never rewrites data and exports stay comparable
between users; conversion happens only at the edge, in forms and tables.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from footgui.core.text import Msg, translate

DistanceUnit = Literal["km", "mi", "m"]
LengthUnit = Literal["cm", "in"]

METRES_PER: dict[str, float] = {"m": 1.0, "km": 1000.0, "mi": 1609.344}
CM_PER: dict[str, float] = {"cm": 1.0, "in": 2.54}

#: Unit words that differ between languages (symbols like "km" and "s" do not).
REPS = translate("Units", "reps")
HOURS = translate("Units", "hours")
SECONDS = translate("Units", "seconds")

# Bennell 1998 (CLINICAL.md section 4): 1 cm of knee-to-wall distance is about
# 3.6 degrees of weight-bearing ankle dorsiflexion.
DEG_PER_CM_KNEE_TO_WALL = 3.6


@dataclass(frozen=True)
class Units:
    """The user's display units; defaults follow the metric settings."""

    distance: DistanceUnit = "km"
    length: LengthUnit = "cm"

    @classmethod
    def from_settings(cls, distance: object, length: object) -> Units:
        """Units from raw settings values; anything unknown falls back to metric."""
        d: DistanceUnit = "mi" if str(distance) == "mi" else "km"
        ln: LengthUnit = "in" if str(length) == "in" else "cm"
        return cls(distance=d, length=ln)


def to_metres(value: float, unit: str) -> float:
    return value * METRES_PER[unit]


def from_metres(metres: float, unit: str) -> float:
    return metres / METRES_PER[unit]


def to_cm(value: float, unit: str) -> float:
    return value * CM_PER[unit]


def from_cm(cm: float, unit: str) -> float:
    return cm / CM_PER[unit]


def knee_to_wall_degrees(cm: float) -> float:
    """Approximate dorsiflexion angle for a knee-to-wall distance (Bennell 1998)."""
    return cm * DEG_PER_CM_KNEE_TO_WALL


def figure(template: str, **values: Any) -> Msg:
    """A number with a unit symbol: the same words in every language, only the decimal mark
    differs ("10.5 cm" / "10,5 cm"), so it needs no translation entry, just localizing."""
    return Msg("", template, values)


def format_distance(metres: float, unit: str, decimals: int = 2) -> Msg:
    return figure(
        "{value:.{decimals}f} {unit}", value=from_metres(metres, unit), decimals=decimals, unit=unit
    )


def format_length(cm: float, unit: str, decimals: int = 1) -> Msg:
    return figure(
        "{value:.{decimals}f} {unit}", value=from_cm(cm, unit), decimals=decimals, unit=unit
    )


def format_duration(seconds: float) -> str:
    """h:mm:ss (or m:ss under an hour), the way a running watch shows it."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


_CLOCK_FORMAT = translate("Units", "Write the duration as h:mm:ss, mm:ss or minutes")


def parse_duration(text: str) -> float:
    """Seconds from "h:mm:ss", "mm:ss" or a plain number of minutes.

    A plain number means minutes because runners log "45" for a 45-minute run.
    Raises ValueError whose first argument is a message (a ``Msg``) a runner can act on.
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValueError(translate("Units", "Enter a duration, like 45:00 or 1:05:30"))
    parts = cleaned.split(":")
    if len(parts) > 3:
        raise ValueError(_CLOCK_FORMAT)
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise ValueError(_CLOCK_FORMAT) from None
    if any(not math.isfinite(n) for n in numbers):
        raise ValueError(_CLOCK_FORMAT)
    if any(n < 0 for n in numbers):
        raise ValueError(translate("Units", "A duration cannot be negative"))
    if len(parts) == 1:
        return numbers[0] * 60.0
    if any(n >= 60 for n in numbers[1:]):
        raise ValueError(translate("Units", "Minutes and seconds after a colon must be below 60"))
    seconds = 0.0
    for n in numbers:
        seconds = seconds * 60.0 + n
    return seconds


def pace_per_unit(metres: float, seconds: float, unit: str) -> str:
    """Pace like "5:12 /km"; empty when distance is zero."""
    per = from_metres(metres, unit)
    if per <= 0 or seconds <= 0:
        return ""
    return f"{format_duration(seconds / per)} /{unit}"
