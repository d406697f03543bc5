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


def _table(n: int) -> tuple[tuple[float, float], ...]:
    return tuple((math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i in range(n))


_TABLES = {n: _table(n) for n in (6, 10, 16)}

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
    "stub": _mat("#d59c74", "#8c5a3c"),
}
ACCENT = QColor("#ff9a1f")
ACCENT_LINE = QColor("#a34d00")
GLOW = QColor(255, 154, 31, 90)
HAIR = QColor("#4a3426")
EYE = QColor("#2b1d14")


def hull(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (Andrew's monotone chain)."""
    pts.sort()
    if len(pts) <= 2:
        return pts
    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2:
            o, a = lower[-2], lower[-1]
            if (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) > 0:
                break
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2:
            o, a = upper[-2], upper[-1]
            if (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) > 0:
                break
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _samples(r: float) -> int:
    return 6 if r < 5 else (10 if r < 14 else 16)


def capsule(c1: Circle, c2: Circle) -> list[tuple[float, float]]:
    """The outline of two circles joined by their outer tangents."""
    x1, y1, r1 = c1
    x2, y2, r2 = c2
    d = math.hypot(x2 - x1, y2 - y1)
    if d <= abs(r1 - r2) + 1e-6:
        x, y, r = c1 if r1 >= r2 else c2
        return [(x + r * c, y + r * s) for c, s in _TABLES[_samples(r)]]
    a = math.atan2(y2 - y1, x2 - x1)
    phi = math.acos(max(-1.0, min(1.0, (r1 - r2) / d)))
    pts: list[tuple[float, float]] = []
    n1 = max(3, _samples(r1) // 2 + 1)
    span1 = 2 * math.pi - 2 * phi
    for i in range(n1 + 1):
        ang = a + phi + span1 * i / n1
        pts.append((x1 + r1 * math.cos(ang), y1 + r1 * math.sin(ang)))
    n2 = max(3, _samples(r2) // 2 + 1)
    for i in range(n2 + 1):
        ang = a - phi + 2 * phi * i / n2
        pts.append((x2 + r2 * math.cos(ang), y2 + r2 * math.sin(ang)))
    return pts


def circles_outline(circles: Sequence[Circle]) -> QPolygonF:
    """The outline of the convex hull of some circles (a tapered capsule for two)."""
    if len(circles) == 2:
        pts = capsule(circles[0], circles[1])
    else:
        pts = []
        for x, y, r in circles:
            pts.extend([(x + r * c, y + r * s) for c, s in _TABLES[_samples(r)]])
        pts = hull(pts)
    return QPolygonF([QPointF(px, py) for px, py in pts])


@dataclass
class Drawn:
    part: Part
    circles: list[Circle]
    depth: float


def project_parts(parts: Iterable[Part], proj: Projector) -> list[Drawn]:
    """Projected parts, farthest first; a group (one foot) keeps its own order."""
    out = []
    s = proj.s
    groups: dict[str, list[float]] = {}
    for part in parts:
        circles = []
        depth = 0.0
        for centre, radius in part.spheres:
            x, y = proj.xy(centre)
            circles.append((x, y, radius * s))
            depth += proj.depth(centre)
        depth /= len(part.spheres)
        out.append(Drawn(part, circles, depth))
        if part.group:
            groups.setdefault(part.group, []).append(depth)
    mean = {g: sum(v) / len(v) for g, v in groups.items()}
    for d in out:
        base = mean[d.part.group] if d.part.group else d.depth
        d.depth = base - d.part.order * 0.004
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
        *,
        extra: Sequence[Part] = (),
        keep: frozenset[str] | None = None,
        line_scale: float = 1.0,
    ) -> None:
        """Draw ``body`` (and attached props in ``extra``) with ``proj``.

        ``keep`` limits drawing to parts carrying one of those tags (foot close-ups).
        """
        parts: list[Part] = list(body.parts) + list(extra)
        if proj.s < 400:
            parts = _merge_toes(parts)
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
                    self._face(p, body, proj, drawn.circles[0])
                continue
            poly = circles_outline(drawn.circles)
            shape: QPainterPath | None = None
            if part.name[2:] == "forefoot":
                shape = self._arch_cut(poly, body.arches.get(part.side, ()), proj)
            if lit:
                p.setPen(self._glow_pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                if shape is not None:
                    p.drawPath(shape)
                else:
                    p.drawPolygon(poly)
            p.setPen(self.pen(line, width))
            p.setBrush(self.brush(fill))
            if shape is not None:
                p.drawPath(shape)
            else:
                p.drawPolygon(poly)

    @staticmethod
    def _arch_cut(poly: QPolygonF, arch: Sequence[Vec], proj: Projector) -> QPainterPath | None:
        """The forefoot outline with the air under the arch cut away (seen from the side)."""
        if len(arch) < 3:
            return None
        # Only when the camera looks at the arch's own plane (from the side):
        # at an angle the gap would show as a sliver through the foot.
        a, b, c = arch[0], arch[len(arch) // 2], arch[-1]
        u = (b[0] - a[0], b[1] - a[1], b[2] - a[2])
        v = (c[0] - a[0], c[1] - a[1], c[2] - a[2])
        n = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
        length = math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2])
        if length == 0 or abs(proj.facing(n)) / length < 0.85:
            return None
        pts = [proj.xy(v) for v in arch]
        area = 0.0
        for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
            area += ax * by - bx * ay
        if abs(area) < 120.0:  # seen end-on or from above: no visible gap
            return None
        gap = QPainterPath()
        gap.addPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
        gap.closeSubpath()
        outline = QPainterPath()
        outline.addPolygon(poly)
        outline.closeSubpath()
        return outline.subtracted(gap)

    @staticmethod
    def _far_side(body: Body, proj: Projector) -> str:
        """Which leg is farther from the camera, when the difference is visible."""
        dl = proj.depth(body.points["L_hip"])
        dr = proj.depth(body.points["R_hip"])
        if abs(dl - dr) < 0.06:
            return ""
        return "L" if dl > dr else "R"

    def _face(self, p: QPainter, body: Body, proj: Projector, circle: Circle) -> None:
        """Hair on the back of the head and an eye and nose toward where it looks."""
        x, y, r = circle
        ex, ey = proj.xy(body.points["eyes"])
        fx, fy = ex - x, ey - y
        flen = math.hypot(fx, fy)
        forward = proj.depth(body.points["eyes"]) - proj.depth(body.points["head"])
        head = QPainterPath()
        head.addEllipse(QRectF(x - r, y - r, 2 * r, 2 * r))
        hair = QPainterPath()
        if flen > r * 0.45:  # profile: hair behind and on top, eye and nose in front
            ux = fx / flen
            hair.addEllipse(QRectF(x - ux * r * 0.55 - r, y - r * 0.3 - r, 2 * r, 2 * r))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.brush(HAIR))
            p.drawPath(head.intersected(hair))
            p.setBrush(self.brush(EYE))
            if body.eyes < 0.5:
                p.setPen(self.pen(EYE, max(2.5, r * 0.1)))
                p.drawLine(
                    QPointF(x + ux * r * 0.38, y - r * 0.08),
                    QPointF(x + ux * r * 0.72, y - r * 0.08),
                )
                p.setPen(Qt.PenStyle.NoPen)
            else:
                p.drawEllipse(QPointF(x + ux * r * 0.55, y - r * 0.12), r * 0.12, r * 0.12)
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
            if body.eyes < 0.5:
                p.setPen(self.pen(EYE, max(2.5, r * 0.1)))
                p.drawLine(
                    QPointF(x + side * r * 0.36 - r * 0.2, y + r * 0.08),
                    QPointF(x + side * r * 0.36 + r * 0.2, y + r * 0.08),
                )
            else:
                p.drawEllipse(QPointF(x + side * r * 0.36, y + r * 0.05), r * 0.12, r * 0.12)


def _merge_toes(parts: list[Part]) -> list[Part]:
    """Far away, five toes are a few pixels each: draw each foot's toes as one piece."""
    out: list[Part] = []
    toes: dict[str, list[Part]] = {}
    for part in parts:
        if part.name[2:5] == "toe" and part.name[:2] in ("L_", "R_"):
            toes.setdefault(part.side, []).append(part)
        else:
            out.append(part)
    for side, group in toes.items():
        first = group[0]
        spheres = tuple(s for part in group for s in (part.spheres[0], part.spheres[-1]))
        out.append(
            Part(
                f"{side}_toes", first.tags, first.material, spheres, side, first.order, first.group
            )
        )
    return out


def ground_shadow(
    p: QPainter, proj: Projector, centre: Vec, *, rx: float, rz: float, alpha: int
) -> None:
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
