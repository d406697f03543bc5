"""Drawing the figure: sphere hulls projected, depth-sorted and shaded.

Parts farther from the camera are drawn first; the far-side limbs are a shade
darker so left and right stay apart in profile; the working body part is
drawn in the accent colour with a glow so a viewer's eye goes straight to it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from footgui.demos.rig import Body, Part, Vec
from footgui.demos.views import Projector

_N = 14
_COS = [math.cos(2 * math.pi * i / _N) for i in range(_N)]
_SIN = [math.sin(2 * math.pi * i / _N) for i in range(_N)]

Circle = tuple[float, float, float]


@dataclass(frozen=True)
class Material:
    fill: QColor
    dark: QColor  # far-side fill
    line: QColor


def _mat(fill: str, line: str) -> Material:
    base = QColor(fill)
    return Material(base, base.darker(128), QColor(line))


MATERIALS: dict[str, Material] = {
    "skin": _mat("#e8b48c", "#8c5a3c"),
    "head": _mat("#e8b48c", "#8c5a3c"),
    "shirt": _mat("#2f8aa8", "#174a5c"),
    "shorts": _mat("#2c3a58", "#141c2c"),
    "bell": _mat("#3a3f46", "#15181c"),
    "pack": _mat("#b4473a", "#5e211a"),
    "cone": _mat("#f07a2a", "#8a3b0c"),
    "towel": _mat("#f1e7cf", "#a8996f"),
}
ACCENT = QColor("#ff9a1f")
ACCENT_LINE = QColor("#a34d00")
GLOW = QColor(255, 154, 31, 90)
HAIR = QColor("#4a3426")
EYE = QColor("#2b1d14")


def hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (Andrew's monotone chain), counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def circles_outline(circles: Sequence[Circle]) -> QPolygonF:
    """The outline of the convex hull of some circles (a tapered capsule for two)."""
    pts: list[tuple[float, float]] = []
    for x, y, r in circles:
        n = _N if r > 6 else 8
        step = _N // n if n < _N else 1
        for i in range(0, _N, step):
            pts.append((round(x + r * _COS[i], 2), round(y + r * _SIN[i], 2)))
    return QPolygonF([QPointF(px, py) for px, py in hull(pts)])


@dataclass
class Drawn:
    part: Part
    circles: list[Circle]
    depth: float


def project_parts(parts: Iterable[Part], proj: Projector) -> list[Drawn]:
    out = []
    s = proj.s
    for part in parts:
        circles = []
        depth = 0.0
        for centre, radius in part.spheres:
            x, y = proj.xy(centre)
            circles.append((x, y, radius * s))
            depth += proj.depth(centre)
        out.append(Drawn(part, circles, depth / len(part.spheres) - part.order * 0.004))
    out.sort(key=lambda d: -d.depth)
    return out


class FigurePainter:
    """Paints bodies; pens and brushes are made once, not per frame."""

    def __init__(self, line_width: float = 1.6) -> None:
        self.line_width = line_width
        self._pens: dict[tuple[int, float], QPen] = {}
        self._brushes: dict[int, QBrush] = {}
        self._glow_pen = QPen(GLOW, 9.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        self._glow_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    def pen(self, color: QColor, width: float) -> QPen:
        key = (color.rgba(), width)
        pen = self._pens.get(key)
        if pen is None:
            pen = QPen(color, width)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._pens[key] = pen
        return pen

    def brush(self, color: QColor) -> QBrush:
        key = color.rgba()
        brush = self._brushes.get(key)
        if brush is None:
            brush = QBrush(color)
            self._brushes[key] = brush
        return brush

    def draw(
        self,
        p: QPainter,
        body: Body,
        proj: Projector,
        highlight: frozenset[str],
        extra: Sequence[Part] = (),
        keep: frozenset[str] | None = None,
        line_scale: float = 1.0,
    ) -> None:
        """Draw ``body`` (and attached props in ``extra``) with ``proj``.

        ``keep`` limits drawing to parts carrying one of those tags (foot close-ups).
        """
        parts: list[Part] = list(body.parts) + list(extra)
        if keep is not None:
            parts = [pt for pt in parts if keep.intersection(pt.tags)]
        far = self._far_side(body, proj)
        width = self.line_width * line_scale
        for drawn in project_parts(parts, proj):
            part = drawn.part
            mat = MATERIALS[part.material]
            lit = bool(highlight.intersection(part.tags))
            if lit:
                fill, line = ACCENT, ACCENT_LINE
                if part.side == far:
                    fill = ACCENT.darker(115)
            else:
                fill = mat.dark if part.side and part.side == far else mat.fill
                line = mat.line
            if len(drawn.circles) == 1:
                x, y, r = drawn.circles[0]
                rect = QRectF(x - r, y - r, 2 * r, 2 * r)
                if lit:
                    p.setPen(self._glow_pen)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawEllipse(rect)
                p.setPen(self.pen(line, width))
                p.setBrush(self.brush(fill))
                p.drawEllipse(rect)
                if part.name == "head":
                    self._face(p, body, proj, x, y, r)
                continue
            poly = circles_outline(drawn.circles)
            if lit:
                p.setPen(self._glow_pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPolygon(poly)
            p.setPen(self.pen(line, width))
            p.setBrush(self.brush(fill))
            p.drawPolygon(poly)

    @staticmethod
    def _far_side(body: Body, proj: Projector) -> str:
        """Which leg is farther from the camera, when the difference is visible."""
        dl = proj.depth(body.points["L_hip"])
        dr = proj.depth(body.points["R_hip"])
        if abs(dl - dr) < 0.06:
            return ""
        return "L" if dl > dr else "R"

    def _face(self, p: QPainter, body: Body, proj: Projector, x: float, y: float, r: float) -> None:
        """Hair on the back of the head and an eye and nose toward where it looks."""
        ex, ey = proj.xy(body.points["eyes"])
        fx, fy = ex - x, ey - y
        flen = math.hypot(fx, fy)
        forward = proj.depth(body.points["eyes"]) - proj.depth(body.points["head"])
        head = QPainterPath()
        head.addEllipse(QRectF(x - r, y - r, 2 * r, 2 * r))
        hair = QPainterPath()
        if flen > r * 0.45:  # profile: hair behind and on top, eye and nose in front
            ux, uy = fx / flen, fy / flen
            hair.addEllipse(QRectF(x - ux * r * 0.55 - r, y - r * 0.3 - r, 2 * r, 2 * r))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.brush(HAIR))
            p.drawPath(head.intersected(hair))
            p.setBrush(self.brush(EYE))
            p.drawEllipse(QPointF(x + ux * r * 0.55, y - r * 0.12), r * 0.09, r * 0.09)
            nose = QPolygonF(
                [
                    QPointF(x + ux * r * 0.9, y - r * 0.05),
                    QPointF(x + ux * r * 1.16, y + r * 0.18),
                    QPointF(x + ux * r * 0.9, y + r * 0.3),
                ]
            )
            p.setBrush(self.brush(MATERIALS["skin"].fill))
            p.setPen(self.pen(MATERIALS["skin"].line, 1.4))
            p.drawPolyline(nose)
            return
        # Facing the camera or away from it.
        hair.addEllipse(QRectF(x - r * 1.02, y - r * 1.25, 2.04 * r, 1.5 * r))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.brush(HAIR))
        if forward > 0:  # seen from behind: mostly hair
            p.drawEllipse(QRectF(x - r, y - r, 2 * r, 2 * r * 0.92))
            return
        p.drawPath(head.intersected(hair))
        p.setBrush(self.brush(EYE))
        for side in (-1, 1):
            p.drawEllipse(QPointF(x + side * r * 0.36, y + r * 0.05), r * 0.09, r * 0.09)


def ground_shadow(p: QPainter, proj: Projector, centre: Vec, rx: float, rz: float, alpha: int) -> None:
    """A soft shadow on the floor: the ellipse (rx along X, rz along Z) projected."""
    ax = proj.xy((centre[0] + rx, centre[1], centre[2]))
    az = proj.xy((centre[0], centre[1], centre[2] + rz))
    cx, cy = proj.xy(centre)
    w = max(abs(ax[0] - cx), abs(az[0] - cx))
    h = max(abs(ax[1] - cy), abs(az[1] - cy), 3.5)
    p.setPen(Qt.PenStyle.NoPen)
    for k, share in ((1.0, 0.45), (0.7, 0.7)):
        p.setBrush(QColor(40, 30, 20, int(alpha * share)))
        p.drawEllipse(QPointF(cx, cy), w * k, h * k)
