"""Easing curves for keyframes: how a joint travels between two poses.

Human movement starts and stops softly, so "in-out" is the default; "out"
suits a landing that decelerates, "in" a push-off that accelerates, and
"linear" the steady middle of a tempo phase.
"""

from __future__ import annotations

import math
from collections.abc import Callable


def _in(u: float) -> float:
    return u * u * u


def _out(u: float) -> float:
    v = 1.0 - u
    return 1.0 - v * v * v


def _in_out(u: float) -> float:
    return 4.0 * u * u * u if u < 0.5 else 1.0 - (-2.0 * u + 2.0) ** 3 / 2.0


def _sine(u: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * u)


def _step(u: float) -> float:
    return 1.0 if u >= 1.0 else 0.0


EASINGS: dict[str, Callable[[float], float]] = {
    "linear": lambda u: u,
    "in": _in,
    "out": _out,
    "in-out": _in_out,
    "sine": _sine,
    "step": _step,
}
DEFAULT_EASING = "in-out"


def ease(name: str, u: float) -> float:
    """The eased share of the way (0..1) at time share ``u`` (clamped to 0..1)."""
    return EASINGS[name](min(1.0, max(0.0, u)))


def catmull_rom(p0: float, p1: float, p2: float, p3: float, u: float) -> float:
    """A smooth curve through p1 (u=0) and p2 (u=1): used for periodic gait tracks."""
    u2 = u * u
    return 0.5 * (
        2.0 * p1
        + (-p0 + p2) * u
        + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * u2
        + (-p0 + 3.0 * p1 - 3.0 * p2 + p3) * u2 * u
    )
