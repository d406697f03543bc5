"""Stage gates and the stall rule: the user's test results against the program's targets.

Per-side tests gate on the weaker side, best trial of the latest test day
(Springer 2007's best of 3). A measure is "unknown" rather than failed when
the data is not there, so the page can ask for a test instead of saying
"not yet" about something never measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from footgui.core.history import DiaryHistory, MeasurementEntry, SessionEntry
from footgui.core.norms import balance_band, beyond
from footgui.core.pain_monitor import Bout, Usual, bout_within_rules
from footgui.core.program import Gate, Program, SessionTemplate
from footgui.core.recommendation import GateCheck
from footgui.core.text import Msg, join, translate

#: Gate measure -> (Measurement.kind, unit shown).
TEST_KINDS: dict[str, tuple[str, str]] = {
    "balance_eo_s": ("balance_eo", "s"),
    "balance_ec_s": ("balance_ec", "s"),
    "heel_rises": ("heel_rises", "reps"),
    "knee_to_wall_cm": ("knee_to_wall", "cm"),
}
SIDES = ("left", "right")
#: A foot named in a sentence ("only the left foot measured").
SIDE_NAMES = {"left": translate("Gates", "left"), "right": translate("Gates", "right")}
#: An amount in a gate's unit ("30 s", "6 in a row"), by the unit's key.
AMOUNTS = {
    "s": translate("Gates", "{value} s"),
    "cm": translate("Gates", "{value} cm"),
    "reps": translate("Gates", "{value} reps"),
    "sessions": translate("Gates", "{value} sessions"),
    "weeks": translate("Gates", "{value} weeks"),
    "in a row": translate("Gates", "{value} in a row"),
    "hops": translate("Gates", "{value} hops"),
}


@dataclass(frozen=True)
class SideValue:
    side: str
    value: float
    day: date


@dataclass(frozen=True)
class TestResult:
    """The latest best value per side of one test, and the weaker of the two."""

    kind: str
    sides: tuple[SideValue, ...]  # only the sides measured

    @property
    def weaker(self) -> SideValue | None:
        if len(self.sides) < len(SIDES):
            return None
        return min(self.sides, key=lambda s: s.value)

    @property
    def missing_sides(self) -> tuple[str, ...]:
        have = {s.side for s in self.sides}
        return tuple(s for s in SIDES if s not in have)


def latest_test(measurements: tuple[MeasurementEntry, ...], kind: str, until: date) -> TestResult:
    """Per side: the best trial on that side's latest test day up to ``until``."""
    sides = []
    for side in SIDES:
        rows = [m for m in measurements if m.kind == kind and m.side == side and m.day <= until]
        if not rows:
            continue
        last_day = max(m.day for m in rows)
        best = max(m.value for m in rows if m.day == last_day)
        sides.append(SideValue(side, best, last_day))
    return TestResult(kind, tuple(sides))


def weaker_by_day(
    measurements: tuple[MeasurementEntry, ...], kind: str
) -> list[tuple[date, float]]:
    """(day, weaker side's best) for every day both sides of ``kind`` were tested."""
    best: dict[date, dict[str, float]] = {}
    for m in measurements:
        if m.kind == kind:
            sides = best.setdefault(m.day, {})
            sides[m.side] = max(sides.get(m.side, m.value), m.value)
    return [
        (day, min(sides.values()))
        for day, sides in sorted(best.items())
        if all(s in sides for s in SIDES)
    ]


# --------------------------------------------------------------- stage context


@dataclass(frozen=True)
class StageContext:
    """What the gates of the current stage are judged over."""

    stage: int
    entered: date | None  # day the user came into this stage, if known
    sessions: tuple[SessionEntry, ...]  # done sessions in the stage, oldest first
    bouts: tuple[Bout, ...]  # exercise days in the stage, oldest first
    usual: Usual


def _fmt(value: float, unit: str) -> Msg:
    """``value`` in ``unit``: whole numbers without a decimal, others to one decimal."""
    number: float = int(value) if value == int(value) else round(value, 1)
    template = AMOUNTS.get(unit, Msg("", "{value}"))
    return template.format(value=number)


def _target(gate: Gate, unit: str) -> Msg:
    """ ">= 30 s": the comparison sign stays as written, the amount is translated."""
    return join([gate.op, _fmt(gate.value, unit)])


