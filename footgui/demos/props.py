"""Props: the equipment each exercise uses, drawn in the same 3D space as the figure.

Floor-level things (step, pad, wall, chair, ladder, towel, tape) are drawn
before the figure; things the body holds or stands among (kettlebell,
backpack, rolled towel, cones) become sphere-hull parts sorted with the body,
so a cone in front of a foot hides it and one behind does not. Bands are
drawn last, over the body, as in a photo of someone wearing one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from footgui.demos import rig
from footgui.demos.anim import PropSpec
from footgui.demos.rig import Body, Part, Vec
from footgui.demos.views import Projector

WOOD_TOP = QColor("#c99b68")
WOOD_SIDE = QColor("#a27447")
WOOD_LINE = QColor("#5e4026")
PAD_TOP = QColor("#63a9e0")
PAD_SIDE = QColor("#3f86c2")
PAD_LINE = QColor("#1d4f7a")
WALL = QColor("#d8d2c4")
WALL_SIDE = QColor("#bdb5a3")
WALL_LINE = QColor("#8a8170")
BAND = QColor("#27a35a")
BAND_LINE = QColor("#11552c")
TOWEL = QColor("#f1e7cf")
TOWEL_LINE = QColor("#a8996f")
TOWEL_STRIPE = QColor("#d9534f")
MIRROR = QColor("#bcd8ea")
MIRROR_LINE = QColor("#6f8fa5")
LADDER = QColor("#f2c500")
LADDER_STRAP = QColor("#2b2b2b")
TAPE = QColor("#f6d32d")
TAPE_LINE = QColor("#7a6500")
GRASS = QColor("#6b9a3a")
POST = QColor("#5b5f66")

Surface = Callable[[float, float], float]


@dataclass(frozen=True)
class PropContext:
    """What props need at one moment: where the body is, how far floors scrolled."""

    body: Body
    mirrored: bool
    scroll_offset: float  # metres the floor has moved backward
    channels: Mapping[str, float]
    loop_length: float  # metres scrolled over one loop (for seamless spacing)
    time: float = 0.0  # seconds into the segment's loop
    duration: float = 1.0  # the loop's length in seconds


def _z(z: float, mirrored: bool) -> float:
    return -z if mirrored else z


def resolve_point(ref: Any, ctx: PropContext) -> Vec:
    """A prop end given as a body point name or fixed [x, y, z] metres."""
    if isinstance(ref, str):
        name = rig.mirror_channel(ref) if ctx.mirrored else ref
        return ctx.body.points[name]
    x, y, z = (float(v) for v in ref)
    return (x, y, _z(z, ctx.mirrored))


def surface_for(props: tuple[PropSpec, ...]) -> Surface:
    """Floor height under a point: steps, boxes, pads and hills raise it."""
    raised: list[tuple[float, float, float]] = []
    slope = 0.0
    for prop in props:
        if prop.kind in ("step", "box", "pad") and prop.params.get("solid", True):
            raised.append(
                (float(prop.params["x0"]), float(prop.params["x1"]), float(prop.params["height"]))
            )
        elif prop.kind == "hill":
            slope = math.tan(math.radians(float(prop.params["angle"])))

    def height(x: float, _z: float) -> float:
        h = x * slope
        for x0, x1, top in raised:
            if x0 <= x <= x1 and top > h:
                h = top
        return h

    return height


def hill_slope(props: tuple[PropSpec, ...]) -> float:
    for prop in props:
        if prop.kind == "hill":
            return math.tan(math.radians(float(prop.params["angle"])))
    return 0.0


Look = tuple[QColor, QColor, QColor]  # top face, side faces, edges


def draw_box(
    p: QPainter, proj: Projector, lo: Vec, hi: Vec, look: Look, *, width: float = 1.5
) -> None:
    """An axis-aligned box: its visible faces, lit from above."""
    top, side, line = look
    x0, y0, z0 = lo
    x1, y1, z1 = hi
    faces = (
        ((0.0, 1.0, 0.0), ((x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)), top),
        ((0.0, -1.0, 0.0), ((x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)), side),
        ((1.0, 0.0, 0.0), ((x1, y0, z0), (x1, y1, z0), (x1, y1, z1), (x1, y0, z1)), side),
        ((-1.0, 0.0, 0.0), ((x0, y0, z0), (x0, y1, z0), (x0, y1, z1), (x0, y0, z1)), side),
        ((0.0, 0.0, 1.0), ((x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)), side),
        ((0.0, 0.0, -1.0), ((x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0)), side),
    )
    pen = QPen(line, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    for normal, corners, color in faces:
        if proj.facing(normal) <= 1e-6:
            continue
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(*proj.xy(c)) for c in corners]))


def draw_static(p: QPainter, proj: Projector, props: tuple[PropSpec, ...], mirrored: bool) -> None:
    """Props that never move within a clip (cached into the background)."""
    for prop in props:
        k, a = prop.kind, prop.params
        if k in {"step", "box"}:
            draw_box(
                p,
                proj,
                (float(a["x0"]), 0.0, -0.45),
                (float(a["x1"]), float(a["height"]), 0.45),
                (WOOD_TOP, WOOD_SIDE, WOOD_LINE),
            )
        elif k == "pad":
            draw_box(
                p,
                proj,
                (float(a["x0"]), 0.0, -0.4),
                (float(a["x1"]), float(a["height"]), 0.4),
                (PAD_TOP, PAD_SIDE, PAD_LINE),
            )
        elif k == "wall":
            x = float(a["x"])
            draw_box(
                p,
                proj,
                (x, 0.0, -0.9),
                (x + 0.12, 2.6, 0.9),
                (WALL, WALL_SIDE, WALL_LINE),
                width=2.0,
            )
        elif k == "chair":
            _chair(p, proj, float(a["x"]), float(a["height"]))
        elif k == "mirror":
            z0, z1 = sorted((_z(float(a["z0"]), mirrored), _z(float(a["z1"]), mirrored)))
            lo = (float(a["x0"]), 0.0, z0)
            hi = (float(a["x1"]), 0.012, z1)
            draw_box(p, proj, lo, hi, (MIRROR, MIRROR_LINE, MIRROR_LINE))
            if proj.facing((0.0, 1.0, 0.0)) > 0.5:  # seen from above: a sheen
                pen = QPen(QColor(255, 255, 255, 170), 6.0)
                p.setPen(pen)
                for share in (0.3, 0.55):
                    xa = lo[0] + (hi[0] - lo[0]) * share
                    p.drawLine(
                        QPointF(*proj.xy((xa, 0.012, z0 + 0.02))),
                        QPointF(*proj.xy((xa + 0.08, 0.012, z0 + 0.12))),
                    )
        elif k == "tape":
            _tape(p, proj, float(a["x0"]), float(a["x1"]), _z(float(a["z"]), mirrored))


def _chair(p: QPainter, proj: Projector, x: float, seat: float) -> None:
    for lx in (x - 0.2, x + 0.17):
        for lz in (-0.2, 0.2):
            draw_box(
                p,
                proj,
                (lx, 0.0, lz - 0.018),
                (lx + 0.035, seat, lz + 0.018),
                (WOOD_SIDE, WOOD_SIDE, WOOD_LINE),
            )
    draw_box(
        p,
        proj,
        (x - 0.24, seat - 0.04, -0.24),
        (x + 0.22, seat, 0.24),
        (WOOD_TOP, WOOD_SIDE, WOOD_LINE),
    )
    draw_box(
        p,
        proj,
        (x - 0.25, seat, -0.22),
        (x - 0.21, seat + 0.5, 0.22),
        (WOOD_TOP, WOOD_SIDE, WOOD_LINE),
    )


def _tape(p: QPainter, proj: Projector, x0: float, x1: float, z: float) -> None:
    """A tape measure on the floor from the wall, with centimetre marks where they fit."""
    half = 0.025
    corners = [(x0, z - half), (x1, z - half), (x1, z + half), (x0, z + half)]
    p.setPen(QPen(TAPE_LINE, 1.5))
    p.setBrush(TAPE)
    p.drawPolygon(QPolygonF([QPointF(*proj.xy((cx, 0.003, cz))) for cx, cz in corners]))
    step_cm = 1 if proj.s >= 500 else 5
    label_cm = 5 if proj.s >= 500 else 10
    font = QFont("DejaVu Sans")
    font.setPixelSize(13 if proj.s >= 500 else 11)
    font.setBold(True)
    p.setFont(font)
    length_cm = round(abs(x1 - x0) * 100)
    direction = 1.0 if x1 > x0 else -1.0
    for cm in range(0, length_cm + 1, step_cm):
        xx = x0 + direction * cm / 100
        a = proj.xy((xx, 0.003, z - half))
        b = proj.xy((xx, 0.003, z - (half if cm % label_cm else -half)))
        p.drawLine(QPointF(*a), QPointF(*b))
        if cm % label_cm == 0 and cm > 0:
            nx, ny = proj.xy((xx, 0.003, z + half))
            p.drawText(QRectF(nx - 16, ny + 2, 32, 16), Qt.AlignmentFlag.AlignCenter, str(cm))


def draw_dynamic(
    p: QPainter, proj: Projector, props: tuple[PropSpec, ...], ctx: PropContext
) -> None:
    """Floor props that move: a ladder or grass scrolling by, a towel being pulled."""
    for prop in props:
        k, a = prop.kind, prop.params
        if k == "ladder":
            _ladder(p, proj, float(a["spacing"]), float(a["width"]), ctx)
        elif k == "towel":
            _towel(p, proj, a, ctx)
        elif k == "hill":
            _grass(p, proj, math.tan(math.radians(float(a["angle"]))), ctx)


def _spacing(nominal: float, ctx: PropContext) -> float:
    """A spacing close to ``nominal`` that fits the loop a whole number of times."""
    if ctx.loop_length <= 0:
        return nominal
    n = max(1, round(ctx.loop_length / nominal))
    return ctx.loop_length / n


def _ladder(p: QPainter, proj: Projector, spacing: float, width: float, ctx: PropContext) -> None:
    gap = _spacing(spacing, ctx)
    shift = ctx.scroll_offset % gap
    half = width / 2
    draw_box(
        p,
        proj,
        (-3.0, 0.0, -half - 0.02),
        (3.0, 0.006, -half + 0.02),
        (LADDER_STRAP, LADDER_STRAP, LADDER_STRAP),
        width=1.0,
    )
    draw_box(
        p,
        proj,
        (-3.0, 0.0, half - 0.02),
        (3.0, 0.006, half + 0.02),
        (LADDER_STRAP, LADDER_STRAP, LADDER_STRAP),
        width=1.0,
    )
    x = -3.0 - shift
    while x < 3.0:
        draw_box(
            p,
            proj,
            (x - 0.02, 0.0, -half),
            (x + 0.02, 0.03, half),
            (LADDER, LADDER.darker(120), LADDER_STRAP),
            width=1.2,
        )
        x += gap


def _grass(p: QPainter, proj: Projector, slope: float, ctx: PropContext) -> None:
    gap = _spacing(0.35, ctx)
    shift = ctx.scroll_offset % gap
    pen = QPen(GRASS, 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    x = -3.0 - shift
    while x < 3.0:
        base = proj.xy((x, x * slope, 0.3))
        for dx, h in ((-4, 9), (0, 13), (4, 8)):
            p.drawLine(QPointF(base[0] + dx * 0.4, base[1]), QPointF(base[0] + dx, base[1] - h))
        x += gap


def _towel(p: QPainter, proj: Projector, a: Mapping[str, Any], ctx: PropContext) -> None:
    """A towel pulled in under the toes: its stripes slide toward the foot while
    the toes grip, and the cloth bunches up under them as they curl."""
    x0, x1 = float(a["x0"]), float(a["x1"])
    z = _z(float(a["z"]), ctx.mirrored)
    speed = float(a["speed"])
    side = "L" if ctx.mirrored else "R"
    curl = max(0.0, min(1.0, -ctx.channels.get(f"{side}_toes", 0.0) / 45.0))
    toe = ctx.body.points[f"{side}_toe"][0]
    bunch0 = toe - 0.005
    bunch1 = bunch0 + 0.04 + 0.04 * curl
    loop = speed * ctx.duration
    gap = 0.09
    if loop > 0:
        gap = loop / max(1, round(loop / gap))
    shift = (speed * ctx.time) % gap
    half = 0.2

    def h(x: float) -> float:
        if bunch0 <= x <= bunch1:
            u = (x - bunch0) / (bunch1 - bunch0)
            fold = abs(math.sin(u * math.pi * 2)) * math.sin(u * math.pi)
            return 0.008 + (0.012 + 0.028 * curl) * fold
        return 0.008

    stripes = []
    xs = x1 - 0.03 - shift
    while xs > x0:
        stripes.append(xs)
        xs -= gap
    n = 48
    xs_all = [x0 + (x1 - x0) * i / n for i in range(n + 1)]
    near_z, far_z = (
        (z + half, z - half)
        if proj.depth((0.0, 0.0, z + half)) < proj.depth((0.0, 0.0, z - half))
        else (z - half, z + half)
    )
    # the cloth's upper surface (seen when the camera looks down at all) ...
    top = [QPointF(*proj.xy((x, h(x), near_z))) for x in xs_all]
    top += [QPointF(*proj.xy((x, h(x), far_z))) for x in reversed(xs_all)]
    p.setPen(QPen(TOWEL_LINE, 1.5))
    p.setBrush(TOWEL)
    p.drawPolygon(QPolygonF(top))
    # ... and its near edge, with the folds standing up where the toes gather it
    edge = [QPointF(*proj.xy((x, h(x), near_z))) for x in xs_all]
    edge += [QPointF(*proj.xy((x1, 0.0, near_z))), QPointF(*proj.xy((x0, 0.0, near_z)))]
    p.setBrush(TOWEL.darker(108))
    p.drawPolygon(QPolygonF(edge))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TOWEL_STRIPE)
    for sx in stripes:
        if bunch0 - 0.01 < sx < bunch1 + 0.01:
            continue
        band = [
            (sx, near_z),
            (sx + 0.025, near_z),
            (sx + 0.025, far_z),
            (sx, far_z),
        ]
        p.drawPolygon(QPolygonF([QPointF(*proj.xy((bx, h(bx) + 0.001, bz))) for bx, bz in band]))


def attached_parts(props: tuple[PropSpec, ...], ctx: PropContext) -> list[Part]:
    """Props that take part in depth sorting with the body."""
    parts: list[Part] = []
    pts = ctx.body.points
    for prop in props:
        k, a = prop.kind, prop.params
        if k == "kettlebell":
            hold = resolve_point(a["hold"], ctx)
            up = _unit(rig.sub(pts["neck"], pts["pelvis"]))
            hanging = a["hold"] != "hands"
            direction = (0.0, -1.0, 0.0) if hanging else up
            ball = rig.add(hold, rig.scale(direction, 0.16 if hanging else 0.1))
            parts.append(Part("bell", ("kettlebell",), "bell", ((ball, 0.09),), "", 7))
            parts.append(
                Part(
                    "bell_handle",
                    ("kettlebell",),
                    "bell",
                    ((hold, 0.018), (rig.add(ball, rig.scale(direction, -0.07)), 0.022)),
                    "",
                    8,
                )
            )
        elif k == "backpack":
            up = _unit(rig.sub(pts["neck"], pts["pelvis"]))
            back = pts["back"]
            spheres = []
            for dy in (-0.13, 0.13):
                for dz in (-0.1, 0.1):
                    c = rig.add(rig.add(back, rig.scale(up, dy)), (0.0, 0.0, dz))
                    spheres.append((c, 0.07))
            parts.append(Part("backpack", ("backpack",), "pack", tuple(spheres), "", 1))
        elif k == "towel-roll":
            x, y, z = float(a["x"]), float(a["y"]), _z(float(a["z"]), ctx.mirrored)
            r = 0.028
            parts.append(
                Part(
                    "towel_roll",
                    ("towel",),
                    "towel",
                    (((x, y + r, z - 0.16), r), ((x, y + r, z + 0.16), r)),
                    "",
                    -2,
                )
            )
        elif k == "cones":
            gap_total = ctx.loop_length
            for at in a["at"]:
                cx, cz = float(at[0]), _z(float(at[1]), ctx.mirrored)
                if gap_total > 0:
                    cx = (cx - ctx.scroll_offset + 3.0) % 6.0 - 3.0
                ring = tuple(
                    (
                        (
                            cx + 0.085 * math.cos(i * math.pi / 3),
                            0.015,
                            cz + 0.085 * math.sin(i * math.pi / 3),
                        ),
                        0.015,
                    )
                    for i in range(6)
                )
                parts.append(
                    Part("cone", ("cones",), "cone", (*ring, ((cx, 0.21, cz), 0.012)), "", 0)
                )
    return parts


def _unit(v: Vec) -> Vec:
    n = math.sqrt(rig.dot(v, v)) or 1.0
    return (v[0] / n, v[1] / n, v[2] / n)


def draw_bands(p: QPainter, proj: Projector, props: tuple[PropSpec, ...], ctx: PropContext) -> None:
    """Elastic bands between two points; an anchor post where the band is tied."""
    for prop in props:
        if prop.kind != "band":
            continue
        a = resolve_point(prop.params["from"], ctx)
        b = resolve_point(prop.params["to"], ctx)
        pa, pb = proj.xy(a), proj.xy(b)
        if prop.params.get("anchor"):
            base = proj.xy((a[0], 0.0, a[2]))
            top = proj.xy((a[0], a[1] + 0.06, a[2]))
            w = 0.035 * proj.s
            p.setPen(QPen(QColor("#2a2d31"), 1.5))
            p.setBrush(POST)
            p.drawRoundedRect(QRectF(top[0] - w / 2, top[1], w, base[1] - top[1]), 3, 3)
            p.setBrush(QColor("#2a2d31"))
            p.drawEllipse(QPointF(*pa), w * 0.45, w * 0.45)
        stretch = math.dist(a, b)
        width = max(3.0, min(9.0, 0.045 * proj.s / max(0.6, stretch * 2.2)))
        outline = QPen(BAND_LINE, width + 2.5)
        outline.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(outline)
        p.drawLine(QPointF(*pa), QPointF(*pb))
        inner = QPen(BAND, width)
        inner.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(inner)
        p.drawLine(QPointF(*pa), QPointF(*pb))
        # the loop around the foot or ankle
        p.setBrush(Qt.BrushStyle.NoBrush)
        ring = QPen(BAND, max(2.5, width * 0.7))
        p.setPen(ring)
        rr = 0.028 * proj.s
        p.drawEllipse(QPointF(*pb), rr, rr * 0.6)
