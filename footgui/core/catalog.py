"""The exercise catalog: every move, drill and test of the routine, loaded and checked.

``load_catalog`` reads ``exercises.toml`` and ``program.toml`` together because
each refers to the other: program items name exercises, and an exercise's
easier/harder links name other exercises. Any mistake in either file comes back
as a ``ContentError``; callers show it and stop, they never see a traceback.
Nothing is cached here: the app loads once and keeps the Catalog it gets.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footgui.core.errors import ContentError, ContentTable, suggest
from footgui.core.program import (
    ID_PATTERN,
    MEASURES,
    PROGRAM_FILE,
    SESSION_MEASURES,
    STAGE_NUMBERS,
    Program,
    TemplateItem,
    missing_program_translations,
    parse_program,
    translate_program,
    translation_file,
)

EXERCISES_FILE = "exercises.toml"
APP_SOURCE = "footgui"
SOURCE_LANGUAGE = "en"
#: The exercise fields a translation file may give; everything else is shared.
TRANSLATED_FIELDS = ("name", "purpose", "surface", "cues", "cautions", "keypoint")

log = logging.getLogger(__name__)

CATEGORIES = (
    "mobility",
    "intrinsic",
    "strength",
    "balance",
    "plyometric",
    "agility",
    "warmup",
    "cooldown",
    "running",
    "test",
)
EQUIPMENT = (
    "none",
    "band",
    "band-anchor",
    "towel",
    "step",
    "soft-pad",
    "cones",
    "ladder",
    "kettlebell",
    "backpack",
    "wall",
    "hill",
    "mirror",
    "chair",
)
VIEWS = ("side", "front", "foot-side", "foot-top")
SIDES = ("each", "both")
MIN_CUES = 3
CUE_MAX_LEN = 80


@dataclass(frozen=True)
class Tempo:
    """Seconds up, held at the top, and down for one repetition ("3-2-3")."""

    up_s: int
    hold_s: int
    down_s: int

    def __str__(self) -> str:
        return f"{self.up_s}-{self.hold_s}-{self.down_s}"

    @property
    def rep_s(self) -> int:
        return self.up_s + self.hold_s + self.down_s

    @classmethod
    def parse(cls, text: str) -> Tempo:
        """Read "up-hold-down" seconds; up and down must be at least 1 s."""
        match = re.fullmatch(r"\s*(\d{1,2})-(\d{1,2})-(\d{1,2})\s*", text)
        if match is None:
            raise ValueError(f"tempo must look like 3-2-3, not {text!r}")
        up, hold, down = (int(g) for g in match.groups())
        if up < 1 or down < 1:
            raise ValueError(f"tempo {text!r}: up and down need at least 1 second")
        return cls(up, hold, down)


@dataclass(frozen=True)
class Dose:
    """How much of an exercise: sets of one work measure, with rest between sets.

    The work measure is exactly one of ``reps`` (optionally with ``tempo`` or a
    per-rep ``hold_s``), ``hold_s`` alone (a static hold) or ``duration_s``.
    """

    sets: int
    reps: int | None
    hold_s: int | None
    duration_s: int | None
    tempo: Tempo | None
    rest_s: int
    source: str

    @property
    def is_app_own(self) -> bool:
        """True when no research stands behind the numbers: the UI must say so."""
        return self.source == APP_SOURCE

    @property
    def measure(self) -> str:
        """Which work measure the dose uses: "reps", "hold_s" or "duration_s"."""
        if self.reps is not None:
            return "reps"
        return "hold_s" if self.hold_s is not None else "duration_s"

    def problem(self) -> tuple[str, str] | None:
        """(field, message) for the first rule this dose breaks, else None."""
        if self.reps is not None:
            if self.duration_s is not None:
                return "duration_s", "a dose with reps cannot also have duration_s"
            if self.tempo is not None and self.hold_s is not None:
                return "hold_s", "the tempo already holds at the top; leave out hold_s"
            return None
        if self.tempo is not None:
            return "tempo", "a tempo needs reps"
        if self.hold_s is not None and self.duration_s is not None:
            return "duration_s", "give one work measure: hold_s or duration_s, not both"
        if self.hold_s is None and self.duration_s is None:
            return "reps", "missing: a dose needs one of reps, hold_s or duration_s"
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "sets": self.sets,
            "reps": self.reps,
            "hold_s": self.hold_s,
            "duration_s": self.duration_s,
            "tempo": str(self.tempo) if self.tempo is not None else None,
            "rest_s": self.rest_s,
            "source": self.source,
            "is_app_own": self.is_app_own,
        }


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    stages: tuple[int, ...]
    category: str
    purpose: str
    equipment: tuple[str, ...]
    surface: str
    sides: str
    dose: Dose
    cues: tuple[str, ...]
    cautions: tuple[str, ...]
    easier: tuple[str, ...]
    harder: tuple[str, ...]
    view: str
    keypoint: str
    measures: tuple[str, ...] = ()

    @property
    def clip(self) -> str:
        """The demo clip's path relative to the assets folder."""
        return f"clips/{self.id}.webm"

    @property
    def cue_track(self) -> str:
        return cue_track_path(self.id)

    @property
    def one_sided(self) -> bool:
        """Done per side, left then right, so every set happens twice."""
        return self.sides == "each"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "stages": list(self.stages),
            "category": self.category,
            "purpose": self.purpose,
            "equipment": list(self.equipment),
            "surface": self.surface,
            "sides": self.sides,
            "one_sided": self.one_sided,
            "dose": self.dose.to_json(),
            "cues": list(self.cues),
            "cautions": list(self.cautions),
            "easier": list(self.easier),
            "harder": list(self.harder),
            "measures": list(self.measures),
            "view": self.view,
            "keypoint": self.keypoint,
            "clip": self.clip,
            "cue_track": self.cue_track,
        }


