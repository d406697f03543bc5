"""The figure's skeleton: pose channels and forward kinematics in 3D.

One 3D rig serves every view (side, front, foot close-ups from the side or
above), so an exercise is animated once and any camera can show it. Bodies are
built from spheres: a limb is the convex hull of a few spheres, which projects
to a clean tapered capsule under an orthographic camera, and a foot is three
separate hulls (heel, forefoot, toes) so that arch, toe and ankle motion read.

World axes: X is where the figure faces, Y is up, Z is the figure's right.
Angles are degrees; lengths metres. No Qt here: the math is tested alone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows

SIDES = ("L", "R")
SIGN = {"L": -1.0, "R": 1.0}  # +Z is the figure's right

# Channels that exist once; defaults give a relaxed upright stance.
GLOBAL_CHANNELS: dict[str, float] = {
    "x": 0.0,  # forward offset of the pelvis (m)
    "z": 0.0,  # sideways offset of the pelvis, + to the figure's right (m)
    "lift": 0.0,  # height above the ground contact (m): hops, flight
    "yaw": 0.0,  # turn of the whole body, + toward its left
    "trunk": 4.0,  # forward lean of the trunk over the pelvis
    "trunk_side": 0.0,  # sideways lean, + toward the right
    "head": 0.0,  # nod, + chin down
    "pelvis_drop": 0.0,  # pelvis tilt sideways, + right hip lower
    "eyes": 1.0,  # 1 open, 0 closed
}
# Channels that exist per side, written "L_knee", "R_knee".
SIDE_CHANNELS: dict[str, float] = {
    "hip": 0.0,  # flexion, + thigh forward
    "hip_abd": 2.0,  # abduction, + away from the midline
    "hip_rot": 0.0,  # rotation, + internal (knee turns in)
    "knee": 2.0,  # flexion
    "ankle": 0.0,  # + dorsiflexion (toes toward shin), - plantarflexion
    "inv": 0.0,  # + inversion (sole turns in), - eversion
    "turn": 6.0,  # foot rotation on the shin, + toes out
    "flat": 0.0,  # 0..1: override the ankle so the sole stays level
    "toes": 0.0,  # toe joints, + bent up (extension), - curled
    "spread": 0.0,  # toe spreading, degrees at the big and little toe
    "dome": 0.0,  # 0..1 arch doming ("short foot")
    "shoulder": 4.0,  # flexion, + arm forward and up
    "shoulder_abd": 8.0,  # abduction, + arm out to the side
    "elbow": 12.0,  # flexion
}
CHANNELS: dict[str, float] = dict(GLOBAL_CHANNELS)
for _side in SIDES:
    for _name, _value in SIDE_CHANNELS.items():
        CHANNELS[f"{_side}_{_name}"] = _value

# Body dimensions for a runner about 1.78 m tall.
HIP_HALF = 0.088
THIGH = 0.43
SHANK = 0.42
TRUNK = 0.5
UPPER_ARM = 0.29
FOREARM = 0.25
SHOULDER_HALF = 0.185
ANKLE_HEIGHT = 0.079  # ankle joint above the sole (heel sphere bottom)
SEAT_HIP_HEIGHT = SHANK + ANKLE_HEIGHT  # hip joint height seated on a chair, feet flat
FLOOR_SIT_HIP_HEIGHT = 0.1

# Toes: medial offset of the joint, x of the joint, length, radius, fan angle.
TOES = (
    (0.035, 0.152, 0.056, 0.0138, 3.0),
    (0.015, 0.147, 0.043, 0.0098, -1.0),
    (-0.002, 0.139, 0.039, 0.0092, -5.0),
    (-0.018, 0.131, 0.034, 0.0087, -9.0),
    (-0.033, 0.121, 0.029, 0.0082, -14.0),
)
TOE_SPREAD_SHARE = (1.0, 0.25, -0.3, -0.65, -1.0)


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def lerp(a: Vec, b: Vec, u: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def mul(m: Mat, n: Mat) -> Mat:
    cols = ((n[0][0], n[1][0], n[2][0]), (n[0][1], n[1][1], n[2][1]), (n[0][2], n[1][2], n[2][2]))
    return (
        (dot(m[0], cols[0]), dot(m[0], cols[1]), dot(m[0], cols[2])),
        (dot(m[1], cols[0]), dot(m[1], cols[1]), dot(m[1], cols[2])),
        (dot(m[2], cols[0]), dot(m[2], cols[1]), dot(m[2], cols[2])),
    )


def apply(m: Mat, v: Vec) -> Vec:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def rot_x(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


@dataclass(frozen=True)
class Part:
    """One drawable piece: the hull of its spheres, in one colour.

    ``tags`` name what it belongs to ("R_foot", "R_heel"...) for highlighting;
    ``side`` says which side it is on (for shading the far limbs); ``order``
    breaks depth ties so a foot's toes sit over its forefoot.
    """

    name: str
    tags: tuple[str, ...]
    material: str
    spheres: tuple[tuple[Vec, float], ...]
    side: str = ""
    order: int = 0
    group: str = ""  # parts of one group are drawn together, in ``order``


@dataclass(frozen=True)
class Body:
    parts: tuple[Part, ...]
    points: dict[str, Vec]
    sole_points: dict[str, tuple[tuple[Vec, float], ...]]  # side -> spheres touching the floor
    arches: dict[str, tuple[Vec, ...]]  # side -> outline of the air gap under the arch
    eyes: float = 1.0


def mirror_channel(name: str) -> str:
    """The channel's name on the other side ("L_knee" <-> "R_knee")."""
    if name[:2] == "L_":
        return "R_" + name[2:]
    if name[:2] == "R_":
        return "L_" + name[2:]
    return name


