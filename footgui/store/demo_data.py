"""A realistic synthetic history, so that every page can be tried and demoed.

The story, for a 38-year-old right-footed female runner: first-step pain
starts around 5/10 and settles near 1/10 over a few months; a few flares
(each after an unusually long run) raise pain for a week or so and send the
program back a stage; balance, ankle range and calf endurance improve with
noise and a small left-right asymmetry; she trains about four times and runs
three to four times a week, misses some days and takes a holiday each year.
Curves follow CLINICAL.md's figures (balance capped at 45 s, knee-to-wall
around 9-13 cm, heel rises 15 -> 28).

Everything comes from one ``random.Random(seed)`` consumed day by day, so a
seed and a ``today`` give the same rows every time. Rows go in with bulk
executemany inserts in a single transaction: five years take well under a
second.

The store does not import the content catalog (the layers point the other
way); the caller passes the program as ``DemoTemplate``s (see
``footgui.commands.demo_data``) or at least the exercise ids.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert

from footgui.store.db import Database
from footgui.store.errors import StoreError
from footgui.store.models import (
    USER_TABLES,
    Base,
    CheckIn,
    Measurement,
    Profile,
    Run,
    SetLog,
    Shoe,
    StageEvent,
    TrainingSession,
)
from footgui.store.repos import count_entries

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog

log = logging.getLogger(__name__)

MAX_YEARS = 50.0


@dataclass(frozen=True)
class DemoExercise:
    """An exercise as a session logs it: one side at a time or both, and its dose."""

    id: str
    unilateral: bool = False
    sets: int = 2
    reps: int | None = 10
    hold_s: float | None = None
    duration_s: float | None = None
    load_kg: float | None = None


@dataclass(frozen=True)
class DemoTemplate:
    """A session template of one stage; ``per_week`` weights how often it is picked."""

    id: str
    stage: int
    exercises: tuple[DemoExercise, ...]
    per_week: int = 1


@dataclass
class _Rows:
    checkins: list[dict[str, Any]] = field(default_factory=list)
    measurements: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    sets: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class _Flare:
    start: int  # day index
    length: int
    height: float

    def bump(self, i: int) -> float:
        k = i - self.start
        if not 0 <= k < self.length:
            return 0.0
        rise = min(1.0, (k + 1) / 2)
        return self.height * rise * (1 - k / self.length)


CHECKIN_NOTES = (
    "Long day standing at work.",
    "Walked a lot in flat sandals.",
    "Slept badly.",
    "Calves tight after the hills.",
    "Cold morning, stiff first steps.",
    "Felt springy today.",
    "New insoles in the work shoes.",
)
FLARE_NOTES = (
    "Heel pain back on the first steps.",
    "Arch sore after the long run.",
    "Iced the heel in the evening.",
)
SESSION_NOTES = (
    "Kept the band light today.",
    "Balance felt steadier.",
    "Short on time, moved quickly.",
    "Good session.",
)
HOLD_REASONS = (
    "Staying: the eyes-closed balance target is not met yet on the left side.",
    "Staying: heel rises on the left are short of the stage's target.",
    "Staying: pain after sessions was above the limit twice this week.",
)
STAGE_ADVANCE_DAYS = {1: 28, 2: 42, 3: 56}  # days in a stage before the gates are checked


def generate_demo_data(
    db: Database,
    years: float,
    *,
    seed: int = 1,
    force: bool = False,
    today: date | None = None,
    exercise_ids: Sequence[str] | None = None,
    templates: Sequence[DemoTemplate] | None = None,
) -> dict[str, int]:
    """Fill ``db`` with ``years`` of history ending ``today``; return rows written per table.

    Refuses (StoreError) when the database holds entries, unless ``force``:
    then the entries are replaced (after a backup, for a SQLite file).
    ``templates`` gives realistic session templates; without them sessions
    use ``exercise_ids`` (template ids ``stage-<n>``). One of them is needed.
    """
    if not 0 < years <= MAX_YEARS:
        raise ValueError(f"years must be between 0 and {MAX_YEARS:g}, not {years}")
    plan = _plan_templates(templates, exercise_ids)
    existing = sum(count_entries(db).values())
    if existing and not force:
        raise StoreError(
            f"The database already holds {existing} entries; demo data would mix with them. "
            "Use --force to replace them (a backup is taken first)."
        )
    if existing:
        db.backup("before-demo-data")
    end = today or date.today()
    n_days = max(1, round(years * 365.25))
    start = end - timedelta(days=n_days - 1)
    story = _Story(random.Random(seed), start, n_days, plan)
    rows = story.live()
    shoes = _shoes(start, n_days)
    profile = {
        "id": 1,
        "age": 38,
        "sex": "female",
        "dominant_foot": "right",
        "program_start": start,
        "current_stage": story.stage,
        "units": "metric",
    }
    with db.session() as session:
        tables: tuple[type[Base], ...] = (*USER_TABLES, Profile)
        for model in tables:
            session.execute(delete(model))
        session.execute(insert(Profile), [profile])
        for model, batch in (
            (Shoe, shoes),
            (CheckIn, rows.checkins),
            (Measurement, rows.measurements),
            (TrainingSession, rows.sessions),
            (SetLog, rows.sets),
            (Run, rows.runs),
            (StageEvent, rows.events),
        ):
            if batch:
                session.execute(insert(model), batch)
    counts = {
        "check_in": len(rows.checkins),
        "measurement": len(rows.measurements),
        "training_session": len(rows.sessions),
        "set_log": len(rows.sets),
        "run": len(rows.runs),
        "shoe": len(shoes),
        "stage_event": len(rows.events),
    }
    log.info("demo data: %s", counts)
    return counts


def _plan_templates(
    templates: Sequence[DemoTemplate] | None, exercise_ids: Sequence[str] | None
) -> dict[int, list[DemoTemplate]]:
    by_stage: dict[int, list[DemoTemplate]] = {}
    if templates:
        for template in templates:
            by_stage.setdefault(template.stage, []).append(template)
    elif exercise_ids:
        # Without the program: every stage rotates through the ids, six at a time.
        ids = list(exercise_ids)
        for stage in (1, 2, 3, 4):
            chosen = [ids[(stage * 3 + k) % len(ids)] for k in range(min(6, len(ids)))]
            exercises = tuple(
                DemoExercise(ex_id, unilateral=k % 2 == 0, sets=2 + k % 2)
                for k, ex_id in enumerate(chosen)
            )
            by_stage[stage] = [DemoTemplate(f"stage-{stage}", stage, exercises)]
    else:
        raise ValueError("demo data needs the program's templates or at least exercise ids")
    given = sorted(by_stage)
    for stage in (1, 2, 3, 4):  # a stage without templates borrows the nearest one
        if stage not in by_stage:
            by_stage[stage] = by_stage[min(given, key=lambda s: (abs(s - stage), s))]
    return by_stage


def _shoes(start: date, n_days: int) -> list[dict[str, Any]]:
    return [
        {
            "id": 1,
            "name": "Cushioned trainer (blue)",
            "drop_mm": 10.0,
            "stack_mm": 34.0,
            "outsole_firmness": "soft",
            "heel_counter": "rigid",
            "midfoot_support": "stability",
            "retired": True,
            "note": f"Retired on {start + timedelta(days=int(n_days * 0.4))}: worn midsole.",
        },
        {
            "id": 2,
            "name": "Daily trainer (grey)",
            "drop_mm": 8.0,
            "stack_mm": 30.0,
            "outsole_firmness": "medium",
            "heel_counter": "medium",
            "midfoot_support": "neutral",
            "retired": False,
            "note": "",
        },
        {
            "id": 3,
            "name": "Trail shoe",
            "drop_mm": 4.0,
            "stack_mm": 24.0,
            "outsole_firmness": "firm",
            "heel_counter": "flexible",
            "midfoot_support": "minimal",
            "retired": False,
            "note": "Grippy lugs; for trail and grass.",
        },
    ]


def _clamp_score(value: float) -> int:
    return max(0, min(10, round(value)))


def _improve(i: int, tau: float) -> float:
    """0 at the start, approaching 1: adaptation with diminishing returns."""
    return 1 - math.exp(-i / tau)


def _rpe(rng: random.Random, set_number: int) -> int:
    return max(1, min(10, round(rng.gauss(4.5 + 0.7 * set_number, 0.8))))


def _event(day: date, stage: int, kind: str, reason: str) -> dict[str, Any]:
    return {"day": day, "stage": stage, "kind": kind, "reason": reason}


def _pick_flares(rng: random.Random, n_days: int) -> list[_Flare]:
    if n_days < 60:
        return []
    wanted = max(1, round(n_days / 300))  # about one a year: a few setbacks
    starts: list[int] = []
    for _ in range(wanted * 20):
        if len(starts) == wanted:
            break
        s = rng.randrange(35, n_days - 3)
        if all(abs(s - other) >= 50 for other in starts):
            starts.append(s)
    return [_Flare(s, rng.randint(7, 11), rng.uniform(2.5, 4.0)) for s in sorted(starts)]


@dataclass(frozen=True)
class _Day:
    date: date
    index: int
    flare: float  # extra pain from flares on this day (0 when none)
    holiday: bool
    spike: bool  # the day of an unusually long run


class _Story:
    """The simulated user, lived one day at a time (the order of random draws is fixed)."""

    def __init__(
        self, rng: random.Random, start: date, n_days: int, plan: dict[int, list[DemoTemplate]]
    ) -> None:
        self.rng = rng
        self.start = start
        self.n_days = n_days
        self.plan = plan
        self.rows = _Rows()
        self.flares = _pick_flares(rng, n_days)
        self.spike_days = {f.start - 1 for f in self.flares if f.start >= 1}
        if n_days > 20:
            self.spike_days |= {rng.randrange(20, n_days) for _ in range(n_days // 365)}
        self.holidays: set[int] = set()
        for year in range(n_days // 365 + 1):
            first = year * 365 + rng.randrange(120, 300)
            self.holidays |= set(range(first, first + rng.randint(6, 10)))
        self.noise = [rng.gauss(0, 0.6) for _ in range(n_days + 1)]
        self.stage = 1
        self.next_check = STAGE_ADVANCE_DAYS[1]
        self.override_on: int | None = None
        self.session_id = 0
        self.shoe_retired_from = int(n_days * 0.4)

    def bump(self, i: int) -> float:
        return sum(f.bump(i) for f in self.flares)

    def first_step_pain(self, i: int) -> int:
        return _clamp_score(0.8 + 4.2 * math.exp(-i / 55) + self.bump(i) + self.noise[i])

    def live(self) -> _Rows:
        self.rows.events.append(_event(self.start, 1, "start", "Started the program at stage 1."))
        for i in range(self.n_days):
            d = _Day(
                self.start + timedelta(days=i),
                i,
                self.bump(i),
                i in self.holidays,
                i in self.spike_days,
            )
            self.progress(d)
            weekday = d.date.weekday()
            rng = self.rng
            if not d.holiday and (weekday in (1, 5) or (weekday == 3 and rng.random() < 0.4)):
                self.measure(d, heel_rises=weekday == 5)
            skip = 0.5 if d.flare > 1 else 0.12
            trained = not d.holiday and (
                (weekday in (0, 2, 4, 6) and rng.random() > skip)
                or (weekday == 5 and rng.random() < 0.1)
            )
            if trained:
                self.session(d)
            ran = self.run(d)
            if not d.holiday and rng.random() >= 0.1:  # else: no check-in that day
                self.check_in(d, active=trained or ran)
        return self.rows

    def progress(self, d: _Day) -> None:
        """The stage decisions a user of the app would have seen."""
        rng, i, events = self.rng, d.index, self.rows.events
        for f in self.flares:
            if i == f.start + 2 and self.stage > 1:
                self.stage -= 1
                reason = (
                    "Next-morning pain stayed above 3/10 for three days: back to stage "
                    f"{self.stage} while it settles."
                )
                events.append(_event(d.date, self.stage, "regress", reason))
                self.next_check = f.start + f.length + 14
                self.override_on = f.start + f.length + 7 if rng.random() < 0.5 else None
                return
            if f.start <= i < f.start + f.length:
                return
        if self.override_on is not None and i >= self.override_on:
            self.stage += 1
            self.override_on = None
            reason = f"Moved back up to stage {self.stage} before the suggestion: pain had settled."
            events.append(_event(d.date, self.stage, "override", reason))
            self.next_check = i + STAGE_ADVANCE_DAYS.get(self.stage, 10**9)
        elif self.stage < 4 and i >= self.next_check:
            if rng.random() < 0.3:
                reason = rng.choice(HOLD_REASONS)
                events.append(_event(d.date, self.stage, "hold", reason))
                self.next_check = i + 14
                return
            self.stage += 1
            reason = "The pain rules held for the last sessions and the test targets were met."
            events.append(_event(d.date, self.stage, "advance", reason))
            self.next_check = i + STAGE_ADVANCE_DAYS.get(self.stage, 10**9)

    def measure(self, d: _Day, *, heel_rises: bool) -> None:
        rng = self.rng
        at = datetime.combine(d.date, time(18, 0)) + timedelta(minutes=rng.randrange(0, 120))
        setback = 1 - 0.04 * d.flare  # a sore foot balances and rises a little worse
        g = _improve(d.index, 90)
        slow = _improve(d.index, 120)

        def add(kind: str, side: str, trial: int | None, value: float, offset_min: int) -> None:
            self.rows.measurements.append(
                {
                    "day": d.date,
                    "taken_at": at + timedelta(minutes=offset_min),
                    "kind": kind,
                    "side": side,
                    "trial": trial,
                    "value": value,
                    "note": "",
                }
            )

        for side, weaker in (("right", 0.0), ("left", 1.0)):
            for trial in (1, 2, 3):
                learning = 2.0 if trial == 1 else 0.0
                eo = (26 + 17 * g - 1.5 * weaker - learning) * setback + rng.gauss(0, 3.5)
                add("balance_eo", side, trial, round(max(3.0, min(45.0, eo)), 1), trial)
            for trial in (1, 2, 3):
                ec = (6 + 8 * g - 1.0 * weaker) * setback + rng.gauss(0, 2.0)
                add("balance_ec", side, trial, round(max(1.0, min(45.0, ec)), 1), 4 + trial)
            ktw = 10 + 2.8 * slow - 0.9 * weaker + rng.gauss(0, 0.4)
            add("knee_to_wall", side, None, round(max(0.0, ktw), 1), 8)
            if heel_rises:
                reps = (15 + 13 * slow - 2 * weaker) * setback + rng.gauss(0, 1.5)
                add("heel_rises", side, None, float(max(0, round(reps))), 10)

    def session(self, d: _Day) -> None:
        rng = self.rng
        self.session_id += 1
        templates = self.plan[self.stage]
        template = rng.choices(templates, weights=[t.per_week for t in templates])[0]
        started = datetime.combine(d.date, time(7, 0)) + timedelta(
            minutes=rng.choice((0, 660)) + rng.randrange(0, 90)
        )
        clock = started
        stop_at = len(template.exercises) // 2 if d.flare > 2 and rng.random() < 0.3 else None
        for n, ex in enumerate(template.exercises):
            if stop_at is not None and n >= stop_at:
                break
            sides = ("left", "right") if ex.unilateral else ("both",)
            for set_number in range(1, ex.sets + 1):
                for side in sides:
                    clock += timedelta(
                        seconds=(ex.duration_s or ex.hold_s or 3.0 * (ex.reps or 10))
                        + 30
                        + rng.randrange(0, 30)
                    )
                    self.rows.sets.append(self._set(ex, side, set_number, clock, d.flare))
        self.rows.sessions.append(
            {
                "id": self.session_id,
                "started_at": started,
                "ended_at": clock + timedelta(minutes=2),
                "template_id": template.id,
                "stage": self.stage,
                "status": "finished" if stop_at is None else "abandoned",
                "pain_during": _clamp_score(1 + d.flare + rng.gauss(0, 0.7)),
                "foot_fatigue": _clamp_score(3 + d.flare / 2 + rng.gauss(0, 1)),
                "rpe": _clamp_score(rng.gauss(5.5, 1.0)),
                "note": "Stopped early: heel sore."
                if stop_at is not None
                else (rng.choice(SESSION_NOTES) if rng.random() < 0.1 else ""),
            }
        )

    def _set(
        self, ex: DemoExercise, side: str, set_number: int, at: datetime, flare: float
    ) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        status = "skipped" if roll < 0.02 else "partial" if roll < 0.07 else "done"
        share = {"skipped": 0.0, "partial": 0.6, "done": 1.0}[status]
        done = status != "skipped"
        return {
            "session_id": self.session_id,
            "exercise_id": ex.id,
            "side": side,
            "set_number": set_number,
            "reps": round(ex.reps * share) if ex.reps else None,
            "hold_s": round(ex.hold_s * share, 1) if ex.hold_s else None,
            "duration_s": round(ex.duration_s * share, 1) if ex.duration_s else None,
            "load_kg": ex.load_kg,
            "rpe": _rpe(rng, set_number) if done else None,
            "pain": _clamp_score(flare * 0.6 + abs(rng.gauss(0, 0.8))) if done else None,
            "status": status,
            "logged_at": at,
        }

    def run(self, d: _Day) -> bool:
        rng, i = self.rng, d.index
        weekday = d.date.weekday()
        kinds = {1: ("easy", "strides", "tempo"), 3: ("easy", "hills"), 5: ("long",), 6: ("easy",)}
        if not d.spike:
            if weekday not in kinds:
                return False
            chance = 0.3 if d.holiday else 0.4 if weekday == 6 else 0.92
            if d.flare > 1:
                chance *= 0.4
            if rng.random() > chance:
                return False
        run_type = "long" if d.spike else rng.choice(kinds[weekday])
        factor = {"easy": 1.0, "strides": 0.8, "tempo": 0.9, "hills": 0.8, "long": 1.7}[run_type]
        distance = (5000 + 3000 * _improve(i, 200)) * factor * rng.uniform(0.9, 1.1)
        if d.spike:
            distance *= rng.uniform(1.4, 1.7)
        if d.flare > 1:
            distance *= 0.7
        pace = {"easy": 350, "strides": 345, "tempo": 290, "hills": 380, "long": 355}[run_type]
        pace_s = pace * (1.04 - 0.06 * _improve(i, 250)) * rng.uniform(0.97, 1.03)
        surfaces = {
            "easy": ("road", "road", "grass", "trail", "treadmill"),
            "strides": ("grass", "track"),
            "tempo": ("track", "road"),
            "hills": ("road", "trail"),
            "long": ("road", "trail"),
        }[run_type]
        surface = "trail" if d.holiday else rng.choice(surfaces)
        shoe = 3 if surface in ("trail", "grass") else (1 if i < self.shoe_retired_from else 2)
        note = ""
        if d.spike:
            note = "Trail race with friends, longest run in a while."
        elif run_type == "strides":
            note = "6 x 20 s strides at the end."
        pain = 0.5 + d.flare * 0.8 + (1.5 if d.spike else 0) + rng.gauss(0, 0.6)
        self.rows.runs.append(
            {
                "day": d.date,
                "distance_m": round(distance, -1),
                "duration_s": round(distance / 1000 * pace_s),
                "run_type": run_type,
                "surface": surface,
                "shoe_id": shoe,
                "pain_after": _clamp_score(pain),
                "note": note,
            }
        )
        return True

    def check_in(self, d: _Day, *, active: bool) -> None:
        rng, i = self.rng, d.index
        fsp = self.first_step_pain(i)
        note = ""
        if d.flare > 1.5 and rng.random() < 0.4:
            note = rng.choice(FLARE_NOTES)
        elif rng.random() < 0.05:
            note = rng.choice(CHECKIN_NOTES)
        during = _clamp_score(fsp * 0.6 + rng.gauss(0, 0.5))
        after = _clamp_score(fsp * 0.7 + 0.3 + rng.gauss(0, 0.5))
        self.rows.checkins.append(
            {
                "day": d.date,
                "first_step_pain": fsp,
                "pain_during": during if active else None,
                "pain_after": after if active else None,
                "next_morning_pain": self.first_step_pain(i + 1) if i + 1 < self.n_days else None,
                "stiffness": _clamp_score(fsp * 0.8 + rng.gauss(0.5, 0.7)),
                "foot_fatigue": _clamp_score(
                    1.5 + (1.5 if active else 0) + d.flare / 2 + rng.gauss(0, 0.8)
                ),
                "sleep_h": max(4.0, min(10.0, round(rng.gauss(7.2, 0.6) * 2) / 2)),
                "note": note,
            }
        )


def templates_from_catalog(catalog: Catalog) -> list[DemoTemplate]:
    """The program's real templates and doses, so demo sessions look like real ones."""
    out = []
    for stage in catalog.program.stages:
        for template in stage.templates:
            exercises = []
            for item in template.items:
                ex = catalog.exercises[item.exercise_id]
                exercises.append(
                    DemoExercise(
                        ex.id,
                        unilateral=ex.sides == "each",
                        sets=item.sets or ex.dose.sets,
                        reps=item.reps or ex.dose.reps,
                        hold_s=item.hold_s or ex.dose.hold_s,
                        duration_s=item.duration_s or ex.dose.duration_s,
                    )
                )
            out.append(
                DemoTemplate(template.id, stage.number, tuple(exercises), template.per_week or 1)
            )
        # The heel-raise track runs beside every stage's templates (every other day).
        heel = catalog.program.heel_raise_schedule
        first = heel.prescription(0)
        raise_ = DemoExercise(
            heel.exercise_id, unilateral=True, sets=first.sets, reps=first.reps_rm
        )
        out.append(DemoTemplate("heel-raise-day", stage.number, (raise_,), per_week=3))
    return out
