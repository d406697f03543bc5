"""A session laid out in advance, second by second.

The player never counts timer ticks: it reads a monotonic clock and asks the
timeline what is happening at that offset. Every segment (get ready, work,
rest, switch sides, transition) and every cue (beep, tick, spoken line) has an
absolute time computed once from the doses, so timing cannot drift and the
whole session can be tested with a fake clock.

User actions never rewrite the past. Skip, previous, restart-set and "+15 s
rest" cut the timeline at the current offset and lay out the remaining work
again from there; pause only moves the clock's origin (see ``Playback``).
That keeps one rule for logging: each work segment is one attempt at a set.

The lengths of the non-work segments and the pace of reps without a tempo are
footgui's own rules (no source prescribes them); they live in ``Pacing``.

Every word the timeline says or shows (spoken lines, dose descriptions, dose
notes) is a ``Msg`` built when the segments are laid out, so the GUI can say
it in the app's language without the timeline knowing any language, and a
display tick never builds text.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from footgui.core.text import Msg, join, translate

SegmentKind = Literal["get_ready", "work", "rest", "switch_sides", "transition"]
Side = Literal["left", "right"]
Block = Literal["warmup", "main", "finisher"]
CutReason = Literal["skip", "restart", "previous"]
WorkKind = Literal["tempo", "held_reps", "counted", "hold", "timed"]
Channel = Literal["beep", "tick", "voice", "form"]
SetStatus = Literal["done", "partial", "skipped"]

LEAD_INS: frozenset[str] = frozenset({"get_ready", "rest", "switch_sides", "transition"})

ADD_REST_S = 15.0
HALFWAY_MIN_S = 20.0  # holds and timed work at least this long get a "halfway"
FORM_FIRST_S = 4.0  # first form cue this long after a set starts
FORM_GAP_S = 9.0  # at least this long between form cues
SPEECH_GAP_S = 2.5  # form cues keep this far from other spoken lines

# Limits that turn an impossible dose into a runnable one (with a note).
MAX_SETS = 20
MAX_REPS = 500
MAX_WORK_S = 4 * 3600.0
MAX_REST_S = 600.0
MAX_PHASE_S = 60.0
FALLBACK_WORK_S = 30.0


@dataclass(frozen=True)
class Pacing:
    """footgui's own timing rules for everything a dose does not say."""

    get_ready_s: float = 15.0  # before the first set: time to walk to the mat
    back_s: float = 5.0  # before a set done again (restart, previous)
    countdown_s: float = 3.0  # 3-2-1 beeps end every lead-in; skip keeps them
    switch_sides_s: float = 5.0
    transition_s: float = 15.0  # between exercises, showing the next one
    rep_s: float = 2.0  # a rep without a tempo; also the move between held reps
    hop_s: float = 0.5  # one hop (120 a minute)


@dataclass(frozen=True)
class Tempo:
    """Seconds for the lifting, holding and lowering phase of one rep."""

    up_s: float
    hold_s: float
    down_s: float

    @property
    def rep_s(self) -> float:
        return self.up_s + self.hold_s + self.down_s


@dataclass(frozen=True)
class PlanItem:
    """One exercise in a session with the dose the timeline lays out.

    ``notes`` records what was changed to make an impossible dose runnable, so
    the page can say so instead of refusing to start.
    """

    exercise_id: str
    name: str
    sets: int = 1
    reps: int | None = None
    hold_s: float | None = None
    duration_s: float | None = None
    tempo: Tempo | None = None
    rest_s: float = 30.0
    one_sided: bool = False
    cues: tuple[str, ...] = ()
    block: Block = "main"
    count_unit: str = "reps"  # reps | hops
    notes: tuple[str, ...] = ()

    @property
    def work_kind(self) -> WorkKind:
        if self.reps:
            if self.tempo is not None:
                return "tempo"
            if self.hold_s:
                return "held_reps"
            return "counted"
        if self.hold_s:
            return "hold"
        return "timed"

    @property
    def counted(self) -> bool:
        return self.work_kind in ("tempo", "held_reps", "counted")


