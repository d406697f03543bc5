"""One frame of a demo clip: background, props, figure, guides, zoom inset and foot markers.

Everything that cannot change during a clip (backdrop, floor, step, wall,
chair) is painted once per camera into a cached image; each frame then only
paints what moves. The frames carry no words, so one clip serves every
language: the phase and form cues come from the cue track
(``<id>.vtt``, ``<id>.<language>.vtt``) and the app draws them over the
video. Only the L/R foot markers are letters, read the same in German.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from footgui.demos import props as P
from footgui.demos import rig
from footgui.demos.anim import ClipPlan, GuideSpec, Segment
from footgui.demos.figure import FigurePainter, ground_shadow
from footgui.demos.rig import Body, Part, Vec
from footgui.demos.views import HEIGHT, WIDTH, Camera, Projector, inset_camera, main_camera

FPS = 30
INK = QColor("#1f2933")
SKY_TOP = QColor("#f7f3ea")
SKY_LOW = QColor("#ebe4d5")
FLOOR_TOP = QColor("#d3c6ae")
FLOOR_LOW = QColor("#c2b398")
FLOOR_LINE = QColor("#6d5f4b")
TOP_FLOOR = QColor("#e6dccb")
TOP_GRID = QColor("#d6c9b3")
LEFT_COLOUR = QColor("#2563eb")
RIGHT_COLOUR = QColor("#dc2626")
GUIDE = QColor("#0f766e")
INSET_BOX = (560.0, 108.0, 280.0, 212.0)
FOOT_KEEP = frozenset({"L_foot", "R_foot", "L_leg", "R_leg", "towel", "kettlebell", "cones"})


def frame_count(duration: float, fps: int = FPS) -> int:
    """Frames of a clip: the cue tracks end where the last frame does."""
    return max(1, round(duration * fps))


def _font(px: int, bold: bool = True) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(px)
    font.setBold(bold)
    return font


@dataclass
class _View:
    camera: Camera
    proj: Projector
    background: QImage
    inset: Camera | None
    inset_proj: Projector | None
    floor_y: float  # screen row of the floor (side-type views)
    trails: dict[int, QPolygonF]


class ClipRenderer:
    """Renders the frames of one ClipPlan; the same plan always gives the same pixels."""

    def __init__(self, plan: ClipPlan, fps: int = FPS) -> None:
        self.plan = plan
        self.spec = plan.spec
        self.fps = fps
        self.surface = P.surface_for(self.spec.props)
        self.figure = FigurePainter()
        self.views: dict[str, _View] = {}
        self._pin_x: dict[bool, float] = {}
        self.f_badge = _font(20)
        self.f_badge_big = _font(26)

    @property
    def frame_count(self) -> int:
        return frame_count(self.plan.duration, self.fps)

    # -------------------------------------------------------------- pose

    def body_at(self, t: float) -> tuple[Segment, dict[str, float], Body]:
        seg, ch = self.plan.channels_at(t)
        return seg, ch, self.solve(ch, seg.mirrored)

    def solve(self, ch: dict[str, float], mirrored: bool) -> Body:
        """Build the body, keep its pinned point in place, and set it on its support."""
        pin = self.spec.pin
        if pin is not None:
            name = rig.mirror_channel(pin) if mirrored else pin
            if mirrored not in self._pin_x:
                start = rig.mirror_pose(self.spec.start) if mirrored else self.spec.start
                self._pin_x[mirrored] = rig.build_body(start, 0.0).points[name][0]
            drift = rig.build_body(ch, 0.0).points[name][0] - self._pin_x[mirrored]
            ch = {**ch, "x": ch["x"] - drift}
        body = rig.build_body(ch, 0.0)
        ground = self.spec.ground
        if "seat" in ground:
            dy = rig.SEAT_HIP_HEIGHT
        elif "floor" in ground:
            dy = rig.FLOOR_SIT_HIP_HEIGHT
        else:
            best = math.inf
            surface = self.surface
            for g in ground:
                name = rig.mirror_channel(g) if mirrored else g
                if mirrored and g in ("L", "R"):
                    name = "R" if g == "L" else "L"
                if name == "feet":
                    spheres = body.sole_points["L"] + body.sole_points["R"]
                elif name in ("L", "R"):
                    spheres = body.sole_points[name]
                elif name.endswith("_sole"):
                    spheres = body.sole_points[name[0]]
                else:
                    radius = 0.052 if name.endswith("knee") else 0.0
                    spheres = ((body.points[name], radius),)
                for centre, radius in spheres:
                    gap = centre[1] - radius - surface(centre[0], centre[2])
                    best = min(best, gap)
            dy = -best
        return rig.shift_body(body, dy + max(0.0, ch["lift"]))

    # -------------------------------------------------------------- views

    def _view(self, seg: Segment) -> _View:
        key = seg.side or "-"
        view = self.views.get(key)
        if view is None:
            view = self._make_view(seg)
            self.views[key] = view
        return view

    def _make_view(self, seg: Segment) -> _View:
        spec = self.spec
        # Frame the camera on the pose at the start of this segment.
        start = rig.mirror_pose(spec.start) if seg.mirrored else dict(spec.start)
        body = self.solve(start, seg.mirrored)
        focus_name = rig.mirror_channel(spec.focus) if seg.mirrored else spec.focus
        focus = _focus_point(body, focus_name)
        cam = spec.camera
        floor = self.surface(focus[0], focus[2])
        camera = main_camera(spec.view, seg.side, focus, cam, floor)
        if spec.inset and spec.view in ("side", "front"):
            camera = Camera(
                camera.psi, camera.theta, camera.scale, camera.target, camera.cx - 50, camera.cy
            )
        proj = camera.projector()
        inset = inset_proj = None
        if spec.inset:
            iname = rig.mirror_channel(spec.inset_focus) if seg.mirrored else spec.inset_focus
            ifocus = _focus_point(body, iname)
            inset = inset_camera(
                spec.inset,
                seg.side,
                ifocus,
                INSET_BOX,
                floor=self.surface(ifocus[0], ifocus[2]),
                zoom=spec.inset_zoom,
            )
            inset_proj = inset.projector()
        floor_y = proj.xy((camera.target[0], 0.0, camera.target[2]))[1]
        background = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        p = QPainter(background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_backdrop(p, proj, camera, floor_y, QRectF(0, 0, WIDTH, HEIGHT))
        P.draw_static(p, proj, spec.props, seg.mirrored)
        p.end()
        trails: dict[int, QPolygonF] = {}
        view = _View(camera, proj, background, inset, inset_proj, floor_y, trails)
        for i, guide in enumerate(spec.guides):
            if guide.kind == "trail":
                trails[i] = self._trail(seg, guide, proj)
        return view

    def _trail(self, seg: Segment, guide: GuideSpec, proj: Projector) -> QPolygonF:
        name = rig.mirror_channel(guide.a) if seg.mirrored else guide.a
        pts = []
        n = 48
        for i in range(n + 1):
            t = seg.start + (seg.end - seg.start) * i / n
            _, _, body = self.body_at(min(t, seg.end - 1e-6))
            pts.append(QPointF(*proj.xy(body.points[name])))
        return QPolygonF(pts)

    def _paint_backdrop(
        self, p: QPainter, proj: Projector, camera: Camera, floor_y: float, area: QRectF
    ) -> None:
        if camera.looks_down:
            p.fillRect(area, TOP_FLOOR)
            p.setPen(QPen(TOP_GRID, 1.2))
            step = 0.1 * proj.s
            x0 = proj.cx % step
            x = area.left() + x0
            while x < area.right():
                p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
                x += step
            y = area.top() + proj.cy % step
            while y < area.bottom():
                p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
                y += step
            return
        sky = QLinearGradient(0, area.top(), 0, floor_y)
        sky.setColorAt(0.0, SKY_TOP)
        sky.setColorAt(1.0, SKY_LOW)
        p.fillRect(area, QBrush(sky))
        slope = P.hill_slope(self.spec.props)
        # The ground: a polygon under its far edge (sloped for a hill), 1.6 m behind.
        _r, _u, c = camera.axes
        flat = math.hypot(c[0], c[2]) or 1.0
        far = (-c[0] / flat * 1.6, -c[2] / flat * 1.6)
        tx, tz = camera.target[0] + far[0], camera.target[2] + far[1]
        rx, rz = _r[0] * 20.0, _r[2] * 20.0
        left = proj.xy((tx - rx, (tx - rx) * slope, tz - rz))
        right = proj.xy((tx + rx, (tx + rx) * slope, tz + rz))
        if left[0] > right[0]:
            left, right = right, left
        ground = QPolygonF(
            [
                QPointF(*left),
                QPointF(*right),
                QPointF(right[0], area.bottom() + 400),
                QPointF(left[0], area.bottom() + 400),
            ]
        )
        g = QLinearGradient(0, floor_y, 0, area.bottom())
        g.setColorAt(0.0, FLOOR_TOP)
        g.setColorAt(1.0, FLOOR_LOW)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(g))
        p.drawPolygon(ground)
        pen = QPen(FLOOR_LINE, 3.0)
        p.setPen(pen)
        p.drawLine(QPointF(*left), QPointF(*right))

    # -------------------------------------------------------------- frames

    def render(self, index: int) -> QImage:
        return self.render_at(index / self.fps)

    def render_at(self, t: float) -> QImage:
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        self.paint(image, t)
        return image

    def signature(self, t: float) -> tuple[object, ...]:
        """What a frame at ``t`` depends on; equal signatures give equal pictures.

        Lets the encoder loop reuse the previous picture through still
        stretches (holds without corrections) instead of painting it again.
        """
        seg, ch = self.plan.channels_at(t)
        phase = self.plan.phase_at(t)
        local = t - seg.start
        scroll = seg.motion.scroll_offset(local) if seg.motion is not None else 0.0
        name = phase.text if phase is not None else ""  # guides show in named phases
        pose = tuple(round(v, 3) for v in ch.values())
        return (id(seg), name, round(scroll, 4), pose)

    def paint(self, image: QImage, t: float) -> None:
        seg, ch, body = self.body_at(t)
        view = self._view(seg)
        local = t - seg.start
        motion = seg.motion
        if motion is not None:
            offset, loop_len, duration = (
                motion.scroll_offset(local),
                motion.scroll_length,
                motion.duration,
            )
        else:
            offset, loop_len, duration = 0.0, 0.0, 1.0
        ctx = P.PropContext(body, seg.mirrored, offset, ch, loop_len, local, duration)
        highlight = frozenset(
            rig.mirror_channel(h) if seg.mirrored else h for h in self.spec.highlight
        )
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawImage(0, 0, view.background)
        self._scene(p, view.proj, view.camera, body, ctx, highlight=highlight, seg=seg, main=True)
        self._guides(p, view, seg, t, body)
        if view.inset is not None and view.inset_proj is not None:
            self._inset(p, view, body, ctx, highlight=highlight, seg=seg)
        self._badges(p, view, body, seg)
        p.end()

    def _scene(
        self,
        p: QPainter,
        proj: Projector,
        camera: Camera,
        body: Body,
        ctx: P.PropContext,
        *,
        highlight: frozenset[str],
        seg: Segment,
        main: bool,
    ) -> None:
        spec = self.spec
        P.draw_dynamic(p, proj, spec.props, ctx)
        if ctx.loop_length > 0 and main and not camera.looks_down:
            self._floor_marks(p, proj, ctx)
        for side in ("L", "R"):
            mid = body.points[f"{side}_midfoot"]
            floor = self.surface(mid[0], mid[2])
            height = max(0.0, mid[1] - 0.05 - floor)
            alpha = int(120 / (1.0 + height * 30))
            if alpha >= 25:
                ground_shadow(p, proj, (mid[0], floor, mid[2]), rx=0.15, rz=0.06, alpha=alpha)
        extra = P.attached_parts(spec.props, ctx)
        keep = None
        if spec.view == "foot-top" and main:
            keep = FOOT_KEEP
        elif not main:
            side = spec.inset_focus[0]
            if side in "LR":
                if seg.mirrored:
                    side = "R" if side == "L" else "L"
                keep = frozenset({f"{side}_foot", f"{side}_leg", "towel", "kettlebell"})
            else:
                keep = FOOT_KEEP
        if spec.view == "foot-top" and main and camera.theta >= 80.0:
            body = _stub_legs(body)
        self.figure.draw(
            p,
            body,
            proj,
            highlight,
            extra=extra,
            keep=keep,
            line_scale=1.4 if proj.s > 500 else 1.0,
        )
        P.draw_bands(p, proj, spec.props, ctx)

    def _floor_marks(self, p: QPainter, proj: Projector, ctx: P.PropContext) -> None:
        gap = P._spacing(0.5, ctx)
        shift = ctx.scroll_offset % gap
        slope = P.hill_slope(self.spec.props)
        p.setPen(QPen(FLOOR_LINE, 3.0))
        x = -4.0 - shift
        while x < 4.0:
            a = proj.xy((x, x * slope, 0.0))
            p.drawLine(QPointF(a[0], a[1] + 8), QPointF(a[0] - 14, a[1] + 22))
            x += gap

    def _inset(
        self,
        p: QPainter,
        view: _View,
        body: Body,
        ctx: P.PropContext,
        *,
        highlight: frozenset[str],
        seg: Segment,
    ) -> None:
        assert view.inset is not None and view.inset_proj is not None
        x, y, w, h = INSET_BOX
        rect = QRectF(x, y, w, h)
        path = QPainterPath()
        path.addRoundedRect(rect, 14, 14)
        p.save()
        p.setClipPath(path)
        proj = view.inset_proj
        floor_y = proj.xy((view.inset.target[0], 0.0, view.inset.target[2]))[1]
        self._paint_backdrop(p, proj, view.inset, floor_y, rect)
        P.draw_static(p, proj, self.spec.props, seg.mirrored)
        self._scene(p, proj, view.inset, body, ctx, highlight=highlight, seg=seg, main=False)
        p.restore()
        p.setPen(QPen(INK, 3.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, 14, 14)

    # -------------------------------------------------------------- overlays

    def _guides(self, p: QPainter, view: _View, seg: Segment, t: float, body: Body) -> None:
        proj = view.proj
        phase = self.plan.phase_at(t)
        for i, guide in enumerate(self.spec.guides):
            if guide.phase is not None and (phase is None or phase.text != guide.phase):
                continue
            a_name = rig.mirror_channel(guide.a) if seg.mirrored else guide.a
            a = _focus_point(body, a_name)
            pen = QPen(GUIDE, 3.0, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if guide.kind == "line" and guide.b is not None:
                b_name = rig.mirror_channel(guide.b) if seg.mirrored else guide.b
                b = _focus_point(body, b_name)
                pa, pb = proj.xy(a), proj.xy(b)
                p.drawLine(QPointF(*pa), QPointF(*pb))
            elif guide.kind == "plumb":
                floor = self.surface(a[0], a[2])
                pa = proj.xy((a[0], floor, a[2]))
                pb = proj.xy((a[0], floor + guide.height, a[2]))
                p.drawLine(QPointF(*pa), QPointF(*pb))
            elif guide.kind == "trail":
                poly = view.trails.get(i)
                if poly is not None:
                    p.drawPolyline(poly)
            elif guide.kind == "ring":
                pa = proj.xy(a)
                p.setPen(QPen(GUIDE, 3.5))
                p.drawEllipse(QPointF(*pa), 24, 24)
            else:  # arrow
                vec = guide.vector
                if seg.mirrored:
                    vec = (vec[0], vec[1], -vec[2])
                pa = proj.xy(a)
                pb = proj.xy(rig.add(a, vec))
                _arrow(p, pa, pb)

    def _badges(self, p: QPainter, view: _View, body: Body, seg: Segment) -> None:
        proj = view.proj
        spots: list[tuple[float, float, str, float]] = []
        for side in ("L", "R"):
            if view.camera.looks_down:
                hx, hy = proj.xy(body.points[f"{side}_heel_back"])
                x, y = hx, hy + 30
            else:
                mx, _my = proj.xy(body.points[f"{side}_midfoot"])
                x, y = mx, max(view.floor_y, 0) + 32
                y = min(y, HEIGHT - 22)
            depth = proj.depth(body.points[f"{side}_midfoot"])
            spots.append((x, y, side, depth))
        (x1, y1, s1, d1), (x2, y2, s2, d2) = spots
        if abs(x1 - x2) < 48 and abs(y1 - y2) < 48:
            mid = (x1 + x2) / 2
            # nearer foot's badge in front, the other to the side it faces
            x1, x2 = (mid - 25, mid + 25) if x1 <= x2 else (mid + 25, mid - 25)
        # The working foot of a one-sided exercise gets the bigger, ringed
        # marker: the video has no words, and L/R reads the same in German.
        working = seg.side if self.plan.sides == "each" else ""
        for x, y, side, depth in ((x1, y1, s1, d1), (x2, y2, s2, d2)):
            if not (16 <= x <= WIDTH - 16 and 16 <= y <= HEIGHT - 16):
                continue
            colour = LEFT_COLOUR if side == "L" else RIGHT_COLOUR
            far = depth > min(d1, d2) + 0.05
            r = 21.0 if side == working else 17.0
            if side == working:
                p.setPen(QPen(INK, 3.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(x, y), r + 4, r + 4)
            p.setPen(QPen(QColor("white"), 2.5))
            p.setBrush(colour.lighter(135) if far and side != working else colour)
            p.drawEllipse(QPointF(x, y), r, r)
            p.setFont(self.f_badge_big if side == working else self.f_badge)
            p.setPen(QColor("white"))
            p.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, side)


def _focus_point(body: Body, name: str) -> Vec:
    if name.endswith("_sole"):
        return body.points[name[0] + "_midfoot"]
    return body.points[name]


def _stub_legs(body: Body) -> Body:
    """Seen from above, the leg is cut just over the ankle so it hides nothing."""
    parts: list[Part] = []
    for part in body.parts:
        if part.name.endswith("_shank"):
            side = part.side
            ankle = body.points[f"{side}_ankle"]
            knee = body.points[f"{side}_knee"]
            d = rig.sub(knee, ankle)
            n = math.sqrt(rig.dot(d, d)) or 1.0
            top = rig.add(ankle, rig.scale(d, 0.1 / n))
            parts.append(
                Part(part.name, part.tags, "stub", ((ankle, 0.033), (top, 0.036)), side, 4)
            )
        elif part.name.endswith("_thigh") or part.name.endswith("_shortleg"):
            continue
        else:
            parts.append(part)
    return Body(tuple(parts), body.points, body.sole_points, body.arches, body.eyes)


def _arrow(p: QPainter, a: tuple[float, float], b: tuple[float, float]) -> None:
    pen = QPen(GUIDE, 4.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(*a), QPointF(*b))
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    head = QPolygonF(
        [
            QPointF(*b),
            QPointF(b[0] - 16 * math.cos(ang - 0.45), b[1] - 16 * math.sin(ang - 0.45)),
            QPointF(b[0] - 16 * math.cos(ang + 0.45), b[1] - 16 * math.sin(ang + 0.45)),
        ]
    )
    p.setBrush(GUIDE)
    p.drawPolygon(head)
