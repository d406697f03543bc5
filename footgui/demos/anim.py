"""Exercise motion as data: reading, checking and sampling the keyframe files.

Each ``[[animation]]`` table in ``resources/animations/*.toml`` describes one
exercise's clip: the camera view, the props, a start pose, and a list of
phases ("Up", "Hold", "Down") whose durations may come from the exercise's
dose, each ending in a pose. Extra keyframes at absolute times, a periodic
gait cycle and small balance corrections ("wobble") cover hops, walking and
holds. Nothing here draws: the result is a ``ClipPlan`` that says, for any
time in the clip, where every joint is and which phase and cues are showing.

A mistake in one animation is an ``AnimationError`` naming the file, the
exercise and the problem; the other animations still load and render.
"""

from __future__ import annotations

import bisect
import functools
import math
import tomllib
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footgui.core.errors import suggest
from footgui.demos import rig
from footgui.demos.easing import DEFAULT_EASING, EASINGS, catmull_rom, ease

if TYPE_CHECKING:
    from footgui.core.catalog import Exercise

POSES_FILE = "poses.toml"
WORDS_PREFIX = "words."  # words.<language>.toml: the cue words of a language, no animation
SWITCH_SIDES = "Switch sides"  # the cue while the figure changes feet
VIEWS = ("side", "front", "foot-side", "foot-top")
INSET_VIEWS = ("foot-side", "foot-top", "foot-front")
GROUND_MODES = ("feet", "seat", "floor")
SWITCH_S = 0.8
GUIDE_KINDS = ("line", "plumb", "trail", "ring", "arrow")
DOSE_DURATIONS = ("tempo.up", "tempo.hold", "tempo.down", "hold", "duration")
MAX_CLIP_S = 30.0

# Prop kinds and their parameters with defaults; None means required.
PROP_KINDS: dict[str, dict[str, Any]] = {
    "step": {"x0": None, "x1": None, "height": 0.18, "solid": True},
    "box": {"x0": None, "x1": None, "height": 0.3, "solid": True},
    "pad": {"x0": -0.4, "x1": 0.4, "height": 0.04, "solid": True},
    "wall": {"x": None},
    "chair": {"x": 0.0, "height": 0.43},
    "band": {"from": None, "to": None, "anchor": False},
    "towel-roll": {"x": None, "y": 0.0, "z": 0.0},
    "towel": {"x0": None, "x1": None, "z": 0.0, "speed": 0.03},
    "mirror": {"x0": None, "x1": None, "z0": -0.3, "z1": 0.3},
    "cones": {"at": None},
    "ladder": {"spacing": 0.45, "width": 0.5},
    "kettlebell": {"hold": "hands"},
    "backpack": {},
    "hill": {"angle": 8.0},
    "tape": {"x0": None, "x1": None, "z": 0.0},
}
PROP_CHANNELS: dict[str, str] = {}  # prop kind -> extra animatable channel it adds


class AnimationError(Exception):
    """A keyframe file problem: which file, which exercise, what is wrong."""

    def __init__(self, source: str, problem: str, exercise_id: str | None = None) -> None:
        self.source = source
        self.exercise_id = exercise_id
        self.problem = problem
        where = f"{source}: {exercise_id}" if exercise_id else source
        super().__init__(f"{where}: {problem}")


# ----------------------------------------------------------------- specs


@dataclass(frozen=True)
class PhaseSpec:
    name: str
    dur: float | str
    cap: float | None
    pose: dict[str, float]
    ease: str
    show: bool
    cycle: str | None = None
    scroll: float | None = None


@dataclass(frozen=True)
class KeySpec:
    t: float
    pose: dict[str, float]
    ease: str


@dataclass(frozen=True)
class CycleSpec:
    period: float
    alternate: bool
    keys: tuple[tuple[float, dict[str, float]], ...]


@dataclass(frozen=True)
class GuideSpec:
    kind: str
    a: str
    b: str | None = None
    phase: str | None = None
    vector: tuple[float, float, float] = (0.0, 0.1, 0.0)
    height: float = 0.6


@dataclass(frozen=True)
class PropSpec:
    kind: str
    params: dict[str, Any]


@dataclass(frozen=True)
class CameraSpec:
    zoom: float = 1.0
    dx: float = 0.0
    dy: float = 0.0
    psi: float | None = None  # azimuth override: 0 side, 90 front
    theta: float | None = None  # elevation override: 90 straight down