@dataclass(frozen=True)
class Catalog:
    exercises: dict[str, Exercise]  # in file order
    program: Program
    #: The language of the texts ("en", or the translation that was applied).
    language: str = SOURCE_LANGUAGE

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises.values())

    def __len__(self) -> int:
        return len(self.exercises)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.exercises

    def get(self, exercise_id: str) -> Exercise | None:
        return self.exercises.get(exercise_id)

    def categories(self) -> list[str]:
        """Categories in use, in the fixed vocabulary's order."""
        used = {ex.category for ex in self}
        return [c for c in CATEGORIES if c in used]

    def equipment(self) -> list[str]:
        """Equipment in use (including "none"), in the fixed vocabulary's order."""
        used = {item for ex in self for item in ex.equipment}
        return [e for e in EQUIPMENT if e in used]

    def search(
        self,
        text: str = "",
        stage: int | None = None,
        category: str | None = None,
        equipment: str | None = None,
    ) -> list[Exercise]:
        """Exercises matching every filter, in catalog order.

        Each word of ``text`` must appear (case-insensitive) in the name, id,
        purpose or a cue; ``equipment`` keeps exercises that use that item.
        """
        words = text.casefold().split()
        found = []
        for ex in self:
            if stage is not None and stage not in ex.stages:
                continue
            if category is not None and ex.category != category:
                continue
            if equipment is not None and equipment not in ex.equipment:
                continue
            haystack = " ".join((ex.id, ex.name, ex.purpose, *ex.cues)).casefold()
            if all(w in haystack for w in words):
                found.append(ex)
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "exercises": [ex.to_json() for ex in self],
            "program": self.program.to_json(self),
        }


def cue_track_path(exercise_id: str, language: str = SOURCE_LANGUAGE) -> str:
    """The demo clip's cue track in ``language``, relative to the assets folder.

    The clips carry no words; English cues are ``<id>.vtt`` and another
    language's ``<id>.<language>.vtt`` (the player falls back to English when
    that file is missing).
    """
    if language == SOURCE_LANGUAGE:
        return f"clips/{exercise_id}.vtt"
    return f"clips/{exercise_id}.{language}.vtt"


