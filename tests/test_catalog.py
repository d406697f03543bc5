"""The exercise catalog: seed coverage, content rules, error reporting, search."""

from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footgui.core.catalog import (
    CATEGORIES,
    EQUIPMENT,
    Catalog,
    Tempo,
    build_catalog,
    load_catalog,
)
from footgui.core.errors import ContentError
from footgui.paths import resources_dir

SEED = Path("/work/shared/seed/ankle-foot-routine.txt")

# Phrases quoted from the seed routine, each with the catalog ids that carry it.
SEED_MOVES: dict[str, tuple[str, ...]] = {
    "gentle range-of-motion exercises to restore ankle flexion, extension": ("ankle-pumps",),
    "and sideways movement": ("ankle-inversion-eversion-rom",),
    "toe curls": ("toe-curls",),
    "spreading exercises": ("toe-spreading",),
    "short towel scrunches": ("towel-scrunches",),
    "arch engagement": ("short-foot",),
    "elevated heel-walking": ("elevated-heel-walk",),
    "short barefoot marches on a compliant surface": ("barefoot-marches",),
    "resistance bands for plantar flexion and dorsiflexion": (
        "band-plantarflexion",
        "band-dorsiflexion",
    ),
    "tempo-assisted calf raises": ("tempo-calf-raises",),
    "single-leg presses using a small resistance band": ("single-leg-band-press",),
    "forefoot hops on a soft pad": ("forefoot-hops",),
    "ankle circles": ("ankle-circles",),
    "resisted ankle inversions": ("resisted-inversion", "resisted-eversion"),
    "ladder steps": ("ladder-steps",),
    "cone hits": ("cone-hits",),
    "ankle-band sprints at a low intensity": ("ankle-band-sprints",),
    "brisk walk-to-jog transitions": ("walk-to-jog",),
    "depth-rebound drills on a cushioned surface": ("depth-rebound",),
    "calf-raising sequences": ("calf-raise-sequence",),
    "single-leg drills that test balance under gentle perturbations": (
        "single-leg-balance-eo",
        "single-leg-balance-ec",
        "single-leg-balance-perturbation",
    ),
    "resisted dorsiflexion on a single leg": ("single-leg-dorsiflexion",),
    "step-down drills where the knee tracks over the second toe": ("step-down",),
    "light weighted carries": ("suitcase-carry",),
    "light kettlebell routines": ("kettlebell-halo-staggered", "kettlebell-halo-single-leg"),
    "short uphill walks": ("uphill-walk",),
    "gentle hill intervals": ("hill-intervals",),
    "strides": ("strides",),
    "easy runs": ("easy-run",),
    "quick mobility finisher": ("mobility-finisher",),
    "gentle stretches": ("calf-soleus-stretch", "plantar-fascia-stretch"),
    "single-leg balance times": ("single-leg-stance-test",),
    "pain-free range of motion": ("knee-to-wall-test",),
}
# Named by CLINICAL.md rather than the seed.
CLINICAL_MOVES = ("heel-raise-323", "heel-raise-323-double", "heel-rise-test")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).casefold()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the bundled resources folder."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    return root


def edit_exercise(root: Path, exercise_id: str, old: str, new: str) -> None:
    """Replace ``old`` (first occurrence) inside one exercise's entry."""
    path = root / "exercises.toml"
    text = path.read_text()
    start = text.index(f'id = "{exercise_id}"')
    end = text.find("[[exercise]]", start)
    end = len(text) if end < 0 else end
    entry = text[start:end]
    assert old in entry, f"{old!r} not in {exercise_id}"
    path.write_text(text[:start] + entry.replace(old, new, 1) + text[end:])


