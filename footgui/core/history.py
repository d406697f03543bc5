"""A read-only snapshot of the diary, as the progression engine sees it.

The engine decides from plain values, never from database rows: that keeps it
free of SQLAlchemy, lets tests write a diary as a literal, and makes one
decision a pure function of (snapshot, program, today). ``footgui.store.history``
builds the snapshot from the database with a handful of small queries.

Entries are sorted oldest first. ``since`` is the first day the snapshot
covers: "nothing in the snapshot" then means "nothing since that day", and
the engine says so instead of guessing about older data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType


@dataclass(frozen=True)
class CheckInEntry:
    """One day's check-in; pains on it are about that day's exercise."""

    day: date
    first_step_pain: int | None = None
    pain_during: int | None = None
    pain_after: int | None = None
    next_morning_pain: int | None = None
    stiffness: int | None = None
    foot_fatigue: int | None = None
    #: The user's words, where a reader needs them (the report); the engine does not.
    note: str = ""


@dataclass(frozen=True)
class MeasurementEntry:
    day: date
    kind: str  # balance_eo | balance_ec | knee_to_wall | heel_rises
    side: str  # left | right
    value: float
    trial: int | None = None


@dataclass(frozen=True)
class ExerciseDone:
    """What a session logged for one exercise (sets summed over sides)."""

    sets: int = 0
    reps: int = 0
    max_pain: int | None = None


@dataclass(frozen=True)
class SessionEntry:
    day: date
    template_id: str
    stage: int
    status: str = "finished"  # in_progress | finished | abandoned
    pain_during: int | None = None
    exercises: Mapping[str, ExerciseDone] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def done(self) -> bool:
        """Counts as training done: finished, or abandoned part-way (the load was real)."""
        return self.status in ("finished", "abandoned")

    @property
    def max_set_pain(self) -> int | None:
        pains = [e.max_pain for e in self.exercises.values() if e.max_pain is not None]
        return max(pains) if pains else None


@dataclass(frozen=True)
class RunEntry:
    day: date
    distance_m: float
    duration_s: float | None = None
    run_type: str = "easy"
    pain_after: int | None = None


@dataclass(frozen=True)
class StageEventEntry:
    day: date
    stage: int
    kind: str  # start | advance | regress | override | hold
    reason: str = ""
    #: The chosen template of a "choose another session" override; None for stage events.
    template_id: str | None = None

    @property
    def session_choice(self) -> str | None:
        """The template id of a "choose another session" override, else None."""
        return self.template_id if self.kind == "override" else None


@dataclass(frozen=True)
class ProfileEntry:
    age: int | None = None
    sex: str | None = None
    current_stage: int = 1
    program_start: date | None = None
    dominant_foot: str | None = None


@dataclass(frozen=True)
class DiaryHistory:
    since: date
    checkins: tuple[CheckInEntry, ...] = ()
    measurements: tuple[MeasurementEntry, ...] = ()
    sessions: tuple[SessionEntry, ...] = ()
    runs: tuple[RunEntry, ...] = ()
    stage_events: tuple[StageEventEntry, ...] = ()  # all of them, not only since ``since``
    profile: ProfileEntry | None = None

    def checkin(self, day: date) -> CheckInEntry | None:
        for entry in reversed(self.checkins):
            if entry.day == day:
                return entry
            if entry.day < day:
                return None
        return None

    def sessions_on(self, day: date) -> list[SessionEntry]:
        return [s for s in self.sessions if s.day == day]

    def runs_on(self, day: date) -> list[RunEntry]:
        return [r for r in self.runs if r.day == day]