@dataclass(frozen=True)
class AnimSpec:
    exercise_id: str
    source: str
    view: str
    start: dict[str, float]  # full channel dict
    ground: tuple[str, ...]
    props: tuple[PropSpec, ...]
    highlight: tuple[str, ...]
    focus: str
    inset: str | None
    inset_focus: str
    inset_zoom: float
    camera: CameraSpec
    phases: tuple[PhaseSpec, ...]
    keys: tuple[KeySpec, ...]
    cycles: dict[str, CycleSpec]
    wobble: dict[str, float]
    wobble_cycles: tuple[int, int]
    scroll: float
    reps: int
    cues: tuple[str, ...]
    guides: tuple[GuideSpec, ...]
    extra_channels: tuple[str, ...] = ()
    pin: str | None = None


# ----------------------------------------------------------------- reading


class _Table:
    """Typed access to one TOML table, raising AnimationError with its location."""

    def __init__(self, data: Mapping[str, Any], source: str, exercise_id: str | None) -> None:
        self.data = dict(data)
        self.source = source
        self.exercise_id = exercise_id
        self.used: set[str] = set()

    def error(self, problem: str) -> AnimationError:
        return AnimationError(self.source, problem, self.exercise_id)

    def get(self, key: str, default: Any = None) -> Any:
        self.used.add(key)
        return self.data.get(key, default)

    def number(self, key: str, default: float | None = None, low: float = -1e9) -> float:
        value = self.get(key, default)
        if value is None:
            raise self.error(f"missing '{key}'")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"'{key}' must be a number, not {value!r}")
        if value < low:
            raise self.error(f"'{key}' must be at least {low}, not {value}")
        return float(value)

    def text(self, key: str, default: str | None = None, choices: Iterable[str] = ()) -> str:
        value = self.get(key, default)
        if value is None:
            shown = f" (one of {', '.join(choices)})" if choices else ""
            raise self.error(f"missing '{key}'{shown}")
        if not isinstance(value, str):
            raise self.error(f"'{key}' must be text, not {value!r}")
        options = list(choices)
        if options and value not in options:
            raise self.error(
                f"unknown {key} '{value}'{suggest(value, options)}; use one of {', '.join(options)}"
            )
        return value

    def finish(self) -> None:
        extra = sorted(set(self.data) - self.used)
        if extra:
            raise self.error(f"unknown field '{extra[0]}'")


def _pose(raw: Any, where: str, table: _Table, channels: Mapping[str, float]) -> dict[str, float]:
    if not isinstance(raw, Mapping):
        raise table.error(f"{where} must be a table of joint = value")
    out: dict[str, float] = {}
    for name, value in raw.items():
        if name not in channels:
            raise table.error(f"unknown joint '{name}' in {where}{suggest(name, channels)}")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise table.error(f"{where}: '{name}' must be a number, not {value!r}")
        out[name] = float(value)
    return out


def _ease_name(table: _Table, raw: Any, where: str) -> str:
    if raw is None:
        return DEFAULT_EASING
    if not isinstance(raw, str) or raw not in EASINGS:
        raise table.error(
            f"{where}: unknown ease {raw!r}{suggest(str(raw), EASINGS)}; "
            f"use one of {', '.join(EASINGS)}"
        )
    return raw


