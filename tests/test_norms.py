"""The reference values against CLINICAL.md, row by row (figures typed in again by hand)."""

from __future__ import annotations

import pytest

from footgui.core import norms

# CLINICAL.md section 3, copied independently of footgui.core.norms:
# (age_min, age_max, eyes open, eyes closed women, eyes closed men)
CLINICAL_TABLE = [
    (18, 39, 44.7, 13.1, 16.9),
    (40, 49, 41.9, 13.5, 12.0),
    (50, 59, 41.2, 7.9, 8.6),
    (60, 69, 32.1, 3.6, 5.1),
    (70, 79, 21.5, 3.7, 2.6),
    (80, 99, 9.4, 2.1, 1.8),
]


def test_springer_table_matches_clinical_row_for_row() -> None:
    rows = [
        (r.age_min, r.age_max, r.eyes_open_s, r.eyes_closed_women_s, r.eyes_closed_men_s)
        for r in norms.SPRINGER_2007
    ]
    assert rows == CLINICAL_TABLE


@pytest.mark.parametrize("row", CLINICAL_TABLE)
@pytest.mark.parametrize("where", ["min", "max"])
def test_each_age_band_gives_its_row(row: tuple[int, int, float, float, float], where: str) -> None:
    lo, hi, eo, ec_w, ec_m = row
    age = lo if where == "min" else hi
    open_band = norms.balance_band(False, age, "male")
    assert (open_band.low, open_band.high, open_band.center) == (eo, eo, eo)
    women = norms.balance_band(True, age, "female")
    assert (women.low, women.high) == (ec_w, ec_w)
    men = norms.balance_band(True, age, "male")
    assert (men.low, men.high) == (ec_m, ec_m)
    either = norms.balance_band(True, age, None)
    assert (either.low, either.high) == (min(ec_w, ec_m), max(ec_w, ec_m))
    assert "No sex" in either.note
    assert open_band.provisional and open_band.note == ""
    assert f"{lo}-{hi}" in open_band.label


def test_no_age_spans_all_bands_and_says_so() -> None:
    eo = norms.balance_band(False, None, "female")
    assert (eo.low, eo.high) == (9.4, 44.7)
    assert eo.center is None
    assert "No age in your profile" in eo.note and "all ages" in eo.label
    ec_w = norms.balance_band(True, None, "female")
    assert (ec_w.low, ec_w.high) == (2.1, 13.5)
    ec_m = norms.balance_band(True, None, "male")
    assert (ec_m.low, ec_m.high) == (1.8, 16.9)
    ec_any = norms.balance_band(True, None, None)
    assert (ec_any.low, ec_any.high) == (1.8, 16.9)
    assert "No age" in ec_any.note and "No sex" in ec_any.note


def test_ages_outside_the_table_use_the_nearest_band_and_say_so() -> None:
    young = norms.balance_band(False, 12, "female")
    assert young.low == 44.7 and "18-99" in young.note
    old = norms.balance_band(True, 104, "male")
    assert old.low == 1.8 and "nearest band (80-99)" in old.note


def test_sex_parsing_accepts_the_store_values_and_others() -> None:
    assert norms.parse_sex("female") is norms.Sex.WOMAN
    assert norms.parse_sex("Male") is norms.Sex.MAN
    assert norms.parse_sex("w") is norms.Sex.WOMAN
    assert norms.parse_sex("") is norms.Sex.UNKNOWN
    assert norms.parse_sex(None) is norms.Sex.UNKNOWN
    assert norms.parse_sex("other") is norms.Sex.UNKNOWN


def test_knee_to_wall_normal_range_and_mdc() -> None:
    band = norms.knee_to_wall_band()
    assert (band.low, band.high, band.center) == pytest.approx((9.2, 14.8, 12.0))
    assert "Hoch" in band.source and not band.provisional
    mdc = norms.knee_to_wall_mdc_band(10.0)
    assert (mdc.low, mdc.high, mdc.center) == pytest.approx((8.1, 11.9, 10.0))
    assert "Powden" in mdc.source


def test_heel_rise_medians_with_retest_agreement() -> None:
    men = norms.heel_rise_band("male")
    assert (men.low, men.center, men.high) == (18.0, 24.0, 30.0)
    women = norms.heel_rise_band("female")
    assert (women.low, women.center, women.high) == (15.0, 21.0, 27.0)
    either = norms.heel_rise_band(None)
    assert (either.low, either.center, either.high) == (15.0, None, 30.0)
    assert "No sex" in either.note


def test_symmetry_thresholds_label_their_origin() -> None:
    ktw = norms.SYMMETRY_THRESHOLDS["knee_to_wall"]
    assert ktw.limit == 1.5 and ktw.unit == "cm" and not ktw.own_rule
    assert "Hoch" in ktw.label
    for kind in ("heel_rises", "balance_eo", "balance_ec"):
        t = norms.SYMMETRY_THRESHOLDS[kind]
        assert t.own_rule and "footgui's own rule" in t.label
    assert norms.SYMMETRY_THRESHOLDS["heel_rises"].limit == norms.HEEL_RISE_RETEST_REPS


def test_pain_zones_are_the_clinical_zones() -> None:
    assert [(z.low, z.high) for z in norms.PAIN_ZONES] == [(0, 3), (4, 5), (6, 10)]


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [(1.10, ""), (1.11, "1.64"), (1.30, "1.64"), (1.31, "1.52"), (2.0, "1.52"), (2.01, "2.28")],
)
def test_spike_hazard_bands(ratio: float, expected: str) -> None:
    text = norms.spike_hazard(ratio)
    assert (expected in text) if expected else text == ""
