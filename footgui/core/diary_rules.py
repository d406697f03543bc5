"""What a diary entry may hold, and what the app says about a new value.

One set of validators serves the forms (values typed in the user's units) and
the importers (SI values read from CSV/JSON), so a value refused on screen is
refused in a file with the same words. Each validator returns the cleaned
values keyed by the store's column names, or raises ``ValidationError`` with a
plain message per field; nothing half-checked reaches the database.

The run-spike and minimal-detectable-change rules come from CLINICAL.md and
are read from ``resources/program.toml`` ``[rules]`` when given; the module
constants are the same figures with their sources, for use without content.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from footgui.core import norms, units
from footgui.core.text import Msg, join, translate

if TYPE_CHECKING:
    from footgui.core.program import Rules

# Choices mirror the store's CHECK constraints (footgui.store.models); core
# cannot import the store, and a test keeps the two lists equal.
MEASUREMENT_KINDS = ("balance_eo", "balance_ec", "knee_to_wall", "heel_rises")
SIDES = ("left", "right")
RUN_TYPES = ("easy", "strides", "tempo", "long", "hills")
SURFACES = ("grass", "track", "trail", "road", "treadmill")
OUTSOLE_FIRMNESS = ("soft", "medium", "firm")
HEEL_COUNTERS = ("flexible", "medium", "rigid")
MIDFOOT_SUPPORTS = ("neutral", "stability", "minimal")

CHECKIN_SCORES = (
    "first_step_pain",
    "next_morning_pain",
    "pain_during",
    "pain_after",
    "stiffness",
    "foot_fatigue",
)

LABELS: dict[str, Msg] = {
    "day": translate("DiaryRules", "Date"),
    "first_step_pain": translate("DiaryRules", "First-step pain"),
    "next_morning_pain": translate("DiaryRules", "Next-morning pain"),
    "pain_during": translate("DiaryRules", "Pain during exercise"),
    "pain_after": translate("DiaryRules", "Pain after"),
    "stiffness": translate("DiaryRules", "Stiffness"),
    "foot_fatigue": translate("DiaryRules", "Foot fatigue"),
    "sleep_h": translate("DiaryRules", "Sleep"),
    "note": translate("DiaryRules", "Note"),
    "kind": translate("DiaryRules", "Test"),
    "side": translate("DiaryRules", "Side"),
    "trial": translate("DiaryRules", "Trial"),
    "value": translate("DiaryRules", "Result"),
    "taken_at": translate("DiaryRules", "Time taken"),
    "distance_m": translate("DiaryRules", "Distance"),
    "duration_s": translate("DiaryRules", "Duration"),
    "run_type": translate("DiaryRules", "Type"),
    "surface": translate("DiaryRules", "Surface"),
    "shoe_id": translate("DiaryRules", "Shoe"),
    "name": translate("DiaryRules", "Name"),
    "drop_mm": translate("DiaryRules", "Drop"),
    "stack_mm": translate("DiaryRules", "Stack height"),
    "outsole_firmness": translate("DiaryRules", "Outsole firmness"),
    "heel_counter": translate("DiaryRules", "Heel counter"),
    "midfoot_support": translate("DiaryRules", "Midfoot support"),
    "retired": translate("DiaryRules", "Retired"),
    "id": translate("DiaryRules", "Id"),
}

MEASUREMENT_NAMES = {
    "balance_eo": "Single-leg balance, eyes open",
    "balance_ec": "Single-leg balance, eyes closed",
    "knee_to_wall": "Knee-to-wall",
    "heel_rises": "Heel rises to fatigue",
}

EARLIEST_DAY = date(1900, 1, 1)
NOTE_MAX = 2000
NAME_MAX = 120  # the store's String(120)
SLEEP_MAX_H = 24.0
TRIAL_MAX = 20
BALANCE_MAX_S = 600.0  # the protocol caps trials at 45 s; longer holds are still real
KNEE_TO_WALL_MAX_CM = 30.0
HEEL_RISES_MAX = 300
RUN_MAX_M = 500_000.0
RUN_MAX_S = 72 * 3600.0
# Faster than ~1:40 per km over any distance is beyond human running: the
# numbers were typed wrong (km and miles swapped, minutes as hours).
FASTEST_PACE_S_PER_KM = 100.0
DROP_RANGE_MM = (-10.0, 30.0)
STACK_RANGE_MM = (0.0, 80.0)

# CLINICAL.md section 6 (Frandsen 2025, BJSM 59(17):1203-1210): a run more than
# 10% longer than the longest run of the previous 30 days.
SPIKE_RATIO = 1.10
SPIKE_WINDOW_DAYS = 30
# Hazard ratios by how much longer the run was (Frandsen 2025).
SPIKE_HAZARDS: tuple[tuple[float, float, float], ...] = (
    (1.10, 1.30, 1.64),
    (1.30, 2.00, 1.52),
    (2.00, math.inf, 2.28),
)
# CLINICAL.md sections 4 and 6: knee-to-wall 1.9 cm same rater (Powden 2015);
# heel rises to fatigue +/- 6 reps retest agreement (Hebert-Losier 2017).
MDC_KNEE_TO_WALL_CM = 1.9
MDC_HEEL_RISES = 6.0


class ValidationError(ValueError):
    """Field name -> plain message; the key ``entry`` is about the whole entry.

    The messages the validators write are ``Msg``s (context "DiaryRules"), so a
    form shows them in the user's language while files and logs read English.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