def load_poses(folder: Path) -> tuple[dict[str, dict[str, float]], list[AnimationError]]:
    """Named base poses ("stand", "sit"...), each a full channel dict."""
    path = folder / POSES_FILE
    source = _display(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        return {"stand": dict(rig.CHANNELS)}, [AnimationError(source, "file not found")]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        return {"stand": dict(rig.CHANNELS)}, [AnimationError(source, f"cannot be read: {exc}")]
    raw = data.get("pose", {})
    poses: dict[str, dict[str, float]] = {"stand": dict(rig.CHANNELS)}
    errors: list[AnimationError] = []
    pending = dict(raw) if isinstance(raw, Mapping) else {}
    # Resolve "extends" in dependency order; a cycle or unknown parent is an error.
    for _ in range(len(pending) + 1):
        progressed = False
        for name in list(pending):
            entry = pending[name]
            table = _Table(entry if isinstance(entry, Mapping) else {}, source, f"pose.{name}")
            parent = entry.get("extends", "stand") if isinstance(entry, Mapping) else "stand"
            if parent not in poses:
                if parent in pending:
                    continue
                errors.append(table.error(f"extends unknown pose '{parent}'"))
                del pending[name]
                continue
            values = {k: v for k, v in entry.items() if k != "extends"}
            try:
                poses[name] = {**poses[parent], **_pose(values, "the pose", table, rig.CHANNELS)}
            except AnimationError as exc:
                errors.append(exc)
            del pending[name]
            progressed = True
        if not progressed:
            break
    for name in pending:
        errors.append(AnimationError(source, "pose extends itself in a loop", f"pose.{name}"))
    return poses, errors


def _display(path: Path) -> str:
    parts = path.parts
    if "resources" in parts:
        return "/".join(parts[parts.index("resources") :])
    return str(path)


def load_specs(
    folder: Path,
) -> tuple[dict[str, AnimSpec], list[AnimationError]]:
    """Every animation in ``folder``, by exercise id, and the problems found."""
    poses, errors = load_poses(folder)
    specs: dict[str, AnimSpec] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name == POSES_FILE or path.name.startswith(WORDS_PREFIX):
            continue
        source = _display(path)
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            errors.append(AnimationError(source, f"not readable TOML: {exc}"))
            continue
        entries = data.get("animation", [])
        if not isinstance(entries, list):
            errors.append(AnimationError(source, "'animation' must be an array of tables"))
            continue
        for i, entry in enumerate(entries):
            exercise_id = entry.get("exercise") if isinstance(entry, Mapping) else None
            label = exercise_id if isinstance(exercise_id, str) else f"animation {i + 1}"
            try:
                if not isinstance(exercise_id, str):
                    raise AnimationError(source, "missing 'exercise' (the catalog id)", label)
                if exercise_id in specs:
                    raise AnimationError(
                        source,
                        "a second animation for this exercise "
                        f"(first in {specs[exercise_id].source})",
                        exercise_id,
                    )
                specs[exercise_id] = parse_spec(entry, source, poses)
            except AnimationError as exc:
                errors.append(exc)
    return specs, errors


def parse_spec(
    entry: Mapping[str, Any], source: str, poses: Mapping[str, dict[str, float]]
) -> AnimSpec:
    """One ``[[animation]]`` table, checked; raises AnimationError on the first problem."""
    t = _Table(entry, source, str(entry.get("exercise")))
    exercise_id = t.text("exercise")
    view = t.text("view", choices=VIEWS)
    props = tuple(_parse_prop(t, raw, i) for i, raw in enumerate(t.get("props", []) or []))
    extra = tuple(sorted({PROP_CHANNELS[p.kind] for p in props if p.kind in PROP_CHANNELS}))
    channels: dict[str, float] = dict(rig.CHANNELS)
    for name in extra:
        channels[name] = 0.0
    base_name = t.text("base", "stand")
    if base_name not in poses:
        raise t.error(f"unknown base pose '{base_name}'{suggest(base_name, poses)}")
    start = {**poses[base_name], **{k: channels[k] for k in extra}}
    start.update(_pose(t.get("pose", {}), "pose", t, channels))

    points = _known_points()
    ground_raw = t.get("ground", "feet")
    ground_list = [ground_raw] if isinstance(ground_raw, str) else ground_raw
    if not isinstance(ground_list, list) or not ground_list:
        raise t.error("'ground' must be feet, seat, floor or a list of points")
    for g in ground_list:
        if not isinstance(g, str) or (
            g not in GROUND_MODES and g not in points and g not in ("L", "R")
        ):
            raise t.error(
                f"unknown ground contact {g!r}{suggest(str(g), [*GROUND_MODES, *points])}"
            )
    highlight = tuple(t.get("highlight", []) or [])
    tags = _known_tags()
    for h in highlight:
        if h not in tags:
            raise t.error(f"unknown body part '{h}' in highlight{suggest(str(h), tags)}")
    focus = t.text("focus", "R_ankle" if view.startswith("foot") else "pelvis")
    if focus not in points:
        raise t.error(f"unknown focus point '{focus}'{suggest(focus, points)}")
    inset = t.get("inset")
    if inset is not None and inset not in INSET_VIEWS:
        raise t.error(f"unknown inset view {inset!r}; use one of {', '.join(INSET_VIEWS)}")
    inset_zoom = t.number("inset_zoom", 1.0, 0.2)
    inset_focus = t.text("inset_focus", "R_ankle")
    if inset_focus not in points:
        raise t.error(f"unknown inset_focus point '{inset_focus}'{suggest(inset_focus, points)}")
    cam_raw = t.get("camera", {}) or {}
    cam_t = _Table(cam_raw, source, exercise_id)
    camera = CameraSpec(
        cam_t.number("zoom", 1.0, 0.2),
        cam_t.number("dx", 0.0),
        cam_t.number("dy", 0.0),
        cam_t.number("psi") if "psi" in cam_raw else None,
        cam_t.number("theta", None, 0.0) if "theta" in cam_raw else None,
    )
    cam_t.finish()

    phases: list[PhaseSpec] = []
    for i, raw in enumerate(t.get("phases", []) or []):
        pt = _Table(raw, source, exercise_id)
        name = pt.text("name")
        dur_raw = pt.get("dur")
        if isinstance(dur_raw, str):
            if dur_raw not in DOSE_DURATIONS:
                raise t.error(
                    f"phase '{name}': unknown dose duration '{dur_raw}'; "
                    f"use a number of seconds or one of {', '.join(DOSE_DURATIONS)}"
                )
            dur: float | str = dur_raw
        else:
            dur = pt.number("dur", None, 0.0)
            if dur <= 0:
                raise t.error(f"phase '{name}' must last more than 0 s")
        cap = pt.get("max")
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int | float)):
            raise t.error(f"phase '{name}': 'max' must be a number")
        phases.append(
            PhaseSpec(
                name=name,
                dur=dur,
                cap=float(cap) if cap is not None else None,
                pose=_pose(pt.get("pose", {}), f"phase '{name}'", t, channels),
                ease=_ease_name(t, pt.get("ease"), f"phase '{name}'"),
                show=bool(pt.get("show", True)),
                cycle=pt.get("cycle"),
                scroll=float(pt.number("scroll")) if pt.data.get("scroll") is not None else None,
            )
        )
        pt.finish()
        del i
    if not phases:
        raise t.error("no phases: an animation needs at least one")

    keys: list[KeySpec] = []
    for raw in t.get("keys", []) or []:
        kt = _Table(raw, source, exercise_id)
        at = kt.number("t")
        keys.append(
            KeySpec(
                at,
                _pose(kt.get("pose", {}), f"key at {at:g} s", t, channels),
                _ease_name(t, kt.get("ease"), f"key at {at:g} s"),
            )
        )
        kt.finish()

    cycles: dict[str, CycleSpec] = {}
    if t.get("cycle") is not None:
        cycles[""] = _parse_cycle(t, t.get("cycle"), "cycle", channels)
    named = t.get("cycles", {}) or {}
    if not isinstance(named, Mapping):
        raise t.error("'cycles' must be a table of named cycles")
    for cname, raw in named.items():
        cycles[str(cname)] = _parse_cycle(t, raw, f"cycle '{cname}'", channels)
    for ph in phases:
        if ph.cycle is not None and ph.cycle not in cycles:
            raise t.error(
                f"phase '{ph.name}' uses unknown cycle '{ph.cycle}'{suggest(ph.cycle, cycles)}"
            )

    wobble = _pose(t.get("wobble", {}) or {}, "wobble", t, channels)
    wc = t.get("wobble_cycles", [3, 7])
    if not (
        isinstance(wc, list) and len(wc) == 2 and all(isinstance(c, int) and c > 0 for c in wc)
    ):
        raise t.error("'wobble_cycles' must be two whole numbers of cycles per clip")

    cues = tuple(t.get("cues", []) or [])
    phase_names = {p.name for p in phases}
    for c in cues:
        for piece in str(c).split("+"):
            if piece != "all" and piece not in phase_names:
                raise t.error(f"cue mapped to unknown phase '{piece}'{suggest(piece, phase_names)}")
    guides = tuple(_parse_guide(t, raw, points, phase_names) for raw in t.get("guides", []) or [])
    for p in props:
        for key in ("from", "to", "hold"):
            ref = p.params.get(key)
            if isinstance(ref, str) and ref not in points:
                raise t.error(f"{p.kind}: unknown point '{ref}'{suggest(ref, points)}")
    pin = t.get("pin")
    if pin is not None and (not isinstance(pin, str) or pin not in points):
        raise t.error(f"unknown pin point {pin!r}{suggest(str(pin), points)}")
    spec = AnimSpec(
        exercise_id=exercise_id,
        pin=pin,
        source=source,
        view=view,
        start=start,
        ground=tuple(ground_list),
        props=props,
        highlight=highlight,
        focus=focus,
        inset=inset,
        inset_focus=inset_focus,
        inset_zoom=inset_zoom,
        camera=camera,
        phases=tuple(phases),
        keys=tuple(keys),
        cycles=cycles,
        wobble=wobble,
        wobble_cycles=(int(wc[0]), int(wc[1])),
        scroll=t.number("scroll", 0.0),
        reps=int(t.number("reps", 1, 1)),
        cues=tuple(str(c) for c in cues),
        guides=guides,
        extra_channels=extra,
    )
    t.get("base")
    t.finish()
    return spec


