"""The program: stages, session templates, test gates, the heel-raise schedule, rules.

Parsed from ``resources/program.toml``. Parsing here checks the file's own
shape; whether its exercise ids and doses fit the catalog is checked by
``footgui.core.catalog.load_catalog``, which owns both files. Nothing in this
module imports the catalog at run time, so the two modules stay acyclic.

Every threshold the app decides with is a field of ``Rules``: code reads the
number from the file and shows its ``source`` next to it.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from footgui.core.errors import ContentError, ContentTable, suggest

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog, Dose

_T = TypeVar("_T")

PROGRAM_FILE = "program.toml"
ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
TEMPO_PATTERN = r"\d{1,2}-\d{1,2}-\d{1,2}"
STAGE_NUMBERS = (1, 2, 3, 4)

#: Measurements a stage gate may test, with the label shown to the user.
#: Per-side measures gate on the weaker side.
MEASURES: Mapping[str, str] = MappingProxyType(
    {
        "balance_eo_s": "Single-leg stance, eyes open (s)",
        "balance_ec_s": "Single-leg stance, eyes closed (s)",
        "heel_rises": "Single-leg heel rises to fatigue (reps)",
        "knee_to_wall_cm": "Knee-to-wall distance (cm)",
        "pain_free_hops": "Forefoot hops without pain (hops)",
        "sessions_done": "Sessions done in the stage",
        "pain_ok_sessions": "Sessions in a row within the pain rules",
        "weeks_in_stage": "Weeks in the stage",
    }
)

#: Measures that come from the session log rather than from a test exercise.
SESSION_MEASURES = frozenset({"sessions_done", "pain_ok_sessions", "weeks_in_stage"})

GATE_OPS = (">=", "<=", ">", "<")

#: The dose fields a template item may override.
OVERRIDE_FIELDS = ("sets", "reps", "hold_s", "duration_s")


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Gate:
    """One test target for leaving a stage, e.g. ``balance_eo_s >= 30``."""

    measure: str
    op: str
    value: float
    source: str
    note: str = ""
    #: The exercise whose logged sets give the measure (e.g. the hops whose pain
    #: is rated); checked against the catalog at load time.
    exercise: str = ""
    #: The measure's label in the catalog's language ("" = the English one).
    label_text: str = ""

    @property
    def label(self) -> str:
        return self.label_text or MEASURES[self.measure]

    def passed(self, measured: float) -> bool:
        if self.op == ">=":
            return measured >= self.value
        if self.op == "<=":
            return measured <= self.value
        if self.op == ">":
            return measured > self.value
        return measured < self.value

    def to_json(self) -> dict[str, Any]:
        out = {**_jsonable(self), "label": self.label}
        del out["label_text"]
        return out


@dataclass(frozen=True)
class TemplateItem:
    """An exercise in a session, with the dose fields the session changes."""

    exercise_id: str
    sets: int | None = None
    reps: int | None = None
    hold_s: int | None = None
    duration_s: int | None = None

    @property
    def overrides(self) -> dict[str, int]:
        return {k: v for k in OVERRIDE_FIELDS if (v := getattr(self, k)) is not None}

    def resolve(self, catalog: Catalog) -> Dose:
        """The dose actually done: the exercise's own dose with this item's overrides."""
        dose = catalog[self.exercise_id].dose
        return dataclasses.replace(
            dose,
            sets=dose.sets if self.sets is None else self.sets,
            reps=dose.reps if self.reps is None else self.reps,
            hold_s=dose.hold_s if self.hold_s is None else self.hold_s,
            duration_s=dose.duration_s if self.duration_s is None else self.duration_s,
        )

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"exercise": self.exercise_id, **self.overrides}
        if catalog is not None:
            out["dose"] = self.resolve(catalog).to_json()
        return out


@dataclass(frozen=True)
class Block:
    """A fixed run of exercises shared by sessions: the warm-up or the finisher."""

    id: str
    name: str
    items: tuple[TemplateItem, ...]

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "items": [item.to_json(catalog) for item in self.items],
        }


@dataclass(frozen=True)
class SessionTemplate:
    """A kind of session in a stage and how often it comes round."""

    id: str
    name: str
    per_week: int | None
    daily: bool
    items: tuple[TemplateItem, ...]
    warmup: bool = True

    @property
    def times_per_week(self) -> int:
        return 7 if self.daily else (self.per_week or 0)


@dataclass(frozen=True)
class Stage:
    number: int
    name: str
    aim: str
    weeks: tuple[int, int]
    gates: tuple[Gate, ...]
    templates: tuple[SessionTemplate, ...]

    def template(self, template_id: str) -> SessionTemplate:
        for template in self.templates:
            if template.id == template_id:
                return template
        raise KeyError(template_id)


class Prescription(NamedTuple):
    sets: int
    reps_rm: int
    note: str


@dataclass(frozen=True)
class HeelRaisePhase:
    from_day: int
    to_day: int | None
    sets: int
    reps_rm: int
    note: str

    def covers(self, day: int) -> bool:
        return day >= self.from_day and (self.to_day is None or day <= self.to_day)


@dataclass(frozen=True)
class HeelRaiseSchedule:
    """Rathleff 2015's progression, counted in days since the first heel-raise session."""

    exercise_id: str
    regression_id: str
    every_days: int
    weeks: int
    tempo: str
    rest_s: int
    source: str
    rest_source: str
    regression_note: str
    phases: tuple[HeelRaisePhase, ...]

    @property
    def total_days(self) -> int:
        return self.weeks * 7

    def is_training_day(self, day: int) -> bool:
        return day >= 0 and day % self.every_days == 0

    def is_complete(self, day: int) -> bool:
        """Past the trial's length; the last phase's dose carries on as maintenance."""
        return day >= self.total_days

    def phase(self, day: int) -> HeelRaisePhase:
        if day < 0:
            raise ValueError(f"day must be 0 or later, not {day}")
        for phase in self.phases:
            if phase.covers(day):
                return phase
        raise ValueError(f"no phase covers day {day}")  # parse guarantees coverage

    def prescription(self, day: int) -> Prescription:
        phase = self.phase(day)
        return Prescription(phase.sets, phase.reps_rm, phase.note)

    def to_json(self) -> dict[str, Any]:
        return _jsonable(self)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class PainZone:
    name: str
    low: int
    high: int
    source: str