def load_catalog(root: Path | None = None, language: str = SOURCE_LANGUAGE) -> Catalog:
    """Read and cross-check the content files in ``root`` (default: the bundled ones).

    With a ``language`` other than English, texts come from
    ``exercises.<language>.toml`` and ``program.<language>.toml`` where they
    give them and stay English where they do not (a missing file means all
    English, logged). Ids, doses and rules always come from the English files,
    so a translation can never change what the user is asked to do.
    """
    if root is None:
        from footgui.paths import resources_dir

        root = resources_dir()
    catalog = build_catalog(_read_toml(root / EXERCISES_FILE), _read_toml(root / PROGRAM_FILE))
    if language == SOURCE_LANGUAGE:
        return catalog
    return translate_catalog(catalog, root, language)


def translate_catalog(catalog: Catalog, root: Path, language: str) -> Catalog:
    """``catalog`` with the texts of ``root``'s translation files for ``language``."""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise ContentError(EXERCISES_FILE, f"'{language}' is not a language code such as 'de'")
    exercises = dict(catalog.exercises)
    program = catalog.program
    found = False
    ex_file = translation_file(EXERCISES_FILE, language)
    if (root / ex_file).is_file():
        exercises = translate_exercises(exercises, _read_toml(root / ex_file), ex_file)
        found = True
    pr_file = translation_file(PROGRAM_FILE, language)
    if (root / pr_file).is_file():
        program = translate_program(program, _read_toml(root / pr_file), pr_file)
        found = True
    if not found:
        log.warning("no %s translation of the content in %s: it stays English", language, root)
        return catalog
    return Catalog(exercises, program, language)


def translate_exercises(
    by_id: Mapping[str, Exercise], data: Mapping[str, Any], file: str
) -> dict[str, Exercise]:
    """The exercises with the texts ``data`` gives (``[<id>]`` tables of TRANSLATED_FIELDS).

    Lists translate item by item, so a translation must have as many cues and
    cautions as the English: the player speaks cues by position.
    """
    out = dict(by_id)
    for exercise_id, raw in data.items():
        ex = by_id.get(exercise_id)
        if ex is None:
            message = f"unknown exercise '{exercise_id}'{suggest(exercise_id, by_id)}"
            raise ContentError(file, message, exercise_id, "id")
        t = ContentTable(raw, file, exercise_id=exercise_id)
        changes: dict[str, Any] = {}
        for key in ("name", "keypoint"):
            if t.has(key):
                changes[key] = t.text(key, max_len=CUE_MAX_LEN if key == "keypoint" else 80)
        for key, max_len in (("purpose", 400), ("surface", 300)):
            if t.has(key):
                changes[key] = t.text(key, max_len=max_len)
        for key, max_len in (("cues", CUE_MAX_LEN), ("cautions", 300)):
            if t.has(key):
                items = t.texts(key, max_len=max_len)
                english = getattr(ex, key)
                if len(items) != len(english):
                    raise t.error(
                        f"has {len(items)} entries but the English has {len(english)}: "
                        "translate each one, in the same order",
                        key,
                    )
                changes[key] = items
        t.finish()  # a key outside TRANSLATED_FIELDS (a typo, or "dose") is refused here
        out[exercise_id] = dataclasses.replace(ex, **changes)
    return out


def missing_translations(language: str, root: Path | None = None) -> list[str]:
    """Every text of the content that ``language``'s files leave in English.

    Entries read "<file>: <id>.<field>"; an empty list means complete.
    """
    if root is None:
        from footgui.paths import resources_dir

        root = resources_dir()
    catalog = load_catalog(root)
    missing: list[str] = []
    ex_file = translation_file(EXERCISES_FILE, language)
    data = _read_toml(root / ex_file) if (root / ex_file).is_file() else {}
    for ex in catalog:
        given = data.get(ex.id, {})
        for key in TRANSLATED_FIELDS:
            if key == "cautions" and not ex.cautions:
                continue
            if not isinstance(given, dict) or key not in given:
                missing.append(f"{ex_file}: {ex.id}.{key}")
    pr_file = translation_file(PROGRAM_FILE, language)
    program = _read_toml(root / pr_file) if (root / pr_file).is_file() else {}
    missing += [f"{pr_file}: {m}" for m in missing_program_translations(catalog.program, program)]
    return missing