def _side(side: str) -> str:
    return SIDE_NAMES.get(side, side)


def evaluate_gates(
    program: Program,
    history: DiaryHistory,
    ctx: StageContext,
    today: date,
    templates: dict[str, SessionTemplate],
) -> tuple[tuple[GateCheck, ...], list[Msg]]:
    """Each gate of the current stage checked against the diary, and what was not known."""
    stage = program.stage(ctx.stage)
    checks = []
    unknowns: list[Msg] = []
    for gate in stage.gates:
        check, note = _evaluate(program, history, ctx, today, templates=templates, gate=gate)
        checks.append(check)
        if note is not None:
            unknowns.append(note)
    return tuple(checks), unknowns


def _evaluate(
    program: Program,
    history: DiaryHistory,
    ctx: StageContext,
    today: date,
    *,
    templates: dict[str, SessionTemplate],
    gate: Gate,
) -> tuple[GateCheck, Msg | None]:
    if gate.measure in TEST_KINDS:
        return _test_gate(program, history, today, gate)
    if gate.measure == "sessions_done":
        main = [s for s in ctx.sessions if not _is_daily(templates.get(s.template_id))]
        value = float(len(main))
        if ctx.entered is None:
            detail = translate(
                "Gates", "{count} strength or skill sessions done in stage {stage}"
            ).format(count=len(main), stage=ctx.stage)
        else:
            detail = translate(
                "Gates", "{count} strength or skill sessions done in stage {stage} since {day}"
            ).format(count=len(main), stage=ctx.stage, day=ctx.entered)
        return _check(gate, value, "sessions", detail), None
    if gate.measure == "pain_ok_sessions":
        return _pain_ok_gate(program, ctx, gate)
    if gate.measure == "weeks_in_stage":
        if ctx.entered is None:
            detail = translate("Gates", "start date of the stage unknown")
            note = translate("Gates", "I do not know when stage {stage} began.")
            return _unknown(gate, "weeks", detail), note.format(stage=ctx.stage)
        weeks = (today - ctx.entered).days / 7
        detail = translate("Gates", "{weeks:.1f} weeks since {day}").format(
            weeks=weeks, day=ctx.entered
        )
        return _check(gate, round(weeks, 1), "weeks", detail), None
    if gate.measure == "pain_free_hops":
        return _hops_gate(program, history, ctx, gate)
    return _unknown(gate, "", translate("Gates", "footgui cannot measure this yet")), None


def _is_daily(template: SessionTemplate | None) -> bool:
    return template is not None and template.daily


def _check(gate: Gate, value: float, unit: str, detail: Msg) -> GateCheck:
    return GateCheck(
        gate.measure,
        gate.label,
        _target(gate, unit),
        value,
        gate.passed(value),
        detail,
        gate.source,
    )


def _unknown(gate: Gate, unit: str, detail: Msg) -> GateCheck:
    return GateCheck(gate.measure, gate.label, _target(gate, unit), None, None, detail, gate.source)


def _test_name(gate: Gate) -> tuple[str, str]:
    """The test's name without its unit, to start a sentence and inside one.

    The English label is lower-cased inside a sentence ("No knee-to-wall
    distance test"); a translated label keeps its case (German nouns are
    capitalised).
    """
    name = gate.label.split(" (")[0]
    if gate.label_text:
        return name, name
    return name.capitalize(), name.lower()