@dataclass(frozen=True)
class PainRules:
    during_max: int
    after_max: int
    next_morning_back_to_usual: bool
    weekly_may_rise: bool
    zones: tuple[PainZone, ...]
    source: str
    note: str

    def zone(self, pain: int) -> PainZone:
        for zone in self.zones:
            if zone.low <= pain <= zone.high:
                return zone
        raise ValueError(f"pain must be 0-10, not {pain}")


@dataclass(frozen=True)
class ProgressionRules:
    regress_volume_factor: float
    stall_window_weeks: int
    source: str
    note: str


@dataclass(frozen=True)
class SpikeHazard:
    """A band of run length against the window's longest, with its published hazard ratio."""

    above: float
    up_to: float | None
    hazard_ratio: float
    source: str

    def covers(self, ratio: float) -> bool:
        return ratio > self.above and (self.up_to is None or ratio <= self.up_to)


@dataclass(frozen=True)
class RunningRules:
    spike_ratio: float
    window_days: int
    source: str
    basis: str
    hazards: tuple[SpikeHazard, ...] = ()

    def hazard(self, ratio: float) -> SpikeHazard | None:
        """The band a run ``ratio`` times the window's longest falls in, if any."""
        return next((h for h in self.hazards if h.covers(ratio)), None)


@dataclass(frozen=True)
class MonitoringRules:
    """How the progression engine applies the pain model to a diary: footgui's own numbers.

    The pain-monitoring model says what must hold (CLINICAL.md section 2) but
    not how to read a real, gappy diary: what "usual" morning pain is, how
    many mornings make "stays up", when missing data stops a decision. These
    are those choices, kept in the program file so they can be argued with.
    """

    usual_window_days: int
    recent_days: int
    usual_min_checkins: int
    morning_margin: int
    stays_up_days: int
    persistent_days: int
    severe_pain: int
    weekly_rise_margin: float
    weekly_min_checkins: int
    checkin_gap_days: int
    decline_hold_days: int
    heel_raise_restart_days: int
    reintroduce_count: int
    stall_balance_eo_s: float
    stall_balance_ec_s: float
    source: str
    note: str


