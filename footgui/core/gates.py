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
from footgui.core.norms import balance_band
from footgui.core.pain_monitor import Bout, Usual, bout_within_rules, day_label
from footgui.core.program import Gate, Program, SessionTemplate
from footgui.core.recommendation import GateCheck

#: Gate measure -> (Measurement.kind, unit shown).
TEST_KINDS: dict[str, tuple[str, str]] = {
    "balance_eo_s": ("balance_eo", "s"),
    "balance_ec_s": ("balance_ec", "s"),
    "heel_rises": ("heel_rises", "reps"),
    "knee_to_wall_cm": ("knee_to_wall", "cm"),
}
SIDES = ("left", "right")


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


def _fmt(value: float, unit: str) -> str:
    text = f"{value:g}" if value == int(value) else f"{value:.1f}"
    return f"{text} {unit}".strip()


def _target(gate: Gate, unit: str) -> str:
    return f"{gate.op} {_fmt(gate.value, unit)}"


def evaluate_gates(
    program: Program,
    history: DiaryHistory,
    ctx: StageContext,
    today: date,
    templates: dict[str, SessionTemplate],
) -> tuple[tuple[GateCheck, ...], list[str]]:
    """Each gate of the current stage checked against the diary, and what was not known."""
    stage = program.stage(ctx.stage)
    checks = []
    unknowns: list[str] = []
    for gate in stage.gates:
        check, note = _evaluate(program, history, ctx, today, templates=templates, gate=gate)
        checks.append(check)
        if note:
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
) -> tuple[GateCheck, str]:
    if gate.measure in TEST_KINDS:
        return _test_gate(program, history, today, gate)
    if gate.measure == "sessions_done":
        main = [s for s in ctx.sessions if not _is_daily(templates.get(s.template_id))]
        value = float(len(main))
        detail = f"{len(main)} strength or skill sessions done in stage {ctx.stage}"
        if ctx.entered is not None:
            detail += f" since {day_label(ctx.entered)}"
        return _check(gate, value, "sessions", detail), ""
    if gate.measure == "pain_ok_sessions":
        return _pain_ok_gate(program, ctx, gate)
    if gate.measure == "weeks_in_stage":
        if ctx.entered is None:
            return _unknown(gate, "weeks", "start date of the stage unknown"), (
                f"I do not know when stage {ctx.stage} began."
            )
        weeks = (today - ctx.entered).days / 7
        detail = f"{weeks:.1f} weeks since {day_label(ctx.entered)}"
        return _check(gate, round(weeks, 1), "weeks", detail), ""
    if gate.measure == "pain_free_hops":
        return _hops_gate(program, history, ctx, gate)
    return _unknown(gate, "", "footgui cannot measure this yet"), ""


def _is_daily(template: SessionTemplate | None) -> bool:
    return template is not None and template.daily


def _check(gate: Gate, value: float, unit: str, detail: str) -> GateCheck:
    return GateCheck(
        gate.measure,
        gate.label,
        _target(gate, unit),
        value,
        gate.passed(value),
        detail,
        gate.source,
    )


def _unknown(gate: Gate, unit: str, detail: str) -> GateCheck:
    return GateCheck(gate.measure, gate.label, _target(gate, unit), None, None, detail, gate.source)


def _test_gate(
    program: Program, history: DiaryHistory, today: date, gate: Gate
) -> tuple[GateCheck, str]:
    kind, unit = TEST_KINDS[gate.measure]
    result = latest_test(history.measurements, kind, today)
    name = gate.label.split(" (")[0].lower()
    if not result.sides:
        return _unknown(gate, unit, "not measured yet"), f"No {name} test on record: take the test."
    if result.weaker is None:
        have = result.sides[0]
        missing = result.missing_sides[0]
        detail = (
            f"only the {have.side} foot measured ({_fmt(have.value, unit)}, "
            f"{day_label(have.day)}); measure the {missing} foot too"
        )
        return _unknown(gate, unit, detail), (
            f"{name.capitalize()}: only the {have.side} foot is measured, so the "
            f"weaker side is unknown."
        )
    weaker = result.weaker
    other = next(s for s in result.sides if s.side != weaker.side)
    detail = (
        f"weaker side {weaker.side} {_fmt(weaker.value, unit)} "
        f"({other.side} {_fmt(other.value, unit)}), {day_label(weaker.day)}"
    )
    note = ""
    if kind.startswith("balance"):
        detail, note = _with_norm(history, kind, detail)
    stale = program.rules.tests.retest_days * 2
    oldest = min(s.day for s in result.sides)
    if not note and (today - oldest).days > stale:
        note = (
            f"{name.capitalize()} was last measured {(today - oldest).days} days ago: "
            f"retest (every {program.rules.tests.retest_days} days suggested)."
        )
    return _check(gate, weaker.value, unit, detail), note


def _with_norm(history: DiaryHistory, kind: str, detail: str) -> tuple[str, str]:
    """The Springer 2007 value for the user's age beside a balance result (never a target)."""
    profile = history.profile
    age = profile.age if profile is not None else None
    if age is None:
        return detail, (
            "No age in your profile: balance results are shown without the Springer 2007 "
            "norm for your age."
        )
    band = balance_band(kind == "balance_ec", age, profile.sex if profile else None)
    value = f"{band.low:g} s" if band.is_single_value else f"{band.low:g}-{band.high:g} s"
    return f"{detail}; norm for your age {value} (Springer 2007, provisional)", ""


def _pain_ok_gate(program: Program, ctx: StageContext, gate: Gate) -> tuple[GateCheck, str]:
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
    detail = f"{streak} sessions or runs in a row within the pain rules"
    if broken is not None:
        detail += f" (rules broken on {day_label(broken.day)})"
    note = ""
    if skipped:
        detail += f"; {skipped} without pain ratings not counted"
        if streak < gate.value:
            note = (
                f"{skipped} exercise days in stage {ctx.stage} lack pain ratings or a "
                f"next-morning check-in, so they cannot count toward the pain rules."
            )
    return _check(gate, float(streak), "in a row", detail), note


def _hops_gate(
    program: Program, history: DiaryHistory, ctx: StageContext, gate: Gate
) -> tuple[GateCheck, str]:
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
    detail = f"best {best} hops in one session with pain at {ply.pain_max}/10 or less"
    if best_day is not None:
        detail += f" ({day_label(best_day)})"
    note = ""
    if best == 0 and unrated:
        note = f"{unrated} hop sessions have no pain rating: rate pain after the hops."
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
        # Rounded: 7.9 - 6.0 is 1.9000000000000004 in floating point, not "more than 1.9".
        return round(self.best_recent[1] - self.baseline[1], 6) > self.threshold


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
    ("balance_eo", "eyes-open balance", "s"),
    ("balance_ec", "eyes-closed balance", "s"),
    ("knee_to_wall", "knee-to-wall", "cm"),
    ("heel_rises", "heel rises", "reps"),
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