def _test_gate(
    program: Program, history: DiaryHistory, today: date, gate: Gate
) -> tuple[GateCheck, Msg | None]:
    kind, unit = TEST_KINDS[gate.measure]
    result = latest_test(history.measurements, kind, today)
    start, inside = _test_name(gate)
    if not result.sides:
        missing_test = translate("Gates", "No {test} test on record: take the test.")
        return _unknown(gate, unit, translate("Gates", "not measured yet")), missing_test.format(
            test=inside
        )
    if result.weaker is None:
        have = result.sides[0]
        missing = result.missing_sides[0]
        detail = translate(
            "Gates", "only the {side} foot measured ({value}, {day}); measure the {other} foot too"
        ).format(
            side=_side(have.side),
            value=_fmt(have.value, unit),
            day=have.day,
            other=_side(missing),
        )
        one_side = translate(
            "Gates", "{test}: only the {side} foot is measured, so the weaker side is unknown."
        )
        return _unknown(gate, unit, detail), one_side.format(test=start, side=_side(have.side))
    weaker = result.weaker
    other = next(s for s in result.sides if s.side != weaker.side)
    detail = translate("Gates", "weaker side {side} {value} ({other} {other_value}), {day}").format(
        side=_side(weaker.side),
        value=_fmt(weaker.value, unit),
        other=_side(other.side),
        other_value=_fmt(other.value, unit),
        day=weaker.day,
    )
    note: Msg | None = None
    if kind.startswith("balance"):
        detail, note = _with_norm(history, kind, detail)
    stale = program.rules.tests.retest_days * 2
    oldest = min(s.day for s in result.sides)
    if note is None and (today - oldest).days > stale:
        note = translate(
            "Gates",
            "{test} was last measured {days} days ago: retest (every {every} days suggested).",
        ).format(test=start, days=(today - oldest).days, every=program.rules.tests.retest_days)
    return _check(gate, weaker.value, unit, detail), note


def _with_norm(history: DiaryHistory, kind: str, detail: Msg) -> tuple[Msg, Msg | None]:
    """The Springer 2007 value for the user's age beside a balance result (never a target)."""
    profile = history.profile
    age = profile.age if profile is not None else None
    if age is None:
        return detail, translate(
            "Gates",
            "No age in your profile: balance results are shown without the Springer 2007 "
            "norm for your age.",
        )
    band = balance_band(kind == "balance_ec", age, profile.sex if profile else None)
    if band.is_single_value:
        norm = translate("Gates", "{low:g} s").format(low=band.low)
    else:
        norm = translate("Gates", "{low:g}-{high:g} s").format(low=band.low, high=band.high)
    with_norm = translate(
        "Gates", "{result}; norm for your age {norm} (Springer 2007, provisional)"
    )
    return with_norm.format(result=detail, norm=norm), None


def _pain_ok_gate(program: Program, ctx: StageContext, gate: Gate) -> tuple[GateCheck, Msg | None]:
    """Exercise days in a row, newest first, that kept every pain rule (unknown days skipped)."""
    streak = 0
    skipped = 0
    broken: Bout | None = None
    for bout in reversed(ctx.bouts):
        ok = bout_within_rules(bout, ctx.usual.value, program.rules)
        if ok is None:
            skipped += 1
            continue
        if not ok:
            broken = bout
            break
        streak += 1
    detail = translate("Gates", "{count} sessions or runs in a row within the pain rules").format(
        count=streak
    )
    if broken is not None:
        detail = join(
            [detail, translate("Gates", "(rules broken on {day})").format(day=broken.day)]
        )
    note = None
    if skipped:
        not_counted = translate("Gates", "{count} without pain ratings not counted")
        detail = join([detail, not_counted.format(count=skipped)], "; ")
        if streak < gate.value:
            note = translate(
                "Gates",
                "{count} exercise days in stage {stage} lack pain ratings or a "
                "next-morning check-in, so they cannot count toward the pain rules.",
            ).format(count=skipped, stage=ctx.stage)
    return _check(gate, float(streak), "in a row", detail), note


def _hops_gate(
    program: Program, history: DiaryHistory, ctx: StageContext, gate: Gate
) -> tuple[GateCheck, Msg | None]:
    """Most hops done in one session with pain within the plyometric limit, settled next day."""
    ply = program.rules.plyometric
    exercise = gate.exercise or "forefoot-hops"
    best = 0
    best_day: date | None = None
    unrated = 0
    usual = ctx.usual.value
    margin = program.rules.monitoring.morning_margin
    for session in history.sessions:
        done = session.exercises.get(exercise)
        if not session.done or done is None or done.reps == 0:
            continue
        pain = done.max_pain if done.max_pain is not None else session.pain_during
        bout = next((b for b in ctx.bouts if b.day == session.day), None)
        morning = bout.next_morning if bout is not None else None
        if pain is None:
            unrated += 1
            continue
        settled = morning is None or usual is None or morning <= usual + margin
        if pain <= ply.pain_max and settled and done.reps > best:
            best, best_day = done.reps, session.day
    if best_day is None:
        detail = translate(
            "Gates", "best {count} hops in one session with pain at {pain}/10 or less"
        ).format(count=best, pain=ply.pain_max)
    else:
        detail = translate(
            "Gates", "best {count} hops in one session with pain at {pain}/10 or less ({day})"
        ).format(count=best, pain=ply.pain_max, day=best_day)
    note = None
    if best == 0 and unrated:
        note = translate(
            "Gates", "{count} hop sessions have no pain rating: rate pain after the hops."
        ).format(count=unrated)
    return _check(gate, float(best), "hops", detail), note