@dataclass(frozen=True)
class MdcRules:
    knee_to_wall_cm: float
    knee_to_wall_source: str
    heel_rises: float
    heel_rises_source: str
    source: str
    note: str

    def for_measure(self, measure: str) -> float | None:
        """The smallest change of ``measure`` that is more than noise, if known."""
        return {"knee_to_wall_cm": self.knee_to_wall_cm, "heel_rises": self.heel_rises}.get(measure)


@dataclass(frozen=True)
class PlyometricRules:
    pain_max: int
    settle_h: int
    sets: int
    reps: int
    source: str
    note: str


@dataclass(frozen=True)
class TestRules:
    balance_cap_s: int
    balance_trials: int
    balance_source: str
    heel_rise_bpm: int
    heel_rise_source: str
    retest_days: int
    source: str


@dataclass(frozen=True)
class TimingRules:
    rep_s: float
    side_switch_s: float
    source: str
    note: str


@dataclass(frozen=True)
class Rules:
    pain: PainRules
    progression: ProgressionRules
    running: RunningRules
    mdc: MdcRules
    plyometric: PlyometricRules
    tests: TestRules
    timing: TimingRules
    monitoring: MonitoringRules

    def to_json(self) -> dict[str, Any]:
        return _jsonable(self)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Program:
    stages: tuple[Stage, ...]
    warmup: Block
    finisher: Block
    heel_raise_schedule: HeelRaiseSchedule
    rules: Rules

    def stage(self, number: int) -> Stage:
        for stage in self.stages:
            if stage.number == number:
                return stage
        raise KeyError(number)

    def templates(self) -> Iterator[tuple[Stage, SessionTemplate]]:
        for stage in self.stages:
            for template in stage.templates:
                yield stage, template

    def template(self, template_id: str) -> SessionTemplate:
        for _, template in self.templates():
            if template.id == template_id:
                return template
        raise KeyError(template_id)

    def session_items(self, template: SessionTemplate) -> tuple[TemplateItem, ...]:
        """Everything done in one session of ``template``, warm-up and finisher included."""
        warmup = self.warmup.items if template.warmup else ()
        return (*warmup, *template.items, *self.finisher.items)

    def estimate_s(self, items: tuple[TemplateItem, ...], catalog: Catalog) -> int:
        """Rough session length from the doses; rest between sets counts, setup does not."""
        timing = self.rules.timing
        total = 0.0
        for item in items:
            dose = item.resolve(catalog)
            sides = 2 if catalog[item.exercise_id].one_sided else 1
            if dose.reps is not None:
                rep = dose.tempo.rep_s if dose.tempo is not None else timing.rep_s
                work = dose.reps * (rep + (dose.hold_s or 0))
            else:
                work = float(dose.hold_s or dose.duration_s or 0)
            total += dose.sets * sides * work + (dose.sets - 1) * dose.rest_s
            total += (sides - 1) * dose.sets * timing.side_switch_s
        return round(total)

    def exercise_ids(self) -> set[str]:
        """Every exercise the program schedules (blocks, templates, heel-raise track)."""
        ids = {i.exercise_id for i in (*self.warmup.items, *self.finisher.items)}
        for _, template in self.templates():
            ids.update(i.exercise_id for i in template.items)
        ids.update({self.heel_raise_schedule.exercise_id, self.heel_raise_schedule.regression_id})
        return ids

    def to_json(self, catalog: Catalog | None = None) -> dict[str, Any]:
        stages = []
        for stage in self.stages:
            templates = []
            for t in stage.templates:
                entry: dict[str, Any] = {
                    "id": t.id,
                    "name": t.name,
                    "per_week": t.per_week,
                    "daily": t.daily,
                    "times_per_week": t.times_per_week,
                    "warmup": t.warmup,
                    "items": [item.to_json(catalog) for item in t.items],
                }
                if catalog is not None:
                    entry["estimated_min"] = round(
                        self.estimate_s(self.session_items(t), catalog) / 60
                    )
                templates.append(entry)
            stages.append(
                {
                    "number": stage.number,
                    "name": stage.name,
                    "aim": stage.aim,
                    "weeks": list(stage.weeks),
                    "gates": [g.to_json() for g in stage.gates],
                    "templates": templates,
                }
            )
        return {
            "stages": stages,
            "warmup": self.warmup.to_json(catalog),
            "finisher": self.finisher.to_json(catalog),
            "heel_raise_schedule": self.heel_raise_schedule.to_json(),
            "rules": self.rules.to_json(),
        }