def build_catalog(exercises: Mapping[str, Any], program: Mapping[str, Any]) -> Catalog:
    """The Catalog from already-parsed TOML data; raises ContentError on any problem."""
    by_id = _parse_exercises(exercises)
    parsed = parse_program(program)
    catalog = Catalog(by_id, parsed)
    _check_program(catalog)
    return catalog


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ContentError(path.name, f"file not found in {path.parent}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path.name, f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ContentError(path.name, f"not UTF-8 text: {exc.reason}") from None
    except OSError as exc:
        raise ContentError(path.name, f"cannot be read: {exc.strerror or exc}") from None


def _parse_exercises(data: Mapping[str, Any]) -> dict[str, Exercise]:
    root = ContentTable(dict(data), EXERCISES_FILE)
    tables = root.tables("exercise", min_len=1)
    root.finish()
    by_id: dict[str, Exercise] = {}
    for i, raw in enumerate(tables):
        exercise_id = raw.data.get("id")
        if not isinstance(exercise_id, str) or not re.fullmatch(ID_PATTERN, exercise_id):
            shown = f"'{exercise_id}'" if isinstance(exercise_id, str) else "missing"
            raise ContentError(
                EXERCISES_FILE,
                f"entry {i + 1} needs a kebab-case id such as 'toe-curls' ({shown})",
                field="id",
            )
        if exercise_id in by_id:
            raise ContentError(EXERCISES_FILE, "duplicate id", exercise_id, "id")
        table = ContentTable(raw.data, EXERCISES_FILE, exercise_id=exercise_id)
        by_id[exercise_id] = _parse_exercise(table)
    for ex in by_id.values():
        _check_links(ex, by_id)
    return by_id


def _parse_exercise(t: ContentTable) -> Exercise:
    exercise_id = t.text("id")
    stages = t.integers("stages", 1, 4, min_len=1)
    if len(set(stages)) != len(stages):
        raise t.error("a stage is listed twice", "stages")
    equipment = t.texts("equipment", choices=EQUIPMENT, min_len=1)
    if "none" in equipment and len(equipment) > 1:
        raise t.error("'none' cannot be combined with other equipment", "equipment")
    cues = t.texts("cues", min_len=MIN_CUES, max_len=CUE_MAX_LEN)
    measures = t.texts("measures", choices=MEASURES, default=[])
    for measure in measures:
        if measure in SESSION_MEASURES:
            raise t.error(f"'{measure}' comes from the session log, not an exercise", "measures")
    exercise = Exercise(
        id=exercise_id,
        name=t.text("name", max_len=80),
        stages=tuple(sorted(stages)),
        category=t.text("category", choices=CATEGORIES),
        purpose=t.text("purpose", max_len=400),
        equipment=equipment,
        surface=t.text("surface", max_len=300),
        sides=t.text("sides", choices=SIDES),
        dose=_parse_dose(t.table("dose")),
        cues=cues,
        cautions=t.texts("cautions", max_len=300),
        easier=t.texts("easier", pattern=ID_PATTERN, what="a kebab-case id"),
        harder=t.texts("harder", pattern=ID_PATTERN, what="a kebab-case id"),
        view=t.text("view", default="side", choices=VIEWS),
        keypoint=t.text("keypoint", default=cues[0], max_len=CUE_MAX_LEN),
        measures=measures,
    )
    t.finish()
    return exercise


def _parse_dose(t: ContentTable) -> Dose:
    tempo_text = t.opt_text("tempo", max_len=20)
    tempo = None
    if tempo_text is not None:
        try:
            tempo = Tempo.parse(tempo_text)
        except ValueError as exc:
            raise t.error(str(exc), "tempo") from None
    dose = Dose(
        sets=t.integer("sets", 1, 20),
        reps=t.opt_integer("reps", 1, 500),
        hold_s=t.opt_integer("hold_s", 1, 3600),
        duration_s=t.opt_integer("duration_s", 1, 4 * 3600),
        tempo=tempo,
        rest_s=t.integer("rest_s", 0, 600),
        source=t.text("source", max_len=200),
    )
    t.finish()
    problem = dose.problem()
    if problem is not None:
        raise t.error(problem[1], problem[0])
    return dose


def _check_links(ex: Exercise, by_id: Mapping[str, Exercise]) -> None:
    for kind in ("easier", "harder"):
        for target in getattr(ex, kind):
            if target == ex.id:
                raise ContentError(EXERCISES_FILE, "links to itself", ex.id, kind)
            if target not in by_id:
                message = f"unknown exercise '{target}'{suggest(target, by_id)}"
                raise ContentError(EXERCISES_FILE, message, ex.id, kind)
    both = set(ex.easier) & set(ex.harder)
    if both:
        raise ContentError(
            EXERCISES_FILE, f"'{sorted(both)[0]}' is both easier and harder", ex.id, "harder"
        )


def _check_item(catalog: Catalog, item: TemplateItem, field: str, stages: Iterable[int]) -> None:
    ex = catalog.get(item.exercise_id)
    if ex is None:
        raise ContentError(
            PROGRAM_FILE,
            f"unknown exercise '{item.exercise_id}'{suggest(item.exercise_id, catalog.exercises)}",
            item.exercise_id,
            f"{field}.exercise",
        )
    missing = [s for s in stages if s not in ex.stages]
    if missing:
        raise ContentError(
            PROGRAM_FILE,
            f"used in stage {missing[0]} but the exercise lists stages {list(ex.stages)}",
            ex.id,
            field,
        )
    problem = item.resolve(catalog).problem()
    if problem is not None:
        raise ContentError(PROGRAM_FILE, problem[1], ex.id, f"{field}.{problem[0]}")


def _check_gate_exercise(catalog: Catalog, exercise_id: str, measure: str, where: str) -> None:
    """A gate that names an exercise must name one that exists and records its measure."""
    ex = catalog.get(exercise_id)
    if ex is None:
        raise ContentError(
            PROGRAM_FILE,
            f"gate names unknown exercise '{exercise_id}'{suggest(exercise_id, catalog.exercises)}",
            exercise_id,
            f"{where}.exercise",
        )
    if measure not in ex.measures:
        raise ContentError(
            PROGRAM_FILE,
            f"the gate measures '{measure}' but '{exercise_id}' records "
            f"{list(ex.measures) or 'no measure'}",
            exercise_id,
            f"{where}.exercise",
        )


def _check_program(catalog: Catalog) -> None:
    program = catalog.program
    for block_name in ("warmup", "finisher"):
        block = getattr(program, block_name)
        for i, item in enumerate(block.items):
            _check_item(catalog, item, f"{block_name}.items[{i}]", STAGE_NUMBERS)
    produced = {m for ex in catalog for m in ex.measures} | SESSION_MEASURES
    for s, stage in enumerate(program.stages):
        for g, gate in enumerate(stage.gates):
            if gate.measure not in produced:
                raise ContentError(
                    PROGRAM_FILE,
                    f"no test exercise records '{gate.measure}'",
                    field=f"stage[{s}].gate[{g}].measure",
                )
            if gate.exercise:
                _check_gate_exercise(catalog, gate.exercise, gate.measure, f"stage[{s}].gate[{g}]")
        for t, template in enumerate(stage.templates):
            for i, item in enumerate(template.items):
                where = f"stage[{s}].template[{t}].items[{i}]"
                _check_item(catalog, item, where, (stage.number,))
    schedule = program.heel_raise_schedule
    links = (("exercise", schedule.exercise_id), ("regression", schedule.regression_id))
    for key, exercise_id in links:
        ex = catalog.get(exercise_id)
        if ex is None:
            raise ContentError(
                PROGRAM_FILE,
                f"unknown exercise '{exercise_id}'{suggest(exercise_id, catalog.exercises)}",
                exercise_id,
                f"heel_raise.{key}",
            )
        try:
            tempo: Tempo | None = Tempo.parse(schedule.tempo)
        except ValueError as exc:
            raise ContentError(PROGRAM_FILE, str(exc), field="heel_raise.tempo") from None
        if ex.dose.tempo != tempo:
            raise ContentError(
                PROGRAM_FILE,
                f"tempo {schedule.tempo} differs from the exercise's dose tempo {ex.dose.tempo}",
                exercise_id,
                "heel_raise.tempo",
            )