def edit_file(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


# ----------------------------------------------------------------- content


def test_every_seed_move_has_its_own_entry(catalog: Catalog) -> None:
    seed = _squash(SEED.read_text())
    used: list[str] = []
    for phrase, ids in SEED_MOVES.items():
        assert _squash(phrase) in seed, f"not quoted from the seed: {phrase!r}"
        for exercise_id in ids:
            assert exercise_id in catalog, f"{phrase!r} -> {exercise_id} missing"
            used.append(exercise_id)
    assert len(used) == len(set(used)), "two seed moves share one entry"
    for exercise_id in CLINICAL_MOVES:
        assert exercise_id in catalog


def test_catalog_size_and_categories(catalog: Catalog) -> None:
    assert 35 <= len(catalog) <= 45
    assert set(catalog.categories()) == set(CATEGORIES)
    tests = {ex.id for ex in catalog if ex.category == "test"}
    assert tests == {"single-leg-stance-test", "knee-to-wall-test", "heel-rise-test"}


def test_every_exercise_follows_the_content_rules(catalog: Catalog) -> None:
    for ex in catalog:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ex.id)
        assert len(ex.cues) >= 3, ex.id
        assert all(len(cue) <= 80 for cue in ex.cues), ex.id
        assert ex.stages and set(ex.stages) <= {1, 2, 3, 4}, ex.id
        assert ex.stages == tuple(sorted(ex.stages))
        assert set(ex.equipment) <= set(EQUIPMENT)
        for link in (*ex.easier, *ex.harder):
            assert link in catalog and link != ex.id, (ex.id, link)
        sentences = re.findall(r"[.!?](?:\s|$)", ex.purpose)
        assert 1 <= len(sentences) <= 2, ex.id
        assert ex.dose.problem() is None, ex.id
        assert ex.dose.is_app_own == (ex.dose.source == "footgui")
        assert ex.keypoint and ex.view in {"side", "front", "foot-side", "foot-top"}
        assert ex.clip == f"clips/{ex.id}.webm" and ex.cue_track == f"clips/{ex.id}.vtt"
        assert ex.one_sided == (ex.sides == "each")


def test_heel_raise_dose_is_the_trials(catalog: Catalog) -> None:
    ex = catalog["heel-raise-323"]
    dose = ex.dose
    assert (dose.sets, dose.reps, str(dose.tempo), dose.rest_s) == (3, 12, "3-2-3", 120)
    assert dose.tempo is not None and dose.tempo.rep_s == 8
    assert dose.source.startswith("Rathleff 2015") and not dose.is_app_own
    assert ex.one_sided and {"step", "towel"} <= set(ex.equipment)
    assert ex.easier == ("heel-raise-323-double",)
    double = catalog["heel-raise-323-double"]
    assert double.sides == "both" and str(double.dose.tempo) == "3-2-3"


def test_tests_cite_their_protocols(catalog: Catalog) -> None:
    stance = catalog["single-leg-stance-test"].dose
    assert (stance.sets, stance.hold_s, stance.source) == (3, 45, "Springer 2007")
    rise = catalog["heel-rise-test"].dose
    assert rise.source == "Hebert-Losier 2017"
    assert rise.tempo is not None and 60 / (rise.tempo.rep_s / 2) == 60  # one beat per move


def test_intrinsic_doses_are_marked_as_the_apps_own(catalog: Catalog) -> None:
    assert all(ex.dose.is_app_own for ex in catalog.search(category="intrinsic"))


def test_to_json_is_complete_and_serialisable(catalog: Catalog) -> None:
    data = json.loads(json.dumps(catalog.to_json()))
    assert [e["id"] for e in data["exercises"]] == [ex.id for ex in catalog]
    heel = next(e for e in data["exercises"] if e["id"] == "heel-raise-323")
    assert heel["dose"] == {
        "sets": 3,
        "reps": 12,
        "hold_s": None,
        "duration_s": None,
        "tempo": "3-2-3",
        "rest_s": 120,
        "source": catalog["heel-raise-323"].dose.source,
        "is_app_own": False,
    }
    assert heel["clip"] == "clips/heel-raise-323.webm"
    assert heel["cue_track"] == "clips/heel-raise-323.vtt"
    assert [s["number"] for s in data["program"]["stages"]] == [1, 2, 3, 4]
    template = data["program"]["stages"][0]["templates"][0]
    assert template["items"][0]["dose"]["sets"] >= 1 and template["estimated_min"] > 0


