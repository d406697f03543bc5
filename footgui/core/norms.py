"""Reference values the Trends charts draw behind the user's own numbers.

Every figure here is copied from ``CLINICAL.md`` with its source, so a chart can
say where a line comes from. The Springer 2007 stance table is a second-hand
copy (see ``SPRINGER_PROVISIONAL``); thresholds that no paper gives are the
app's own and carry ``own_rule=True`` so the UI labels them as such rather
than presenting them as research findings.

Bands are ranges of *table values*, never invented spreads: with age and sex
known a Springer band collapses to the single published value (``low ==
high``); with sex unknown (eyes closed) it spans the women's and men's values;
with age unknown it spans every age band, and ``note`` says so.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from footgui.core.text import Msg, join, translate
from footgui.core.units import REPS

BALANCE_CAP_S = 45.0
"""Springer's trials stop at 45 s; the app's balance test uses the same cap."""

SPRINGER_SOURCE = "Springer et al. 2007, J Geriatr Phys Ther 30(1):8-15"
SPRINGER_PROVISIONAL = translate(
    "Norms",
    "provisional: Springer 2007 values are copies made by others, not yet checked against the "
    "paper",
)
HOCH_SOURCE = "Hoch & McKeon 2011, Man Ther 16(5):516-519"
POWDEN_SOURCE = "Powden et al. 2015, Man Ther 20(4):524-532"
HEBERT_LOSIER_SOURCE = "Hébert-Losier et al. 2017, Physiotherapy 103(4):446-452"
FRANDSEN_SOURCE = "Frandsen et al. 2025, BJSM 59(17):1203-1210"
APP_RULE = translate("Norms", "footgui's own rule (no research threshold found)")


class Sex(enum.Enum):
    WOMAN = "woman"
    MAN = "man"
    UNKNOWN = "unknown"


def beyond(change: float, limit: float) -> bool:
    """Whether a change counts as more than a test's change threshold (MDC, noise, stall).

    Rounded first: 7.9 - 6.0 is 1.9000000000000004 in floating point, and must
    not read as "more than 1.9". The diary, the report and the progression
    engine all ask this, so they can never disagree about one measurement.
    """
    return round(abs(change), 6) > limit


def parse_sex(value: str | None) -> Sex:
    """Map whatever the profile stores ("female", "F", "man", None ...) onto the table's columns."""
    if not value:
        return Sex.UNKNOWN
    head = value.strip().lower()[:1]
    if head in ("f", "w"):
        return Sex.WOMAN
    if head == "m":
        return Sex.MAN
    return Sex.UNKNOWN


@dataclass(frozen=True)
class StanceRow:
    """One age band of the Springer table: best of 3 trials, seconds."""

    age_min: int
    age_max: int
    eyes_open_s: float
    eyes_closed_women_s: float
    eyes_closed_men_s: float

    @property
    def label(self) -> str:
        return f"{self.age_min}-{self.age_max}"


SPRINGER_2007: tuple[StanceRow, ...] = (
    StanceRow(18, 39, 44.7, 13.1, 16.9),
    StanceRow(40, 49, 41.9, 13.5, 12.0),
    StanceRow(50, 59, 41.2, 7.9, 8.6),
    StanceRow(60, 69, 32.1, 3.6, 5.1),
    StanceRow(70, 79, 21.5, 3.7, 2.6),
    StanceRow(80, 99, 9.4, 2.1, 1.8),
)

KNEE_TO_WALL_MEAN_CM = 12.0
KNEE_TO_WALL_SD_CM = 2.8
KNEE_TO_WALL_MDC_CM = 1.9  # same rater; 1.6 cm between raters (Powden 2015)
HEEL_RISE_MEDIAN_MEN = 24.0
HEEL_RISE_MEDIAN_WOMEN = 21.0
HEEL_RISE_RETEST_REPS = 6.0
RUN_SPIKE_RATIO = 1.10
RUN_SPIKE_WINDOW_DAYS = 30