MIRROR_NEGATE = frozenset({"z", "yaw", "trunk_side", "pelvis_drop"})


def mirror_pose(pose: Mapping[str, float]) -> dict[str, float]:
    """The same pose done with the other side: left and right swap places."""
    out: dict[str, float] = {}
    for name, value in pose.items():
        out[mirror_channel(name)] = -value if name in MIRROR_NEGATE else value
    return out


def _foot(
    side: str, ankle: Vec, frame: Mat, ch: Mapping[str, float], points: dict[str, Vec]
) -> tuple[list[Part], tuple[tuple[Vec, float], ...], tuple[Vec, ...]]:
    """Heel, forefoot and five toes of one foot, in world space."""
    sgn = SIGN[side]
    dome = ch[f"{side}_dome"]
    toes = ch[f"{side}_toes"]
    spread = ch[f"{side}_spread"]

    def at(x: float, y: float, medial: float) -> Vec:
        return add(ankle, apply(frame, (x, y, -sgn * medial)))

    heel = at(-0.042, -0.047, 0.0)
    heel_sole = at(0.03, -0.064, 0.0)
    knob = ankle
    navicular = at(0.035, -0.022 + 0.006 * dome, 0.006)
    dorsum = at(0.088, -0.034 + 0.009 * dome, 0.004)
    shift = 0.014 * dome
    ball = at(0.152 - shift, -0.063, 0.036)
    ball5 = at(0.124 - shift * 0.8, -0.066, -0.036)
    lat_sole = at(0.06, -0.068, -0.03)
    arch = at(0.085, -0.058 + 0.018 * dome, 0.028)
    tag_all = f"{side}_foot"
    parts = [
        Part(
            f"{side}_heel",
            (tag_all, f"{side}_heel"),
            "skin",
            ((heel, 0.031), (knob, 0.03), (heel_sole, 0.016)),
            side,
            1,
            tag_all,
        ),
        Part(
            f"{side}_forefoot",
            (tag_all, f"{side}_forefoot", f"{side}_arch"),
            "skin",
            (
                (heel_sole, 0.014),
                (navicular, 0.026),
                (dorsum, 0.026),
                (ball, 0.017),
                (ball5, 0.014),
                (lat_sole, 0.012),
                (arch, 0.01),
            ),
            side,
            2,
            tag_all,
        ),
    ]
    tips: list[Vec] = []
    for i, (medial, x, length, radius, fan) in enumerate(TOES):
        base = at(x - shift * (1.0 - 0.2 * i), -0.062, medial)
        yaw = fan + spread * TOE_SPREAD_SHARE[i]
        # Curling bends the far joint more than the near one (a grip, not a point).
        near = toes if toes > 0 else toes * 0.55
        far = toes * 0.25 if toes > 0 else toes * 1.1
        d1 = apply(frame, apply(rot_y(sgn * yaw), apply(rot_z(near), (1.0, 0.0, 0.0))))
        mid = add(base, scale(d1, length * 0.55))
        d2 = apply(frame, apply(rot_y(sgn * yaw), apply(rot_z(near + far), (1.0, 0.0, 0.0))))
        tip = add(mid, scale(d2, length * 0.45))
        tips.append(tip)
        parts.append(
            Part(
                f"{side}_toe{i + 1}",
                (tag_all, f"{side}_toes"),
                "skin",
                ((base, radius * 1.05), (mid, radius), (tip, radius * 0.9)),
                side,
                3,
                tag_all,
            )
        )
    points[f"{side}_heel"] = add(heel, (0.0, -0.031, 0.0))
    points[f"{side}_heel_back"] = at(-0.08, -0.04, 0.0)
    points[f"{side}_ball"] = add(ball, (0.0, -0.017, 0.0))
    points[f"{side}_mtp"] = ball
    points[f"{side}_midfoot"] = at(0.06, -0.03, 0.0)
    points[f"{side}_dorsum"] = add(dorsum, apply(frame, (0.0, 0.026, 0.0)))
    points[f"{side}_arch"] = arch
    points[f"{side}_toe"] = tips[0]
    points[f"{side}_toe2"] = tips[1]
    points[f"{side}_toe5"] = tips[4]
    points[f"{side}_forefoot"] = lerp(ball, ball5, 0.5)
    sole = (
        (heel, 0.031),
        (heel_sole, 0.015),
        (ball, 0.017),
        (ball5, 0.014),
        (lat_sole, 0.012),
        (tips[0], 0.0125 * 0.9),
        (tips[1], 0.0088 * 0.9),
        (tips[4], 0.0072 * 0.9),
    )
    # The gap under the inner arch, seen from the side: a half ellipse on the sole.
    rise = 0.011 + 0.017 * dome
    arch_gap = tuple(
        at(0.087 - shift * 0.5 + 0.05 * math.cos(a), -0.081 + rise * math.sin(a), 0.03)
        for a in (math.pi * i / 10 for i in range(11))
    )
    return parts, sole, arch_gap


