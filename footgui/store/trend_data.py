"""Everything the Trends page plots, read in a few narrow queries as numpy arrays.

Ten years of daily entries are ~60,000 measurement rows; building ORM objects
for them would cost most of the page's open-time budget. So each query asks
only for a day number and a value, lets SQLite turn dates into days since
1970 (``julianday``), and streams rows into typed arrays. Reducing trials to
a day's best is left to ``core.series`` so that rule is tested in one place.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Executable, Integer, cast, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from footgui.core import series
from footgui.store.db import Database
from footgui.store.models import (
    MEASUREMENT_KINDS,
    CheckIn,
    Measurement,
    Profile,
    Run,
    StageEvent,
    TrainingSession,
)

log = logging.getLogger(__name__)

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
PAIN_FIELDS: tuple[str, ...] = (
    "first_step_pain",
    "pain_during",
    "pain_after",
    "next_morning_pain",
)
SIDES: tuple[str, ...] = ("left", "right")
_UNIX_EPOCH_JULIAN = 2440587.5
_PAIR = np.dtype([("day", np.int64), ("value", np.float64)])


@dataclass(frozen=True)
class DayValues:
    """Parallel arrays, days ascending (days since 1970-01-01)."""

    days: IntArray
    values: FloatArray

    @classmethod
    def empty(cls) -> DayValues:
        return cls(np.empty(0, np.int64), np.empty(0, np.float64))

    def __len__(self) -> int:
        return int(self.days.size)


@dataclass(frozen=True)
class StageEventRow:
    day: int
    stage: int
    kind: str
    reason: str


@dataclass(frozen=True)
class TrendData:
    """The whole diary in chart-ready form.

    ``best`` is the best trial of each day per (kind, side). Sessions count
    only those that ended (finished or stopped early): an in-progress session
    has no length yet.
    """

    best: dict[tuple[str, str], DayValues]
    pain: dict[str, DayValues]
    session_minutes: DayValues
    runs_m: DayValues
    stage_events: tuple[StageEventRow, ...]
    age: int | None
    sex: str | None
    first_day: int | None = None
    last_day: int | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def has_measurements(self, *kinds: str) -> bool:
        return any(len(self.best[(k, s)]) for k in kinds for s in SIDES)


def _day(column: QueryableAttribute[Any]) -> ColumnElement[int]:
    return cast(func.julianday(column) - _UNIX_EPOCH_JULIAN, Integer)


def _pairs(conn: Connection, statement: Executable) -> DayValues:
    result = conn.execute(statement)
    rows = np.array(result.cursor.fetchall(), dtype=_PAIR)  # sqlite3 rows are plain tuples
    order = np.argsort(rows["day"], kind="stable")
    return DayValues(
        np.ascontiguousarray(rows["day"][order]), np.ascontiguousarray(rows["value"][order])
    )


def load_trend_data(db: Database) -> TrendData:
    """Read every series the charts need in one read transaction."""
    trial_count = 0
    best: dict[tuple[str, str], DayValues] = {}
    pain: dict[str, DayValues] = {}
    with db.engine.connect() as conn:
        for kind in MEASUREMENT_KINDS:
            for side in SIDES:
                raw = _pairs(
                    conn,
                    select(_day(Measurement.day), Measurement.value)
                    .where(Measurement.kind == kind, Measurement.side == side)
                    .order_by(Measurement.day),
                )
                trial_count += len(raw)
                days, values = series.best_of_day(raw.days, raw.values)
                best[(kind, side)] = DayValues(days, values)
        for name in PAIN_FIELDS:
            column = getattr(CheckIn, name)
            pain[name] = _pairs(
                conn,
                select(_day(CheckIn.day), column).where(column.is_not(None)).order_by(CheckIn.day),
            )
        minutes = (
            func.julianday(TrainingSession.ended_at) - func.julianday(TrainingSession.started_at)
        ) * 1440.0
        session_minutes = _pairs(
            conn,
            select(_day(TrainingSession.started_at), minutes)
            .where(TrainingSession.ended_at.is_not(None))
            .where(TrainingSession.status != "in_progress")
            .order_by(TrainingSession.started_at),
        )
        runs = _pairs(conn, select(_day(Run.day), Run.distance_m).order_by(Run.day, Run.id))
        events = tuple(
            StageEventRow(int(d), int(s), str(k), str(r or ""))
            for d, s, k, r in conn.execute(
                select(
                    _day(StageEvent.day), StageEvent.stage, StageEvent.kind, StageEvent.reason
                ).order_by(StageEvent.day, StageEvent.id)
            )
        )
        profile = conn.execute(select(Profile.age, Profile.sex).where(Profile.id == 1)).first()
        conn.rollback()
    everything = [dv.days for dv in (*best.values(), *pain.values(), session_minutes, runs)]
    everything.append(np.array([e.day for e in events], np.int64))
    nonempty = [d for d in everything if d.size]
    first = min(int(d[0]) for d in nonempty) if nonempty else None
    last = max(int(d[-1]) for d in nonempty) if nonempty else None
    counts = {
        "measurement": trial_count,
        "checkin_values": sum(len(v) for v in pain.values()),
        "session": len(session_minutes),
        "run": len(runs),
        "stage_event": len(events),
    }
    return TrendData(
        best=best,
        pain=pain,
        session_minutes=session_minutes,
        runs_m=runs,
        stage_events=events,
        age=None if profile is None or profile[0] is None else int(profile[0]),
        sex=None if profile is None else profile[1],
        first_day=first,
        last_day=last,
        counts=counts,
    )
