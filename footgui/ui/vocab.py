"""Display names for the content's fixed vocabularies, in the app's language.

The catalog, the diary and the program name things by stable keys
("balance", "band-anchor", "balance_eo", "trail"); those keys are data and
stay English everywhere. What the user reads is looked up here, so every page
shows the same word for the same key and a translation covers all of them.
An unknown key (content newer than this table) is shown as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from footgui.ui.i18n import localize

if TYPE_CHECKING:
    from footgui.core.recommendation import PlannedExercise, Reason, Recommendation

translate = QCoreApplication.translate

CATEGORIES = {
    "mobility": QT_TRANSLATE_NOOP("Vocab", "mobility"),
    "intrinsic": QT_TRANSLATE_NOOP("Vocab", "intrinsic"),
    "strength": QT_TRANSLATE_NOOP("Vocab", "strength"),
    "balance": QT_TRANSLATE_NOOP("Vocab", "balance"),
    "plyometric": QT_TRANSLATE_NOOP("Vocab", "plyometric"),
    "agility": QT_TRANSLATE_NOOP("Vocab", "agility"),
    "warmup": QT_TRANSLATE_NOOP("Vocab", "warm-up"),
    "cooldown": QT_TRANSLATE_NOOP("Vocab", "cool-down"),
    "running": QT_TRANSLATE_NOOP("Vocab", "running"),
    "test": QT_TRANSLATE_NOOP("Vocab", "test"),
}
EQUIPMENT = {
    "none": QT_TRANSLATE_NOOP("Vocab", "none"),
    "band": QT_TRANSLATE_NOOP("Vocab", "band"),
    "band-anchor": QT_TRANSLATE_NOOP("Vocab", "band anchor"),
    "towel": QT_TRANSLATE_NOOP("Vocab", "towel"),
    "step": QT_TRANSLATE_NOOP("Vocab", "step"),
    "soft-pad": QT_TRANSLATE_NOOP("Vocab", "soft pad"),
    "cones": QT_TRANSLATE_NOOP("Vocab", "cones"),
    "ladder": QT_TRANSLATE_NOOP("Vocab", "ladder"),
    "kettlebell": QT_TRANSLATE_NOOP("Vocab", "kettlebell"),
    "backpack": QT_TRANSLATE_NOOP("Vocab", "backpack"),
    "wall": QT_TRANSLATE_NOOP("Vocab", "wall"),
    "hill": QT_TRANSLATE_NOOP("Vocab", "hill"),
    "mirror": QT_TRANSLATE_NOOP("Vocab", "mirror"),
    "chair": QT_TRANSLATE_NOOP("Vocab", "chair"),
}
SIDES = {
    "left": QT_TRANSLATE_NOOP("Vocab", "Left"),
    "right": QT_TRANSLATE_NOOP("Vocab", "Right"),
}
#: Diary test kinds, as a form or a list names them.
TESTS = {
    "balance_eo": QT_TRANSLATE_NOOP("Vocab", "Single-leg balance, eyes open"),
    "balance_ec": QT_TRANSLATE_NOOP("Vocab", "Single-leg balance, eyes closed"),
    "knee_to_wall": QT_TRANSLATE_NOOP("Vocab", "Knee-to-wall"),
    "heel_rises": QT_TRANSLATE_NOOP("Vocab", "Heel rises to fatigue"),
}
#: The same, short: for a table cell.
SHORT_TESTS = {
    "balance_eo": QT_TRANSLATE_NOOP("Vocab", "balance, eyes open"),
    "balance_ec": QT_TRANSLATE_NOOP("Vocab", "balance, eyes closed"),
    "knee_to_wall": QT_TRANSLATE_NOOP("Vocab", "knee-to-wall"),
    "heel_rises": QT_TRANSLATE_NOOP("Vocab", "heel rises"),
}
RUN_TYPES = {
    "easy": QT_TRANSLATE_NOOP("Vocab", "easy"),
    "strides": QT_TRANSLATE_NOOP("Vocab", "strides"),
    "tempo": QT_TRANSLATE_NOOP("Vocab", "tempo run"),
    "long": QT_TRANSLATE_NOOP("Vocab", "long"),
    "hills": QT_TRANSLATE_NOOP("Vocab", "hills"),
}
SURFACES = {
    "grass": QT_TRANSLATE_NOOP("Vocab", "grass"),
    "track": QT_TRANSLATE_NOOP("Vocab", "track"),
    "trail": QT_TRANSLATE_NOOP("Vocab", "trail"),
    "road": QT_TRANSLATE_NOOP("Vocab", "road"),
    "treadmill": QT_TRANSLATE_NOOP("Vocab", "treadmill"),
}
SHOE_CHOICES = {
    "soft": QT_TRANSLATE_NOOP("Vocab", "Soft"),
    "medium": QT_TRANSLATE_NOOP("Vocab", "Medium"),
    "firm": QT_TRANSLATE_NOOP("Vocab", "Firm"),
    "flexible": QT_TRANSLATE_NOOP("Vocab", "Flexible"),
    "rigid": QT_TRANSLATE_NOOP("Vocab", "Rigid"),
    "neutral": QT_TRANSLATE_NOOP("Vocab", "Neutral"),
    "stability": QT_TRANSLATE_NOOP("Vocab", "Stability"),
    "minimal": QT_TRANSLATE_NOOP("Vocab", "Minimal"),
}


def _lookup(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return translate("Vocab", text) if text is not None else key


def category(key: str) -> str:
    return _lookup(CATEGORIES, key)


def equipment(key: str) -> str:
    return _lookup(EQUIPMENT, key)


def side(key: str) -> str:
    return _lookup(SIDES, key)


def test_name(key: str) -> str:
    return _lookup(TESTS, key)


def short_test(key: str) -> str:
    return _lookup(SHORT_TESTS, key)


def run_type(key: str) -> str:
    return _lookup(RUN_TYPES, key)


def surface(key: str) -> str:
    return _lookup(SURFACES, key)


def shoe_choice(key: str) -> str:
    return _lookup(SHOE_CHOICES, key)


def action_title(rec: Recommendation) -> str:
    """The badge text: the engine's title of the action, in the app's language."""
    return localize(rec.title)


#: Rule sources from program.toml whose words (not the author and year) need translating.
SOURCES = {
    "T. Goom (clinical usage, not in the paper)": QT_TRANSLATE_NOOP(
        "Vocab", "T. Goom (clinical usage, not in the paper)"
    ),
    "Riel (FIX-Heel protocol)": QT_TRANSLATE_NOOP("Vocab", "Riel (FIX-Heel protocol)"),
    "common protocol": QT_TRANSLATE_NOOP("Vocab", "common protocol"),
}


def source_label(reason: Reason) -> str:
    """Where a reason's rule comes from, in the app's language.

    Citations ("Silbernagel 2007") read the same in every language; the few
    sources with words in them are looked up, and "your choice" comes from the
    engine as a message.
    """
    if reason.is_app_own:
        return translate("Vocab", "footgui's own rule")
    return _lookup(SOURCES, localize(reason.source))


def plan_name(name: str) -> str:
    """A planned item's name as shown: the planner's own names are messages, others as given."""
    return localize(name)


def planned_dose(ex: PlannedExercise) -> str:
    """Today's dose of one exercise ("3 x 12 @ 3-2-3 each side"), in the app's language."""
    return localize(ex.dose_text)