@dataclass(frozen=True)
class NormBand:
    """A reference range to shade on a chart; ``center`` is drawn as a line when set.

    ``label``, ``note`` and a unit word like "reps" are ``Msg``s (context
    "Norms"/"Units") for the GUI to localize; ``source`` is a citation and stays as written.
    """

    low: float
    high: float
    unit: str
    label: str
    source: str
    center: float | None = None
    note: str = ""
    provisional: bool = False

    @property
    def is_single_value(self) -> bool:
        return self.low == self.high


def stance_row(age: int) -> StanceRow | None:
    for row in SPRINGER_2007:
        if row.age_min <= age <= row.age_max:
            return row
    return None


def _closed_values(row: StanceRow, sex: Sex) -> tuple[float, ...]:
    if sex is Sex.WOMAN:
        return (row.eyes_closed_women_s,)
    if sex is Sex.MAN:
        return (row.eyes_closed_men_s,)
    return (row.eyes_closed_women_s, row.eyes_closed_men_s)


def balance_band(eyes_closed: bool, age: int | None, sex: str | None) -> NormBand:
    """The Springer band for this profile; unknown age or sex widens it and says why."""
    who = parse_sex(sex)
    notes: list[Msg] = []
    if age is None:
        rows: tuple[StanceRow, ...] = SPRINGER_2007
        notes.append(
            translate(
                "Norms", "No age in your profile: the band spans all ages (18-99). Add your age."
            )
        )
        ages = translate("Norms", "all ages")
    else:
        found = stance_row(age)
        if found is None:
            found = SPRINGER_2007[0] if age < SPRINGER_2007[0].age_min else SPRINGER_2007[-1]
            notes.append(
                translate(
                    "Norms", "The table covers ages 18-99; showing the nearest band ({band})."
                ).format(band=found.label)
            )
        rows = (found,)
        ages = translate("Norms", "age {band}").format(band=found.label)
    if eyes_closed:
        values = [v for r in rows for v in _closed_values(r, who)]
        if who is Sex.UNKNOWN:
            notes.append(
                translate(
                    "Norms", "No sex in your profile: the band spans the women's and men's values."
                )
            )
            whom = translate("Norms", "women and men")
        else:
            whom = translate("Norms", "women") if who is Sex.WOMAN else translate("Norms", "men")
        label = translate("Norms", "Springer 2007, eyes closed, {whom}, {ages}").format(
            whom=whom, ages=ages
        )
    else:
        values = [r.eyes_open_s for r in rows]
        label = translate("Norms", "Springer 2007, eyes open, {ages}").format(ages=ages)
    low, high = min(values), max(values)
    return NormBand(
        low=low,
        high=high,
        unit="s",
        label=label,
        source=SPRINGER_SOURCE,
        center=low if low == high else None,
        note=join(notes) if notes else "",
        provisional=True,
    )


def knee_to_wall_band() -> NormBand:
    """Healthy adults' mean +/- 1 SD; no age or sex split exists in the source."""
    return NormBand(
        low=KNEE_TO_WALL_MEAN_CM - KNEE_TO_WALL_SD_CM,
        high=KNEE_TO_WALL_MEAN_CM + KNEE_TO_WALL_SD_CM,
        unit="cm",
        label=translate("Norms", "Healthy adults 12 ± 2.8 cm (Hoch & McKeon 2011)"),
        source=HOCH_SOURCE,
        center=KNEE_TO_WALL_MEAN_CM,
    )


def knee_to_wall_mdc_band(first_value_cm: float) -> NormBand:
    """Changes inside this band around the first test may be measurement noise."""
    return NormBand(
        low=first_value_cm - KNEE_TO_WALL_MDC_CM,
        high=first_value_cm + KNEE_TO_WALL_MDC_CM,
        unit="cm",
        label=translate("Norms", "First test ± 1.9 cm: smaller changes may be noise (Powden 2015)"),
        source=POWDEN_SOURCE,
        center=first_value_cm,
    )


