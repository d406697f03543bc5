"""The diary's pure rules: validators per field, units, the run-spike and MDC rules."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footgui.core import diary_rules as r
from footgui.core import units as u

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 9, 30)


def errors_of(fn, raw, **kw) -> dict[str, str]:
    with pytest.raises(r.ValidationError) as info:
        fn(raw, **kw)
    return info.value.errors


# -- check-ins ------------------------------------------------------------------------


def test_a_full_checkin_is_cleaned_into_store_columns() -> None:
    raw = {
        "day": "2026-06-14",
        "first_step_pain": "3",
        "next_morning_pain": 2,
        "pain_during": "1",
        "pain_after": "4",
        "stiffness": " 5 ",
        "foot_fatigue": "0",
        "sleep_h": "7,5",
        "note": "grass loop ",
    }
    got = r.validate_checkin(raw, today=TODAY)
    assert got == {
        "day": date(2026, 6, 14),
        "first_step_pain": 3,
        "next_morning_pain": 2,
        "pain_during": 1,
        "pain_after": 4,
        "stiffness": 5,
        "foot_fatigue": 0,
        "sleep_h": 7.5,
        "note": "grass loop ",
    }


@pytest.mark.parametrize("name", r.CHECKIN_SCORES)
@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("11", "from 0 to 10"),
        ("-1", "cannot be negative"),
        ("abc", "must be a number"),
        ("2.5", "whole number"),
        ("nan", "must be a number"),
    ],
)
def test_each_score_refuses_bad_values_with_its_own_message(name, value, words) -> None:
    errors = errors_of(r.validate_checkin, {"day": TODAY, name: value}, today=TODAY)
    assert list(errors) == [name]
    assert words in errors[name]
    assert r.LABELS[name] in errors[name]


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (TODAY + timedelta(days=1), "in the future"),
        ("2026-13-01", "YYYY-MM-DD"),
        ("15/06/2026", "YYYY-MM-DD"),
        ("", "is needed"),
        ("1899-12-31", "too far in the past"),
    ],
)
def test_the_date_is_checked(day, words) -> None:
    errors = errors_of(r.validate_checkin, {"day": day, "stiffness": 1}, today=TODAY)
    assert words in errors["day"]


def test_sleep_hours_and_note_limits() -> None:
    assert (
        "from 0 to 24 hours"
        in errors_of(r.validate_checkin, {"day": TODAY, "sleep_h": "25"}, today=TODAY)["sleep_h"]
    )
    long = errors_of(r.validate_checkin, {"day": TODAY, "note": "x" * 2001}, today=TODAY)
    assert "too long" in long["note"]


def test_an_empty_checkin_is_refused_only_when_the_form_asks() -> None:
    errors = errors_of(r.validate_checkin, {"day": TODAY}, today=TODAY, require_content=True)
    assert "at least one" in errors["entry"]
    assert r.validate_checkin({"day": TODAY}, today=TODAY)["first_step_pain"] is None


# -- measurements ----------------------------------------------------------------------


def test_knee_to_wall_typed_in_inches_is_stored_in_cm() -> None:
    got = r.validate_measurement(
        {"day": TODAY, "kind": "knee_to_wall", "side": "left", "value": "4"},
        now=NOW,
        length_unit="in",
    )
    assert got["value"] == pytest.approx(10.16)
    assert got["taken_at"] == NOW.replace(microsecond=0)  # today: now


def test_an_earlier_day_is_taken_at_noon_and_kept_when_given() -> None:
    raw = {"day": "2026-06-01", "kind": "heel_rises", "side": "right", "value": "24", "trial": "1"}
    got = r.validate_measurement(raw, now=NOW)
    assert got["taken_at"] == datetime(2026, 6, 1, 12)
    assert got["value"] == 24.0 and got["trial"] == 1
    raw["taken_at"] = "2026-06-01T07:15:00"
    assert r.validate_measurement(raw, now=NOW)["taken_at"] == datetime(2026, 6, 1, 7, 15)
    raw["taken_at"] = "2026-06-02T07:15:00"
    assert "entry's date" in errors_of(r.validate_measurement, raw, now=NOW)["taken_at"]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("kind", "jump", "must be one of"),
        ("kind", "", "is needed"),
        ("side", "both", "must be one of"),
        ("trial", "0", "from 1 to 20"),
        ("trial", "x", "must be a number"),
        ("value", "", "is needed"),
        ("value", "-3", "cannot be negative"),
        ("value", "700", "from 0 to 600 seconds"),
        ("value", "ten", "must be a number"),
    ],
)
def test_measurement_fields(field, value, words) -> None:
    raw = {"day": TODAY, "kind": "balance_eo", "side": "left", "value": "30", field: value}
    errors = errors_of(r.validate_measurement, raw, now=NOW)
    assert words in errors[field]


def test_ranges_follow_the_test() -> None:
    base = {"day": TODAY, "side": "left"}
    check = r.validate_measurement
    heel = errors_of(check, {**base, "kind": "heel_rises", "value": "3.5"}, now=NOW)
    assert "whole number" in heel["value"]
    knee = errors_of(check, {**base, "kind": "knee_to_wall", "value": "31"}, now=NOW)
    assert "from 0 to 30 cm" in knee["value"]


# -- runs ------------------------------------------------------------------------------


def test_a_run_typed_in_miles_with_a_clock_duration() -> None:
    got = r.validate_run(
        {"day": TODAY, "distance_m": "5", "duration_s": "42:30", "run_type": "easy",
         "surface": "Trail", "shoe_id": "2", "pain_after": "1"},
        today=TODAY, distance_unit="mi", clock_duration=True,
    )  # fmt: skip
    assert got["distance_m"] == pytest.approx(8046.72)
    assert got["duration_s"] == 2550.0
    assert got["surface"] == "trail" and got["shoe_id"] == 2


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("distance_m", "0", "more than 0"),
        ("distance_m", "-5", "cannot be negative"),
        ("distance_m", "", "is needed"),
        ("distance_m", "600", "at most 500 km"),
        ("duration_s", "-10:00", "cannot be negative"),
        ("duration_s", "0", "more than zero"),
        ("duration_s", "1:75", "below 60"),
        ("duration_s", "soon", "h:mm:ss"),
        ("duration_s", "1:00", "too short for that distance"),
        ("run_type", "jog", "must be one of"),
        ("run_type", "", "is needed"),
        ("surface", "sand", "must be one of"),
        ("pain_after", "12", "from 0 to 10"),
        ("shoe_id", "zero", "must be a number"),
    ],
)
def test_run_fields(field, value, words) -> None:
    raw = {"day": TODAY, "distance_m": "10", "duration_s": "50:00", "run_type": "easy"}
    raw[field] = value
    errors = errors_of(r.validate_run, raw, today=TODAY, distance_unit="km", clock_duration=True)
    assert words in errors[field], errors


def test_shoe_fields() -> None:
    ok = r.validate_shoe({"name": "  Trail shoe ", "drop_mm": "4", "retired": "yes"})
    assert ok["name"] == "Trail shoe" and ok["drop_mm"] == 4.0 and ok["retired"] is True
    errors = errors_of(
        r.validate_shoe,
        {"name": " ", "drop_mm": "40", "stack_mm": "-1", "outsole_firmness": "hard",
         "heel_counter": "stiff", "midfoot_support": "max", "retired": "maybe"},
    )  # fmt: skip
    assert set(errors) == {
        "name", "drop_mm", "stack_mm", "outsole_firmness", "heel_counter",
        "midfoot_support", "retired",
    }  # fmt: skip
    assert "from -10 to 30 mm" in errors["drop_mm"]


def test_choices_match_the_store_constraints() -> None:
    from footgui.store import models as m

    assert r.MEASUREMENT_KINDS == m.MEASUREMENT_KINDS
    assert r.SIDES == m.FEET
    assert r.RUN_TYPES == m.RUN_TYPES
    assert r.SURFACES == m.SURFACES
    assert r.OUTSOLE_FIRMNESS == m.OUTSOLE_FIRMNESS
    assert r.HEEL_COUNTERS == m.HEEL_COUNTERS
    assert r.MIDFOOT_SUPPORTS == m.MIDFOOT_SUPPORTS


# -- properties ---------------------------------------------------------------------------

anything = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
    st.dates(), st.datetimes(),
)  # fmt: skip


@given(st.dictionaries(st.sampled_from([*r.CHECKIN_SCORES, "day", "sleep_h", "note"]), anything))
def test_checkin_validator_either_cleans_or_explains(raw) -> None:
    try:
        got = r.validate_checkin(raw, today=TODAY)
    except r.ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        return
    assert got["day"] <= TODAY
    for name in r.CHECKIN_SCORES:
        assert got[name] is None or (isinstance(got[name], int) and 0 <= got[name] <= 10)
    assert got["sleep_h"] is None or 0 <= got["sleep_h"] <= 24


@given(
    st.dictionaries(
        st.sampled_from(["day", "distance_m", "duration_s", "run_type", "surface", "pain_after"]),
        anything,
    ),
    st.sampled_from(["km", "mi", "m"]),
)
def test_run_validator_either_cleans_or_explains(raw, unit) -> None:
    try:
        got = r.validate_run(raw, today=TODAY, distance_unit=unit, clock_duration=True)
    except r.ValidationError as exc:
        assert exc.errors
        return
    assert 0 < got["distance_m"] <= r.RUN_MAX_M * 1.0001
    assert got["duration_s"] is None or got["duration_s"] > 0
    assert got["run_type"] in r.RUN_TYPES


@given(st.integers(0, 10))
def test_every_score_in_range_is_accepted(n) -> None:
    for text in (str(n), f" {n} ", n, float(n)):
        assert r.validate_checkin({"day": TODAY, "stiffness": text}, today=TODAY)["stiffness"] == n


@given(st.floats(0.01, 400, allow_nan=False), st.sampled_from(["km", "mi"]))
def test_distances_convert_back_exactly_enough(value, unit) -> None:
    metres = u.to_metres(value, unit)
    assert math.isclose(u.from_metres(metres, unit), value, rel_tol=1e-12)


@given(st.integers(0, 72 * 3600 - 1))
def test_durations_round_trip_through_the_clock_format(seconds) -> None:
    assert u.parse_duration(u.format_duration(seconds)) == seconds


# -- rules ---------------------------------------------------------------------------------


def test_spike_warns_above_ten_percent_of_the_longest_run_in_30_days() -> None:
    day = date(2026, 6, 15)
    previous = [(day - timedelta(days=3), 10_000.0), (day - timedelta(days=20), 8000.0),
                (day - timedelta(days=31), 30_000.0), (day, 20_000.0)]  # fmt: skip
    assert not r.check_run_spike(day, 11_000.0, previous).warn  # exactly 110%
    check = r.check_run_spike(day, 12_000.0, previous)
    assert check.warn and check.longest_m == 10_000.0 and check.hazard_ratio == 1.64
    assert "20% longer" in check.message("km") and "10.00 km" in check.message("km")
    assert r.check_run_spike(day, 25_000.0, previous).hazard_ratio == 2.28
    assert r.check_run_spike(day, 15_000.0, previous).hazard_ratio == 1.52
    lonely = r.check_run_spike(day, 50_000.0, [])
    assert not lonely.warn and "No run" in lonely.message()


def test_rules_come_from_the_program(catalog) -> None:
    rules = r.DiaryRules.from_program(catalog.program.rules)
    assert rules.spike_ratio == catalog.program.rules.running.spike_ratio == 1.10
    assert rules.spike_window_days == 30
    assert rules.mdc == {"knee_to_wall": 1.9, "heel_rises": 6}
    assert r.DiaryRules.from_program(None) == r.DiaryRules()


def test_mdc_says_whether_a_change_is_real() -> None:
    prev = (date(2026, 6, 1), 10.0)
    small = r.compare_with_previous("knee_to_wall", 11.5, prev)
    assert small is not None and small.real is False
    assert "within the 1.9 cm" in small.message("cm") and "Powden 2015" in small.message()
    big = r.compare_with_previous("knee_to_wall", 12.0, prev)
    assert big is not None and big.real is True and "real improvement" in big.message()
    assert "in" in big.message("in")
    heel = r.compare_with_previous("heel_rises", 31, (date(2026, 6, 1), 24.0))
    assert heel is not None and heel.real and "6 reps" in heel.message()
    balance = r.compare_with_previous("balance_ec", 9.0, (date(2026, 6, 1), 5.0))
    assert balance is not None and balance.real is None
    assert "no minimal detectable change" in balance.message().lower()
    assert r.compare_with_previous("heel_rises", 3, None) is None


def test_knee_to_wall_degrees_use_bennell() -> None:
    assert u.knee_to_wall_degrees(10) == pytest.approx(36.0)
    assert r.format_measurement("knee_to_wall", 10.0) == "10.0 cm (36°)"
    assert r.format_measurement("knee_to_wall", 10.0, "in") == "3.9 in (36°)"


def test_a_change_equal_to_the_mdc_is_not_real_despite_floating_point() -> None:
    """7.9 - 6.0 is 1.9000000000000004; the diary must agree with Today that it is no gain."""
    from footgui.core.norms import beyond

    assert r.compare_with_previous("knee_to_wall", 7.9, (date(2026, 1, 1), 6.0)).real is False
    assert not beyond(7.9 - 6.0, 1.9) and beyond(8.0 - 6.0, 1.9) and beyond(6.0 - 8.0, 1.9)