def build_body(ch: Mapping[str, float], root_y: float) -> Body:
    """World-space parts and named points for a full set of channel values."""
    points: dict[str, Vec] = {}
    parts: list[Part] = []
    sole_points: dict[str, tuple[tuple[Vec, float], ...]] = {}
    arches: dict[str, tuple[Vec, ...]] = {}
    r0 = mul(rot_y(ch["yaw"]), rot_x(ch["pelvis_drop"] * 0.0))
    pelvis = (ch["x"], root_y, ch["z"])
    points["pelvis"] = pelvis
    trunk = mul(r0, mul(rot_z(-ch["trunk"]), rot_x(ch["trunk_side"])))
    pelvis_frame = mul(r0, rot_x(-ch["pelvis_drop"]))

    def tw(v: Vec) -> Vec:
        return add(pelvis, apply(trunk, v))

    neck = tw((0.0, TRUNK, 0.0))
    points["neck"] = neck
    points["chest"] = tw((0.11, 0.36, 0.0))
    points["back"] = tw((-0.16, 0.3, 0.0))
    head_frame = mul(trunk, rot_z(-ch["head"]))
    head = add(neck, apply(head_frame, (0.015, 0.155, 0.0)))
    points["head"] = head
    points["head_top"] = add(head, apply(head_frame, (0.0, 0.11, 0.0)))
    points["eyes"] = add(head, apply(head_frame, (0.1, 0.01, 0.0)))
    parts.append(
        Part(
            "torso",
            ("trunk",),
            "shirt",
            (
                (tw((0.0, 0.02, -0.085)), 0.1),
                (tw((0.0, 0.02, 0.085)), 0.1),
                (tw((0.01, 0.22, -0.075)), 0.1),
                (tw((0.01, 0.22, 0.075)), 0.1),
                (tw((0.02, 0.38, -0.1)), 0.11),
                (tw((0.02, 0.38, 0.1)), 0.11),
                (tw((0.0, 0.455, -0.14)), 0.075),
                (tw((0.0, 0.455, 0.14)), 0.075),
            ),
            order=0,
        )
    )
    parts.append(
        Part(
            "shorts",
            ("trunk", "hips"),
            "shorts",
            (
                (add(pelvis, apply(pelvis_frame, (0.0, 0.02, -0.09))), 0.104),
                (add(pelvis, apply(pelvis_frame, (0.0, 0.02, 0.09))), 0.104),
                (add(pelvis, apply(pelvis_frame, (-0.01, 0.1, -0.08))), 0.1),
                (add(pelvis, apply(pelvis_frame, (-0.01, 0.1, 0.08))), 0.1),
            ),
            order=1,
        )
    )
    parts.append(
        Part("neck", ("neck",), "skin", ((neck, 0.048), (add(neck, (0, 0.06, 0)), 0.045)), order=2)
    )
    parts.append(Part("head", ("head",), "head", ((head, 0.105),), order=3))

    for side in SIDES:
        sgn = SIGN[side]

        def c(name: str, side: str = side) -> float:
            return ch[f"{side}_{name}"]

        # Leg.
        hip = add(pelvis, apply(pelvis_frame, (0.0, 0.0, sgn * HIP_HALF)))
        leg = mul(
            pelvis_frame,
            mul(rot_z(c("hip")), mul(rot_x(-sgn * c("hip_abd")), rot_y(sgn * c("hip_rot")))),
        )
        knee = add(hip, apply(leg, (0.0, -THIGH, 0.0)))
        shin = mul(leg, rot_z(-c("knee")))
        ankle = add(knee, apply(shin, (0.0, -SHANK, 0.0)))
        ankle_deg = c("ankle")
        flat = c("flat")
        if flat > 0.0:
            level = c("knee") - c("hip")
            ankle_deg = ankle_deg + (level - ankle_deg) * min(1.0, flat)
        foot = mul(shin, mul(rot_y(-sgn * c("turn")), mul(rot_z(ankle_deg), rot_x(sgn * c("inv")))))
        points[f"{side}_hip"] = hip
        points[f"{side}_knee"] = knee
        points[f"{side}_ankle"] = ankle
        points[f"{side}_knee_front"] = add(knee, apply(shin, (0.06, 0.0, 0.0)))
        points[f"{side}_shin"] = add(knee, apply(shin, (0.045, -SHANK * 0.45, 0.0)))
        thigh_parts = (
            (hip, 0.086),
            (add(hip, apply(leg, (0.005, -THIGH * 0.45, 0.0))), 0.077),
            (knee, 0.056),
        )
        parts.append(
            Part(f"{side}_thigh", (f"{side}_thigh", f"{side}_leg"), "skin", thigh_parts, side, 0)
        )
        parts.append(
            Part(
                f"{side}_shortleg",
                (f"{side}_thigh", f"{side}_leg"),
                "shorts",
                ((hip, 0.095), (add(hip, apply(leg, (0.01, -THIGH * 0.4, 0.0))), 0.086)),
                side,
                1,
            )
        )
        calf = add(knee, apply(shin, (-0.022, -SHANK * 0.3, 0.0)))
        points[f"{side}_calf"] = add(calf, apply(shin, (-0.05, 0.0, 0.0)))
        parts.append(
            Part(
                f"{side}_shank",
                (f"{side}_shank", f"{side}_leg", f"{side}_calf"),
                "skin",
                (
                    (knee, 0.052),
                    (calf, 0.053),
                    (add(knee, apply(shin, (-0.008, -SHANK * 0.72, 0.0))), 0.034),
                    (ankle, 0.032),
                ),
                side,
                2,
            )
        )
        foot_parts, sole, arch_gap = _foot(side, ankle, foot, ch, points)
        parts.extend(foot_parts)
        sole_points[side] = sole
        arches[side] = arch_gap

        # Arm.
        shoulder = tw((0.0, TRUNK - 0.045, sgn * SHOULDER_HALF))
        arm = mul(trunk, mul(rot_z(c("shoulder")), rot_x(-sgn * c("shoulder_abd"))))
        elbow = add(shoulder, apply(arm, (0.0, -UPPER_ARM, 0.0)))
        fore = mul(arm, rot_z(c("elbow")))
        wrist = add(elbow, apply(fore, (0.0, -FOREARM, 0.0)))
        hand = add(wrist, apply(fore, (0.0, -0.045, 0.0)))
        points[f"{side}_shoulder"] = shoulder
        points[f"{side}_elbow"] = elbow
        points[f"{side}_wrist"] = wrist
        points[f"{side}_hand"] = hand
        parts.append(
            Part(
                f"{side}_upperarm",
                (f"{side}_arm",),
                "skin",
                ((shoulder, 0.047), (elbow, 0.036)),
                side,
                4,
            )
        )
        parts.append(
            Part(
                f"{side}_sleeve",
                (f"{side}_arm",),
                "shirt",
                ((shoulder, 0.058), (add(shoulder, apply(arm, (0.0, -0.13, 0.0))), 0.05)),
                side,
                5,
            )
        )
        parts.append(
            Part(
                f"{side}_forearm",
                (f"{side}_arm",),
                "skin",
                ((elbow, 0.035), (wrist, 0.027), (hand, 0.038)),
                side,
                6,
            )
        )
    points["hands"] = lerp(points["L_hand"], points["R_hand"], 0.5)
    points["feet"] = lerp(points["L_midfoot"], points["R_midfoot"], 0.5)
    return Body(tuple(parts), points, sole_points, arches, ch["eyes"])


def shift_body(body: Body, dy: float) -> Body:
    """The same body moved up by ``dy`` (the ground solver places it after building)."""

    def up(v: Vec) -> Vec:
        return (v[0], v[1] + dy, v[2])

    parts = tuple(
        Part(
            p.name,
            p.tags,
            p.material,
            tuple((up(c), r) for c, r in p.spheres),
            p.side,
            p.order,
            p.group,
        )
        for p in body.parts
    )
    points = {k: up(v) for k, v in body.points.items()}
    soles = {k: tuple((up(c), r) for c, r in v) for k, v in body.sole_points.items()}
    arches = {k: tuple(up(c) for c in v) for k, v in body.arches.items()}
    return Body(parts, points, soles, arches, body.eyes)