WHAT_WORDS: dict[str, Msg] = {
    "hold": translate("Timeline", "hold"),
    "duration": translate("Timeline", "duration"),
    "rest": translate("Timeline", "rest"),
    "tempo phase": translate("Timeline", "tempo phase"),
}


def sanitize(item: PlanItem) -> PlanItem:
    """The same item with a dose the timeline can run, noting every change.

    A bad dose (zero sets, negative or absurd times, nothing to time at all)
    must not stop a session: the user still gets timers and voice, and the
    page shows the notes.
    """
    notes = list(item.notes)

    def clean(value: float | None, what: str, cap: float) -> float | None:
        if value is None:
            return None
        if not math.isfinite(value) or value < 0:
            notes.append(
                translate("Timeline", "{what} {value} is not a time; ignored").format(
                    what=WHAT_WORDS[what], value=float(value)
                )
            )
            return None
        if value > cap:
            notes.append(
                translate("Timeline", "{what} {value:g} s is too long; capped at {cap:g} s").format(
                    what=WHAT_WORDS[what], value=float(value), cap=float(cap)
                )
            )
            return cap
        return float(value) if value > 0 else None

    sets = item.sets
    if sets < 1:
        notes.append(translate("Timeline", "sets {sets} is impossible; doing 1").format(sets=sets))
        sets = 1
    elif sets > MAX_SETS:
        notes.append(
            translate("Timeline", "{sets} sets is too many; capped at {cap}").format(
                sets=sets, cap=MAX_SETS
            )
        )
        sets = MAX_SETS
    reps = item.reps
    if reps is not None and reps < 1:
        notes.append(translate("Timeline", "reps {reps} is impossible; ignored").format(reps=reps))
        reps = None
    elif reps is not None and reps > MAX_REPS:
        notes.append(
            translate("Timeline", "{reps} reps is too many; capped at {cap}").format(
                reps=reps, cap=MAX_REPS
            )
        )
        reps = MAX_REPS
    hold_s = clean(item.hold_s, "hold", MAX_WORK_S)
    duration_s = clean(item.duration_s, "duration", MAX_WORK_S)
    rest = clean(item.rest_s, "rest", MAX_REST_S) or 0.0
    tempo = item.tempo
    if tempo is not None:
        parts = [
            clean(p, "tempo phase", MAX_PHASE_S) or 0.0
            for p in (tempo.up_s, tempo.hold_s, tempo.down_s)
        ]
        tempo = Tempo(*parts) if sum(parts) > 0 else None
        if tempo is None:
            notes.append(
                translate("Timeline", "the tempo has no time in it; reps counted at the usual pace")
            )
    if reps and hold_s and tempo is not None:
        notes.append(
            translate("Timeline", "a tempo and a hold per rep together; the tempo's hold is used")
        )
        hold_s = None
    if not reps and not hold_s and not duration_s:
        notes.append(
            translate("Timeline", "no reps, hold or duration; timed as {seconds:g} s").format(
                seconds=FALLBACK_WORK_S
            )
        )
        duration_s = FALLBACK_WORK_S
    result = replace(
        item,
        sets=sets,
        reps=reps,
        hold_s=hold_s,
        duration_s=duration_s,
        tempo=tempo,
        rest_s=rest,
        notes=tuple(notes),
    )
    if result.reps:
        per_rep = _work_phases(replace(result, reps=1), 0.0, Pacing())[1] + Pacing().rep_s
        if result.reps * per_rep > MAX_WORK_S:
            capped = max(1, int(MAX_WORK_S // per_rep))
            notes.append(
                translate(
                    "Timeline", "one set would last over {hours:g} h; reps capped at {capped}"
                ).format(hours=MAX_WORK_S / 3600, capped=capped)
            )
            result = replace(result, reps=capped, notes=tuple(notes))
    return result


def describe_dose(item: PlanItem) -> Msg:
    """The dose in a few words, as spoken and shown ("3 sets of 12, each side")."""
    sets = (
        translate("Dose", "{count} sets").format(count=item.sets)
        if item.sets > 1
        else translate("Dose", "1 set")
    )
    kind = item.work_kind
    what: Msg
    if item.counted:
        if item.count_unit == "hops":
            what = translate("Dose", "{sets} of {reps} hops").format(sets=sets, reps=item.reps)
        else:
            what = translate("Dose", "{sets} of {reps}").format(sets=sets, reps=item.reps)
        if kind == "held_reps":
            what = translate("Dose", "{what}, hold {time}").format(
                what=what, time=seconds_words(item.hold_s or 0.0)
            )
        if kind == "tempo" and item.tempo is not None:
            t = item.tempo
            what = translate("Dose", "{what}, {up:g}-{hold:g}-{down:g} tempo").format(
                what=what, up=float(t.up_s), hold=float(t.hold_s), down=float(t.down_s)
            )
    elif kind == "hold":
        what = translate("Dose", "{sets}, hold {time}").format(
            sets=sets, time=seconds_words(item.hold_s or 0.0)
        )
    else:
        what = translate("Dose", "{sets} of {time}").format(
            sets=sets, time=seconds_words(item.duration_s or 0.0)
        )
    if item.one_sided:
        what = translate("Dose", "{what}, each side").format(what=what)
    return what


def seconds_words(seconds: float) -> Msg:
    """A length of time as said aloud: "1 minute", "90 seconds"."""
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        if minutes == 1:
            return translate("Dose", "1 minute")
        return translate("Dose", "{count} minutes").format(count=minutes)
    if seconds == 1:
        return translate("Dose", "1 second")
    return translate("Dose", "{count:g} seconds").format(count=float(seconds))


@dataclass(frozen=True)
class Unit:
    """One attempt at one set: what a work segment does and a lead-in leads to."""

    item: int
    set_number: int
    side: Side | None = None


@dataclass(frozen=True)
class Phase:
    """A part of a work segment: up/hold/down of a tempo rep, a counted rep, a hold."""

    name: str  # up | hold | down | release | rep | work
    start: float
    end: float
    rep: int = 0  # 1-based rep number, 0 when the work is not counted
    full: bool = True  # False when the set was cut inside this phase


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    start: float
    end: float
    unit: Unit
    phases: tuple[Phase, ...] = ()
    planned_s: float = 0.0
    cut: CutReason | None = None
    back: bool = False  # a get-ready that returns to a set done again

    @property
    def duration(self) -> float:
        return self.end - self.start

    @property
    def is_lead_in(self) -> bool:
        return self.kind in LEAD_INS


@dataclass(frozen=True, order=True)
class CueEvent:
    """Something to play at ``t``: a sound for beep/tick, words for voice/form."""

    t: float
    channel: Channel
    sound: str = ""  # countdown | go | phase | tick | end | finish
    text: str = ""


@dataclass(frozen=True)
class SetResult:
    """What one work segment achieved, ready to be logged."""

    item: int
    exercise_id: str
    set_number: int
    side: Side | None
    status: SetStatus
    reps: int | None
    hold_s: float | None
    duration_s: float | None
    reps_target: int | None


@dataclass(frozen=True)
class Moment:
    """The answer to "what is happening at t, and what comes next?"."""

    t: float
    index: int  # segment index; len(segments) when finished
    segment: Segment | None
    item: PlanItem | None
    phase: Phase | None
    rep: int
    reps_total: int
    remaining_s: float  # in the segment
    phase_remaining_s: float
    next_work: Segment | None  # the work segment after the current one
    next_item: PlanItem | None  # the next different exercise, for "next up"
    progress: float  # 0..1 over the whole session
    session_remaining_s: float

    @property
    def finished(self) -> bool:
        return self.segment is None


def rep_pace(item: PlanItem, pacing: Pacing) -> float:
    return pacing.hop_s if item.count_unit == "hops" else pacing.rep_s


def _work_phases(item: PlanItem, start: float, pacing: Pacing) -> tuple[tuple[Phase, ...], float]:
    kind = item.work_kind
    phases: list[Phase] = []
    t = start
    if kind == "tempo":
        assert item.tempo is not None
        parts = (("up", item.tempo.up_s), ("hold", item.tempo.hold_s), ("down", item.tempo.down_s))
        for rep in range(1, (item.reps or 0) + 1):
            for name, length in parts:
                if length > 0:
                    phases.append(Phase(name, t, t + length, rep))
                    t += length
    elif kind == "held_reps":
        reps = item.reps or 0
        hold = item.hold_s or 0.0
        for rep in range(1, reps + 1):
            phases.append(Phase("hold", t, t + hold, rep))
            t += hold
            if rep < reps:
                phases.append(Phase("release", t, t + pacing.rep_s, rep))
                t += pacing.rep_s
    elif kind == "counted":
        pace = rep_pace(item, pacing)
        for rep in range(1, (item.reps or 0) + 1):
            phases.append(Phase("rep", t, t + pace, rep))
            t += pace
    elif kind == "hold":
        t += item.hold_s or 0.0
        phases.append(Phase("hold", start, t))
    else:
        t += item.duration_s or 0.0
        phases.append(Phase("work", start, t))
    return tuple(phases), t - start


def _rep_end_phase(item: PlanItem) -> str:
    """The phase whose end completes a rep."""
    if item.work_kind == "tempo":
        assert item.tempo is not None
        t = item.tempo
        return "down" if t.down_s > 0 else "hold" if t.hold_s > 0 else "up"
    return "hold" if item.work_kind == "held_reps" else "rep"


def plan_units(items: Sequence[PlanItem]) -> list[Unit]:
    """Every set in order; one-sided exercises do left then right within a set."""
    units: list[Unit] = []
    for index, item in enumerate(items):
        for set_number in range(1, item.sets + 1):
            if item.one_sided:
                units.append(Unit(index, set_number, "left"))
                units.append(Unit(index, set_number, "right"))
            else:
                units.append(Unit(index, set_number, None))
    return units


@dataclass(frozen=True)
class _FirstLeadIn:
    """How the first lead-in of a re-layout differs from the usual one."""

    kind: SegmentKind | None  # None: no lead-in, work starts at once
    seconds: float = 0.0  # 0: the usual length
    back: bool = False
    extra_s: float = 0.0  # added to the length (for "+15 s rest")


NO_LEAD_IN = _FirstLeadIn(None)


def _cut(segment: Segment, t: float, reason: CutReason) -> Segment:
    phases = tuple(
        replace(p, end=min(p.end, t), full=p.end <= t)
        for p in segment.phases
        if p.start < t or p.start == segment.start
    )
    return replace(segment, end=t, phases=phases, cut=reason)


@dataclass(frozen=True)
class Timeline:
    """Segments and cue events at absolute offsets from the session's start."""

    items: tuple[PlanItem, ...]
    segments: tuple[Segment, ...]
    pacing: Pacing = field(default_factory=Pacing)
    events: tuple[CueEvent, ...] = ()
    _starts: tuple[float, ...] = field(default=(), repr=False)
    _event_times: tuple[float, ...] = field(default=(), repr=False)

    @classmethod
    def build(cls, items: Sequence[PlanItem], pacing: Pacing | None = None) -> Timeline:
        pacing = pacing or Pacing()
        clean = tuple(sanitize(i) for i in items)
        return cls._make(
            clean, pacing, _layout(clean, pacing, plan_units(clean), start=0.0, prev=None)
        )

    @classmethod
    def _make(
        cls, items: tuple[PlanItem, ...], pacing: Pacing, segments: Sequence[Segment]
    ) -> Timeline:
        # Lead-ins cut to nothing vanish; an empty work segment stays (a skipped set).
        segs = tuple(s for s in segments if s.end > s.start or s.kind == "work")
        events = tuple(sorted(_events(items, segs)))
        return cls(
            items=items,
            segments=segs,
            pacing=pacing,
            events=events,
            _starts=tuple(s.start for s in segs),
            _event_times=tuple(e.t for e in events),
        )

    # -- questions ------------------------------------------------------------
    @property
    def total_s(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    @property
    def notes(self) -> list[tuple[PlanItem, str]]:
        """Every change made to an impossible dose, with its exercise."""
        return [(item, note) for item in self.items for note in item.notes]

    def index_at(self, t: float) -> int:
        """The segment running at ``t`` (segments are half-open [start, end))."""
        if not self.segments or t >= self.total_s:
            return len(self.segments)
        i = max(bisect_right(self._starts, max(t, 0.0)) - 1, 0)
        # an empty work segment (a set skipped at its start) is never running
        while i < len(self.segments) - 1 and self.segments[i].end <= t:
            i += 1
        return i

    def at(self, t: float) -> Moment:
        index = self.index_at(t)
        total = self.total_s
        progress = min(max(t / total, 0.0), 1.0) if total > 0 else 1.0
        if index >= len(self.segments):
            return Moment(t, index, None, None, None, 0, 0, 0.0, 0.0, None, None, 1.0, 0.0)
        seg = self.segments[index]
        item = self.items[seg.unit.item]
        phase = None
        if seg.phases:
            p = bisect_right([ph.start for ph in seg.phases], t) - 1
            phase = seg.phases[max(p, 0)]
        # Called on every display tick: walk the rest lazily, never copy it.
        later = range(index + 1, len(self.segments))
        segments = self.segments
        next_work = next((segments[i] for i in later if segments[i].kind == "work"), None)
        next_item = next(
            (
                self.items[segments[i].unit.item]
                for i in later
                if segments[i].kind == "work" and segments[i].unit.item != seg.unit.item
            ),
            None,
        )
        return Moment(
            t=t,
            index=index,
            segment=seg,
            item=item,
            phase=phase,
            rep=phase.rep if phase else 0,
            reps_total=(item.reps or 0) if item.counted else 0,
            remaining_s=max(seg.end - t, 0.0),
            phase_remaining_s=max(phase.end - t, 0.0) if phase else 0.0,
            next_work=next_work,
            next_item=next_item,
            progress=progress,
            session_remaining_s=max(total - t, 0.0),
        )

    def events_between(self, t0: float, t1: float) -> tuple[CueEvent, ...]:
        """Events with ``t0 < t <= t1``: what a tick from t0 to t1 must play."""
        lo = bisect_right(self._event_times, t0)
        hi = bisect_right(self._event_times, t1)
        return self.events[lo:hi]

    def next_wakeup(self, t: float) -> float | None:
        """The first event, segment or phase boundary after ``t``."""
        times: list[float] = []
        i = bisect_right(self._event_times, t)
        if i < len(self._event_times):
            times.append(self._event_times[i])
        j = bisect_right(self._starts, t)
        if j < len(self._starts):
            times.append(self._starts[j])
        index = self.index_at(t)
        if index < len(self.segments):
            seg = self.segments[index]
            times.append(seg.end)
            times.extend(p.end for p in seg.phases if p.end > t)
        return min(times) if times else None

    def work_segments(self) -> list[tuple[int, Segment]]:
        return [(i, s) for i, s in enumerate(self.segments) if s.kind == "work"]

    def result_of(self, index: int) -> SetResult | None:
        """What the work segment at ``index`` achieved; None when it is not a set to log.

        Restarted sets and sets left with "previous" are done again later, so
        they are not logged; skipped ones are logged as partial or skipped.
        """
        seg = self.segments[index]
        if seg.kind != "work" or seg.cut in ("restart", "previous"):
            return None
        item = self.items[seg.unit.item]
        elapsed = seg.end - seg.start
        reps: int | None = None
        hold_s: float | None = None
        duration_s: float | None = None
        if item.counted:
            last = _rep_end_phase(item)
            done = {p.rep for p in seg.phases if p.name == last and p.full}
            reps = len(done) if seg.cut else item.reps
            if item.work_kind == "held_reps":
                hold_s = item.hold_s
        elif item.work_kind == "hold":
            hold_s = round(elapsed, 1)
        else:
            duration_s = round(elapsed, 1)
        status: SetStatus = "done"
        if seg.cut is not None:
            status = "skipped" if elapsed < 1.0 or reps == 0 else "partial"
        return SetResult(
            item=seg.unit.item,
            exercise_id=item.exercise_id,
            set_number=seg.unit.set_number,
            side=seg.unit.side,
            status=status,
            reps=reps,
            hold_s=hold_s,
            duration_s=duration_s,
            reps_target=item.reps,
        )

    # -- edits: each returns a new timeline with the past kept ---------------
    def _rebuild(
        self,
        keep: int,
        *,
        current: Segment | None,
        units: list[Unit],
        start: float,
        prev: Unit | None,
        first: _FirstLeadIn | None = None,
    ) -> Timeline:
        head = list(self.segments[:keep])
        if current is not None:
            head.append(current)
        tail = _layout(self.items, self.pacing, units, start=start, prev=prev, first=first)
        return Timeline._make(self.items, self.pacing, head + tail)

    def _units_after(self, index: int) -> list[Unit]:
        return [s.unit for s in self.segments[index + 1 :] if s.kind == "work"]

    def _last_done(self, index: int) -> Unit | None:
        return next((s.unit for s in reversed(self.segments[:index]) if s.kind == "work"), None)

    def skip(self, t: float) -> Timeline:
        """Next: end the set now (logged partial or skipped), or cut a lead-in to its 3-2-1."""
        index = self.index_at(t)
        if index >= len(self.segments):
            return self
        seg = self.segments[index]
        if seg.kind == "work":
            return self._rebuild(
                index,
                current=_cut(seg, t, "skip"),
                units=self._units_after(index),
                start=t,
                prev=seg.unit,
            )
        units = [seg.unit, *self._units_after(index + 1)]
        prev = self._last_done(index)
        countdown = self.pacing.countdown_s
        if seg.end - t > countdown + 0.5:
            # Keep the 3-2-1 so the user is not caught unready.
            lead = replace(seg, end=t + countdown, cut="skip")
            return self._rebuild(
                index, current=lead, units=units, start=t + countdown, prev=prev, first=NO_LEAD_IN
            )
        cut = _cut(seg, t, "skip")
        return self._rebuild(index, current=cut, units=units, start=t, prev=prev, first=NO_LEAD_IN)

    def previous(self, t: float) -> Timeline:
        """Back one set: the set before the current one is done again, then on as planned."""
        index = self.index_at(t)
        back = _FirstLeadIn("get_ready", self.pacing.back_s, back=True)
        before = self._last_done(index)
        if index >= len(self.segments):
            if before is None:
                return self
            return self._rebuild(
                index, current=None, units=[before], start=t, prev=before, first=back
            )
        seg = self.segments[index]
        if before is None:
            return self.restart_set(t)
        after = self._units_after(index if seg.kind == "work" else index + 1)
        units = [before, seg.unit, *after]
        cut = _cut(seg, t, "previous")
        return self._rebuild(index, current=cut, units=units, start=t, prev=before, first=back)

    def restart_set(self, t: float) -> Timeline:
        """Start the set in progress again after a short countdown; no change outside work."""
        index = self.index_at(t)
        if index >= len(self.segments) or self.segments[index].kind != "work":
            return self
        seg = self.segments[index]
        units = [seg.unit, *self._units_after(index)]
        back = _FirstLeadIn("get_ready", self.pacing.back_s, back=True)
        cut = _cut(seg, t, "restart")
        return self._rebuild(index, current=cut, units=units, start=t, prev=seg.unit, first=back)

    def add_rest(self, t: float, seconds: float = ADD_REST_S) -> Timeline:
        """Longer rest: the lead-in running now, or the one after the set in progress."""
        index = self.index_at(t)
        if index >= len(self.segments) or seconds <= 0:
            return self
        seg = self.segments[index]
        units = self._units_after(index)
        if seg.is_lead_in:
            longer = replace(seg, end=seg.end + seconds)
            return self._rebuild(
                index,
                current=longer,
                units=units,
                start=longer.end,
                prev=seg.unit,
                first=NO_LEAD_IN,
            )
        if not units:
            return self
        extra = _FirstLeadIn("rest", extra_s=seconds)
        return self._rebuild(
            index, current=seg, units=units, start=seg.end, prev=seg.unit, first=extra
        )


def _lead_in(
    items: Sequence[PlanItem], pacing: Pacing, prev: Unit | None, unit: Unit
) -> tuple[SegmentKind, float]:
    if prev is None:
        return "get_ready", pacing.get_ready_s
    if prev.item == unit.item:
        if prev.set_number == unit.set_number and prev.side != unit.side:
            return "switch_sides", pacing.switch_sides_s
        return "rest", max(items[unit.item].rest_s, pacing.countdown_s)
    return "transition", pacing.transition_s


def _layout(
    items: Sequence[PlanItem],
    pacing: Pacing,
    units: Iterable[Unit],
    *,
    start: float,
    prev: Unit | None,
    first: _FirstLeadIn | None = None,
) -> list[Segment]:
    out: list[Segment] = []
    t = start
    for n, unit in enumerate(units):
        special = first if n == 0 else None
        if special is None or special.kind is not None:
            kind, seconds = _lead_in(items, pacing, prev, unit)
            back = False
            if special is not None:
                assert special.kind is not None
                if special.seconds > 0:
                    kind, seconds = special.kind, special.seconds
                seconds += special.extra_s
                back = special.back
            out.append(Segment(kind, t, t + seconds, unit, planned_s=seconds, back=back))
            t += seconds
        phases, seconds = _work_phases(items[unit.item], t, pacing)
        out.append(Segment("work", t, t + seconds, unit, phases, planned_s=seconds))
        t += seconds
        prev = unit
    return out


# -- cue events -----------------------------------------------------------------
BLOCK_WORDS: dict[str, Msg] = {
    "warmup": translate("Timeline", "Warm-up."),
    "main": translate("Timeline", "Main set."),
    "finisher": translate("Timeline", "Finisher: mobility."),
}
SIDE_WORDS: dict[str, Msg] = {
    "left": translate("Timeline", "left side"),
    "right": translate("Timeline", "right side"),
}
SWITCH_WORDS: dict[str, Msg] = {
    "left": translate("Timeline", "Switch sides. Left side."),
    "right": translate("Timeline", "Switch sides. Right side."),
}
LEFT_FIRST = translate("Timeline", "Left side first.")
#: Phase names, said on the first rep of a tempo or held rep.
PHASE_CALLS: dict[str, Msg] = {
    "up": translate("Timeline", "Up."),
    "hold": translate("Timeline", "Hold."),
    "down": translate("Timeline", "Down."),
    "release": translate("Timeline", "Release."),
}
HALFWAY = translate("Timeline", "Halfway.")
SESSION_COMPLETE = translate("Timeline", "Session complete. Well done.")


def lead_in_words(items: Sequence[PlanItem], seg: Segment, prev_item: int | None) -> Msg:
    """What is said (and shown) when a lead-in begins."""
    item = items[seg.unit.item]
    side = seg.unit.side
    number = seg.unit.set_number
    if seg.back:
        if side:
            return translate("Timeline", "Again: {name}, set {number}, {side}.").format(
                name=item.name, number=number, side=SIDE_WORDS[side]
            )
        return translate("Timeline", "Again: {name}, set {number}.").format(
            name=item.name, number=number
        )
    if seg.kind == "switch_sides":
        return SWITCH_WORDS[side or "right"]
    if seg.kind == "rest":
        if side:
            return translate("Timeline", "Rest. Next: set {number} of {total}, {side}.").format(
                number=number, total=item.sets, side=SIDE_WORDS[side]
            )
        return translate("Timeline", "Rest. Next: set {number} of {total}.").format(
            number=number, total=item.sets
        )
    parts: list[str] = []
    if prev_item is None:
        if item.block == "warmup":
            parts.append(BLOCK_WORDS["warmup"])
    elif items[prev_item].block != item.block:
        parts.append(BLOCK_WORDS[item.block])
    opener = (
        translate("Timeline", "Get ready. {name}. {dose}.")
        if seg.kind == "get_ready"
        else translate("Timeline", "Next up: {name}. {dose}.")
    )
    parts.append(opener.format(name=item.name, dose=describe_dose(item)))
    if side == "left":
        parts.append(LEFT_FIRST)
    return join(parts)


def _events(items: Sequence[PlanItem], segments: Sequence[Segment]) -> list[CueEvent]:
    out: list[CueEvent] = []
    cue_pointer: dict[int, int] = {}
    prev_item: int | None = None
    for seg in segments:
        item = items[seg.unit.item]
        if seg.is_lead_in:
            out.append(CueEvent(seg.start, "voice", text=lead_in_words(items, seg, prev_item)))
            for k in (3, 2, 1):
                if seg.end - k >= seg.start - 1e-9:
                    out.append(CueEvent(seg.end - k, "beep", sound="countdown"))
            continue
        prev_item = seg.unit.item
        voice_times: list[float] = []
        out.append(CueEvent(seg.start, "beep", sound="go"))
        kind = item.work_kind
        for phase in seg.phases:
            if seg.start < phase.start < seg.end:
                sound = "tick" if kind == "counted" else "phase"
                if kind in ("counted", "tempo", "held_reps"):
                    out.append(CueEvent(phase.start, "tick", sound=sound))
        if kind in ("tempo", "held_reps"):
            # Phase names are said on the first rep only: it sets the rhythm.
            for phase in seg.phases:
                if phase.rep == 1 and phase.start < seg.end:
                    out.append(CueEvent(phase.start, "voice", text=PHASE_CALLS[phase.name]))
                    voice_times.append(phase.start)
        if kind in ("hold", "timed") and seg.planned_s >= HALFWAY_MIN_S:
            half = seg.start + seg.planned_s / 2
            if half < seg.end:
                out.append(CueEvent(half, "voice", text=HALFWAY))
                voice_times.append(half)
        if seg.cut is None and seg.end > seg.start:
            out.append(CueEvent(seg.end, "beep", sound="end"))
        out.extend(_form_cues(item, seg, voice_times, cue_pointer))
    if segments and segments[-1].kind == "work":
        end = segments[-1].end
        out.append(CueEvent(end, "voice", text=SESSION_COMPLETE))
        out.append(CueEvent(end, "beep", sound="finish"))
    return out


def _form_cues(
    item: PlanItem, seg: Segment, voice_times: list[float], pointer: dict[int, int]
) -> list[CueEvent]:
    """Each form cue once per exercise, spread over its sets, clear of other speech."""
    out: list[CueEvent] = []
    slot = seg.start + FORM_FIRST_S
    last = seg.start + seg.planned_s - 2.0  # planned, so a later cut does not move earlier cues
    next_cue = pointer.get(seg.unit.item, 0)
    while next_cue < len(item.cues):
        while any(abs(slot - v) < SPEECH_GAP_S for v in voice_times):
            slot += 0.5
        if slot > last or slot >= seg.end:
            break
        out.append(CueEvent(slot, "form", text=item.cues[next_cue]))
        next_cue += 1
        slot += FORM_GAP_S
    pointer[seg.unit.item] = next_cue
    return out


# -- playing it -----------------------------------------------------------------
class Playback:
    """A timeline played against a clock.

    The position is always ``clock() - origin``; pause freezes it and resume
    moves the origin, so no time is ever accumulated tick by tick. Edits keep
    the position and replace the timeline's future.
    """

    def __init__(self, timeline: Timeline, clock: Callable[[], float]) -> None:
        self.timeline = timeline
        self._clock = clock
        self._origin: float | None = None
        self._paused_at: float | None = None

    @property
    def started(self) -> bool:
        return self._origin is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def start(self) -> None:
        self._origin = self._clock()
        self._paused_at = None

    def position(self) -> float:
        if self._origin is None:
            return 0.0
        if self._paused_at is not None:
            return self._paused_at
        return self._clock() - self._origin

    def clock_at(self, t: float) -> float:
        """The clock reading at which the position reaches ``t`` (while running)."""
        return (self._origin or 0.0) + t

    def pause(self) -> None:
        if self._origin is not None and self._paused_at is None:
            self._paused_at = self.position()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._origin = self._clock() - self._paused_at
            self._paused_at = None

    def toggle_pause(self) -> bool:
        """Pause or resume; True when now paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()
        return self.paused

    @property
    def finished(self) -> bool:
        return self.started and self.position() >= self.timeline.total_s

    def moment(self) -> Moment:
        return self.timeline.at(self.position())

    def edit(self, change: Callable[[Timeline, float], Timeline]) -> bool:
        """Apply an edit at the current position; True when the timeline changed."""
        before = self.timeline
        self.timeline = change(before, self.position())
        return self.timeline is not before

    def skip(self) -> bool:
        return self.edit(Timeline.skip)

    def previous(self) -> bool:
        return self.edit(Timeline.previous)

    def restart_set(self) -> bool:
        return self.edit(Timeline.restart_set)

    def add_rest(self, seconds: float = ADD_REST_S) -> bool:
        return self.edit(lambda tl, t: tl.add_rest(t, seconds))