# ----------------------------------------------------------------- parsing


def parse_program(data: Mapping[str, Any], file: str = PROGRAM_FILE) -> Program:
    """Build the Program from parsed TOML, or raise ContentError naming the field."""
    root = ContentTable(dict(data), file)
    warmup = _parse_block(root.table("warmup"))
    finisher = _parse_block(root.table("finisher"))
    stage_tables = root.tables("stage", min_len=1)
    stages = tuple(_parse_stage(t) for t in stage_tables)
    numbers = tuple(s.number for s in stages)
    if numbers != STAGE_NUMBERS:
        raise ContentError(file, f"stages must be numbered 1, 2, 3, 4 in order, not {numbers}")
    seen: set[str] = {warmup.id, finisher.id}
    for stage_table, stage in zip(stage_tables, stages, strict=True):
        for template in stage.templates:
            if template.id in seen:
                raise stage_table.error(f"template id '{template.id}' is used twice", "template")
            seen.add(template.id)
    schedule = _parse_heel_raise(root.table("heel_raise"))
    rules = _parse_rules(root.table("rules"))
    root.finish()
    return Program(stages, warmup, finisher, schedule, rules)


def _parse_items(table: ContentTable) -> tuple[TemplateItem, ...]:
    items = []
    for t in table.tables("items", min_len=1):
        items.append(
            TemplateItem(
                exercise_id=t.text("exercise", pattern=ID_PATTERN, what="a kebab-case id"),
                sets=t.opt_integer("sets", 1, 20),
                reps=t.opt_integer("reps", 1, 500),
                hold_s=t.opt_integer("hold_s", 1, 3600),
                duration_s=t.opt_integer("duration_s", 1, 4 * 3600),
            )
        )
        t.finish()
    return tuple(items)


def _parse_block(t: ContentTable) -> Block:
    block = Block(
        id=t.text("id", pattern=ID_PATTERN, what="a kebab-case id"),
        name=t.text("name", max_len=80),
        items=_parse_items(t),
    )
    t.finish()
    return block


def _parse_stage(t: ContentTable) -> Stage:
    number = t.integer("number", 1, 4)
    weeks = t.integers("weeks", 1, 52, min_len=2)
    if len(weeks) != 2 or weeks[0] > weeks[1]:
        raise t.error("must be [fewest, most] typical weeks", "weeks")
    gates = tuple(_parse_gate(g) for g in t.tables("gate", required=False))
    keys = [(g.measure, g.op) for g in gates]
    for key in keys:
        if keys.count(key) > 1:
            raise t.error(f"gate '{key[0]} {key[1]}' is given twice", "gate")
    stage = Stage(
        number=number,
        name=t.text("name", max_len=80),
        aim=t.text("aim", max_len=400),
        weeks=(weeks[0], weeks[1]),
        gates=gates,
        templates=tuple(_parse_template(x) for x in t.tables("template", min_len=1)),
    )
    t.finish()
    return stage


def _parse_gate(t: ContentTable) -> Gate:
    gate = Gate(
        measure=t.text("measure", choices=MEASURES),
        op=t.text("op", choices=GATE_OPS),
        value=t.number("value", 0, 100_000),
        source=t.text("source", max_len=200),
        note=t.text("note", default="", max_len=400) if t.has("note") else "",
        exercise=t.opt_text("exercise", max_len=64) or "",
    )
    t.finish()
    return gate


def _parse_template(t: ContentTable) -> SessionTemplate:
    template_id = t.text("id", pattern=ID_PATTERN, what="a kebab-case id")
    daily = t.flag("daily", default=False)
    per_week = t.opt_integer("per_week", 1, 7)
    if daily == (per_week is not None):
        raise t.error("give either daily = true or per_week, not both or neither", "per_week")
    template = SessionTemplate(
        id=template_id,
        name=t.text("name", max_len=80),
        per_week=per_week,
        daily=daily,
        items=_parse_items(t),
        warmup=t.flag("warmup", default=True),
    )
    t.finish()
    return template


