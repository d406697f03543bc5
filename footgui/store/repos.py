"""What the UI and the command line call to read and write the user's entries.

Each function is one short transaction, so a crash loses at most the entry
being typed. Functions return ORM objects that are detached but fully loaded
(the database's sessions do not expire on commit): read their attributes
freely, but change data only through these functions. Relationships are
loaded only where a function says so (``get_session`` loads ``sets``).

Arguments are checked here (ValueError with a readable message) before the
database's CHECK constraints would reject them with an IntegrityError.
Optional keyword arguments of the ``update_*`` functions default to UNSET,
which means "leave as it is"; ``None`` clears a nullable field.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, selectinload

from footgui.store.db import Database
from footgui.store.models import (
    FEET,
    HEEL_COUNTERS,
    MEASUREMENT_KINDS,
    MIDFOOT_SUPPORTS,
    OUTSOLE_FIRMNESS,
    RUN_TYPES,
    SCORE_MAX,
    SESSION_STATUSES,
    SET_SIDES,
    SET_STATUSES,
    SEXES,
    STAGE_EVENT_KINDS,
    STAGES,
    SURFACES,
    UNITS,
    USER_TABLES,
    Base,
    CheckIn,
    Foot,
    HeelCounter,
    Measurement,
    MeasurementKind,
    MidfootSupport,
    OutsoleFirmness,
    Profile,
    Run,
    RunType,
    SessionStatus,
    SetLog,
    SetSide,
    SetStatus,
    Sex,
    Shoe,
    StageEvent,
    StageEventKind,
    Surface,
    TrainingSession,
    Units,
)


class _Unset(enum.Enum):
    UNSET = "UNSET"


UNSET = _Unset.UNSET
"""Default of update arguments: leave the stored value alone."""

_M = TypeVar("_M", bound=Base)


# -- validation -------------------------------------------------------------


def _check_score(name: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= SCORE_MAX:
        raise ValueError(f"{name} must be between 0 and {SCORE_MAX}, not {value}")


def _check_choice(name: str, value: object, choices: Sequence[object]) -> None:
    if value is not None and value not in choices:
        listed = ", ".join(str(c) for c in choices)
        raise ValueError(f"{name} must be one of {listed}, not {value!r}")


def _check_min(name: str, value: float | None, low: float) -> None:
    if value is not None and value < low:
        raise ValueError(f"{name} must be at least {low}, not {value}")


def _check_range(name: str, value: float | None, low: float, high: float) -> None:
    if value is not None and not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, not {value}")


def _apply(obj: Base, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if value is not UNSET:
            setattr(obj, name, value)


def _get(session: Session, model: type[_M], key: int) -> _M:
    obj = session.get(model, key)
    if obj is None:
        raise LookupError(f"no {model.__tablename__} with id {key}")
    return obj


# -- profile ----------------------------------------------------------------


def _profile(session: Session) -> Profile:
    profile = session.get(Profile, 1)
    if profile is None:
        profile = Profile(id=1, current_stage=1, units="metric")
        session.add(profile)
        session.flush()
    return profile


def get_profile(db: Database) -> Profile:
    """The profile, created with defaults (stage 1, metric) on first use."""
    with db.session() as session:
        return _profile(session)


def update_profile(
    db: Database,
    *,
    age: int | _Unset | None = UNSET,
    sex: Sex | _Unset | None = UNSET,
    dominant_foot: Foot | _Unset | None = UNSET,
    program_start: date | _Unset | None = UNSET,
    current_stage: int | _Unset = UNSET,
    units: Units | _Unset = UNSET,
) -> Profile:
    if not isinstance(age, _Unset):
        _check_range("age", age, 5, 120)
    if not isinstance(sex, _Unset):
        _check_choice("sex", sex, SEXES)
    if not isinstance(dominant_foot, _Unset):
        _check_choice("dominant foot", dominant_foot, FEET)
    if not isinstance(current_stage, _Unset):
        _check_choice("stage", current_stage, STAGES)
    if not isinstance(units, _Unset):
        _check_choice("units", units, UNITS)
    with db.session() as session:
        profile = _profile(session)
        _apply(
            profile,
            {
                "age": age,
                "sex": sex,
                "dominant_foot": dominant_foot,
                "program_start": program_start,
                "current_stage": current_stage,
                "units": units,
            },
        )
        return profile


# -- check-ins --------------------------------------------------------------

_CHECKIN_SCORES = (
    "first_step_pain",
    "pain_during",
    "pain_after",
    "next_morning_pain",
    "stiffness",
    "foot_fatigue",
)


def upsert_checkin(
    db: Database,
    day: date,
    *,
    first_step_pain: int | _Unset | None = UNSET,
    pain_during: int | _Unset | None = UNSET,
    pain_after: int | _Unset | None = UNSET,
    next_morning_pain: int | _Unset | None = UNSET,
    stiffness: int | _Unset | None = UNSET,
    foot_fatigue: int | _Unset | None = UNSET,
    sleep_h: float | _Unset | None = UNSET,
    note: str | _Unset = UNSET,
) -> CheckIn:
    """Create the day's check-in or change the given fields of the existing one."""
    changes: dict[str, Any] = {
        "first_step_pain": first_step_pain,
        "pain_during": pain_during,
        "pain_after": pain_after,
        "next_morning_pain": next_morning_pain,
        "stiffness": stiffness,
        "foot_fatigue": foot_fatigue,
        "sleep_h": sleep_h,
        "note": note,
    }
    for name in _CHECKIN_SCORES:
        if changes[name] is not UNSET:
            _check_score(name.replace("_", " "), changes[name])
    if not isinstance(sleep_h, _Unset):
        _check_range("sleep", sleep_h, 0, 24)
    with db.session() as session:
        checkin = session.scalars(select(CheckIn).where(CheckIn.day == day)).one_or_none()
        if checkin is None:
            checkin = CheckIn(day=day, note="")
            session.add(checkin)
        _apply(checkin, changes)
        session.flush()
        return checkin


