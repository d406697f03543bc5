"""The week's plan and today's session: which template, which doses, how long.

A stage's templates say how often they come round (``daily`` or
``per_week``); the planner lays them on fixed weekdays so that a week view
can show planned against done, but it chooses today's session flexibly: a
session missed on Monday is still due on Tuesday. The high-load heel raise
(Rathleff 2015) runs on its own every-other-day track across stages and
joins whatever session falls on its day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from footgui.core.catalog import Catalog
from footgui.core.history import DiaryHistory, SessionEntry, StageEventEntry
from footgui.core.program import Program, SessionTemplate, Stage, TemplateItem
from footgui.core.recommendation import DayPlan, PlannedExercise, PlannedSession, WeekView
from footgui.core.session_plan import CUSTOM_NAME, CUSTOM_TEMPLATE_ID
from footgui.core.text import Msg, join, translate

#: Weekdays (Monday = 0) for k non-daily sessions a week: spread out, never two
#: hard days in a row where the week allows it. footgui's own layout.
WEEK_LAYOUT: dict[int, tuple[int, ...]] = {
    1: (2,),
    2: (1, 4),
    3: (0, 2, 4),
    4: (0, 2, 4, 6),
    5: (0, 1, 3, 4, 6),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}
#: A template is a run when it holds a running exercise of at least this long in one go.
RUN_MIN_S = 600
HEEL_RAISE_SESSION_ID = "heel-raise-day"
#: Names the planner gives on its own (the program's names come translated from the catalog).
#: A ``Msg`` equals its English text, so these also key the week's counts.
HEEL_RAISE_LABEL = translate("Planner", "Heel raise")
HEEL_RAISE_SESSION_NAME = translate("Planner", "High-load heel raise")
#: Weekday names (Monday = 0) for "planned for Tuesday".
WEEKDAYS = (
    translate("Planner", "Monday"),
    translate("Planner", "Tuesday"),
    translate("Planner", "Wednesday"),
    translate("Planner", "Thursday"),
    translate("Planner", "Friday"),
    translate("Planner", "Saturday"),
    translate("Planner", "Sunday"),
)
#: Stage events that put the user in a stage (a "hold" keeps the stage it names).
STAGE_SETTING = ("start", "advance", "regress", "override", "hold")


# ------------------------------------------------------------------- the stage


@dataclass(frozen=True)
class StageState:
    stage: int
    entered: date | None
    started: bool
    events: tuple[StageEventEntry, ...]  # stage-setting events, oldest first

    @property
    def last(self) -> StageEventEntry | None:
        return self.events[-1] if self.events else None


def stage_state(history: DiaryHistory) -> StageState:
    """The current stage from the latest stage event (else the profile), and when it began."""
    events = tuple(
        e for e in history.stage_events if e.kind in STAGE_SETTING and e.session_choice is None
    )
    profile = history.profile
    started = bool(
        events or history.sessions or (profile is not None and profile.program_start is not None)
    )
    if events:
        stage = events[-1].stage
        entered = events[-1].day
        for event in reversed(events):
            if event.stage != stage:
                break
            if event.kind != "hold":
                entered = event.day
        return StageState(stage, entered, started, events)
    stage = profile.current_stage if profile is not None else 1
    start = profile.program_start if profile is not None else None
    if start is None and history.sessions:
        start = history.sessions[0].day
    return StageState(stage, start, started, events)


# --------------------------------------------------------------- the week plan


def is_run_template(template: SessionTemplate, catalog: Catalog) -> bool:
    for item in template.items:
        ex = catalog.get(item.exercise_id)
        if ex is None or ex.category != "running":
            continue
        dose = item.resolve(catalog)
        if (dose.duration_s or 0) * dose.sets >= RUN_MIN_S:
            return True
    return False


def week_layout(stage: Stage) -> dict[int, list[SessionTemplate]]:
    """Weekday -> templates planned that day (daily templates every day)."""
    order: list[SessionTemplate] = []
    left = {t.id: t.per_week or 0 for t in stage.templates if not t.daily}
    while any(left.values()):
        for t in stage.templates:
            if not t.daily and left[t.id] > 0:
                order.append(t)
                left[t.id] -= 1
    days = WEEK_LAYOUT.get(len(order), WEEK_LAYOUT[7]) if order else ()
    plan: dict[int, list[SessionTemplate]] = {d: [] for d in range(7)}
    for day, template in zip(days, order, strict=False):
        plan[day].append(template)
    for t in stage.templates:
        if t.daily:
            for d in range(7):
                plan[d].append(t)
    return plan


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


# ---------------------------------------------------------- heel-raise track


@dataclass(frozen=True)
class HeelRaiseState:
    """Where the user is on the every-other-day heel-raise schedule."""

    day0: date | None  # first heel-raise session of the current run of them
    last: date | None  # latest heel-raise session before today
    done_today: bool
    last_version: str | None  # exercise id used last time (single- or both-legs)
    restarted: bool  # a long gap sent the schedule back to day 0

    def day_index(self, today: date) -> int:
        return 0 if self.day0 is None else (today - self.day0).days

    def due(self, today: date, every_days: int) -> bool:
        if self.done_today:
            return False
        return self.last is None or (today - self.last).days >= every_days


def heel_raise_days(history: DiaryHistory, program: Program) -> list[tuple[date, str]]:
    schedule = program.heel_raise_schedule
    ids = (schedule.exercise_id, schedule.regression_id)
    out = []
    for s in history.sessions:
        if not s.done:
            continue
        used = [i for i in ids if s.exercises.get(i) is not None and s.exercises[i].sets > 0]
        if used:
            out.append((s.day, used[0]))
    return out


def heel_raise_state(history: DiaryHistory, program: Program, today: date) -> HeelRaiseState:
    gap = program.rules.monitoring.heel_raise_restart_days
    days = heel_raise_days(history, program)
    done_today = any(d == today for d, _ in days)
    before = [(d, v) for d, v in days if d < today]
    if not before:
        day0 = today if done_today else None
        version = next((v for d, v in days if d == today), None)
        return HeelRaiseState(day0, None, done_today, version, False)
    day0 = before[0][0]
    previous = day0
    for d, _ in before:
        if (d - previous).days > gap:
            day0 = d
        previous = d
    last, version = before[-1]
    restarted = (today - last).days > gap
    if restarted:
        day0 = today
    return HeelRaiseState(day0, last, done_today, version, restarted)


# ----------------------------------------------------------- today's session


@dataclass(frozen=True)
class Choice:
    template: SessionTemplate | None
    why: Msg  # plain words: "planned for Monday", "due this week: 1 of 3 done"


def done_this_week(history: DiaryHistory, today: date) -> dict[str, int]:
    start = week_start(today)
    counts: dict[str, int] = {}
    for s in history.sessions:
        if s.done and start <= s.day <= today:
            counts[s.template_id] = counts.get(s.template_id, 0) + 1
    return counts


def choose_template(history: DiaryHistory, stage: Stage, today: date, catalog: Catalog) -> Choice:
    """The stage's next session due today: planned today or overdue this week, bigger first."""
    layout = week_layout(stage)
    done = done_this_week(history, today)
    done_today = {s.template_id for s in history.sessions_on(today) if s.done}
    start = week_start(today)
    runs_this_week = sum(1 for r in history.runs if start <= r.day <= today)
    candidates: list[tuple[int, int, SessionTemplate, Msg]] = []
    for template in stage.templates:
        if template.id in done_today:
            continue
        if template.daily:
            candidates.append((2, 0, template, translate("Planner", "the stage's daily session")))
            continue
        planned_days = [d for d, ts in layout.items() if template in ts]
        due_by_now = sum(1 for d in planned_days if d <= today.weekday())
        have = done.get(template.id, 0)
        if is_run_template(template, catalog):
            have = max(have, runs_this_week)
        if have >= (template.per_week or 0):
            continue
        if today.weekday() in planned_days and have < due_by_now:
            why = translate("Planner", "planned for {weekday}")
            candidates.append(
                (0, -due_by_now + have, template, why.format(weekday=WEEKDAYS[today.weekday()]))
            )
        elif have < due_by_now:
            why = translate("Planner", "due this week: {done} of {planned} done").format(
                done=have, planned=template.per_week
            )
            candidates.append((1, -(due_by_now - have), template, why))
    if not candidates:
        return Choice(None, translate("Planner", "nothing else is planned today"))
    candidates.sort(key=lambda c: (c[0], c[1]))
    _, _, template, why = candidates[0]
    return Choice(template, why)