def _parse_heel_raise(t: ContentTable) -> HeelRaiseSchedule:
    phases = []
    expected_from = 0
    phase_tables = t.tables("phase", min_len=1)
    for i, p in enumerate(phase_tables):
        last = i == len(phase_tables) - 1
        from_day = p.integer("from_day", 0, 3650)
        if from_day != expected_from:
            raise p.error(f"must be {expected_from}: phases follow on without gaps", "from_day")
        to_day = p.opt_integer("to_day", from_day, 3650)
        if last and to_day is not None:
            raise p.error("the last phase runs on to the end: leave out to_day", "to_day")
        if not last and to_day is None:
            raise p.error("missing (only the last phase runs on)", "to_day")
        phases.append(
            HeelRaisePhase(
                from_day=from_day,
                to_day=to_day,
                sets=p.integer("sets", 1, 10),
                reps_rm=p.integer("reps_rm", 1, 50),
                note=p.text("note", max_len=200),
            )
        )
        p.finish()
        expected_from = (to_day or 0) + 1
    schedule = HeelRaiseSchedule(
        exercise_id=t.text("exercise", pattern=ID_PATTERN, what="a kebab-case id"),
        regression_id=t.text("regression", pattern=ID_PATTERN, what="a kebab-case id"),
        every_days=t.integer("every_days", 1, 7),
        weeks=t.integer("weeks", 1, 104),
        tempo=t.text("tempo", pattern=TEMPO_PATTERN, what="3-2-3"),
        rest_s=t.integer("rest_s", 0, 600),
        source=t.text("source", max_len=200),
        rest_source=t.text("rest_source", max_len=200),
        regression_note=t.text("regression_note", max_len=400),
        phases=tuple(phases),
    )
    t.finish()
    return schedule


def _parse_rules(t: ContentTable) -> Rules:
    rules = Rules(
        pain=_parse_pain(t.table("pain")),
        progression=_section(
            t.table("progression"),
            lambda s: ProgressionRules(
                regress_volume_factor=s.number("regress_volume_factor", 0.1, 1.0),
                stall_window_weeks=s.integer("stall_window_weeks", 1, 52),
                source=s.text("source"),
                note=s.text("note"),
            ),
        ),
        running=_section(t.table("running"), _parse_running),
        mdc=_section(
            t.table("mdc"),
            lambda s: MdcRules(
                knee_to_wall_cm=s.number("knee_to_wall_cm", 0.1, 20),
                knee_to_wall_source=s.text("knee_to_wall_source"),
                heel_rises=s.number("heel_rises", 1, 100),
                heel_rises_source=s.text("heel_rises_source"),
                source=s.text("source"),
                note=s.text("note"),
            ),
        ),
        plyometric=_section(
            t.table("plyometric"),
            lambda s: PlyometricRules(
                pain_max=s.integer("pain_max", 0, 10),
                settle_h=s.integer("settle_h", 1, 168),
                sets=s.integer("sets", 1, 20),
                reps=s.integer("reps", 1, 500),
                source=s.text("source"),
                note=s.text("note"),
            ),
        ),
        tests=_section(
            t.table("tests"),
            lambda s: TestRules(
                balance_cap_s=s.integer("balance_cap_s", 5, 600),
                balance_trials=s.integer("balance_trials", 1, 10),
                balance_source=s.text("balance_source"),
                heel_rise_bpm=s.integer("heel_rise_bpm", 10, 240),
                heel_rise_source=s.text("heel_rise_source"),
                retest_days=s.integer("retest_days", 1, 365),
                source=s.text("source"),
            ),
        ),
        monitoring=_section(
            t.table("monitoring"),
            lambda s: MonitoringRules(
                usual_window_days=s.integer("usual_window_days", 7, 365),
                recent_days=s.integer("recent_days", 1, 60),
                usual_min_checkins=s.integer("usual_min_checkins", 1, 60),
                morning_margin=s.integer("morning_margin", 0, 10),
                stays_up_days=s.integer("stays_up_days", 1, 60),
                persistent_days=s.integer("persistent_days", 1, 90),
                severe_pain=s.integer("severe_pain", 1, 10),
                weekly_rise_margin=s.number("weekly_rise_margin", 0, 10),
                weekly_min_checkins=s.integer("weekly_min_checkins", 1, 7),
                checkin_gap_days=s.integer("checkin_gap_days", 1, 60),
                decline_hold_days=s.integer("decline_hold_days", 0, 90),
                heel_raise_restart_days=s.integer("heel_raise_restart_days", 2, 365),
                reintroduce_count=s.integer("reintroduce_count", 1, 10),
                stall_balance_eo_s=s.number("stall_balance_eo_s", 0.1, 60),
                stall_balance_ec_s=s.number("stall_balance_ec_s", 0.1, 60),
                source=s.text("source"),
                note=s.text("note"),
            ),
        ),
        timing=_section(
            t.table("timing"),
            lambda s: TimingRules(
                rep_s=s.number("rep_s", 0.5, 30),
                side_switch_s=s.number("side_switch_s", 0, 120),
                source=s.text("source"),
                note=s.text("note"),
            ),
        ),
    )
    t.finish()
    return rules