def _parse_cycle(t: _Table, raw: Any, where: str, channels: Mapping[str, float]) -> CycleSpec:
    if not isinstance(raw, Mapping):
        raise t.error(f"{where} must be a table with 'period' and 'keys'")
    ct = _Table(raw, t.source, t.exercise_id)
    period = ct.number("period", None, 0.05)
    ckeys = []
    for key in ct.get("keys", []) or []:
        if not isinstance(key, Mapping):
            raise t.error(f"{where}: each key must be a table with 't'")
        kt = _Table(key, t.source, t.exercise_id)
        at = kt.number("t")
        if not 0.0 <= at < period:
            raise t.error(f"{where}: key at {at:g} s is outside the cycle (0-{period:g} s)")
        values = {k: v for k, v in key.items() if k != "t"}
        ckeys.append((at, _pose(values, f"{where} key at {at:g} s", t, channels)))
    if len(ckeys) < 2:
        raise t.error(f"{where} needs at least two keys")
    ckeys.sort(key=lambda k: k[0])
    cycle = CycleSpec(period, bool(ct.get("alternate", True)), tuple(ckeys))
    ct.finish()
    return cycle


def _parse_prop(t: _Table, raw: Any, index: int) -> PropSpec:
    if not isinstance(raw, Mapping):
        raise t.error(f"prop {index + 1} must be a table with a 'kind'")
    kind = raw.get("kind")
    if kind not in PROP_KINDS:
        raise t.error(f"unknown prop kind {kind!r}{suggest(str(kind), PROP_KINDS)}")
    schema = PROP_KINDS[kind]
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "kind":
            continue
        if key not in schema:
            raise t.error(f"{kind}: unknown field '{key}'{suggest(key, schema)}")
        params[key] = value
    for key, default in schema.items():
        if key not in params:
            if default is None:
                raise t.error(f"{kind}: missing '{key}'")
            params[key] = default
    return PropSpec(kind, params)