def test_load_catalog_reads_a_given_root(content: Path) -> None:
    edit_exercise(content, "toe-curls", 'name = "Toe curls"', 'name = "Toe curls (copy)"')
    assert load_catalog(content)["toe-curls"].name == "Toe curls (copy)"
    assert load_catalog()["toe-curls"].name == "Toe curls"


# ------------------------------------------------------------ schema errors

H = "heel-raise-323"


class Broken(NamedTuple):
    """One hand-made mistake and the error it must produce."""

    file: str
    exercise: str  # edit inside this entry; "" edits the whole file
    old: str
    new: str
    exercise_id: str | None
    field: str | None
    message: str


BROKEN = [
    Broken(
        "exercises.toml",
        H,
        'tempo = "3-2-3"',
        'tempo = "3-2"',
        H,
        "dose.tempo",
        "tempo must look like",
    ),
    Broken(
        "exercises.toml",
        H,
        'tempo = "3-2-3"',
        'tempo = "0-2-3"',
        H,
        "dose.tempo",
        "at least 1 second",
    ),
    Broken(
        "exercises.toml", H, "sets = 3", 'sets = "three"', H, "dose.sets", "must be a whole number"
    ),
    Broken(
        "exercises.toml",
        H,
        "sets = 3",
        "sets = true",
        H,
        "dose.sets",
        "whole number, not true/false",
    ),
    Broken("exercises.toml", H, "sets = 3", "sets = 0", H, "dose.sets", "between 1 and 20"),
    Broken("exercises.toml", H, 'name = "High-load', 'nom = "High-load', H, "name", "missing"),
    Broken(
        "exercises.toml",
        H,
        'category = "strength"',
        'category = "stretch"',
        H,
        "category",
        "unknown value",
    ),
    Broken(
        "exercises.toml",
        H,
        '"backpack"',
        '"foam-roller"',
        H,
        "equipment[2]",
        "unknown value 'foam-roller'",
    ),
    Broken(
        "exercises.toml",
        H,
        '"towel", "backpack"',
        '"none", "backpack"',
        H,
        "equipment",
        "'none' cannot",
    ),
    Broken(
        "exercises.toml",
        H,
        "stages = [1, 2, 3, 4]",
        "stages = [1, 5]",
        H,
        "stages[1]",
        "from 1 to 4",
    ),
    Broken("exercises.toml", H, "stages = [1, 2, 3, 4]", "stages = []", H, "stages", "at least 1"),
    Broken(
        "exercises.toml", H, "stages = [1, 2, 3, 4]", "stages = [2, 2]", H, "stages", "listed twice"
    ),
    Broken(
        "exercises.toml",
        H,
        (
            '  "Rise for three seconds",\n'
            '  "Hold at the top for two",\n'
            '  "Lower for three, all the way down",\n'
        ),
        "",
        H,
        "cues",
        "at least 3",
    ),
    Broken(
        "exercises.toml",
        H,
        'easier = ["heel-raise-323-double"]',
        'easier = ["heel-raise-323-dubble"]',
        H,
        "easier",
        "did you mean 'heel-raise-323-double'",
    ),
    Broken(
        "exercises.toml",
        H,
        'easier = ["heel-raise-323-double"]',
        'easier = ["heel-raise-323"]',
        H,
        "easier",
        "links to itself",
    ),
    Broken(
        "exercises.toml",
        H,
        "harder = []",
        'harder = ["heel-raise-323-double"]',
        H,
        "harder",
        "both easier and harder",
    ),
    Broken(
        "exercises.toml",
        H,
        'id = "heel-raise-323"',
        'id = "toe-curls"',
        "toe-curls",
        "id",
        "duplicate id",
    ),
    Broken(
        "exercises.toml",
        H,
        'id = "heel-raise-323"',
        'id = "Heel Raise"',
        None,
        "id",
        "kebab-case id",
    ),
    Broken(
        "exercises.toml",
        H,
        "reps = 12",
        "reps = 12\nduration_s = 30",
        H,
        "dose.duration_s",
        "cannot also have duration_s",
    ),
    Broken(
        "exercises.toml",
        H,
        "reps = 12",
        "reps = 12\nhold_s = 2",
        H,
        "dose.hold_s",
        "leave out hold_s",
    ),
    Broken("exercises.toml", H, "reps = 12\n", "", H, "dose.tempo", "a tempo needs reps"),
    Broken(
        "exercises.toml",
        H,
        "rest_s = 120",
        "rest_s = 120\nhold = 3",
        H,
        "dose.hold",
        "did you mean 'hold_s'",
    ),
    Broken("exercises.toml", H, 'view = "side"', 'view = "top"', H, "view", "unknown value 'top'"),
    Broken("exercises.toml", H, 'sides = "each"', 'sides = "left"', H, "sides", "unknown value"),
    Broken(
        "exercises.toml", H, "cautions = [", "cautions = 3\nx = [", H, "cautions", "must be a list"
    ),
    Broken("exercises.toml", "", "[[exercise]]", "[[exercise]\n", None, None, "not valid TOML"),
    Broken(
        "program.toml",
        "",
        '{ exercise = "ankle-circles" }',
        '{ exercise = "ankle-circle" }',
        "ankle-circle",
        "warmup.items[2].exercise",
        "did you mean 'ankle-circles'",
    ),
    Broken(
        "program.toml",
        "",
        '{ exercise = "forefoot-hops" },\n]',
        '{ exercise = "strides" },\n]',
        "strides",
        "stage[0].template[1].items[7]",
        "used in stage 1",
    ),
    Broken(
        "program.toml",
        "",
        '{ exercise = "easy-run", duration_s = 1500 }',
        '{ exercise = "easy-run", reps = 10 }',
        "easy-run",
        "stage[3].template[1].items[1].duration_s",
        "cannot also have",
    ),
    Broken(
        "program.toml",
        "",
        'measure = "balance_eo_s"',
        'measure = "balance_s"',
        None,
        "stage[0].gate[2].measure",
        "unknown value 'balance_s'",
    ),
    Broken(
        "program.toml", "", 'op = ">="', 'op = "=>"', None, "stage[0].gate[0].op", "unknown value"
    ),
    Broken("program.toml", "", "number = 4", "number = 3", None, None, "numbered 1, 2, 3, 4"),
    Broken(
        "program.toml",
        "",
        "from_day = 14",
        "from_day = 15",
        None,
        "heel_raise.phase[1].from_day",
        "without gaps",
    ),
    Broken(
        "program.toml", "", 'tempo = "3-2-3"', 'tempo = "3-3-3"', H, "heel_raise.tempo", "differs"
    ),
    Broken(
        "program.toml",
        "",
        "per_week = 3",
        "per_week = 3\ndaily = true",
        None,
        "stage[0].template[1].per_week",
        "not both",
    ),
    Broken(
        "program.toml",
        "",
        'id = "s2-spring"',
        'id = "s1-strength"',
        None,
        "stage[1].template",
        "used twice",
    ),
    Broken(
        "program.toml", "", "high = 3", "high = 2", None, "rules.pain.zone[1].low", "without gaps"
    ),
    Broken(
        "program.toml",
        "",
        "spike_ratio = 1.10",
        'spike_ratio = "10%"',
        None,
        "rules.running.spike_ratio",
        "must be a number",
    ),
]