def heel_rise_band(sex: str | None) -> NormBand:
    """Median reps with the +/- 6 rep retest agreement around it; unknown sex spans both."""
    who = parse_sex(sex)
    note: str = ""
    if who is Sex.MAN:
        center: float | None = HEEL_RISE_MEDIAN_MEN
        low, high = HEEL_RISE_MEDIAN_MEN, HEEL_RISE_MEDIAN_MEN
        label = translate("Norms", "Median men 24 reps, ± 6 retest (Hébert-Losier 2017)")
    elif who is Sex.WOMAN:
        center = HEEL_RISE_MEDIAN_WOMEN
        low, high = HEEL_RISE_MEDIAN_WOMEN, HEEL_RISE_MEDIAN_WOMEN
        label = translate("Norms", "Median women 21 reps, ± 6 retest (Hébert-Losier 2017)")
    else:
        center = None
        low, high = HEEL_RISE_MEDIAN_WOMEN, HEEL_RISE_MEDIAN_MEN
        label = translate("Norms", "Median women 21 / men 24 reps, ± 6 retest (Hébert-Losier 2017)")
        note = translate(
            "Norms", "No sex in your profile: the band spans the women's and men's medians."
        )
    return NormBand(
        low=low - HEEL_RISE_RETEST_REPS,
        high=high + HEEL_RISE_RETEST_REPS,
        unit=REPS,
        label=label,
        source=HEBERT_LOSIER_SOURCE,
        center=center,
        note=note,
    )


@dataclass(frozen=True)
class SymmetryThreshold:
    """A left-right difference above ``limit`` is flagged on the Symmetry chart."""

    kind: str
    limit: float
    unit: str
    source: str
    own_rule: bool

    @property
    def label(self) -> Msg:
        origin = translate("Norms", "footgui's own rule") if self.own_rule else self.source
        return translate("Norms", "> {limit:g} {unit} ({origin})").format(
            limit=self.limit, unit=self.unit, origin=origin
        )


SYMMETRY_THRESHOLDS: dict[str, SymmetryThreshold] = {
    "knee_to_wall": SymmetryThreshold("knee_to_wall", 1.5, "cm", HOCH_SOURCE, own_rule=False),
    # The app's own: set equal to the heel-rise retest agreement, so a flag means
    # the sides differ by more than one test repeated would.
    "heel_rises": SymmetryThreshold("heel_rises", 6.0, REPS, APP_RULE, own_rule=True),
    # The app's own: no published left-right limit for single-leg stance time.
    "balance_eo": SymmetryThreshold("balance_eo", 5.0, "s", APP_RULE, own_rule=True),
    "balance_ec": SymmetryThreshold("balance_ec", 3.0, "s", APP_RULE, own_rule=True),
}


@dataclass(frozen=True)
class PainZone:
    """Whole-number pain scores ``low``..``high`` inclusive (the diary records integers)."""

    low: int
    high: int
    name: str  # a Msg: "0-3 safe"


PAIN_ZONES: tuple[PainZone, ...] = (
    PainZone(0, 3, translate("Norms", "0-3 safe")),
    PainZone(4, 5, translate("Norms", "4-5 acceptable")),
    PainZone(6, 10, translate("Norms", "above 5 too much")),
)
PAIN_ZONES_SOURCE = translate(
    "Norms",
    "Pain-monitoring model, Silbernagel 2007 / Thomeé 1997 (Achilles tendinopathy; "
    "used here for the plantar fascia as an extrapolation); zones credited to T. Goom",
)


def spike_hazard(ratio: float) -> str:
    """Frandsen 2025's hazard ratio for a run ``ratio`` times the 30-day longest run."""
    if ratio <= RUN_SPIKE_RATIO:
        return ""
    if ratio <= 1.30:
        return translate("Norms", "hazard ratio 1.64 for runs 10-30% longer (Frandsen 2025)")
    if ratio <= 2.0:
        return translate("Norms", "hazard ratio 1.52 for runs 30-100% longer (Frandsen 2025)")
    return translate("Norms", "hazard ratio 2.28 for runs over 100% longer (Frandsen 2025)")