@dataclass(frozen=True)
class Item:
    item: TemplateItem
    block: str
    note: str = ""


def template_items(program: Program, template: SessionTemplate) -> list[Item]:
    items = [Item(i, "warmup") for i in (program.warmup.items if template.warmup else ())]
    items += [Item(i, "main") for i in template.items]
    return items


def finisher_items(program: Program) -> list[Item]:
    return [Item(i, "finisher") for i in program.finisher.items]


def heel_raise_item(program: Program, state: HeelRaiseState, today: date, hold: bool) -> Item:
    """Today's heel raise at the schedule's dose (the previous phase's when holding)."""
    schedule = program.heel_raise_schedule
    index = state.day_index(today)
    phase = schedule.phase(index)
    note = translate("Planner", "Day {day} of the heel-raise schedule: {phase}").format(
        day=index, phase=phase.note
    )
    if hold and state.last is not None and state.day0 is not None:
        last_phase = schedule.phase(max(0, (state.last - state.day0).days))
        if last_phase != phase:
            note = translate(
                "Planner",
                "Day {day}: the schedule steps up to {sets} x {reps}RM today; "
                "holding at {held_sets} x {held_reps}RM.",
            ).format(
                day=index,
                sets=phase.sets,
                reps=phase.reps_rm,
                held_sets=last_phase.sets,
                held_reps=last_phase.reps_rm,
            )
            phase = last_phase
    exercise = schedule.exercise_id
    if state.last_version == schedule.regression_id:
        exercise = schedule.regression_id
        note = join([note, schedule.regression_note])
    item = TemplateItem(exercise, sets=phase.sets, reps=phase.reps_rm)
    return Item(item, "main", note)


