"""What the progression engine answers: today's action, the session, and why.

Plain frozen dataclasses with a JSON form, shared by the Today page and
``footgui today --json`` so the two can never tell the user different things.
The sentences in them are :class:`~footgui.core.text.Msg`: English strings for
the CLI and the JSON, which the GUI shows in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from footgui.core.text import Msg, translate

Action = Literal["start", "continue", "advance", "hold", "reduce", "regress", "reintroduce", "rest"]
ACTIONS: tuple[Action, ...] = (
    "start",
    "continue",
    "advance",
    "hold",
    "reduce",
    "regress",
    "reintroduce",
    "rest",
)

#: What each action is called (English in the CLI; the GUI shows them through ``localize``).
ACTION_TITLES: dict[str, Msg] = {
    "start": translate("Vocab", "Start the program"),
    "continue": translate("Vocab", "Continue"),
    "advance": translate("Vocab", "Ready for the next stage"),
    "hold": translate("Vocab", "Hold the dose"),
    "reduce": translate("Vocab", "Reduce volume"),
    "regress": translate("Vocab", "Back to the foundation moves"),
    "reintroduce": translate("Vocab", "Bring back earlier moves"),
    "rest": translate("Vocab", "Rest and seek advice"),
}

APP_SOURCE = "footgui"
APP_RULE_LABEL = "footgui's own rule"


@dataclass(frozen=True)
class Reason:
    """One reason, in plain words with the user's numbers, and where its rule comes from.

    ``text`` and ``rule`` are Msgs from the engine; ``source`` is a citation
    from the program file ("Silbernagel 2007"), or a Msg when it is the user.
    """

    text: str
    rule: str
    source: str

    @property
    def is_app_own(self) -> bool:
        return self.source == APP_SOURCE

    @property
    def source_label(self) -> str:
        return APP_RULE_LABEL if self.is_app_own else self.source

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "rule": self.rule,
            "source": self.source,
            "app_own": self.is_app_own,
        }


@dataclass(frozen=True)
class PlannedExercise:
    """One exercise of today's session with the dose to do today."""

    exercise_id: str
    name: str
    sets: int
    reps: int | None
    hold_s: int | None
    duration_s: int | None
    tempo: str | None
    rest_s: int
    one_sided: bool
    block: str = "main"  # warmup | main | finisher
    note: str = ""

    @property
    def dose_text(self) -> Msg:
        """ "3 x 12 @ 3-2-3 each side": today's dose as one line."""
        if self.one_sided:
            return translate("Recommendation", "{dose} each side").format(dose=self._work())
        return self._work()

    def _work(self) -> Msg:
        sets = self.sets
        seconds = self.duration_s or 0
        if self.reps is not None and self.tempo:
            return translate("Recommendation", "{sets} x {reps} @ {tempo}").format(
                sets=sets, reps=self.reps, tempo=self.tempo
            )
        if self.reps is not None and self.hold_s:
            return translate("Recommendation", "{sets} x {reps} x {hold} s hold").format(
                sets=sets, reps=self.reps, hold=self.hold_s
            )
        if self.reps is not None:
            return translate("Recommendation", "{sets} x {reps}").format(sets=sets, reps=self.reps)
        if self.hold_s is not None:
            return translate("Recommendation", "{sets} x {hold} s hold").format(
                sets=sets, hold=self.hold_s
            )
        if seconds >= 120:
            return translate("Recommendation", "{sets} x {minutes} min").format(
                sets=sets, minutes=seconds // 60
            )
        return translate("Recommendation", "{sets} x {seconds} s").format(
            sets=sets, seconds=seconds
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "name": self.name,
            "sets": self.sets,
            "reps": self.reps,
            "hold_s": self.hold_s,
            "duration_s": self.duration_s,
            "tempo": self.tempo,
            "rest_s": self.rest_s,
            "one_sided": self.one_sided,
            "block": self.block,
            "dose": self.dose_text,
            "note": self.note,
        }


