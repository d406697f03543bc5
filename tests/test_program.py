"""The program: stages and templates, the heel-raise schedule, gates and rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from footgui.core.catalog import Catalog, load_catalog
from footgui.core.errors import ContentError
from footgui.core.program import MEASURES, Gate, TemplateItem
from footgui.paths import resources_dir


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    return root


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


# ------------------------------------------------------------ heel raise


def test_heel_raise_schedule_day_by_day(catalog: Catalog) -> None:
    schedule = catalog.program.heel_raise_schedule
    for day in range(91):
        assert schedule.is_training_day(day) == (day % 2 == 0), day
        sets, reps_rm, note = schedule.prescription(day)
        if day <= 13:
            assert (sets, reps_rm) == (3, 12), day
        elif day <= 27:
            assert (sets, reps_rm) == (4, 10), day
            assert "backpack" in note
        else:
            assert (sets, reps_rm) == (5, 8), day
            assert "load" in note


def test_heel_raise_schedule_follows_rathleff(catalog: Catalog) -> None:
    schedule = catalog.program.heel_raise_schedule
    assert (schedule.every_days, schedule.weeks, schedule.tempo) == (2, 12, "3-2-3")
    assert schedule.total_days == 84
    assert not schedule.is_complete(83) and schedule.is_complete(84)
    assert schedule.exercise_id == "heel-raise-323"
    assert schedule.regression_id == "heel-raise-323-double"
    assert "both legs" in schedule.regression_note
    assert schedule.source == "Rathleff 2015" and schedule.rest_s == 120
    assert str(catalog[schedule.exercise_id].dose.tempo) == schedule.tempo
    assert not schedule.is_training_day(-2)
    with pytest.raises(ValueError):
        schedule.prescription(-1)


def test_last_heel_raise_phase_must_run_on(content: Path) -> None:
    replace_in(content / "program.toml", "from_day = 28\n", "from_day = 28\nto_day = 83\n")
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    assert caught.value.field == "heel_raise.phase[2].to_day"


# ---------------------------------------------------------------- stages


def test_four_stages_with_templates_whose_items_resolve(catalog: Catalog) -> None:
    program = catalog.program
    assert [s.number for s in program.stages] == [1, 2, 3, 4]
    for stage in program.stages:
        assert stage.name and stage.aim and stage.weeks[0] <= stage.weeks[1]
        assert stage.templates
        for template in stage.templates:
            assert template.times_per_week >= 1
            for item in template.items:
                ex = catalog[item.exercise_id]
                assert stage.number in ex.stages, (template.id, ex.id)
                dose = item.resolve(catalog)
                assert dose.problem() is None
                for field, value in item.overrides.items():
                    assert getattr(dose, field) == value
    assert program.stage(2) is program.stages[1]
    with pytest.raises(KeyError):
        program.stage(5)


def test_stage_one_has_daily_activation_and_three_strength_sessions(catalog: Catalog) -> None:
    stage = catalog.program.stage(1)
    daily = [t for t in stage.templates if t.daily]
    strength = [t for t in stage.templates if t.per_week == 3]
    assert len(daily) == 1 and len(strength) == 1
    assert all(catalog[i.exercise_id].category == "intrinsic" for i in daily[0].items)
    program = catalog.program
    assert program.estimate_s(program.session_items(daily[0]), catalog) < program.estimate_s(
        program.session_items(strength[0]), catalog
    )


def test_stage_four_is_a_weekly_running_plan(catalog: Catalog) -> None:
    stage = catalog.program.stage(4)
    runs = [t for t in stage.templates if any(i.exercise_id == "easy-run" for i in t.items)]
    assert sum(t.times_per_week for t in runs) >= 2
    assert any(i.exercise_id == "strides" for t in runs for i in t.items)
    foot = [t for t in stage.templates if t not in runs]
    assert len(foot) == 1 and foot[0].per_week == 1
    assert not any(catalog[i.exercise_id].id == "easy-run" for i in foot[0].items)


def test_every_session_ends_with_the_finisher(catalog: Catalog) -> None:
    program = catalog.program
    assert program.finisher.items[0].exercise_id == "mobility-finisher"
    n = len(program.finisher.items)
    for _, template in program.templates():
        items = program.session_items(template)
        assert items[-n:] == program.finisher.items
        if template.warmup:
            assert items[: len(program.warmup.items)] == program.warmup.items
        else:
            assert items[: len(template.items)] == template.items


def test_every_exercise_is_scheduled_or_is_a_test(catalog: Catalog) -> None:
    scheduled = catalog.program.exercise_ids()
    unscheduled = [ex.id for ex in catalog if ex.category != "test" and ex.id not in scheduled]
    assert unscheduled == []
    assert scheduled <= set(catalog.exercises)


def test_item_overrides_change_only_their_fields(catalog: Catalog) -> None:
    base = catalog["easy-run"].dose
    dose = TemplateItem("easy-run", duration_s=600).resolve(catalog)
    assert dose.duration_s == 600
    assert (dose.sets, dose.rest_s, dose.source) == (base.sets, base.rest_s, base.source)


def test_a_template_item_outside_its_exercises_stages_is_rejected(content: Path) -> None:
    replace_in(
        content / "program.toml",
        '{ exercise = "single-leg-band-press" },\n]',
        '{ exercise = "single-leg-band-press" },\n  { exercise = "easy-run" },\n]',
    )
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    assert caught.value.exercise_id == "easy-run"
    assert "used in stage 2" in caught.value.message


# ----------------------------------------------------------------- gates


def test_gates_use_known_measures_and_stages_one_to_three_have_them(catalog: Catalog) -> None:
    for stage in catalog.program.stages:
        for gate in stage.gates:
            assert gate.measure in MEASURES and gate.source
        if stage.number < 4:
            measures = {g.measure for g in stage.gates}
            assert {"pain_ok_sessions", "heel_rises"} <= measures
    stage1 = {g.measure: g for g in catalog.program.stage(1).gates}
    assert stage1["balance_eo_s"].value == 30 and stage1["balance_eo_s"].source == "footgui"
    assert "pain_free_hops" in stage1


def test_gate_comparisons() -> None:
    assert Gate("heel_rises", ">=", 20, "footgui").passed(20)
    assert not Gate("heel_rises", ">", 20, "footgui").passed(20)
    assert Gate("knee_to_wall_cm", "<=", 1.5, "footgui").passed(1.5)
    assert not Gate("knee_to_wall_cm", "<", 1.5, "footgui").passed(1.5)
    assert Gate("balance_eo_s", ">=", 30, "footgui").label == MEASURES["balance_eo_s"]


@pytest.mark.parametrize("measure", ["balance_s", "heel_raises", "BALANCE_EO_S", "vo2max"])
def test_a_gate_with_an_unknown_measure_is_rejected(content: Path, measure: str) -> None:
    replace_in(content / "program.toml", 'measure = "heel_rises"', f'measure = "{measure}"')
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    err = caught.value
    assert err.file == "program.toml"
    assert err.field == "stage[0].gate[3].measure"
    assert f"unknown value '{measure}'" in err.message


def test_a_gate_given_twice_is_rejected(content: Path) -> None:
    replace_in(content / "program.toml", 'measure = "heel_rises"', 'measure = "balance_eo_s"')
    with pytest.raises(ContentError, match="given twice"):
        load_catalog(content)


# ----------------------------------------------------------------- rules


def test_pain_rules_are_silbernagels(catalog: Catalog) -> None:
    pain = catalog.program.rules.pain
    assert (pain.during_max, pain.after_max) == (5, 5)
    assert pain.next_morning_back_to_usual and not pain.weekly_may_rise
    assert "Silbernagel 2007" in pain.source and "extrapolation" in pain.note
    assert [(z.low, z.high) for z in pain.zones] == [(0, 3), (4, 5), (6, 10)]
    assert [pain.zone(p).name for p in (0, 3, 4, 5, 6, 10)] == [
        "safe",
        "safe",
        "acceptable",
        "acceptable",
        "too much",
        "too much",
    ]
    assert all("Goom" in z.source for z in pain.zones)
    with pytest.raises(ValueError):
        pain.zone(11)


def test_app_rules_are_labelled_as_the_apps_own(catalog: Catalog) -> None:
    rules = catalog.program.rules
    assert (rules.running.spike_ratio, rules.running.window_days) == (1.10, 30)
    assert rules.running.source == "footgui" and "Frandsen 2025" in rules.running.basis
    assert rules.mdc.for_measure("knee_to_wall_cm") == 1.9
    assert rules.mdc.for_measure("heel_rises") == 6
    assert rules.mdc.for_measure("balance_eo_s") is None
    assert (rules.mdc.knee_to_wall_source, rules.mdc.heel_rises_source) == (
        "Powden 2015",
        "Hebert-Losier 2017",
    )
    assert rules.progression.stall_window_weeks == 3
    for section in (rules.progression, rules.running, rules.mdc, rules.plyometric, rules.timing):
        assert section.source == "footgui"
    assert (rules.tests.balance_cap_s, rules.tests.balance_trials) == (45, 3)
    assert rules.tests.heel_rise_bpm == 60


def test_program_json_carries_schedule_and_rules(catalog: Catalog) -> None:
    data = catalog.program.to_json(catalog)
    assert [p["reps_rm"] for p in data["heel_raise_schedule"]["phases"]] == [12, 10, 8]
    assert data["rules"]["pain"]["during_max"] == 5
    assert data["finisher"]["items"][0]["exercise"] == "mobility-finisher"
    gate = data["stages"][0]["gates"][0]
    assert {"measure", "op", "value", "source", "label"} <= gate.keys()