def _parse_guide(t: _Table, raw: Any, points: frozenset[str], phases: set[str]) -> GuideSpec:
    if not isinstance(raw, Mapping):
        raise t.error("each guide must be a table with a 'kind'")
    kind = raw.get("kind")
    if kind not in GUIDE_KINDS:
        raise t.error(f"unknown guide kind {kind!r}; use one of {', '.join(GUIDE_KINDS)}")
    a = raw.get("at")
    if not isinstance(a, str) or a not in points:
        raise t.error(f"{kind} guide: unknown point {a!r}{suggest(str(a), points)}")
    b = raw.get("to")
    if b is not None and (not isinstance(b, str) or b not in points):
        raise t.error(f"{kind} guide: unknown point {b!r}{suggest(str(b), points)}")
    if kind == "line" and b is None:
        raise t.error("line guide needs 'to'")
    phase = raw.get("phase")
    if phase is not None and phase not in phases:
        raise t.error(f"{kind} guide: unknown phase '{phase}'{suggest(str(phase), phases)}")
    vec = raw.get("vector", [0.0, 0.1, 0.0])
    if not (isinstance(vec, list) and len(vec) == 3):
        raise t.error(f"{kind} guide: 'vector' must be [x, y, z] in metres")
    extra = set(raw) - {"kind", "at", "to", "phase", "vector", "height"}
    if extra:
        raise t.error(f"{kind} guide: unknown field '{sorted(extra)[0]}'")
    return GuideSpec(
        kind=str(kind),
        a=a,
        b=b,
        phase=phase,
        vector=(float(vec[0]), float(vec[1]), float(vec[2])),
        height=float(raw.get("height", 0.6)),
    )


@functools.cache
def _known_points() -> frozenset[str]:
    body = rig.build_body(rig.CHANNELS, 1.0)
    return frozenset(body.points) | {"R_sole", "L_sole"}


@functools.cache
def _known_tags() -> frozenset[str]:
    body = rig.build_body(rig.CHANNELS, 1.0)
    return frozenset(tag for part in body.parts for tag in part.tags)


# ----------------------------------------------------------------- plans


@dataclass(frozen=True)
class Key:
    t: float
    values: dict[str, float]
    ease: str


