"""What the physio report shows for a date range, decided from plain inputs.

The report is read by someone who was not there: every figure must say what
it is compared with. So this module turns diary rows into the report's
sections (stage, adherence, latest tests against norms, pain history, chart
series) and leaves only drawing to the Qt side. No database and no Qt here:
the store gathers ``ReportInputs``, the renderer prints ``ReportData``, and
both ends are tested separately.

Adherence is counted against the program's own plan: each day in the range
carries ``times_per_week / 7`` of every template of the stage in effect that
day, so a range that starts mid-week or spans a stage change is planned
pro rata. Days before the program started and days after ``today`` are not
planned (nothing could have been done on them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from footgui.core import norms
from footgui.core.history import (
    CheckInEntry,
    MeasurementEntry,
    ProfileEntry,
    RunEntry,
    SessionEntry,
    StageEventEntry,
)
from footgui.core.text import translate
from footgui.core.units import REPS, from_cm, from_metres

if TYPE_CHECKING:
    from footgui.core.program import Program

MEASUREMENT_ORDER: tuple[str, ...] = ("balance_eo", "balance_ec", "knee_to_wall", "heel_rises")
SIDES: tuple[str, ...] = ("left", "right")
STAGE_SETTING_KINDS = frozenset({"start", "advance", "regress", "override", "hold"})
DEFAULT_WEEKS = 12

Position = Literal["below", "within", "above", ""]


class ReportRangeError(ValueError):
    """The range is backwards or holds no entries: there is nothing to report.

    Its first argument is a ``Msg`` (context "ReportData") for the GUI to localize.
    """


# -- inputs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedTemplate:
    """One session template of a stage and how often the program asks for it."""

    stage: int
    template_id: str
    name: str
    per_week: int


@dataclass(frozen=True)
class ReportInputs:
    """Everything the report may need; rows outside the range are allowed and filtered here.

    ``stage_events`` should hold *all* events (not only the range's): the
    stage in effect on the range's first day comes from the last one before it.
    """

    profile: ProfileEntry
    measurements: Sequence[MeasurementEntry] = ()
    checkins: Sequence[CheckInEntry] = ()
    sessions: Sequence[SessionEntry] = ()
    runs: Sequence[RunEntry] = ()
    stage_events: Sequence[StageEventEntry] = ()
    plan: Sequence[PlannedTemplate] = ()
    stage_names: Mapping[int, str] = field(default_factory=dict)


# -- outputs --------------------------------------------------------------------------


@dataclass(frozen=True)
class AdherenceRow:
    stage: int
    template_id: str
    name: str
    planned: float
    done: int
    stopped_early: int

    @property
    def percent(self) -> float | None:
        return None if self.planned < 0.5 else 100.0 * self.done / self.planned


@dataclass(frozen=True)
class WeekAdherence:
    monday: date
    planned: float
    done: int


@dataclass(frozen=True)
class Adherence:
    rows: tuple[AdherenceRow, ...]
    weeks: tuple[WeekAdherence, ...]
    other_sessions: int  # finished sessions outside the plan (own lists, earlier stages' templates)

    @property
    def planned(self) -> float:
        return sum(r.planned for r in self.rows)

    @property
    def done(self) -> int:
        return sum(r.done for r in self.rows)

    @property
    def percent(self) -> float | None:
        planned = self.planned
        return None if planned < 0.5 else 100.0 * self.done / planned


@dataclass(frozen=True)
class MeasurementSummary:
    """The latest result of one test on one side, against its reference band."""

    kind: str
    side: str
    unit: str
    latest_day: date
    latest: float
    first_day: date
    first: float
    tests: int  # days with a result in the range
    band: norms.NormBand | None
    position: Position
    noise: float | None  # smallest change that is more than measurement noise, in ``unit``

    @property
    def change(self) -> float:
        return self.latest - self.first

    @property
    def change_is_noise(self) -> bool | None:
        if self.noise is None or self.tests < 2:
            return None
        return not norms.beyond(self.change, self.noise)


@dataclass(frozen=True)
class SymmetryRow:
    kind: str
    day: date
    difference: float  # left minus right, in the display unit
    limit: float
    unit: str
    flagged: bool
    own_rule: bool


@dataclass(frozen=True)
class ChartSeries:
    name: str  # "left", "right", "first_step_pain", ...
    days: tuple[date, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartSpec:
    """A chart the renderer draws: lines by day, or weekly bars against a plan."""

    key: str
    unit: str
    series: tuple[ChartSeries, ...]
    style: Literal["lines", "bars"] = "lines"
    band: norms.NormBand | None = None
    zones: tuple[tuple[float, float, str], ...] = ()
    y_min: float = 0.0
    y_max: float | None = None
    planned: tuple[float, ...] = ()  # bars: the planned count of each bar's week


@dataclass(frozen=True)
class PainRow:
    day: date
    first_step: int | None
    during: int | None
    after: int | None
    next_morning: int | None
    stiffness: int | None
    run_after: int | None
    session_during: int | None
    note: str

    @property
    def worst(self) -> int | None:
        values = [
            v
            for v in (
                self.first_step,
                self.during,
                self.after,
                self.next_morning,
                self.run_after,
                self.session_during,
            )
            if v is not None
        ]
        return max(values) if values else None


@dataclass(frozen=True)
class StageStep:
    day: date
    stage: int
    kind: str
    reason: str


@dataclass(frozen=True)
class ReportData:
    start: date
    end: date
    profile: ProfileEntry
    stage_now: int | None  # None: the range ends before the program started
    stage_name: str
    stage_since: date | None
    stage_steps: tuple[StageStep, ...]
    adherence: Adherence
    measurements: tuple[MeasurementSummary, ...]
    symmetry: tuple[SymmetryRow, ...]
    charts: tuple[ChartSpec, ...]
    pain_rows: tuple[PainRow, ...]
    counts: Mapping[str, int]
    length_unit: str
    distance_unit: str
    run_distance: float  # in ``distance_unit``

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


# -- range ----------------------------------------------------------------------------


def default_range(today: date, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """The last ``weeks`` weeks up to today: what a physio usually reviews between visits."""
    return today - timedelta(days=7 * weeks - 1), today


def _in(day: date, start: date, end: date) -> bool:
    return start <= day <= end


def count_entries(inputs: ReportInputs, start: date, end: date) -> dict[str, int]:
    return {
        "measurement": sum(_in(m.day, start, end) for m in inputs.measurements),
        "checkin": sum(_in(c.day, start, end) for c in inputs.checkins),
        "session": sum(
            _in(s.day, start, end) and s.status != "in_progress" for s in inputs.sessions
        ),
        "run": sum(_in(r.day, start, end) for r in inputs.runs),
    }


# -- stage ----------------------------------------------------------------------------


def _stage_timeline(events: Sequence[StageEventEntry]) -> list[tuple[date, int]]:
    """(day, stage) from each day with an event, the day's last event winning."""
    last: dict[date, int] = {}
    for event in sorted(events, key=lambda e: e.day):
        if event.kind in STAGE_SETTING_KINDS:
            last[event.day] = event.stage
    return sorted(last.items())


def stage_on(timeline: Sequence[tuple[date, int]], day: date, fallback: int) -> int | None:
    """The stage in effect on ``day``; None before the first event (the program had not begun)."""
    if not timeline:
        return fallback
    current: int | None = None
    for event_day, stage in timeline:
        if event_day > day:
            break
        current = stage
    return current


# -- adherence ------------------------------------------------------------------------


def adherence(inputs: ReportInputs, start: date, end: date, today: date) -> Adherence:
    timeline = _stage_timeline(inputs.stage_events)
    fallback = inputs.profile.current_stage
    by_stage: dict[int, list[PlannedTemplate]] = defaultdict(list)
    for item in inputs.plan:
        by_stage[item.stage].append(item)
    first_planned = start
    program_start = inputs.profile.program_start or (timeline[0][0] if timeline else None)
    if program_start is not None:
        first_planned = max(first_planned, program_start)
    last_planned = min(end, today)

    planned: dict[tuple[int, str], float] = defaultdict(float)
    week_planned: dict[date, float] = defaultdict(float)
    day = first_planned
    while day <= last_planned:
        stage = stage_on(timeline, day, fallback)
        for item in by_stage.get(stage, []) if stage is not None else []:
            share = item.per_week / 7.0
            planned[(item.stage, item.template_id)] += share
            week_planned[_monday(day)] += share
        day += timedelta(days=1)

    template_stage = {t.template_id: t.stage for t in inputs.plan}
    done: dict[tuple[int, str], int] = defaultdict(int)
    early: dict[tuple[int, str], int] = defaultdict(int)
    other = 0
    week_done: dict[date, int] = defaultdict(int)
    for s in inputs.sessions:
        if not _in(s.day, start, end) or s.status == "in_progress":
            continue
        key = (template_stage.get(s.template_id, s.stage), s.template_id)
        if s.template_id not in template_stage:
            other += s.status == "finished"
            continue
        if s.status == "finished":
            done[key] += 1
            week_done[_monday(s.day)] += 1
        else:
            early[key] += 1

    rows = tuple(
        AdherenceRow(
            stage=item.stage,
            template_id=item.template_id,
            name=item.name,
            planned=planned.get((item.stage, item.template_id), 0.0),
            done=done.get((item.stage, item.template_id), 0),
            stopped_early=early.get((item.stage, item.template_id), 0),
        )
        for item in inputs.plan
        if planned.get((item.stage, item.template_id), 0.0) > 0
        or done.get((item.stage, item.template_id), 0)
        or early.get((item.stage, item.template_id), 0)
    )
    weeks: list[WeekAdherence] = []
    monday = _monday(start)
    while monday <= end:
        weeks.append(
            WeekAdherence(monday, round(week_planned.get(monday, 0.0), 2), week_done.get(monday, 0))
        )
        monday += timedelta(days=7)
    return Adherence(rows=rows, weeks=tuple(weeks), other_sessions=other)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# -- measurements ---------------------------------------------------------------------


def _unit(kind: str, length_unit: str) -> str:
    return {"balance_eo": "s", "balance_ec": "s", "knee_to_wall": length_unit}.get(kind, REPS)


def _display(kind: str, value: float, length_unit: str) -> float:
    return from_cm(value, length_unit) if kind == "knee_to_wall" else value


def _band(kind: str, profile: ProfileEntry, length_unit: str) -> norms.NormBand:
    if kind == "balance_eo":
        return norms.balance_band(False, profile.age, profile.sex)
    if kind == "balance_ec":
        return norms.balance_band(True, profile.age, profile.sex)
    if kind == "heel_rises":
        return norms.heel_rise_band(profile.sex)
    band = norms.knee_to_wall_band()
    if length_unit == "cm":
        return band
    return norms.NormBand(
        low=from_cm(band.low, length_unit),
        high=from_cm(band.high, length_unit),
        unit=length_unit,
        label=band.label,
        source=band.source,
        center=None if band.center is None else from_cm(band.center, length_unit),
        note=band.note,
        provisional=band.provisional,
    )


def _noise(kind: str, length_unit: str) -> float | None:
    if kind == "knee_to_wall":
        return from_cm(norms.KNEE_TO_WALL_MDC_CM, length_unit)
    if kind == "heel_rises":
        return norms.HEEL_RISE_RETEST_REPS
    return None


def position(value: float, band: norms.NormBand | None) -> Position:
    if band is None:
        return ""
    if value < band.low:
        return "below"
    if value > band.high:
        return "above"
    return "within"


def best_per_day(
    rows: Iterable[MeasurementEntry], kind: str, side: str, start: date, end: date
) -> list[tuple[date, float]]:
    """Each day's best trial: the protocol scores a test by its best attempt."""
    best: dict[date, float] = {}
    for m in rows:
        if m.kind == kind and m.side == side and _in(m.day, start, end):
            best[m.day] = max(m.value, best.get(m.day, m.value))
    return sorted(best.items())


def measurement_summaries(
    inputs: ReportInputs, start: date, end: date, length_unit: str
) -> tuple[tuple[MeasurementSummary, ...], tuple[SymmetryRow, ...]]:
    summaries: list[MeasurementSummary] = []
    symmetry: list[SymmetryRow] = []
    for kind in MEASUREMENT_ORDER:
        unit = _unit(kind, length_unit)
        band = _band(kind, inputs.profile, length_unit)
        latest_by_side: dict[str, tuple[date, float]] = {}
        for side in SIDES:
            days = best_per_day(inputs.measurements, kind, side, start, end)
            if not days:
                continue
            (first_day, first), (last_day, last) = days[0], days[-1]
            shown_last = _display(kind, last, length_unit)
            latest_by_side[side] = (last_day, shown_last)
            summaries.append(
                MeasurementSummary(
                    kind=kind,
                    side=side,
                    unit=unit,
                    latest_day=last_day,
                    latest=shown_last,
                    first_day=first_day,
                    first=_display(kind, first, length_unit),
                    tests=len(days),
                    band=band,
                    position=position(shown_last, band),
                    noise=_noise(kind, length_unit),
                )
            )
        if len(latest_by_side) == 2:
            (ld, lv), (rd, rv) = latest_by_side["left"], latest_by_side["right"]
            rule = norms.SYMMETRY_THRESHOLDS[kind]
            limit = from_cm(rule.limit, length_unit) if kind == "knee_to_wall" else rule.limit
            symmetry.append(
                SymmetryRow(
                    kind=kind,
                    day=max(ld, rd),
                    difference=lv - rv,
                    limit=limit,
                    unit=unit,
                    flagged=abs(lv - rv) > limit,
                    own_rule=rule.own_rule,
                )
            )
    return tuple(summaries), tuple(symmetry)


# -- pain -----------------------------------------------------------------------------


def pain_rows(inputs: ReportInputs, start: date, end: date) -> tuple[PainRow, ...]:
    """One row per day with any pain score: the check-in, runs and sessions of that day."""
    checkins = {c.day: c for c in inputs.checkins if _in(c.day, start, end)}
    run_pain: dict[date, int] = {}
    for r in inputs.runs:
        if _in(r.day, start, end) and r.pain_after is not None:
            run_pain[r.day] = max(r.pain_after, run_pain.get(r.day, r.pain_after))
    session_pain: dict[date, int] = {}
    for s in inputs.sessions:
        if _in(s.day, start, end) and s.pain_during is not None:
            session_pain[s.day] = max(s.pain_during, session_pain.get(s.day, s.pain_during))
    rows: list[PainRow] = []
    for day in sorted(set(checkins) | set(run_pain) | set(session_pain)):
        c = checkins.get(day)
        row = PainRow(
            day=day,
            first_step=c.first_step_pain if c else None,
            during=c.pain_during if c else None,
            after=c.pain_after if c else None,
            next_morning=c.next_morning_pain if c else None,
            stiffness=c.stiffness if c else None,
            run_after=run_pain.get(day),
            session_during=session_pain.get(day),
            note=(c.note.strip() if c else ""),
        )
        if row.worst is not None or row.stiffness is not None or row.note:
            rows.append(row)
    return tuple(rows)


# -- charts ---------------------------------------------------------------------------


def _series(name: str, points: Sequence[tuple[date, float]]) -> ChartSeries:
    return ChartSeries(name, tuple(d for d, _ in points), tuple(float(v) for _, v in points))


def charts(
    inputs: ReportInputs,
    start: date,
    end: date,
    length_unit: str,
    weeks: Sequence[WeekAdherence],
) -> tuple[ChartSpec, ...]:
    """The key charts, each only when the range has something to draw on it."""
    out: list[ChartSpec] = []
    for kind in MEASUREMENT_ORDER:
        series = []
        for side in SIDES:
            points = best_per_day(inputs.measurements, kind, side, start, end)
            if points:
                shown = [(d, _display(kind, v, length_unit)) for d, v in points]
                series.append(_series(side, shown))
        if not series:
            continue
        band = _band(kind, inputs.profile, length_unit)
        top = max(max(s.values) for s in series)
        y_max = max(top, band.high) * 1.1
        if kind.startswith("balance"):
            y_max = min(y_max, norms.BALANCE_CAP_S * 1.1)
        out.append(
            ChartSpec(
                key=kind,
                unit=_unit(kind, length_unit),
                series=tuple(series),
                band=band,
                y_max=y_max,
            )
        )
    pain_series = []
    for name in ("first_step_pain", "pain_after", "next_morning_pain"):
        points = [
            (c.day, float(v))
            for c in sorted(inputs.checkins, key=lambda c: c.day)
            if _in(c.day, start, end) and (v := getattr(c, name)) is not None
        ]
        if points:
            pain_series.append(_series(name, points))
    if pain_series:
        out.append(
            ChartSpec(
                key="pain",
                unit="0-10",
                series=tuple(pain_series),
                zones=tuple((z.low, z.high, z.name) for z in norms.PAIN_ZONES),
                y_max=10.0,
            )
        )
    if any(w.done or w.planned for w in weeks):
        out.append(
            ChartSpec(
                key="sessions",
                unit="sessions",
                series=(
                    ChartSeries(
                        "done", tuple(w.monday for w in weeks), tuple(float(w.done) for w in weeks)
                    ),
                ),
                style="bars",
                planned=tuple(w.planned for w in weeks),
                y_max=max(*(w.done for w in weeks), *(w.planned for w in weeks)) * 1.15 + 0.5,
            )
        )
    return tuple(out)


# -- the whole report -----------------------------------------------------------------


def build_report(
    inputs: ReportInputs,
    start: date,
    end: date,
    *,
    today: date,
    length_unit: str = "cm",
    distance_unit: str = "km",
) -> ReportData:
    """The report for ``start``..``end`` inclusive; raises ReportRangeError if there is none."""
    if end < start:
        raise ReportRangeError(
            translate("ReportData", "the range ends ({end}) before it starts ({start})").format(
                end=end.isoformat(), start=start.isoformat()
            )
        )
    counts = count_entries(inputs, start, end)
    if not any(counts.values()):
        raise ReportRangeError(
            translate(
                "ReportData",
                "there are no diary entries, tests or sessions between {start} and {end}",
            ).format(start=start.isoformat(), end=end.isoformat())
        )
    timeline = _stage_timeline(inputs.stage_events)
    # Up to today the profile is the authority (a stage set by hand leaves no event);
    # a range ending in the past reports the stage on its last day.
    stage_now = (
        inputs.profile.current_stage
        if end >= today
        else stage_on(timeline, end, inputs.profile.current_stage)
    )
    steps = tuple(
        StageStep(e.day, e.stage, e.kind, e.reason)
        for e in sorted(inputs.stage_events, key=lambda e: e.day)
        if _in(e.day, start, end)
    )
    adh = adherence(inputs, start, end, today)
    summaries, symmetry = measurement_summaries(inputs, start, end, length_unit)
    run_m = sum(r.distance_m for r in inputs.runs if _in(r.day, start, end))
    return ReportData(
        start=start,
        end=end,
        profile=inputs.profile,
        stage_now=stage_now,
        stage_name=inputs.stage_names.get(stage_now, "") if stage_now is not None else "",
        stage_since=None if stage_now is None else _stage_since(timeline, stage_now, end),
        stage_steps=steps,
        adherence=adh,
        measurements=summaries,
        symmetry=symmetry,
        charts=charts(inputs, start, end, length_unit, adh.weeks),
        pain_rows=pain_rows(inputs, start, end),
        counts=counts,
        length_unit=length_unit,
        distance_unit=distance_unit,
        run_distance=from_metres(run_m, distance_unit),
    )


def _stage_since(timeline: Sequence[tuple[date, int]], stage: int, end: date) -> date | None:
    """The first day of the unbroken spell in ``stage`` that reaches ``end``."""
    since: date | None = None
    for event_day, event_stage in timeline:
        if event_day > end:
            break
        if event_stage != stage:
            since = None
        elif since is None:
            since = event_day
    return since


def plan_from_program(program: Program) -> tuple[tuple[PlannedTemplate, ...], dict[int, str]]:
    """Each stage's templates with their weekly counts, and the stages' names."""
    plan = tuple(
        PlannedTemplate(stage.number, t.id, t.name, t.times_per_week)
        for stage in program.stages
        for t in stage.templates
    )
    return plan, {stage.number: stage.name for stage in program.stages}