@dataclass(frozen=True)
class DiaryRules:
    spike_ratio: float = SPIKE_RATIO
    spike_window_days: int = SPIKE_WINDOW_DAYS
    spike_basis: str = "Frandsen 2025"
    mdc: Mapping[str, float] = field(
        default_factory=lambda: {"knee_to_wall": MDC_KNEE_TO_WALL_CM, "heel_rises": MDC_HEEL_RISES}
    )
    mdc_source: Mapping[str, str] = field(
        default_factory=lambda: {"knee_to_wall": "Powden 2015", "heel_rises": "Hebert-Losier 2017"}
    )

    @classmethod
    def from_program(cls, rules: Rules | None) -> DiaryRules:
        """The figures from program.toml's ``[rules]`` (CLINICAL.md sources named there)."""
        if rules is None:
            return cls()
        mdc = rules.mdc
        return cls(
            spike_ratio=rules.running.spike_ratio,
            spike_window_days=rules.running.window_days,
            mdc={"knee_to_wall": mdc.knee_to_wall_cm, "heel_rises": mdc.heel_rises},
            mdc_source={
                "knee_to_wall": mdc.knee_to_wall_source,
                "heel_rises": mdc.heel_rises_source,
            },
        )


# -- field parsers -----------------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: object) -> float:
    """A finite number from a typed value or text; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")  # "3,5" as typed on a European keyboard
        result = float(text)
    else:
        raise ValueError
    if not math.isfinite(result):
        raise ValueError
    return result


class _Checker:
    """Collects one message per field while cleaning the values."""

    def __init__(self, raw: Mapping[str, object]) -> None:
        self.raw = raw
        self.errors: dict[str, Msg] = {}
        self.out: dict[str, Any] = {}

    def fail(self, name: str, message: Msg) -> None:
        self.errors.setdefault(name, message)

    def number(
        self,
        name: str,
        low: float,
        high: float,
        *,
        integer: bool = False,
        required: bool = False,
        low_open: bool = False,
        unit: str = "",
        scale: float = 1.0,
    ) -> float | int | None:
        """``scale`` converts the typed unit into storage units (e.g. km -> m)."""
        value = self.raw.get(name)
        label = _label(name)
        if _blank(value):
            if required:
                self.fail(name, _NEEDED.format(label=label))
            self.out[name] = None
            return None
        try:
            number = _number(value)
        except ValueError:
            self.fail(
                name,
                translate("DiaryRules", "{label} must be a number, like {example}").format(
                    label=label, example=3 if integer else 3.5
                ),
            )
            return None
        if integer and number != int(number):
            self.fail(
                name, translate("DiaryRules", "{label} must be a whole number").format(label=label)
            )
            return None
        if number < 0 and low >= 0:
            self.fail(
                name, translate("DiaryRules", "{label} cannot be negative").format(label=label)
            )
            return None
        below = number <= low if low_open else number < low
        if below or number > high:
            what = (
                translate("DiaryRules", "a whole number")
                if integer
                else translate("DiaryRules", "a number")
            )
            self.fail(
                name,
                translate("DiaryRules", "{label} must be {what} {span}").format(
                    label=label, what=what, span=_span(low, high, low_open, unit)
                ),
            )
            return None
        stored: float | int = int(number) if integer else number * scale
        self.out[name] = stored
        return stored

    def score(self, name: str, *, required: bool = False) -> int | None:
        got = self.number(name, 0, 10, integer=True, required=required)
        return None if got is None else int(got)

    def choice(self, name: str, choices: tuple[str, ...], *, required: bool = False) -> str | None:
        value = self.raw.get(name)
        label = _label(name)
        listed = ", ".join(choices)  # the values a file holds: the same in every language
        if _blank(value):
            if required:
                self.fail(
                    name,
                    translate("DiaryRules", "{label} is needed: pick one of {choices}").format(
                        label=label, choices=listed
                    ),
                )
            self.out[name] = None
            return None
        text = str(value).strip().lower() if isinstance(value, str) else value
        if text not in choices:
            self.fail(
                name,
                translate("DiaryRules", "{label} must be one of {choices}").format(
                    label=label, choices=listed
                ),
            )
            return None
        self.out[name] = text
        return str(text)

    def day(self, name: str, today: date) -> date | None:
        value = self.raw.get(name)
        label = _label(name)
        if _blank(value):
            self.fail(name, _NEEDED.format(label=label))
            return None
        parsed: date | None = None
        if isinstance(value, datetime):
            parsed = None
        elif isinstance(value, date):
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = date.fromisoformat(value.strip())
            except ValueError:
                parsed = None
            if parsed is not None and len(value.strip()) != 10:
                parsed = None  # only YYYY-MM-DD, so files stay unambiguous
        if parsed is None:
            self.fail(
                name,
                translate("DiaryRules", "{label} must be a date written as YYYY-MM-DD").format(
                    label=label
                ),
            )
            return None
        if parsed > today:
            self.fail(
                name,
                translate(
                    "DiaryRules", "{label} is in the future: pick today or an earlier day"
                ).format(label=label),
            )
            return None
        if parsed < EARLIEST_DAY:
            self.fail(
                name, translate("DiaryRules", "{label} is too far in the past").format(label=label)
            )
            return None
        self.out[name] = parsed
        return parsed

    def text(self, name: str, limit: int, *, required: bool = False) -> str | None:
        value = self.raw.get(name)
        label = _label(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(name, translate("DiaryRules", "{label} must be text").format(label=label))
            return None
        # Names are trimmed; notes are kept exactly as written, so that a
        # backup restores byte for byte what the user typed.
        cleaned = value.strip() if required else value
        if required and not cleaned:
            self.fail(name, _NEEDED.format(label=label))
            return None
        if len(cleaned) > limit:
            self.fail(
                name,
                translate("DiaryRules", "{label} is too long: at most {limit} characters").format(
                    label=label, limit=limit
                ),
            )
            return None
        if "\x00" in cleaned:
            self.fail(
                name,
                translate("DiaryRules", "{label} holds a character that cannot be stored").format(
                    label=label
                ),
            )
            return None
        self.out[name] = cleaned
        return cleaned

    def flag(self, name: str) -> bool | None:
        value = self.raw.get(name)
        label = _label(name)
        if _blank(value):
            self.out[name] = False
            return False
        if isinstance(value, bool):
            self.out[name] = value
            return value
        text = str(value).strip().lower()
        if text in {"true", "yes", "1"}:
            self.out[name] = True
            return True
        if text in {"false", "no", "0"}:
            self.out[name] = False
            return False
        self.fail(
            name, translate("DiaryRules", "{label} must be true or false").format(label=label)
        )
        return None

    def record_id(self) -> None:
        """An optional positive ``id`` (files keep ids so that runs can name their shoe)."""
        if "id" not in self.raw:
            return
        got = self.number("id", 1, 2**53, integer=True)
        if got is not None:
            self.out["id"] = int(got)

    def done(self) -> dict[str, Any]:
        if self.errors:
            raise ValidationError(self.errors)
        return self.out


_NEEDED = translate("DiaryRules", "{label} is needed")


def _label(name: str) -> Msg:
    """A field's name for a message; an unknown field (a file's typo) is named as written."""
    return LABELS.get(name) or Msg("", "{name}", {"name": name})


def _span(low: float, high: float, low_open: bool, unit: str) -> Msg:
    """The allowed range in words: "from 0 to 10", "more than 0 and at most 500 km"."""
    if low_open:
        if unit:
            return translate("DiaryRules", "more than {low:g} and at most {high:g} {unit}").format(
                low=low, high=high, unit=unit
            )
        return translate("DiaryRules", "more than {low:g} and at most {high:g}").format(
            low=low, high=high
        )
    if unit:
        return translate("DiaryRules", "from {low:g} to {high:g} {unit}").format(
            low=low, high=high, unit=unit
        )
    return translate("DiaryRules", "from {low:g} to {high:g}").format(low=low, high=high)


# -- validators per kind -----------------------------------------------------


def validate_checkin(
    raw: Mapping[str, object], *, today: date, require_content: bool = False
) -> dict[str, Any]:
    """A daily check-in: every score 0-10 and optional.

    Forms ask for ``require_content`` (an empty check-in is a slip of the
    mouse); files do not, since other pages may have saved a bare day.
    """
    c = _Checker(raw)
    c.record_id()
    c.day("day", today)
    for name in CHECKIN_SCORES:
        c.score(name)
    c.number("sleep_h", 0, SLEEP_MAX_H, unit=units.HOURS)
    c.text("note", NOTE_MAX)
    filled = [c.out.get(n) for n in (*CHECKIN_SCORES, "sleep_h")]
    empty = all(v is None for v in filled) and not str(c.out.get("note") or "").strip()
    if require_content and not c.errors and empty:
        c.fail("entry", translate("DiaryRules", "Fill in at least one score or a note"))
    return c.done()


def validate_measurement(
    raw: Mapping[str, object], *, now: datetime, length_unit: str = "cm"
) -> dict[str, Any]:
    """A test result; ``value`` is typed in ``length_unit`` for knee-to-wall."""
    c = _Checker(raw)
    c.record_id()
    day = c.day("day", now.date())
    kind = c.choice("kind", MEASUREMENT_KINDS, required=True)
    c.choice("side", SIDES, required=True)
    c.number("trial", 1, TRIAL_MAX, integer=True)
    if kind in ("balance_eo", "balance_ec"):
        c.number("value", 0, BALANCE_MAX_S, required=True, unit=units.SECONDS)
    elif kind == "knee_to_wall":
        scale = units.CM_PER[length_unit]
        high = KNEE_TO_WALL_MAX_CM / scale
        c.number("value", 0, round(high, 1), required=True, unit=length_unit, scale=scale)
    elif kind == "heel_rises":
        c.number("value", 0, HEEL_RISES_MAX, integer=True, required=True, unit=units.REPS)
    elif _blank(raw.get("value")):
        c.fail("value", _NEEDED.format(label=LABELS["value"]))
    c.text("note", NOTE_MAX)
    taken = raw.get("taken_at")
    if _blank(taken):
        if day is not None:
            c.out["taken_at"] = (
                now.replace(microsecond=0) if day == now.date() else datetime.combine(day, time(12))
            )
    else:
        try:
            stamp = taken if isinstance(taken, datetime) else datetime.fromisoformat(str(taken))
        except ValueError:
            c.fail(
                "taken_at",
                translate("DiaryRules", "Time taken must be written as YYYY-MM-DDTHH:MM:SS"),
            )
        else:
            if stamp.tzinfo is not None:
                c.fail(
                    "taken_at",
                    translate("DiaryRules", "Time taken must be local time without a time zone"),
                )
            elif day is not None and stamp.date() != day:
                c.fail(
                    "taken_at", translate("DiaryRules", "Time taken must fall on the entry's date")
                )
            else:
                c.out["taken_at"] = stamp
    if "value" in c.out and isinstance(c.out["value"], int):
        c.out["value"] = float(c.out["value"])
    return c.done()


def validate_run(
    raw: Mapping[str, object],
    *,
    today: date,
    distance_unit: str = "m",
    clock_duration: bool = False,
) -> dict[str, Any]:
    """A run; distance in ``distance_unit``, duration in seconds or as "h:mm:ss" text."""
    c = _Checker(raw)
    c.record_id()
    c.day("day", today)
    scale = units.METRES_PER[distance_unit]
    high = RUN_MAX_M / scale
    distance = c.number(
        "distance_m", 0, round(high, 1), required=True, low_open=True, unit=distance_unit,
        scale=scale,
    )  # fmt: skip
    duration = _duration(c, raw.get("duration_s"), clock_duration)
    if distance and duration and duration < distance / 1000.0 * FASTEST_PACE_S_PER_KM:
        c.fail(
            "duration_s",
            translate("DiaryRules", "Duration is too short for that distance: check both"),
        )
    c.choice("run_type", RUN_TYPES, required=True)
    c.choice("surface", SURFACES)
    shoe = c.number("shoe_id", 1, 2**53, integer=True)
    c.out["shoe_id"] = None if shoe is None else int(shoe)
    c.score("pain_after")
    c.text("note", NOTE_MAX)
    return c.done()


def _duration(c: _Checker, value: object, clock: bool) -> float | None:
    label = LABELS["duration_s"]
    if _blank(value):
        c.out["duration_s"] = None
        return None
    if clock and isinstance(value, str):
        try:
            seconds = units.parse_duration(value)
        except ValueError as exc:
            said = exc.args[0] if exc.args else None
            c.fail("duration_s", said if isinstance(said, Msg) else Msg("", str(exc)))
            return None
    else:
        try:
            seconds = _number(value)
        except ValueError:
            c.fail(
                "duration_s",
                translate("DiaryRules", "{label} must be a number of seconds").format(label=label),
            )
            return None
    if seconds < 0:
        c.fail("duration_s", translate("DiaryRules", "A duration cannot be negative"))
        return None
    if seconds == 0:
        c.fail(
            "duration_s",
            translate(
                "DiaryRules", "A duration must be more than zero (leave it empty if unknown)"
            ),
        )
        return None
    if seconds > RUN_MAX_S:
        c.fail("duration_s", translate("DiaryRules", "Duration is longer than 72 hours: check it"))
        return None
    c.out["duration_s"] = seconds
    return seconds


def validate_shoe(raw: Mapping[str, object]) -> dict[str, Any]:
    c = _Checker(raw)
    c.record_id()
    c.text("name", NAME_MAX, required=True)
    c.number("drop_mm", *DROP_RANGE_MM, unit="mm")
    c.number("stack_mm", *STACK_RANGE_MM, unit="mm")
    c.choice("outsole_firmness", OUTSOLE_FIRMNESS)
    c.choice("heel_counter", HEEL_COUNTERS)
    c.choice("midfoot_support", MIDFOOT_SUPPORTS)
    c.flag("retired")
    c.text("note", NOTE_MAX)
    return c.done()


# -- what the app says about a new value ---------------------------------------


@dataclass(frozen=True)
class SpikeCheck:
    """A run against the longest of the window before it (Frandsen 2025)."""

    distance_m: float
    longest_m: float | None
    ratio: float | None
    warn: bool
    hazard_ratio: float | None
    window_days: int

    def message(self, distance_unit: str = "km") -> Msg:
        days = self.window_days
        if self.longest_m is None:
            return translate(
                "DiaryRules", "No run in the previous {days} days to compare with."
            ).format(days=days)
        longest = units.format_distance(self.longest_m, distance_unit)
        if not self.warn or self.ratio is None:
            return translate(
                "DiaryRules", "Longest run in the previous {days} days: {longest}."
            ).format(days=days, longest=longest)
        pct = round((self.ratio - 1.0) * 100)
        head = translate(
            "DiaryRules",
            "This run is {pct}% longer than your longest run in the previous {days} days "
            "({longest}).",
        ).format(pct=pct, days=days, longest=longest)
        if self.hazard_ratio:
            why = translate(
                "DiaryRules",
                "Frandsen 2025 linked runs more than 10% longer than that with more running "
                "injuries (hazard ratio {hazard:g}).",
            ).format(hazard=self.hazard_ratio)
        else:
            why = translate(
                "DiaryRules",
                "Frandsen 2025 linked runs more than 10% longer than that with more running "
                "injuries.",
            )
        return join([head, why, translate("DiaryRules", "Consider a shorter run.")])


def check_run_spike(
    day: date,
    distance_m: float,
    previous: Iterable[tuple[date, float]],
    rules: DiaryRules | None = None,
) -> SpikeCheck:
    """``previous`` may hold any runs; only those of the window before ``day`` count."""
    r = rules or DiaryRules()
    start = day - timedelta(days=r.spike_window_days)
    longest = max((d_m for d, d_m in previous if start <= d < day), default=None)
    if longest is None or longest <= 0:
        return SpikeCheck(distance_m, longest, None, False, None, r.spike_window_days)
    ratio = distance_m / longest
    warn = ratio > r.spike_ratio
    hazard = next((h for lo, hi, h in SPIKE_HAZARDS if lo < ratio <= hi), None) if warn else None
    return SpikeCheck(distance_m, longest, ratio, warn, hazard, r.spike_window_days)


@dataclass(frozen=True)
class ChangeCheck:
    """A new test value against the user's previous best on an earlier day."""

    kind: str
    value: float
    previous: float
    previous_day: date
    mdc: float | None
    source: str | None

    @property
    def change(self) -> float:
        return self.value - self.previous

    @property
    def real(self) -> bool | None:
        """True when the change exceeds the MDC; None when no MDC is known."""
        if self.mdc is None:
            return None
        return norms.beyond(self.change, self.mdc)

    def message(self, length_unit: str = "cm") -> Msg:
        head = translate("DiaryRules", "Previous best: {value} on {day} {year}.").format(
            value=format_measurement(self.kind, self.previous, length_unit),
            day=self.previous_day,
            year=self.previous_day.year,
        )
        sign = "+" if self.change >= 0 else "-"
        delta = format_measurement(self.kind, abs(self.change), length_unit, degrees=False)
        if self.mdc is None:
            body = translate(
                "DiaryRules",
                "Change {sign}{delta}. No minimal detectable change is known for this test.",
            ).format(sign=sign, delta=delta)
            return join([head, body])
        mdc = format_measurement(self.kind, self.mdc, length_unit, degrees=False)
        source = self.source or ""
        if self.real and self.change > 0:
            body = translate(
                "DiaryRules",
                "Change {sign}{delta}: more than the {mdc} minimal detectable change "
                "({source}), so a real improvement.",
            )
        elif self.real:
            body = translate(
                "DiaryRules",
                "Change {sign}{delta}: more than the {mdc} minimal detectable change "
                "({source}), so a real decline.",
            )
        else:
            body = translate(
                "DiaryRules",
                "Change {sign}{delta}: within the {mdc} minimal detectable change "
                "({source}), so not yet a real change.",
            )
        return join([head, body.format(sign=sign, delta=delta, mdc=mdc, source=source)])


def compare_with_previous(
    kind: str,
    value: float,
    previous: tuple[date, float] | None,
    rules: DiaryRules | None = None,
) -> ChangeCheck | None:
    if previous is None:
        return None
    r = rules or DiaryRules()
    return ChangeCheck(
        kind, value, previous[1], previous[0], r.mdc.get(kind), r.mdc_source.get(kind)
    )


def format_measurement(
    kind: str, value: float, length_unit: str = "cm", *, degrees: bool = True
) -> Msg:
    """A stored value as the user reads it: "10.5 cm (38°)", "32.0 s", "24 reps"."""
    if kind == "knee_to_wall":
        text = units.format_length(value, length_unit)
        if degrees:
            return units.figure(
                "{length} ({degrees:.0f}°)",
                length=text,
                degrees=units.knee_to_wall_degrees(value),
            )
        return text
    if kind == "heel_rises":
        return translate("DiaryRules", "{value:.0f} reps").format(value=value)
    return units.figure("{value:.1f} s", value=value)