@dataclass(frozen=True)
class TimedText:
    start: float
    end: float
    text: str
    kind: str  # "phase", "form", "switch"
    dose_s: float | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of the loop driven by one gait cycle and one floor speed."""

    start: float
    end: float
    cycle: CycleSpec | None
    speed: float


BLEND_S = 0.3


@dataclass(frozen=True)
class Motion:
    """One side's loop: keyframes from 0 to ``duration`` that end where they began."""

    duration: float
    keys: tuple[Key, ...]
    spans: tuple[Span, ...]
    wobble: dict[str, float]
    wobble_cycles: tuple[int, int]
    _times: tuple[float, ...] = field(default=(), repr=False)

    def _span(self, t: float) -> int:
        for i, span in enumerate(self.spans):
            if t < span.end:
                return i
        return len(self.spans) - 1

    def scroll_offset(self, t: float) -> float:
        """How far the floor has moved backward by ``t`` (metres)."""
        total = 0.0
        for span in self.spans:
            if t <= span.start:
                break
            total += span.speed * (min(t, span.end) - span.start)
        return total

    @property
    def scroll_length(self) -> float:
        return sum(s.speed * (s.end - s.start) for s in self.spans)

    def _cycle_at(self, t: float, base: dict[str, float]) -> dict[str, float]:
        """The gait cycle's values at ``t``, faded in and out where the cycle changes.

        Entering a cycle blends from the previous cycle (or from the keyframed
        pose when there was none); leaving it for a stretch without a cycle
        blends back to the keyframes, so nothing jumps at the seams.
        """
        i = self._span(t)
        span = self.spans[i]
        if span.cycle is None:
            return {}
        vals = _cycle_values(span.cycle, t - span.start)
        n = len(self.spans)
        if n == 1:
            return vals
        since, until = t - span.start, span.end - t
        prev, nxt = self.spans[i - 1], self.spans[(i + 1) % n]
        if since < BLEND_S and prev.cycle is not span.cycle:
            if prev.cycle is not None:
                before = _cycle_values(prev.cycle, prev.end - prev.start + since)
            else:
                before = {}
            w = ease("in-out", since / BLEND_S)
            for name, value in vals.items():
                start = before.get(name, base[name])
                vals[name] = start + (value - start) * w
        if until < BLEND_S and nxt.cycle is None:
            w = ease("in-out", until / BLEND_S)
            for name, value in vals.items():
                vals[name] = base[name] + (value - base[name]) * w
        return vals

    def channels(self, t: float) -> dict[str, float]:
        keys = self.keys
        t = min(max(t, 0.0), self.duration)
        i = bisect.bisect_right(self._times, t) - 1
        i = min(max(i, 0), len(keys) - 2)
        a, b = keys[i], keys[i + 1]
        span = b.t - a.t
        u = ease(b.ease, (t - a.t) / span) if span > 0 else 1.0
        out = {k: v + (b.values[k] - v) * u for k, v in a.values.items()}
        if self.spans:
            out.update(self._cycle_at(t, out))
        if self.wobble:
            d = self.duration
            c1, c2 = self.wobble_cycles
            for name, amp in self.wobble.items():
                seed = zlib.crc32(name.encode()) % 1000 / 1000.0 * 2 * math.pi
                w = 0.65 * math.sin(2 * math.pi * c1 * t / d + seed) + 0.35 * math.sin(
                    2 * math.pi * c2 * t / d + seed * 1.7
                )
                out[name] = out[name] + amp * w
        return out


def _cycle_track(cycle: CycleSpec, name: str) -> list[tuple[float, float]]:
    return [(at, vals[name]) for at, vals in cycle.keys if name in vals]


def _sample_periodic(track: list[tuple[float, float]], period: float, t: float) -> float:
    n = len(track)
    if n == 1:
        return track[0][1]
    t = t % period
    times = [k[0] for k in track]
    i = bisect.bisect_right(times, t) - 1
    if i < 0:
        i = n - 1
    j = (i + 1) % n
    t0 = track[i][0]
    t1 = track[j][0] + (period if j <= i else 0.0)
    tt = t if t >= t0 else t + period
    u = (tt - t0) / (t1 - t0) if t1 > t0 else 0.0
    return catmull_rom(track[(i - 1) % n][1], track[i][1], track[j][1], track[(j + 1) % n][1], u)


def _cycle_values(cycle: CycleSpec, t: float) -> dict[str, float]:
    names = {n for _, vals in cycle.keys for n in vals}
    out: dict[str, float] = {}
    for name in names:
        track = _cycle_track(cycle, name)
        out[name] = _sample_periodic(track, cycle.period, t)
        if cycle.alternate:
            other = rig.mirror_channel(name)
            if other != name:
                out[other] = _sample_periodic(track, cycle.period, t + cycle.period / 2)
    return out


@dataclass(frozen=True)
class Segment:
    """A stretch of the clip showing one side (or both feet)."""

    start: float
    end: float
    motion: Motion | None  # None: a "switch sides" blend
    side: str  # "L", "R" or "" (both)
    mirrored: bool
    blend: tuple[dict[str, float], dict[str, float]] | None = None