def _parse_running(s: ContentTable) -> RunningRules:
    hazards = []
    for h in s.tables("hazard", required=False):
        above = h.number("above", 1.0, 100.0)
        up_to = h.number("up_to", above, 100.0) if h.has("up_to") else None
        ratio = h.number("hazard_ratio", 0, 100)
        hazards.append(SpikeHazard(above, up_to, ratio, h.text("source")))
        h.finish()
    for before, after in itertools.pairwise(hazards):
        if before.up_to is None or before.up_to != after.above:
            raise s.error("hazard bands must follow on: each 'above' is the last 'up_to'", "hazard")
    rules = RunningRules(
        spike_ratio=s.number("spike_ratio", 1.0, 5.0),
        window_days=s.integer("window_days", 1, 365),
        source=s.text("source"),
        basis=s.text("basis"),
        hazards=tuple(hazards),
    )
    if hazards and hazards[0].above != rules.spike_ratio:
        raise s.error("the first hazard band must start at spike_ratio", "hazard")
    return rules


def _section(table: ContentTable, build: Callable[[ContentTable], _T]) -> _T:
    value = build(table)
    table.finish()
    return value


def _parse_pain(t: ContentTable) -> PainRules:
    zones = []
    expected_low = 0
    for z in t.tables("zone", min_len=1):
        low = z.integer("low", 0, 10)
        if low != expected_low:
            raise z.error(f"must be {expected_low}: zones cover 0-10 without gaps", "low")
        zone = PainZone(
            name=z.text("name", max_len=40),
            low=low,
            high=z.integer("high", low, 10),
            source=z.text("source"),
        )
        z.finish()
        zones.append(zone)
        expected_low = zone.high + 1
    if expected_low != 11:
        raise t.error("zones must reach 10", "zone")
    rules = PainRules(
        during_max=t.integer("during_max", 0, 10),
        after_max=t.integer("after_max", 0, 10),
        next_morning_back_to_usual=t.flag("next_morning_back_to_usual"),
        weekly_may_rise=t.flag("weekly_may_rise"),
        zones=tuple(zones),
        source=t.text("source"),
        note=t.text("note"),
    )
    t.finish()
    return rules


# ------------------------------------------------------------- translation


def translation_file(base: str, language: str) -> str:
    """The translation of ``base`` ("program.toml") into ``language``: "program.de.toml"."""
    stem, dot, suffix = base.rpartition(".")
    return f"{stem}.{language}.{suffix}" if dot else f"{base}.{language}"


def translate_program(program: Program, data: Mapping[str, Any], file: str) -> Program:
    """``program`` with the texts ``data`` translates; English stays where none is given.

    ``data`` is a parsed ``program.<lang>.toml``: ``[warmup]``/``[finisher]``
    ``name``, ``[stage.<number>]`` ``name``/``aim``, ``[template.<id>]``
    ``name``, ``[measure]`` labels, and ``[heel_raise]`` ``regression_note``
    with ``[heel_raise.phase.<from_day>]`` ``note``. An id or key the program
    does not have is a ContentError naming it: a translation must not drift
    from the program it translates.
    """
    root = ContentTable(dict(data), file)
    warmup = _translate_block(program.warmup, root, "warmup")
    finisher = _translate_block(program.finisher, root, "finisher")
    labels = _translate_measures(root)
    stages = _translate_stages(program, root, labels)
    schedule = program.heel_raise_schedule
    if root.has("heel_raise"):
        schedule = _translate_heel_raise(schedule, root.table("heel_raise"))
    root.finish()
    return dataclasses.replace(
        program, stages=stages, warmup=warmup, finisher=finisher, heel_raise_schedule=schedule
    )


