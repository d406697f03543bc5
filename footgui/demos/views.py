"""Cameras: orthographic views of the 3D rig, named as the catalog names them.

Orthographic on purpose: a sphere stays a circle and a limb a clean capsule
from any angle, and sizes on screen do not depend on depth, so a runner
comparing left and right sees true proportions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from footgui.demos.anim import CameraSpec
from footgui.demos.rig import Vec, dot, sub

WIDTH = 854
HEIGHT = 480
FLOOR_Y = 414.0  # screen row of the floor in full-body views


@dataclass(frozen=True)
class Camera:
    """Looks from direction (azimuth ``psi``, elevation ``theta``) at ``target``.

    psi 0 looks at the figure's right side, 180 at its left side, 90 at its
    front; theta 90 looks straight down with the figure's forward pointing up
    the screen.
    """

    psi: float
    theta: float
    scale: float  # pixels per metre
    target: Vec
    cx: float
    cy: float

    @property
    def axes(self) -> tuple[Vec, Vec, Vec]:
        """Screen right, screen up and the direction towards the camera."""
        p, th = math.radians(self.psi), math.radians(self.theta)
        c = (math.sin(p) * math.cos(th), math.sin(th), math.cos(p) * math.cos(th))
        r = (math.cos(p), 0.0, -math.sin(p))
        # u = r x f where f = -c
        f = (-c[0], -c[1], -c[2])
        u = (
            r[1] * f[2] - r[2] * f[1],
            r[2] * f[0] - r[0] * f[2],
            r[0] * f[1] - r[1] * f[0],
        )
        return r, u, c

    def projector(self) -> Projector:
        return Projector(self.axes, self.scale, self.target, (self.cx, self.cy))

    @property
    def looks_down(self) -> bool:
        return self.theta >= 45.0


class Projector:
    """Fast projection for one camera (its axes computed once)."""

    __slots__ = ("c", "cx", "cy", "r", "s", "target", "u")

    def __init__(
        self, axes: tuple[Vec, Vec, Vec], s: float, target: Vec, centre: tuple[float, float]
    ) -> None:
        self.r, self.u, self.c = axes
        self.s, self.target = s, target
        self.cx, self.cy = centre

    def xy(self, v: Vec) -> tuple[float, float]:
        d = sub(v, self.target)
        return self.cx + self.s * dot(d, self.r), self.cy - self.s * dot(d, self.u)

    def depth(self, v: Vec) -> float:
        """Distance away from the camera (larger is farther)."""
        return -dot(sub(v, self.target), self.c)

    def facing(self, normal: Vec) -> float:
        """How much a surface with this normal faces the camera (>0 visible)."""
        return dot(normal, self.c)


PITCH = 8.0  # full-body views look slightly down, so the floor reads as a plane
FOOT_PITCH = 10.0  # foot close-ups too: a towel or pad shows its surface


def main_camera(
    view: str, side: str, focus: Vec, framing: CameraSpec, floor: float = 0.0
) -> Camera:
    """The clip's camera; ``side`` "L" turns side views round to face the left leg.

    ``framing`` zooms and shifts it, and may set its own azimuth and elevation
    for a three-quarter look.
    """
    cam = _main_camera(view, side, focus, framing, floor)
    psi, theta = framing.psi, framing.theta
    if psi is None and theta is None:
        return cam
    new_psi = cam.psi if psi is None else (180.0 - psi if side == "L" else psi)
    new_theta = cam.theta if theta is None else theta
    return Camera(new_psi, new_theta, cam.scale, cam.target, cam.cx, cam.cy)


def _main_camera(view: str, side: str, focus: Vec, framing: CameraSpec, floor: float) -> Camera:
    zoom, dx, dy = framing.zoom, framing.dx, framing.dy
    psi_side = 180.0 if side == "L" else 0.0
    if view == "side":
        s = 182.0 * zoom
        return Camera(psi_side, PITCH, s, (focus[0] + dx, dy, 0.0), 480.0, FLOOR_Y)
    if view == "front":
        s = 182.0 * zoom
        return Camera(90.0, PITCH, s, (0.0, dy, focus[2] + dx), 470.0, FLOOR_Y)
    if view == "foot-side":
        s = 1000.0 * zoom
        target = (focus[0] + 0.07 + dx, floor + dy, focus[2])
        return Camera(psi_side, FOOT_PITCH, s, target, 427.0, FLOOR_Y - 6)
    # foot-top: straight down, forward up the screen.
    s = 1050.0 * zoom
    return Camera(-90.0, 90.0, s, (focus[0] + dx, focus[1], focus[2] + dy), 450.0, 266.0)


def inset_camera(
    kind: str,
    side: str,
    focus: Vec,
    box: tuple[float, float, float, float],
    *,
    floor: float,
    zoom: float = 1.0,
) -> Camera:
    """A close-up of the working foot for the corner inset, its floor near the bottom."""
    x, y, w, h = box
    if kind == "foot-front":
        return Camera(90.0, 0.0, 820.0 * zoom, (0.0, floor, focus[2]), x + w / 2, y + h - 26)
    if kind == "foot-top":
        return Camera(
            -90.0, 90.0, 600.0 * zoom, (focus[0] + 0.07, 0.0, focus[2]), x + w / 2, y + h / 2
        )
    psi = 180.0 if side == "L" else 0.0
    return Camera(psi, 0.0, 560.0 * zoom, (focus[0] + 0.07, floor, focus[2]), x + w / 2, y + h - 40)