def reduce_item(entry: Item, catalog: Catalog, factor: float) -> Item:
    """Volume times ``factor``: fewer sets when there are 3 or more, else less work per set."""
    dose = entry.item.resolve(catalog)
    before = _short(dose.sets, dose.reps, dose.hold_s, dose.duration_s)
    if dose.sets >= 3:
        new = replace(entry.item, sets=max(1, round(dose.sets * factor)))
    elif dose.reps is not None:
        new = replace(entry.item, reps=max(1, round(dose.reps * factor)))
    elif dose.duration_s is not None:
        new = replace(entry.item, duration_s=max(1, round(dose.duration_s * factor)))
    else:
        new = replace(entry.item, hold_s=max(1, round((dose.hold_s or 1) * factor)))
    reduced = translate("Planner", "Reduced from {dose}.").format(dose=before)
    return Item(new, entry.block, join([entry.note, reduced]) if entry.note else reduced)


def _short(sets: int, reps: int | None, hold_s: int | None, duration_s: int | None) -> str:
    if reps is not None:
        return f"{sets} x {reps}"
    return f"{sets} x {hold_s or duration_s} s"


def reintroduce_items(
    program: Program,
    catalog: Catalog,
    stage: int,
    *,
    present: Iterable[str],
    prefer_categories: tuple[str, ...],
    count: int,
) -> list[Item]:
    """Up to ``count`` moves from the stage before, favouring the categories that stalled."""
    if stage <= 1:
        return []
    earlier = program.stage(stage - 1)
    have = set(present)
    pool: list[TemplateItem] = []
    for template in earlier.templates:
        if template.daily:
            continue
        for item in template.items:
            if item.exercise_id not in have and item.exercise_id not in {
                p.exercise_id for p in pool
            }:
                pool.append(item)

    def rank(item: TemplateItem) -> int:
        category = catalog[item.exercise_id].category
        return prefer_categories.index(category) if category in prefer_categories else 99

    pool.sort(key=rank)
    note = translate("Planner", "Brought back from stage {stage}.").format(stage=stage - 1)
    return [Item(i, "main", note) for i in pool[:count]]