def get_checkin(db: Database, day: date) -> CheckIn | None:
    with db.session() as session:
        return session.scalars(select(CheckIn).where(CheckIn.day == day)).one_or_none()


def list_checkins(
    db: Database, *, since: date | None = None, until: date | None = None
) -> list[CheckIn]:
    """Check-ins from ``since`` to ``until`` (both included), oldest first."""
    query = select(CheckIn).order_by(CheckIn.day)
    if since is not None:
        query = query.where(CheckIn.day >= since)
    if until is not None:
        query = query.where(CheckIn.day <= until)
    with db.session() as session:
        return list(session.scalars(query))


def delete_checkin(db: Database, day: date) -> bool:
    """Delete the day's check-in; False when there was none."""
    with db.session() as session:
        checkin = session.scalars(select(CheckIn).where(CheckIn.day == day)).one_or_none()
        if checkin is None:
            return False
        session.delete(checkin)
        return True


# -- measurements -----------------------------------------------------------


def _check_measurement(kind: str, side: str, value: float) -> None:
    _check_choice("measurement", kind, MEASUREMENT_KINDS)
    _check_choice("side", side, FEET)
    _check_min("value", value, 0)


def add_measurement(
    db: Database,
    *,
    kind: MeasurementKind,
    side: Foot,
    value: float,
    day: date | None = None,
    taken_at: datetime | None = None,
    trial: int | None = None,
    note: str = "",
) -> Measurement:
    """One result; ``day`` and ``taken_at`` default to now."""
    _check_measurement(kind, side, value)
    _check_min("trial", trial, 1)
    taken_at = taken_at or datetime.now()
    row = Measurement(
        kind=kind,
        side=side,
        value=value,
        day=day or taken_at.date(),
        taken_at=taken_at,
        trial=trial,
        note=note,
    )
    with db.session() as session:
        session.add(row)
        session.flush()
        return row


