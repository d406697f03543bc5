"""The rows the physio report reads, as plain ``core.report_data`` inputs.

Queries ask only for the columns the report uses and for the range (stage
events and the profile are read whole: the stage on the range's first day
depends on what happened before it). Everything leaves as frozen
dataclasses, so the report is built and drawn with no session open.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from footgui.core.history import (
    CheckInEntry,
    MeasurementEntry,
    ProfileEntry,
    RunEntry,
    SessionEntry,
    StageEventEntry,
)
from footgui.core.report_data import PlannedTemplate, ReportInputs
from footgui.store.db import Database
from footgui.store.models import CheckIn, Measurement, Profile, Run, StageEvent, TrainingSession


def load_report_inputs(
    db: Database,
    start: date,
    end: date,
    plan: tuple[PlannedTemplate, ...] = (),
    stage_names: dict[int, str] | None = None,
) -> ReportInputs:
    """Rows dated ``start``..``end`` inclusive, plus the whole stage history and the profile."""
    after_end = end + timedelta(days=1)
    with db.engine.connect() as conn:
        p = conn.execute(
            select(
                Profile.age,
                Profile.sex,
                Profile.dominant_foot,
                Profile.program_start,
                Profile.current_stage,
            ).where(Profile.id == 1)
        ).first()
        profile = (
            ProfileEntry()
            if p is None
            else ProfileEntry(
                age=p.age,
                sex=p.sex,
                dominant_foot=p.dominant_foot,
                program_start=p.program_start,
                current_stage=p.current_stage or 1,
            )
        )
        measurements = tuple(
            MeasurementEntry(r.day, r.kind, r.side, float(r.value))
            for r in conn.execute(
                select(Measurement.day, Measurement.kind, Measurement.side, Measurement.value)
                .where(Measurement.day >= start, Measurement.day <= end)
                .order_by(Measurement.day, Measurement.id)
            )
        )
        checkins = tuple(
            CheckInEntry(
                r.day,
                r.first_step_pain,
                r.pain_during,
                r.pain_after,
                r.next_morning_pain,
                r.stiffness,
                note=r.note or "",
            )
            for r in conn.execute(
                select(
                    CheckIn.day,
                    CheckIn.first_step_pain,
                    CheckIn.pain_during,
                    CheckIn.pain_after,
                    CheckIn.next_morning_pain,
                    CheckIn.stiffness,
                    CheckIn.note,
                )
                .where(CheckIn.day >= start, CheckIn.day <= end)
                .order_by(CheckIn.day)
            )
        )
        sessions = tuple(
            SessionEntry(
                r.started_at.date(), r.template_id, int(r.stage), str(r.status), r.pain_during
            )
            for r in conn.execute(
                select(
                    TrainingSession.started_at,
                    TrainingSession.template_id,
                    TrainingSession.stage,
                    TrainingSession.status,
                    TrainingSession.pain_during,
                )
                .where(
                    TrainingSession.started_at >= start,
                    TrainingSession.started_at < after_end,
                )
                .order_by(TrainingSession.started_at)
            )
        )
        runs = tuple(
            RunEntry(r.day, float(r.distance_m), pain_after=r.pain_after)
            for r in conn.execute(
                select(Run.day, Run.distance_m, Run.pain_after)
                .where(Run.day >= start, Run.day <= end)
                .order_by(Run.day, Run.id)
            )
        )
        events = tuple(
            StageEventEntry(r.day, int(r.stage), str(r.kind), r.reason or "")
            for r in conn.execute(
                select(
                    StageEvent.day, StageEvent.stage, StageEvent.kind, StageEvent.reason
                ).order_by(StageEvent.day, StageEvent.id)
            )
        )
        conn.rollback()
    return ReportInputs(
        profile=profile,
        measurements=measurements,
        checkins=checkins,
        sessions=sessions,
        runs=runs,
        stage_events=events,
        plan=plan,
        stage_names=stage_names or {},
    )


def data_span(db: Database) -> tuple[date, date] | None:
    """The first and last day with any entry, for suggesting a range; None when empty."""
    firsts: list[date] = []
    lasts: list[date] = []
    with db.engine.connect() as conn:
        for column in (Measurement.day, CheckIn.day, Run.day):
            lo, hi = conn.execute(select(func.min(column), func.max(column))).one()
            if lo is not None:
                firsts.append(lo)
                lasts.append(hi)
        lo, hi = conn.execute(
            select(func.min(TrainingSession.started_at), func.max(TrainingSession.started_at))
        ).one()
        if lo is not None:
            firsts.append(lo.date())
            lasts.append(hi.date())
        conn.rollback()
    if not firsts:
        return None
    return min(firsts), max(lasts)