@pytest.mark.parametrize(
    "case", BROKEN, ids=[f"{b.file[:4]}-{b.field}-{i}" for i, b in enumerate(BROKEN)]
)
def test_broken_content_names_file_exercise_and_field(content: Path, case: Broken) -> None:
    if case.exercise:
        edit_exercise(content, case.exercise, case.old, case.new)
    else:
        edit_file(content, case.file, case.old, case.new)
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    err = caught.value
    where = (err.file, err.exercise_id, err.field)
    assert where == (case.file, case.exercise_id, case.field), str(err)
    assert case.message in err.message, str(err)
    assert str(err).startswith(f"{case.file}: ")


def test_error_text_reads_as_one_line(content: Path) -> None:
    edit_exercise(content, H, 'tempo = "3-2-3"', 'tempo = "3-2"')
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    assert str(caught.value) == (
        "exercises.toml: exercise 'heel-raise-323', field 'dose.tempo': "
        "tempo must look like 3-2-3, not '3-2'"
    )


def test_missing_and_unreadable_files(content: Path) -> None:
    (content / "program.toml").unlink()
    with pytest.raises(ContentError, match=r"program.toml: file not found"):
        load_catalog(content)
    (content / "exercises.toml").write_bytes(b"\xff\xfe[[exercise]]")
    with pytest.raises(ContentError, match=r"exercises.toml: not (valid TOML|UTF-8)"):
        load_catalog(content)