def _keyed(parent: ContentTable, key: str, known: list[str], what: str) -> dict[str, ContentTable]:
    """The sub-tables of ``parent[key]`` by name, each name checked against ``known``."""
    if not parent.has(key):
        return {}
    table = parent.table(key)
    out: dict[str, ContentTable] = {}
    for name in table.data:
        if name not in known:
            raise table.error(f"unknown {what} '{name}'{suggest(name, known)}", name)
        out[name] = table.table(name)
    table.finish()
    return out


def _translate_block(block: Block, root: ContentTable, key: str) -> Block:
    if not root.has(key):
        return block
    t = root.table(key)
    name = t.text("name", default=block.name, max_len=80)
    t.finish()
    return dataclasses.replace(block, name=name)


def _translate_measures(root: ContentTable) -> dict[str, str]:
    if not root.has("measure"):
        return {}
    t = root.table("measure")
    labels = {m: t.text(m, max_len=120) for m in MEASURES if t.has(m)}
    t.finish()
    return labels


def _translate_stages(
    program: Program, root: ContentTable, labels: Mapping[str, str]
) -> tuple[Stage, ...]:
    stage_tables = _keyed(root, "stage", [str(s.number) for s in program.stages], "stage")
    template_ids = [t.id for _, t in program.templates()]
    template_tables = _keyed(root, "template", template_ids, "template")
    stages = []
    for stage in program.stages:
        t = stage_tables.get(str(stage.number))
        name, aim = stage.name, stage.aim
        if t is not None:
            name = t.text("name", default=stage.name, max_len=80)
            aim = t.text("aim", default=stage.aim, max_len=400)
            t.finish()
        templates = []
        for template in stage.templates:
            tt = template_tables.get(template.id)
            if tt is None:
                templates.append(template)
                continue
            name_text = tt.text("name", default=template.name, max_len=80)
            tt.finish()
            templates.append(dataclasses.replace(template, name=name_text))
        gates = tuple(
            dataclasses.replace(g, label_text=labels.get(g.measure, "")) for g in stage.gates
        )
        stages.append(
            dataclasses.replace(stage, name=name, aim=aim, gates=gates, templates=tuple(templates))
        )
    return tuple(stages)


def _translate_heel_raise(schedule: HeelRaiseSchedule, t: ContentTable) -> HeelRaiseSchedule:
    note = t.text("regression_note", default=schedule.regression_note, max_len=400)
    days = [str(p.from_day) for p in schedule.phases]
    phase_tables = _keyed(t, "phase", days, "phase (phases are keyed by from_day)")
    phases = []
    for phase in schedule.phases:
        pt = phase_tables.get(str(phase.from_day))
        if pt is None:
            phases.append(phase)
            continue
        text = pt.text("note", default=phase.note, max_len=200)
        pt.finish()
        phases.append(dataclasses.replace(phase, note=text))
    t.finish()
    return dataclasses.replace(schedule, regression_note=note, phases=tuple(phases))


def missing_program_translations(program: Program, data: Mapping[str, Any]) -> list[str]:
    """Texts of ``program`` that ``data`` (a parsed translation) leaves in English."""

    def has(path: tuple[str, ...]) -> bool:
        node: Any = data
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                return False
            node = node[key]
        return True

    wanted: list[tuple[str, ...]] = [("warmup", "name"), ("finisher", "name")]
    for stage in program.stages:
        wanted += [("stage", str(stage.number), "name"), ("stage", str(stage.number), "aim")]
        wanted += [("template", t.id, "name") for t in stage.templates]
    wanted += [("measure", m) for m in MEASURES]
    wanted.append(("heel_raise", "regression_note"))
    schedule = program.heel_raise_schedule
    wanted += [("heel_raise", "phase", str(p.from_day), "note") for p in schedule.phases]
    return [".".join(path) for path in wanted if not has(path)]