def add_trials(
    db: Database,
    *,
    kind: MeasurementKind,
    side: Foot,
    values: Sequence[float],
    day: date | None = None,
    taken_at: datetime | None = None,
    note: str = "",
) -> list[Measurement]:
    """The trials of one test on one side (numbered 1..n), saved together."""
    for value in values:
        _check_measurement(kind, side, value)
    taken_at = taken_at or datetime.now()
    rows = [
        Measurement(
            kind=kind,
            side=side,
            value=value,
            day=day or taken_at.date(),
            taken_at=taken_at,
            trial=number,
            note=note,
        )
        for number, value in enumerate(values, start=1)
    ]
    with db.session() as session:
        session.add_all(rows)
        session.flush()
        return rows


def list_measurements(
    db: Database,
    kind: MeasurementKind | None = None,
    side: Foot | None = None,
    since: date | None = None,
) -> list[Measurement]:
    """Measurements oldest first (by day, time, trial), optionally filtered."""
    query = select(Measurement).order_by(
        Measurement.day, Measurement.taken_at, Measurement.side, Measurement.trial, Measurement.id
    )
    if kind is not None:
        query = query.where(Measurement.kind == kind)
    if side is not None:
        query = query.where(Measurement.side == side)
    if since is not None:
        query = query.where(Measurement.day >= since)
    with db.session() as session:
        return list(session.scalars(query))


def delete_measurement(db: Database, measurement_id: int) -> None:
    with db.session() as session:
        session.delete(_get(session, Measurement, measurement_id))


# -- shoes ------------------------------------------------------------------


def _check_shoe(
    drop_mm: float | _Unset | None,
    stack_mm: float | _Unset | None,
    outsole_firmness: object,
    heel_counter: object,
    midfoot_support: object,
) -> None:
    if not isinstance(drop_mm, _Unset):
        _check_range("drop", drop_mm, -10, 30)
    if not isinstance(stack_mm, _Unset):
        _check_range("stack height", stack_mm, 0, 80)
    if outsole_firmness is not UNSET:
        _check_choice("outsole firmness", outsole_firmness, OUTSOLE_FIRMNESS)
    if heel_counter is not UNSET:
        _check_choice("heel counter", heel_counter, HEEL_COUNTERS)
    if midfoot_support is not UNSET:
        _check_choice("midfoot support", midfoot_support, MIDFOOT_SUPPORTS)


def add_shoe(
    db: Database,
    name: str,
    *,
    drop_mm: float | None = None,
    stack_mm: float | None = None,
    outsole_firmness: OutsoleFirmness | None = None,
    heel_counter: HeelCounter | None = None,
    midfoot_support: MidfootSupport | None = None,
    retired: bool = False,
    note: str = "",
) -> Shoe:
    if not name.strip():
        raise ValueError("a shoe needs a name")
    _check_shoe(drop_mm, stack_mm, outsole_firmness, heel_counter, midfoot_support)
    shoe = Shoe(
        name=name.strip(),
        drop_mm=drop_mm,
        stack_mm=stack_mm,
        outsole_firmness=outsole_firmness,
        heel_counter=heel_counter,
        midfoot_support=midfoot_support,
        retired=retired,
        note=note,
    )
    with db.session() as session:
        session.add(shoe)
        session.flush()
        return shoe


def list_shoes(db: Database, *, include_retired: bool = True) -> list[Shoe]:
    """Shoes in use first, then retired ones; by name within each."""
    query = select(Shoe).order_by(Shoe.retired, Shoe.name, Shoe.id)
    if not include_retired:
        query = query.where(Shoe.retired.is_(False))
    with db.session() as session:
        return list(session.scalars(query))