@dataclass(frozen=True)
class PlannedSession:
    template_id: str
    name: str
    stage: int
    exercises: tuple[PlannedExercise, ...]
    minutes: int
    chosen_by_user: bool = False

    @property
    def main(self) -> tuple[PlannedExercise, ...]:
        return tuple(e for e in self.exercises if e.block == "main")

    def to_json(self) -> dict[str, Any]:
        return {
            "template_id": self.template_id,
            "name": self.name,
            "stage": self.stage,
            "minutes": self.minutes,
            "chosen_by_user": self.chosen_by_user,
            "exercises": [e.to_json() for e in self.exercises],
        }


@dataclass(frozen=True)
class GateCheck:
    """One stage target: met, not yet, or unknown (no data), with the numbers."""

    measure: str
    label: str
    target: str  # e.g. ">= 30 s"
    value: float | None
    met: bool | None
    detail: str
    source: str

    def to_json(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "label": self.label,
            "target": self.target,
            "value": self.value,
            "met": self.met,
            "detail": self.detail,
            "source": self.source,
        }


@dataclass(frozen=True)
class DayPlan:
    day: date
    planned: tuple[str, ...]  # template names (and "Heel raise")
    done: tuple[str, ...]  # session names done that day
    run_km: float  # distance run that day

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "planned": list(self.planned),
            "done": list(self.done),
            "run_km": round(self.run_km, 2),
        }


@dataclass(frozen=True)
class WeekView:
    """Planned against done for the week (Monday to Sunday) holding ``today``."""

    start: date
    days: tuple[DayPlan, ...]
    planned_so_far: int
    done_so_far: int
    planned_week: int
    runs_planned_so_far: int
    runs_done_so_far: int

    @property
    def adherence_pct(self) -> int | None:
        """Share of what was planned up to today that was done; None before anything was due."""
        planned = self.planned_so_far + self.runs_planned_so_far
        if planned == 0:
            return None
        done = min(self.done_so_far, self.planned_so_far) + min(
            self.runs_done_so_far, self.runs_planned_so_far
        )
        return round(100 * done / planned)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "days": [d.to_json() for d in self.days],
            "planned_so_far": self.planned_so_far,
            "done_so_far": self.done_so_far,
            "planned_week": self.planned_week,
            "runs_planned_so_far": self.runs_planned_so_far,
            "runs_done_so_far": self.runs_done_so_far,
            "adherence_pct": self.adherence_pct,
        }


@dataclass(frozen=True)
class Recommendation:
    today: date
    action: Action
    stage: int
    stage_name: str
    headline: str
    reasons: tuple[Reason, ...]
    session: PlannedSession | None
    gate: tuple[GateCheck, ...]
    next_stage: int | None
    warnings: tuple[Reason, ...] = ()
    unknowns: tuple[str, ...] = ()
    fraction: float | None = None  # for "reduce": the share of volume taken off
    week: WeekView | None = None
    alternatives: tuple[tuple[str, str], ...] = field(default=())  # (template id, name)

    @property
    def title(self) -> Msg:
        if self.action == "reduce" and self.fraction is not None:
            return translate("Vocab", "Reduce volume by {pct}%").format(
                pct=round(self.fraction * 100)
            )
        return ACTION_TITLES[self.action]

    @property
    def gate_met(self) -> bool:
        return bool(self.gate) and all(g.met is True for g in self.gate)

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "action": self.action,
            "title": self.title,
            "fraction": self.fraction,
            "stage": self.stage,
            "stage_name": self.stage_name,
            "next_stage": self.next_stage,
            "headline": self.headline,
            "reasons": [r.to_json() for r in self.reasons],
            "warnings": [w.to_json() for w in self.warnings],
            "unknowns": list(self.unknowns),
            "session": self.session.to_json() if self.session is not None else None,
            "gate": [g.to_json() for g in self.gate],
            "gate_met": self.gate_met,
            "week": self.week.to_json() if self.week is not None else None,
            "alternatives": [{"template_id": t, "name": n} for t, n in self.alternatives],
        }