def test_a_gate_nobody_measures_is_rejected(content: Path) -> None:
    edit_exercise(content, "heel-rise-test", 'measures = ["heel_rises"]\n', "")
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    assert caught.value.file == "program.toml"
    assert "no test exercise records 'heel_rises'" in caught.value.message


# ------------------------------------------------------- property: mutations

_EXERCISES = tomllib.loads((resources_dir() / "exercises.toml").read_text())
_PROGRAM = tomllib.loads((resources_dir() / "program.toml").read_text())

_scalars = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=12),
    st.sampled_from(["3-2-3", "none", "band", "strength", "each", "toe-curls", "", "1-0-1"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


# Every key and list entry of every exercise, plus a key no exercise has.
_EXERCISE_PATHS = [
    path
    for i, table in enumerate(_EXERCISES["exercise"])
    for path in (
        *_paths(table, ("exercise", i)),
        ("exercise", i, "extra"),
        ("exercise", i, "dose", "extra"),
    )
]


def _mutate(data: Any, where: tuple[Any, ...], delete: bool, value: Any) -> Any:
    data = copy.deepcopy(data)
    parent = data
    for step in where[:-1]:
        parent = parent[step]
    if delete:
        parent.pop(where[-1]) if isinstance(parent, list) else parent.pop(where[-1], None)
    else:
        parent[where[-1]] = value
    return data


@settings(max_examples=400, deadline=None)
@given(where=st.sampled_from(_EXERCISE_PATHS), delete=st.booleans(), value=_values)
def test_mutated_exercise_gives_a_catalog_or_a_content_error(
    where: tuple[Any, ...], delete: bool, value: Any
) -> None:
    try:
        result = build_catalog(_mutate(_EXERCISES, where, delete, value), _PROGRAM)
    except ContentError as exc:
        assert exc.file in {"exercises.toml", "program.toml"}
        assert str(exc)
    else:
        assert isinstance(result, Catalog)


_PROGRAM_PATHS = _paths(_PROGRAM)


@settings(max_examples=400, deadline=None)
@given(where=st.sampled_from(_PROGRAM_PATHS), delete=st.booleans(), value=_values)
def test_mutated_program_gives_a_catalog_or_a_content_error(
    where: tuple[Any, ...], delete: bool, value: Any
) -> None:
    try:
        build_catalog(_EXERCISES, _mutate(_PROGRAM, where, delete, value))
    except ContentError as exc:
        assert exc.file == "program.toml" and str(exc)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["exercises.toml", "program.toml"]),
    start=st.integers(0, 10_000),
    length=st.integers(0, 40),
    junk=st.text(max_size=6),
)
def test_text_damage_gives_a_catalog_or_a_content_error(
    name: str, start: int, length: int, junk: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(resources_dir(), root, dirs_exist_ok=True)
        path = root / name
        text = path.read_text()
        at = start % len(text)
        path.write_text(text[:at] + junk + text[at + length :])
        try:
            load_catalog(root)
        except ContentError as exc:
            assert exc.file in {"exercises.toml", "program.toml"}


# ---------------------------------------------------------------- tempo


@given(st.integers(1, 99), st.integers(0, 99), st.integers(1, 99))
def test_tempo_round_trips(up: int, hold: int, down: int) -> None:
    tempo = Tempo(up, hold, down)
    assert Tempo.parse(str(tempo)) == tempo
    assert tempo.rep_s == up + hold + down


@pytest.mark.parametrize(
    "text", ["3-2", "3-2-3-1", "a-b-c", "", "0-2-3", "3-2-0", "3--2", "3.5-2-3"]
)
def test_tempo_rejects_malformed_text(text: str) -> None:
    with pytest.raises(ValueError):
        Tempo.parse(text)


def test_tempo_of_the_trial() -> None:
    tempo = Tempo.parse("3-2-3")
    assert (tempo.up_s, tempo.hold_s, tempo.down_s, tempo.rep_s, str(tempo)) == (
        3,
        2,
        3,
        8,
        "3-2-3",
    )


# ------------------------------------------------------------- search/filter


def ids(found: list[Any]) -> list[str]:
    return [ex.id for ex in found]


def test_empty_search_returns_everything_in_file_order(catalog: Catalog) -> None:
    assert ids(catalog.search()) == [ex.id for ex in catalog]
    assert ids(catalog.search("   ")) == [ex.id for ex in catalog]


def test_search_is_case_insensitive_over_name_purpose_cues_and_id(catalog: Catalog) -> None:
    towel = ids(catalog.search("TOWEL"))
    assert "towel-scrunches" in towel  # name
    assert "heel-raise-323" in towel  # cue "Toes on the rolled towel"
    assert towel == ids(catalog.search("towel"))
    assert ids(catalog.search("323-double")) == ["heel-raise-323-double"]  # id
    assert "tempo-calf-raises" in ids(catalog.search("lowering phase"))  # purpose
    assert catalog.search("zzzz-no-such-move") == []


def test_search_words_must_all_match(catalog: Catalog) -> None:
    both = ids(catalog.search("towel step"))
    assert "heel-raise-323" in both and "towel-scrunches" not in both


def test_filters_combine(catalog: Catalog) -> None:
    stage3 = catalog.search(stage=3)
    assert stage3 and all(3 in ex.stages for ex in stage3)
    assert "toe-curls" not in ids(stage3)
    balance3 = catalog.search(stage=3, category="balance")
    assert set(ids(balance3)) == {"single-leg-balance-eo", "single-leg-balance-ec",
                                  "single-leg-balance-perturbation"}  # fmt: skip
    band = catalog.search(equipment="band")
    assert band and all("band" in ex.equipment for ex in band)
    assert ids(catalog.search("resisted", stage=2, equipment="band-anchor")) == [
        "resisted-inversion",
        "resisted-eversion",
    ]
    assert catalog.search(category="test", equipment="kettlebell") == []


def test_lookup_helpers(catalog: Catalog) -> None:
    assert catalog.get("no-such-id") is None
    assert catalog.get("strides") is catalog["strides"]
    with pytest.raises(KeyError):
        catalog["no-such-id"]
    assert catalog.equipment()[0] == "none"
    assert set(catalog.equipment()) <= set(EQUIPMENT)
    assert len(list(catalog)) == len(catalog)