def update_shoe(
    db: Database,
    shoe_id: int,
    *,
    name: str | _Unset = UNSET,
    drop_mm: float | _Unset | None = UNSET,
    stack_mm: float | _Unset | None = UNSET,
    outsole_firmness: OutsoleFirmness | _Unset | None = UNSET,
    heel_counter: HeelCounter | _Unset | None = UNSET,
    midfoot_support: MidfootSupport | _Unset | None = UNSET,
    retired: bool | _Unset = UNSET,
    note: str | _Unset = UNSET,
) -> Shoe:
    """Change the given fields; LookupError if the shoe is gone."""
    if not isinstance(name, _Unset):
        if not name.strip():
            raise ValueError("a shoe needs a name")
        name = name.strip()
    _check_shoe(drop_mm, stack_mm, outsole_firmness, heel_counter, midfoot_support)
    with db.session() as session:
        shoe = _get(session, Shoe, shoe_id)
        _apply(
            shoe,
            {
                "name": name,
                "drop_mm": drop_mm,
                "stack_mm": stack_mm,
                "outsole_firmness": outsole_firmness,
                "heel_counter": heel_counter,
                "midfoot_support": midfoot_support,
                "retired": retired,
                "note": note,
            },
        )
        return shoe


def delete_shoe(db: Database, shoe_id: int) -> None:
    """Delete a shoe; its runs stay and lose the link (ON DELETE SET NULL)."""
    with db.session() as session:
        session.delete(_get(session, Shoe, shoe_id))


# -- runs -------------------------------------------------------------------


def add_run(
    db: Database,
    *,
    day: date,
    distance_m: float,
    duration_s: float | None = None,
    run_type: RunType = "easy",
    surface: Surface | None = None,
    shoe_id: int | None = None,
    pain_after: int | None = None,
    note: str = "",
) -> Run:
    _check_min("distance", distance_m, 0)
    _check_min("duration", duration_s, 0)
    _check_choice("run type", run_type, RUN_TYPES)
    _check_choice("surface", surface, SURFACES)
    _check_score("pain after", pain_after)
    run = Run(
        day=day,
        distance_m=distance_m,
        duration_s=duration_s,
        run_type=run_type,
        surface=surface,
        shoe_id=shoe_id,
        pain_after=pain_after,
        note=note,
    )
    with db.session() as session:
        if shoe_id is not None:
            _get(session, Shoe, shoe_id)
        session.add(run)
        session.flush()
        return run


def list_runs(db: Database, *, since: date | None = None, until: date | None = None) -> list[Run]:
    """Runs from ``since`` to ``until`` (both included), oldest first."""
    query = select(Run).order_by(Run.day, Run.id)
    if since is not None:
        query = query.where(Run.day >= since)
    if until is not None:
        query = query.where(Run.day <= until)
    with db.session() as session:
        return list(session.scalars(query))


def delete_run(db: Database, run_id: int) -> None:
    with db.session() as session:
        session.delete(_get(session, Run, run_id))


# -- training sessions --------------------------------------------------------


def start_session(
    db: Database, template_id: str, stage: int, *, started_at: datetime | None = None
) -> TrainingSession:
    """Record a session as in progress; its sets are then logged one by one."""
    _check_choice("stage", stage, STAGES)
    row = TrainingSession(
        template_id=template_id,
        stage=stage,
        started_at=started_at or datetime.now(),
        status="in_progress",
        note="",
    )
    with db.session() as session:
        session.add(row)
        session.flush()
        return row


def log_set(
    db: Database,
    session_id: int,
    exercise_id: str,
    *,
    set_number: int,
    side: SetSide = "both",
    reps: int | None = None,
    hold_s: float | None = None,
    duration_s: float | None = None,
    load_kg: float | None = None,
    rpe: int | None = None,
    pain: int | None = None,
    status: SetStatus = "done",
    logged_at: datetime | None = None,
) -> SetLog:
    """Save one set at once (its own commit), so a crash mid-session keeps it."""
    _check_choice("side", side, SET_SIDES)
    _check_min("set number", set_number, 1)
    _check_min("reps", reps, 0)
    _check_min("hold", hold_s, 0)
    _check_min("duration", duration_s, 0)
    _check_min("load", load_kg, 0)
    _check_score("RPE", rpe)
    _check_score("pain", pain)
    _check_choice("set status", status, SET_STATUSES)
    row = SetLog(
        session_id=session_id,
        exercise_id=exercise_id,
        side=side,
        set_number=set_number,
        reps=reps,
        hold_s=hold_s,
        duration_s=duration_s,
        load_kg=load_kg,
        rpe=rpe,
        pain=pain,
        status=status,
        logged_at=logged_at or datetime.now(),
    )
    with db.session() as session:
        _get(session, TrainingSession, session_id)
        session.add(row)
        session.flush()
        return row