@dataclass(frozen=True)
class ClipPlan:
    """Everything needed to draw and caption one exercise's clip."""

    exercise_id: str
    source: str
    spec: AnimSpec
    segments: tuple[Segment, ...]
    phases: tuple[TimedText, ...]
    cues: tuple[TimedText, ...]
    duration: float
    sides: str

    def segment_at(self, t: float) -> Segment:
        for seg in self.segments:
            if t < seg.end:
                return seg
        return self.segments[-1]

    def channels_at(self, t: float) -> tuple[Segment, dict[str, float]]:
        """The segment showing at ``t`` and the channel values (already mirrored)."""
        seg = self.segment_at(t)
        local = t - seg.start
        if seg.motion is None:
            assert seg.blend is not None
            u = ease("in-out", local / (seg.end - seg.start))
            a, b = seg.blend
            return seg, {k: v + (b[k] - v) * u for k, v in a.items()}
        values = seg.motion.channels(local)
        return seg, rig.mirror_pose(values) if seg.mirrored else values

    def phase_at(self, t: float) -> TimedText | None:
        for p in self.phases:
            if p.start <= t < p.end:
                return p
        return None


def _dose_seconds(spec: AnimSpec, phase: PhaseSpec, exercise: Exercise) -> float:
    dose = exercise.dose
    if isinstance(phase.dur, float):
        return phase.dur
    value: float | None
    if phase.dur.startswith("tempo."):
        if dose.tempo is None:
            raise AnimationError(
                spec.source,
                f"phase '{phase.name}' takes its time from the dose tempo, "
                "but the exercise's dose has no tempo",
                spec.exercise_id,
            )
        value = float(getattr(dose.tempo, phase.dur[6:] + "_s"))
    elif phase.dur == "hold":
        value = float(dose.hold_s) if dose.hold_s is not None else None
    else:
        value = float(dose.duration_s) if dose.duration_s is not None else None
    if value is None:
        raise AnimationError(
            spec.source,
            f"phase '{phase.name}' uses the dose's {phase.dur}, which the exercise does not have",
            spec.exercise_id,
        )
    return value


def _motion(
    spec: AnimSpec, exercise: Exercise
) -> tuple[Motion, list[tuple[str, float, float, float | None, bool]]]:
    """Keyframes for one side, and the phase windows (name, start, end, dose s, shown)."""
    start = spec.start
    timeline: list[tuple[float, dict[str, float], str]] = [(0.0, {}, "linear")]
    windows: list[tuple[str, float, float, float | None, bool]] = []
    raw_spans: list[tuple[float, float, str | None, float]] = []
    default_cycle = "" if "" in spec.cycles else None
    t = 0.0
    for _rep in range(spec.reps):
        rep_start = t
        for phase in spec.phases:
            dose_s = _dose_seconds(spec, phase, exercise)
            shown = min(dose_s, phase.cap) if phase.cap is not None else dose_s
            labelled = dose_s if isinstance(phase.dur, str) else None
            if shown <= 0:
                if phase.pose:
                    timeline.append((t, phase.pose, "linear"))
                continue
            windows.append((phase.name, t, t + shown, labelled, phase.show))
            cname = phase.cycle if phase.cycle is not None else default_cycle
            speed = phase.scroll if phase.scroll is not None else spec.scroll
            if raw_spans and raw_spans[-1][2] == cname and raw_spans[-1][3] == speed:
                raw_spans[-1] = (raw_spans[-1][0], t + shown, cname, speed)
            else:
                raw_spans.append((t, t + shown, cname, speed))
            t += shown
            timeline.append((t, phase.pose, phase.ease))
        rep_len = t - rep_start
        for key in spec.keys:
            if not 0.0 <= key.t <= rep_len:
                raise AnimationError(
                    spec.source,
                    f"key at {key.t:g} s is outside the clip (0-{rep_len:g} s)",
                    spec.exercise_id,
                )
            timeline.append((rep_start + key.t, key.pose, key.ease))
    duration = t
    if duration > MAX_CLIP_S:
        raise AnimationError(
            spec.source,
            f"one side lasts {duration:g} s; keep clips under {MAX_CLIP_S:g} s "
            "(cap long holds with 'max')",
            spec.exercise_id,
        )
    last = spec.phases[-1]
    for name, value in last.pose.items():
        if abs(value - start[name]) > 1e-6:
            raise AnimationError(
                spec.source,
                f"the last phase '{last.name}' ends with {name} = {value:g} but the clip starts "
                f"at {start[name]:g}: the loop would jump (leave the last pose out)",
                spec.exercise_id,
            )
    timeline.sort(key=lambda k: k[0])
    keys: list[Key] = []
    current = dict(start)
    for at, pose, ease_name in timeline:
        current = {**current, **pose}
        if at >= duration:
            break
        keys.append(Key(at, current, ease_name))
    end_ease = timeline[-1][2] if timeline[-1][0] >= duration else DEFAULT_EASING
    keys.append(Key(duration, dict(start), end_ease))
    spans: list[Span] = []
    for a, b, cname, speed in raw_spans:
        cycle = spec.cycles[cname] if cname is not None else None
        if cycle is not None:
            ratio = (b - a) / cycle.period
            if abs(ratio - round(ratio)) > 1e-6:
                raise AnimationError(
                    spec.source,
                    f"cycle period {cycle.period:g} s does not divide its stretch of the clip "
                    f"({b - a:g} s): the loop would jump",
                    spec.exercise_id,
                )
        spans.append(Span(a, b, cycle, speed))
    if all(sp.cycle is None and sp.speed == 0 for sp in spans):
        spans = []
    motion = Motion(
        duration,
        tuple(keys),
        tuple(spans),
        spec.wobble,
        spec.wobble_cycles,
        tuple(k.t for k in keys),
    )
    return motion, windows


