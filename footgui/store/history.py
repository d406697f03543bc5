"""The diary snapshot the progression engine decides from, and its stage decisions.

The Today page builds a snapshot at startup, so it reads only what the rules
look at: the last ``HISTORY_DAYS`` of check-ins, sessions and runs, a year of
test results (a gate may rest on an older test), every stage event (a few
rows) and the profile. Columns are selected directly (no ORM objects), and
the per-exercise summary of each session is one grouped query.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from types import MappingProxyType

from sqlalchemy import case, func, select

from footgui.core.history import (
    CheckInEntry,
    DiaryHistory,
    ExerciseDone,
    MeasurementEntry,
    ProfileEntry,
    RunEntry,
    SessionEntry,
    StageEventEntry,
)
from footgui.store.db import Database
from footgui.store.models import (
    CheckIn,
    Measurement,
    Profile,
    Run,
    SetLog,
    StageEvent,
    StageEventKind,
    TrainingSession,
)
from footgui.store.repos import add_stage_event, update_profile

#: Days of check-ins, sessions and runs in a snapshot: the widest window any
#: rule looks back over (usual pain 28 + 7 days, stall 3 weeks before a
#: baseline, a 30-day run window before a run of the last week) with room.
HISTORY_DAYS = 120
#: Test results reach further back: a stage gate may rest on an older test.
MEASUREMENT_DAYS = 365


def load_history(db: Database, today: date, *, days: int = HISTORY_DAYS) -> DiaryHistory:
    since = today - timedelta(days=days)
    with db.session() as s:
        checkins = tuple(
            CheckInEntry(*row)
            for row in s.execute(
                select(
                    CheckIn.day,
                    CheckIn.first_step_pain,
                    CheckIn.pain_during,
                    CheckIn.pain_after,
                    CheckIn.next_morning_pain,
                    CheckIn.stiffness,
                    CheckIn.foot_fatigue,
                )
                .where(CheckIn.day >= since, CheckIn.day <= today)
                .order_by(CheckIn.day)
            )
        )
        measurements = tuple(
            MeasurementEntry(day, kind, side, value, trial)
            for day, kind, side, value, trial in s.execute(
                select(
                    Measurement.day,
                    Measurement.kind,
                    Measurement.side,
                    Measurement.value,
                    Measurement.trial,
                )
                .where(
                    Measurement.day >= today - timedelta(days=MEASUREMENT_DAYS),
                    Measurement.day <= today,
                )
                .order_by(Measurement.day, Measurement.id)
            )
        )
        start = datetime.combine(since, time.min)
        end = datetime.combine(today + timedelta(days=1), time.min)
        done: dict[int, dict[str, ExerciseDone]] = {}
        for session_id, exercise_id, sets, reps, pain in s.execute(
            select(
                SetLog.session_id,
                SetLog.exercise_id,
                func.sum(case((SetLog.status == "skipped", 0), else_=1)),
                func.coalesce(func.sum(SetLog.reps), 0),
                func.max(SetLog.pain),
            )
            .join(TrainingSession, TrainingSession.id == SetLog.session_id)
            .where(TrainingSession.started_at >= start, TrainingSession.started_at < end)
            .where(SetLog.status != "skipped")
            .group_by(SetLog.session_id, SetLog.exercise_id)
        ):
            done.setdefault(session_id, {})[exercise_id] = ExerciseDone(
                int(sets or 0), int(reps or 0), pain
            )
        sessions = tuple(
            SessionEntry(
                started.date(),
                template_id,
                stage,
                status,
                pain_during,
                MappingProxyType(done.get(session_id, {})),
            )
            for session_id, started, template_id, stage, status, pain_during in s.execute(
                select(
                    TrainingSession.id,
                    TrainingSession.started_at,
                    TrainingSession.template_id,
                    TrainingSession.stage,
                    TrainingSession.status,
                    TrainingSession.pain_during,
                )
                .where(TrainingSession.started_at >= start, TrainingSession.started_at < end)
                .order_by(TrainingSession.started_at, TrainingSession.id)
            )
        )
        runs = tuple(
            RunEntry(*row)
            for row in s.execute(
                select(Run.day, Run.distance_m, Run.duration_s, Run.run_type, Run.pain_after)
                .where(Run.day >= since, Run.day <= today)
                .order_by(Run.day, Run.id)
            )
        )
        events = tuple(
            StageEventEntry(*row)
            for row in s.execute(
                select(
                    StageEvent.day,
                    StageEvent.stage,
                    StageEvent.kind,
                    StageEvent.reason,
                    StageEvent.template_id,
                )
                .where(StageEvent.day <= today)
                .order_by(StageEvent.day, StageEvent.id)
            )
        )
        row = s.execute(
            select(Profile.age, Profile.sex, Profile.current_stage, Profile.program_start)
        ).first()
    profile = (
        ProfileEntry(row.age, row.sex, row.current_stage or 1, row.program_start)
        if row is not None
        else None
    )
    return DiaryHistory(since, checkins, measurements, sessions, runs, events, profile)


def record_stage_event(
    db: Database,
    *,
    day: date,
    stage: int,
    kind: StageEventKind,
    reason: str,
    template_id: str | None = None,
) -> None:
    """Record a stage decision (the profile's current stage follows it).

    The first decision also sets the program's start day, so the week plan
    knows from when sessions were due.
    """
    add_stage_event(
        db, day=day, stage=stage, kind=kind, reason=reason.strip(), template_id=template_id
    )
    with db.session() as s:
        start = s.execute(select(Profile.program_start)).scalar_one_or_none()
    if start is None:
        update_profile(db, program_start=day)


def record_session_choice(
    db: Database, *, day: date, stage: int, template_id: str, reason: str
) -> None:
    """The user picked another session for ``day``: an "override" event the engine reads back."""
    record_stage_event(
        db,
        day=day,
        stage=stage,
        kind="override",
        reason=reason,
        template_id=template_id,
    )