def build_session(
    catalog: Catalog,
    template_id: str,
    name: str,
    stage: int,
    items: list[Item],
    *,
    chosen_by_user: bool = False,
) -> PlannedSession:
    program = catalog.program
    seconds = program.estimate_s(tuple(i.item for i in items), catalog)
    exercises = []
    for entry in items:
        ex = catalog[entry.item.exercise_id]
        dose = entry.item.resolve(catalog)
        exercises.append(
            PlannedExercise(
                exercise_id=ex.id,
                name=ex.name,
                sets=dose.sets,
                reps=dose.reps,
                hold_s=dose.hold_s,
                duration_s=dose.duration_s,
                tempo=str(dose.tempo) if dose.tempo is not None else None,
                rest_s=dose.rest_s,
                one_sided=ex.one_sided,
                block=entry.block,
                note=entry.note,
            )
        )
    minutes = max(1, round(seconds / 60))
    return PlannedSession(template_id, name, stage, tuple(exercises), minutes, chosen_by_user)


# ------------------------------------------------------------------ week view


def template_names(program: Program) -> dict[str, str]:
    names = {t.id: t.name for _, t in program.templates()}
    names[HEEL_RAISE_SESSION_ID] = HEEL_RAISE_LABEL
    names.setdefault(CUSTOM_TEMPLATE_ID, CUSTOM_NAME)
    return names


def week_view(
    history: DiaryHistory,
    catalog: Catalog,
    stage: Stage,
    heel: HeelRaiseState,
    today: date,
    *,
    plan_from: date | None,
) -> WeekView:
    """The week of ``today``; nothing is planned before ``plan_from`` (nothing at all if None)."""
    program = catalog.program
    names = template_names(program)
    start = week_start(today)
    layout = week_layout(stage)
    every = program.heel_raise_schedule.every_days
    anchor = heel.last or heel.day0 or (today if plan_from is not None else None)
    heel_ids = (program.heel_raise_schedule.exercise_id, program.heel_raise_schedule.regression_id)
    days: list[DayPlan] = []
    planned_before: dict[str, int] = {}
    planned_today: dict[str, int] = {}
    planned_week = 0
    run_ids = {t.id for t in stage.templates if is_run_template(t, catalog)}
    for offset in range(7):
        day = start + timedelta(days=offset)
        active = plan_from is not None and day >= plan_from
        templates = layout[offset] if active else []
        planned = [t.name for t in templates]
        keys = [t.id for t in templates]
        if active and anchor is not None and (day - anchor).days % every == 0:
            planned.append(HEEL_RAISE_LABEL)
            keys.append(HEEL_RAISE_LABEL)
        planned_week += len(keys)
        for key in keys:
            bucket = planned_before if day < today else planned_today if day == today else None
            if bucket is not None:
                bucket[key] = bucket.get(key, 0) + 1
        sessions = [s for s in history.sessions_on(day) if s.done]
        done = [names.get(s.template_id, s.template_id) for s in sessions]
        if any(_has_any(s, heel_ids) for s in sessions) and HEEL_RAISE_LABEL not in done:
            done.append(HEEL_RAISE_LABEL)
        km = sum(r.distance_m for r in history.runs_on(day)) / 1000
        days.append(DayPlan(day, tuple(planned), tuple(done), km))
    done_counts = _done_counts(history, start, today, heel_ids)
    run_days = len({r.day for r in history.runs if start <= r.day <= today})
    sessions_planned = sessions_done = runs_planned = runs_done = 0
    for key in set(planned_before) | set(planned_today):
        before = planned_before.get(key, 0)
        have = done_counts.get(key, 0)
        if key in run_ids:
            have = max(have, run_days)
        so_far = before + min(planned_today.get(key, 0), max(0, have - before))
        got = min(have, so_far)
        if key in run_ids:
            runs_planned += so_far
            runs_done += got
        else:
            sessions_planned += so_far
            sessions_done += got
    return WeekView(
        start,
        tuple(days),
        sessions_planned,
        sessions_done,
        planned_week,
        runs_planned,
        runs_done,
    )


def _has_any(session: SessionEntry, ids: tuple[str, ...]) -> bool:
    return any(session.exercises.get(i) is not None for i in ids)


def _done_counts(
    history: DiaryHistory, start: date, today: date, heel_ids: tuple[str, ...]
) -> dict[str, int]:
    counts: dict[str, int] = {}
    heel_days = set()
    for s in history.sessions:
        if s.done and start <= s.day <= today:
            counts[s.template_id] = counts.get(s.template_id, 0) + 1
            if _has_any(s, heel_ids):
                heel_days.add(s.day)
    counts[HEEL_RAISE_LABEL] = len(heel_days)
    return counts