def _form_cues(
    spec: AnimSpec,
    cues: tuple[str, ...],
    windows: list[tuple[str, float, float, float | None, bool]],
    duration: float,
) -> list[tuple[float, float, str]]:
    """Each form cue at the moment it matters: its phase, or spread over the clip."""
    placed: dict[tuple[float, float], list[str]] = {}
    order: list[tuple[float, float]] = []
    unmapped: list[str] = []
    for i, text in enumerate(cues):
        mapping = spec.cues[i] if i < len(spec.cues) else None
        if mapping is None:
            unmapped.append(text)
            continue
        if mapping == "all":
            spans = [(0.0, duration)]
        else:
            names = mapping.split("+")
            spans = []
            for w in windows:
                if w[0] == names[0]:
                    end = w[2]
                    # extend over the following phases named in the mapping
                    idx = windows.index(w)
                    for follow in names[1:]:
                        if idx + 1 < len(windows) and windows[idx + 1][0] == follow:
                            idx += 1
                            end = windows[idx][2]
                    spans.append((w[1], end))
        for span in spans:
            if span not in placed:
                placed[span] = []
                order.append(span)
            placed[span].append(text)
    out: list[tuple[float, float, str]] = []
    for span in order:
        texts = placed[span]
        step = (span[1] - span[0]) / len(texts)
        for j, text in enumerate(texts):
            out.append((span[0] + j * step, span[0] + (j + 1) * step, text))
    if unmapped:
        step = duration / len(unmapped)
        for j, text in enumerate(unmapped):
            out.append((j * step, (j + 1) * step, text))
    return out


def plan_clip(spec: AnimSpec, exercise: Exercise) -> ClipPlan:
    """Resolve an animation against its exercise: dose timing, sides, cues."""
    if len(spec.cues) > len(exercise.cues):
        raise AnimationError(
            spec.source,
            f"maps {len(spec.cues)} cues but the catalog lists {len(exercise.cues)}",
            spec.exercise_id,
        )
    motion, windows = _motion(spec, exercise)
    d = motion.duration
    form = _form_cues(spec, exercise.cues, windows, d)
    segments: list[Segment] = []
    phases: list[TimedText] = []
    cues: list[TimedText] = []

    def add_side(offset: float, side: str, mirrored: bool) -> float:
        segments.append(Segment(offset, offset + d, motion, side, mirrored))
        for name, a, b, dose_s, shown in windows:
            if shown:
                phases.append(TimedText(offset + a, offset + b, name, "phase", dose_s))
        for a, b, text in form:
            cues.append(TimedText(offset + a, offset + b, text, "form"))
        return offset + d

    if exercise.sides == "each":
        start = spec.start
        mirrored_start = rig.mirror_pose(start)
        t = add_side(0.0, "L", True)
        segments.append(Segment(t, t + SWITCH_S, None, "R", False, blend=(mirrored_start, start)))
        phases.append(TimedText(t, t + SWITCH_S, SWITCH_SIDES, "switch"))
        t = add_side(t + SWITCH_S, "R", False)
        symmetric = all(abs(mirrored_start[k] - v) < 0.5 for k, v in start.items())
        if not symmetric:
            segments.append(
                Segment(t, t + SWITCH_S, None, "L", True, blend=(start, mirrored_start))
            )
            phases.append(TimedText(t, t + SWITCH_S, SWITCH_SIDES, "switch"))
            t += SWITCH_S
        total = t
    else:
        total = add_side(0.0, "", False)
    return ClipPlan(
        exercise_id=exercise.id,
        source=spec.source,
        spec=spec,
        segments=tuple(segments),
        phases=tuple(phases),
        cues=tuple(cues),
        duration=total,
        sides=exercise.sides,
    )
