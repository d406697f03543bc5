"""From the program's templates (or a hand-picked list) to the items a timeline lays out.

The catalog describes exercises; the timeline only needs doses. This module is
the one place that maps one onto the other, so the player never reads TOML
shapes and the timeline never imports the catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from footgui.core.catalog import Catalog, Dose, Exercise
from footgui.core.program import Program, TemplateItem
from footgui.core.text import translate
from footgui.core.timeline import Block, Pacing, PlanItem, Tempo

CUSTOM_TEMPLATE_ID = "custom"
CUSTOM_NAME = translate("SessionPlan", "Custom session")


@dataclass(frozen=True)
class SessionPlan:
    """What the Session page plays and what the store records it as."""

    template_id: str
    name: str
    stage: int
    items: tuple[PlanItem, ...]
    pacing: Pacing


def pacing_for(program: Program) -> Pacing:
    """footgui's default pacing with the program file's own rep and side-switch times."""
    timing = program.rules.timing
    return Pacing(rep_s=float(timing.rep_s), switch_sides_s=float(timing.side_switch_s))


def _count_unit(exercise: Exercise) -> str:
    """Hops are counted at a hopping pace; everything else at the rep pace."""
    return "hops" if "hop" in exercise.id else "reps"


def plan_item(exercise: Exercise, dose: Dose | None = None, block: Block = "main") -> PlanItem:
    dose = dose or exercise.dose
    tempo = dose.tempo
    return PlanItem(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=dose.sets,
        reps=dose.reps,
        hold_s=float(dose.hold_s) if dose.hold_s is not None else None,
        duration_s=float(dose.duration_s) if dose.duration_s is not None else None,
        tempo=Tempo(tempo.up_s, tempo.hold_s, tempo.down_s) if tempo is not None else None,
        rest_s=float(dose.rest_s),
        one_sided=exercise.one_sided,
        cues=exercise.cues,
        block=block,
        count_unit=_count_unit(exercise),
    )


def _items(catalog: Catalog, entries: Sequence[TemplateItem], block: Block) -> list[PlanItem]:
    return [
        plan_item(catalog[entry.exercise_id], entry.resolve(catalog), block) for entry in entries
    ]


def plan_for_template(catalog: Catalog, template_id: str) -> SessionPlan:
    """Warm-up (if the template has one), the template's items, then the finisher."""
    program = catalog.program
    for stage, template in program.templates():
        if template.id == template_id:
            items: list[PlanItem] = []
            if template.warmup:
                items += _items(catalog, program.warmup.items, "warmup")
            items += _items(catalog, template.items, "main")
            items += _items(catalog, program.finisher.items, "finisher")
            return SessionPlan(
                template.id, template.name, stage.number, tuple(items), pacing_for(program)
            )
    raise KeyError(
        translate("SessionPlan", "no session template '{id}' in the program").format(id=template_id)
    )


def plan_for_exercises(
    catalog: Catalog, exercise_ids: Sequence[str], stage: int = 1, name: str = CUSTOM_NAME
) -> SessionPlan:
    """A session of chosen exercises at their catalog doses (no warm-up or finisher added).

    The errors are sentences (``Msg``) because the Session page shows them.
    """
    missing = [e for e in exercise_ids if e not in catalog]
    if missing:
        raise KeyError(
            translate("SessionPlan", "unknown exercise ids: {ids}").format(ids=", ".join(missing))
        )
    items = tuple(plan_item(catalog[e]) for e in exercise_ids)
    return SessionPlan(CUSTOM_TEMPLATE_ID, name, stage, items, pacing_for(catalog.program))