def finish_session(
    db: Database,
    session_id: int,
    *,
    status: SessionStatus = "finished",
    ended_at: datetime | None = None,
    pain_during: int | _Unset | None = UNSET,
    foot_fatigue: int | _Unset | None = UNSET,
    rpe: int | _Unset | None = UNSET,
    note: str | _Unset = UNSET,
) -> TrainingSession:
    """End a session as finished or abandoned, with the user's ratings."""
    _check_choice("session status", status, SESSION_STATUSES)
    for name, value in (("pain", pain_during), ("foot fatigue", foot_fatigue), ("RPE", rpe)):
        if not isinstance(value, _Unset):
            _check_score(name, value)
    with db.session() as session:
        row = _get(session, TrainingSession, session_id)
        row.status = status
        row.ended_at = ended_at or datetime.now()
        _apply(
            row,
            {"pain_during": pain_during, "foot_fatigue": foot_fatigue, "rpe": rpe, "note": note},
        )
        return row


def get_session(db: Database, session_id: int) -> TrainingSession | None:
    """A session with its ``sets`` loaded."""
    with db.session() as session:
        return session.scalars(
            select(TrainingSession)
            .where(TrainingSession.id == session_id)
            .options(selectinload(TrainingSession.sets))
        ).one_or_none()


def list_sessions(
    db: Database,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    status: SessionStatus | None = None,
    with_sets: bool = False,
) -> list[TrainingSession]:
    """Sessions started in [since, until), oldest first; ``sets`` loaded only if asked."""
    query = select(TrainingSession).order_by(TrainingSession.started_at, TrainingSession.id)
    if since is not None:
        query = query.where(TrainingSession.started_at >= since)
    if until is not None:
        query = query.where(TrainingSession.started_at < until)
    if status is not None:
        query = query.where(TrainingSession.status == status)
    if with_sets:
        query = query.options(selectinload(TrainingSession.sets))
    with db.session() as session:
        return list(session.scalars(query))


def delete_session(db: Database, session_id: int) -> None:
    """Delete a session and (ON DELETE CASCADE) its sets."""
    with db.session() as session:
        session.delete(_get(session, TrainingSession, session_id))


# -- stage events -------------------------------------------------------------


def add_stage_event(
    db: Database,
    *,
    day: date,
    stage: int,
    kind: StageEventKind,
    reason: str = "",
    template_id: str | None = None,
) -> StageEvent:
    """Record a stage decision and make ``stage`` the profile's current stage.

    Both happen in one transaction, so the profile never disagrees with the
    latest event.
    """
    _check_choice("stage", stage, STAGES)
    _check_choice("stage event", kind, STAGE_EVENT_KINDS)
    event = StageEvent(day=day, stage=stage, kind=kind, reason=reason, template_id=template_id)
    with db.session() as session:
        session.add(event)
        _profile(session).current_stage = stage
        session.flush()
        return event


def list_stage_events(db: Database) -> list[StageEvent]:
    """Stage events oldest first (by day, then in the order they were recorded)."""
    with db.session() as session:
        return list(session.scalars(select(StageEvent).order_by(StageEvent.day, StageEvent.id)))


# -- overview -------------------------------------------------------------------


def count_entries(db: Database) -> dict[str, int]:
    """Rows per user table (table name -> count); the profile is settings, not entries."""
    with db.session() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in USER_TABLES
        }


def has_user_data(db: Database) -> bool:
    """Whether any entry exists (cheap: stops at the first row of each table)."""
    with db.session() as session:
        return any(
            session.scalar(select(literal(1)).select_from(model).limit(1)) is not None
            for model in USER_TABLES
        )