# ---------------------------------------------------------------------- stall


@dataclass(frozen=True)
class StallMeasure:
    kind: str
    label: str
    baseline: tuple[date, float] | None
    best_recent: tuple[date, float] | None
    threshold: float
    source: str
    at_ceiling: bool = False
    goal: float | None = None  # the program's highest target for this test

    @property
    def known(self) -> bool:
        return self.baseline is not None and self.best_recent is not None

    @property
    def achieved(self) -> bool:
        """At the program's final target already: a plateau there is not a stall."""
        return (
            self.goal is not None
            and self.best_recent is not None
            and self.best_recent[1] >= self.goal
        )

    @property
    def improved(self) -> bool | None:
        """None when the measure cannot be judged: no data, at the cap, or at its goal."""
        if self.at_ceiling or self.achieved:
            return None
        if self.baseline is None or self.best_recent is None:
            return None
        change = self.best_recent[1] - self.baseline[1]
        return change > 0 and beyond(change, self.threshold)


@dataclass(frozen=True)
class Stall:
    measures: tuple[StallMeasure, ...]
    window_start: date
    #: False when the stage began inside the window: new moves are a new stimulus,
    #: so a stall is judged only over a whole window spent in one stage.
    whole_window: bool = True

    @property
    def judged(self) -> tuple[StallMeasure, ...]:
        return tuple(m for m in self.measures if m.improved is not None)

    @property
    def stalled(self) -> bool:
        """No judged measure improved beyond its change threshold, with at least two judged."""
        judged = self.judged
        return self.whole_window and len(judged) >= 2 and not any(m.improved for m in judged)


STALL_KINDS = (
    ("balance_eo", translate("Gates", "eyes-open balance"), "s"),
    ("balance_ec", translate("Gates", "eyes-closed balance"), "s"),
    ("knee_to_wall", translate("Gates", "knee-to-wall"), "cm"),
    ("heel_rises", translate("Gates", "heel rises"), "reps"),
)


def stall_check(
    program: Program, history: DiaryHistory, today: date, stage_entered: date | None
) -> Stall:
    """Compare each test's best in the stall window with the last value before it."""
    rules = program.rules
    start = today - timedelta(weeks=rules.progression.stall_window_weeks)
    cap = float(rules.tests.balance_cap_s)
    thresholds = {
        "balance_eo": (rules.monitoring.stall_balance_eo_s, rules.monitoring.source),
        "balance_ec": (rules.monitoring.stall_balance_ec_s, rules.monitoring.source),
        "knee_to_wall": (rules.mdc.knee_to_wall_cm, rules.mdc.knee_to_wall_source),
        "heel_rises": (rules.mdc.heel_rises, rules.mdc.heel_rises_source),
    }
    goals: dict[str, float] = {}
    for stage in program.stages:
        for gate in stage.gates:
            if gate.measure in TEST_KINDS and gate.op in (">=", ">"):
                kind = TEST_KINDS[gate.measure][0]
                goals[kind] = max(goals.get(kind, gate.value), gate.value)
    measures = []
    for kind, label, _unit in STALL_KINDS:
        series = [(d, v) for d, v in weaker_by_day(history.measurements, kind) if d <= today]
        before = [p for p in series if p[0] < start]
        recent = [p for p in series if p[0] >= start]
        baseline = before[-1] if before else None
        best = max(recent, key=lambda p: p[1]) if recent else None
        threshold, source = thresholds[kind]
        ceiling = kind.startswith("balance") and baseline is not None and baseline[1] >= cap
        measures.append(
            StallMeasure(kind, label, baseline, best, threshold, source, ceiling, goals.get(kind))
        )
    whole = stage_entered is None or stage_entered <= start
    return Stall(tuple(measures), start, whole)
