"""The database tables, as typed SQLAlchemy models.

Values are stored in SI units (metres, seconds, kilograms); the profile's
``units`` only changes how the UI shows them. Datetimes are naive local
wall-clock time (what the user saw on the clock), because the diary is read
by day and a training day ends at the user's midnight, not UTC's.

Ranges and choices are CHECK constraints so that a bug in any caller cannot
store a pain of 11 or a side called "lft"; the Python ``Literal`` types carry
the same choices for mypy. Every constraint is named (through the metadata's
naming convention) so that Alembic can find it again in a later migration.

Changing anything here needs a new migration in ``migrations/versions``; a
test compares these models with the migrated schema.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Sex = Literal["female", "male"]
Foot = Literal["left", "right"]
Units = Literal["metric", "imperial"]
SessionStatus = Literal["in_progress", "finished", "abandoned"]
SetSide = Literal["left", "right", "both"]
SetStatus = Literal["done", "partial", "skipped"]
MeasurementKind = Literal["balance_eo", "balance_ec", "knee_to_wall", "heel_rises"]
OutsoleFirmness = Literal["soft", "medium", "firm"]
HeelCounter = Literal["flexible", "medium", "rigid"]
MidfootSupport = Literal["neutral", "stability", "minimal"]
RunType = Literal["easy", "strides", "tempo", "long", "hills"]
Surface = Literal["grass", "track", "trail", "road", "treadmill"]
StageEventKind = Literal["start", "advance", "regress", "override", "hold"]

SEXES: tuple[Sex, ...] = get_args(Sex)
FEET: tuple[Foot, ...] = get_args(Foot)
UNITS: tuple[Units, ...] = get_args(Units)
SESSION_STATUSES: tuple[SessionStatus, ...] = get_args(SessionStatus)
SET_SIDES: tuple[SetSide, ...] = get_args(SetSide)
SET_STATUSES: tuple[SetStatus, ...] = get_args(SetStatus)
MEASUREMENT_KINDS: tuple[MeasurementKind, ...] = get_args(MeasurementKind)
OUTSOLE_FIRMNESS: tuple[OutsoleFirmness, ...] = get_args(OutsoleFirmness)
HEEL_COUNTERS: tuple[HeelCounter, ...] = get_args(HeelCounter)
MIDFOOT_SUPPORTS: tuple[MidfootSupport, ...] = get_args(MidfootSupport)
RUN_TYPES: tuple[RunType, ...] = get_args(RunType)
SURFACES: tuple[Surface, ...] = get_args(Surface)
STAGE_EVENT_KINDS: tuple[StageEventKind, ...] = get_args(StageEventKind)

STAGES = (1, 2, 3, 4)
SCORE_MAX = 10  # every 0-10 self-report scale (pain, stiffness, fatigue, RPE)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, choices: tuple[str, ...]) -> CheckConstraint:
    """A CHECK that ``column`` is one of ``choices`` (NULL passes, as SQL does)."""
    listed = ", ".join(f"'{c}'" for c in choices)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


def between(column: str, low: float, high: float | None = None) -> CheckConstraint:
    """A CHECK that ``column`` lies in [low, high] (open above when high is None)."""
    if high is None:
        return CheckConstraint(f"{column} >= {low}", name=column)
    return CheckConstraint(f"{column} BETWEEN {low} AND {high}", name=column)


def score(column: str) -> CheckConstraint:
    return between(column, 0, SCORE_MAX)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Profile(Base):
    """The one user's settings; the table holds at most the row with id 1."""

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        between("age", 5, 120),
        one_of("sex", SEXES),
        one_of("dominant_foot", FEET),
        between("current_stage", 1, 4),
        one_of("units", UNITS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    age: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[Sex | None] = mapped_column(String(8))
    dominant_foot: Mapped[Foot | None] = mapped_column(String(8))
    program_start: Mapped[date | None] = mapped_column(Date)
    current_stage: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    units: Mapped[Units] = mapped_column(String(8), default="metric", server_default="metric")


class TrainingSession(Base):
    """One guided workout; its sets are logged one by one while it runs."""

    __tablename__ = "training_session"
    __table_args__ = (
        between("stage", 1, 4),
        one_of("status", SESSION_STATUSES),
        score("pain_during"),
        score("foot_fatigue"),
        score("rpe"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    template_id: Mapped[str] = mapped_column(String(64))
    stage: Mapped[int] = mapped_column(Integer)
    status: Mapped[SessionStatus] = mapped_column(
        String(16), default="in_progress", server_default="in_progress"
    )
    pain_during: Mapped[int | None] = mapped_column(Integer)
    foot_fatigue: Mapped[int | None] = mapped_column(Integer)
    rpe: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    sets: Mapped[list[SetLog]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SetLog.id",
    )


class SetLog(Base):
    """One set of one exercise; ``exercise_id`` names a catalog entry (content, not a table)."""

    __tablename__ = "set_log"
    __table_args__ = (
        one_of("side", SET_SIDES),
        between("set_number", 1),
        between("reps", 0),
        between("hold_s", 0),
        between("duration_s", 0),
        between("load_kg", 0),
        score("rpe"),
        score("pain"),
        one_of("status", SET_STATUSES),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), index=True
    )
    exercise_id: Mapped[str] = mapped_column(String(64), index=True)
    side: Mapped[SetSide] = mapped_column(String(8), default="both", server_default="both")
    set_number: Mapped[int] = mapped_column(Integer)
    reps: Mapped[int | None] = mapped_column(Integer)
    hold_s: Mapped[float | None] = mapped_column(Float)
    duration_s: Mapped[float | None] = mapped_column(Float)
    load_kg: Mapped[float | None] = mapped_column(Float)
    rpe: Mapped[int | None] = mapped_column(Integer)
    pain: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[SetStatus] = mapped_column(String(8), default="done", server_default="done")
    logged_at: Mapped[datetime] = mapped_column(DateTime)

    session: Mapped[TrainingSession] = relationship(back_populates="sets")


class CheckIn(Base):
    """The daily diary entry: at most one per day, edited in place."""

    __tablename__ = "check_in"
    __table_args__ = (
        score("first_step_pain"),
        score("pain_during"),
        score("pain_after"),
        score("next_morning_pain"),
        score("stiffness"),
        score("foot_fatigue"),
        between("sleep_h", 0, 24),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    first_step_pain: Mapped[int | None] = mapped_column(Integer)
    pain_during: Mapped[int | None] = mapped_column(Integer)
    pain_after: Mapped[int | None] = mapped_column(Integer)
    next_morning_pain: Mapped[int | None] = mapped_column(Integer)
    stiffness: Mapped[int | None] = mapped_column(Integer)
    foot_fatigue: Mapped[int | None] = mapped_column(Integer)
    sleep_h: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Measurement(Base):
    """One test result: balance seconds, knee-to-wall centimetres or heel-rise reps.

    ``trial`` numbers the attempts of a multi-trial test (balance: best of 3);
    it is NULL for single-value tests.
    """

    __tablename__ = "measurement"
    __table_args__ = (
        one_of("kind", MEASUREMENT_KINDS),
        one_of("side", FEET),
        between("trial", 1),
        between("value", 0),
        Index("ix_measurement_kind_day", "kind", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[MeasurementKind] = mapped_column(String(16))
    side: Mapped[Foot] = mapped_column(String(8))
    trial: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Shoe(Base):
    """A pair of running shoes; features are NULL when the user does not know them."""

    __tablename__ = "shoe"
    __table_args__ = (
        between("drop_mm", -10, 30),
        between("stack_mm", 0, 80),
        one_of("outsole_firmness", OUTSOLE_FIRMNESS),
        one_of("heel_counter", HEEL_COUNTERS),
        one_of("midfoot_support", MIDFOOT_SUPPORTS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    drop_mm: Mapped[float | None] = mapped_column(Float)
    stack_mm: Mapped[float | None] = mapped_column(Float)
    outsole_firmness: Mapped[OutsoleFirmness | None] = mapped_column(String(8))
    heel_counter: Mapped[HeelCounter | None] = mapped_column(String(8))
    midfoot_support: Mapped[MidfootSupport | None] = mapped_column(String(16))
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Run(Base):
    """A run as the user logs it; the spike warning compares distances."""

    __tablename__ = "run"
    __table_args__ = (
        between("distance_m", 0),
        between("duration_s", 0),
        one_of("run_type", RUN_TYPES),
        one_of("surface", SURFACES),
        score("pain_after"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    distance_m: Mapped[float] = mapped_column(Float)
    duration_s: Mapped[float | None] = mapped_column(Float)
    run_type: Mapped[RunType] = mapped_column(String(8), default="easy", server_default="easy")
    surface: Mapped[Surface | None] = mapped_column(String(16))
    shoe_id: Mapped[int | None] = mapped_column(
        ForeignKey("shoe.id", ondelete="SET NULL"), index=True
    )
    pain_after: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class StageEvent(Base):
    """A change of program stage, or a decision to stay, with the reason shown to the user."""

    __tablename__ = "stage_event"
    __table_args__ = (
        between("stage", 1, 4),
        one_of("kind", STAGE_EVENT_KINDS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    stage: Mapped[int] = mapped_column(Integer)
    kind: Mapped[StageEventKind] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The session template the user chose for ``day`` (overrides only), else None.
    template_id: Mapped[str | None] = mapped_column(String(64), default=None)


# Tables holding the user's entries, in an order safe for deleting (children first).
USER_TABLES: tuple[type[Base], ...] = (
    SetLog,
    TrainingSession,
    CheckIn,
    Measurement,
    Run,
    Shoe,
    StageEvent,
)
