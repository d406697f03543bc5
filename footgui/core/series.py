"""What the Trends charts plot, computed without Qt so it can be tested by hand.

Days are integers counted from 1970-01-01 (``numpy.datetime64(day, "D")``
as int64), the cheapest form to group, window and convert to chart seconds.
Every function accepts empty arrays and single points, and none drops a value
silently: a value that cannot be drawn as recorded (a balance time above the
test cap) is clamped *and flagged* so the chart can mark it and the tooltip
and CSV can still give the recorded figure.

Outlier decision: balance trials are capped at 45 s by the protocol
(Springer 2007), so a 600 s entry is a timer left running or an over-long
hold. Plotting it at 600 would squash every real point into the bottom of
the axis; hiding it would lose it. So it is drawn at the cap with its own
marker, counted at the cap in the rolling median (a capped trial *is* a 45 s
result under the protocol), and its recorded value is kept for tooltips and
exports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

_EPOCH = dt.date(1970, 1, 1)
SECONDS_PER_DAY = 86400


def to_day(day: dt.date) -> int:
    return (day - _EPOCH).days


def from_day(day: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(day))


def day_seconds(days: IntArray) -> FloatArray:
    """Chart x for a day: noon UTC, so a point sits in the middle of its date's slot."""
    return days.astype(np.float64) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2


def monday_of(days: IntArray) -> IntArray:
    """The Monday starting each day's week (1970-01-01 was a Thursday)."""
    return days - (days + 3) % 7


def _as_days(days: npt.ArrayLike) -> IntArray:
    return np.asarray(days, dtype=np.int64)


def _as_values(values: npt.ArrayLike) -> FloatArray:
    return np.asarray(values, dtype=np.float64)


def best_of_day(days: npt.ArrayLike, values: npt.ArrayLike) -> tuple[IntArray, FloatArray]:
    """The highest value of each day, days ascending; NaN entries are not results."""
    d, v = _as_days(days), _as_values(values)
    keep = ~np.isnan(v)
    d, v = d[keep], v[keep]
    if d.size == 0:
        return np.empty(0, np.int64), np.empty(0, np.float64)
    order = np.lexsort((v, d))
    d, v = d[order], v[order]
    last = np.flatnonzero(np.r_[d[1:] != d[:-1], True])  # sorted by value within a day
    return d[last], v[last]


def clamp_to_cap(values: npt.ArrayLike, cap: float) -> tuple[FloatArray, BoolArray]:
    """Values drawn no higher than ``cap`` and a mask of the ones that were above it."""
    v = _as_values(values)
    over = v > cap
    return np.where(over, cap, v), over


def rolling_median(days: npt.ArrayLike, values: npt.ArrayLike, window_days: int) -> FloatArray:
    """Median of each point and the points in the ``window_days`` days up to it.

    The window is in calendar days, not points, so a gap shrinks it rather than
    reaching back months; after a gap longer than the window a point is its own
    median. Input is one value per day, days ascending (``best_of_day``'s output).
    """
    d, v = _as_days(days), _as_values(values)
    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    if d.size == 0:
        return np.empty(0, np.float64)
    if np.any(np.diff(d) <= 0):
        raise ValueError("rolling_median needs one value per day, days ascending")
    offset = d - d[0]
    grid = np.full(int(offset[-1]) + window_days, np.nan)
    grid[offset + window_days - 1] = v
    windows = np.lib.stride_tricks.sliding_window_view(grid, window_days)[offset]
    ordered = np.sort(windows, axis=1)  # NaNs sort last
    count = np.count_nonzero(~np.isnan(ordered), axis=1)  # >= 1: the point itself
    rows = np.arange(d.size)
    lower = ordered[rows, (count - 1) // 2]
    upper = ordered[rows, count // 2]
    result: FloatArray = (lower + upper) / 2.0
    return result


def break_gaps(
    days: npt.ArrayLike, values: npt.ArrayLike, max_gap_days: int
) -> tuple[FloatArray, FloatArray]:
    """Days and values with a NaN value mid-way between points more than ``max_gap_days`` apart.

    A line drawn with ``connect="finite"`` then stops at a long gap instead of
    implying data that was never recorded. The inserted day stays finite so
    the x values remain sorted (clip-to-view bisects them).
    """
    d, v = _as_days(days).astype(np.float64), _as_values(values)
    if d.size < 2:
        return d, v
    cut = np.flatnonzero(np.diff(d) > max_gap_days) + 1
    middle = (d[cut - 1] + d[cut]) / 2.0
    return np.insert(d, cut, middle), np.insert(v, cut, np.nan)


def weekly_sums(
    days: npt.ArrayLike,
    values: npt.ArrayLike,
    first_day: int | None = None,
    last_day: int | None = None,
) -> tuple[IntArray, FloatArray]:
    """Totals per Monday-to-Sunday week, including the empty weeks in between (as 0).

    An empty week is a real zero for training load, so it is a bar of height 0,
    not a missing bar.
    """
    d, v = _as_days(days), _as_values(values)
    keep = ~np.isnan(v)
    d, v = d[keep], v[keep]
    if d.size == 0 and (first_day is None or last_day is None):
        return np.empty(0, np.int64), np.empty(0, np.float64)
    lo = int(d.min()) if first_day is None else first_day
    hi = int(d.max()) if last_day is None else last_day
    if d.size:
        lo, hi = min(lo, int(d.min())), max(hi, int(d.max()))
    start = int(monday_of(np.array([lo], np.int64))[0])
    weeks = (int(monday_of(np.array([hi], np.int64))[0]) - start) // 7 + 1
    index = (monday_of(d) - start) // 7
    sums = np.bincount(index, weights=v, minlength=weeks).astype(np.float64)
    return start + 7 * np.arange(weeks, dtype=np.int64), sums


def weekly_counts(
    days: npt.ArrayLike, first_day: int | None = None, last_day: int | None = None
) -> tuple[IntArray, FloatArray]:
    d = _as_days(days)
    return weekly_sums(d, np.ones(d.size), first_day, last_day)


@dataclass(frozen=True)
class Spikes:
    """Per run: the longest run in the 30 days before it (NaN if none) and its ratio to it."""

    reference: FloatArray
    ratio: FloatArray
    is_spike: BoolArray


def run_spikes(
    days: npt.ArrayLike,
    distances: npt.ArrayLike,
    window_days: int = 30,
    threshold: float = 1.10,
) -> Spikes:
    """Runs longer than ``threshold`` x the longest run in the previous ``window_days``.

    Frandsen 2025 compares a run with the longest of the last 30 days; the
    run's own day is excluded, so two runs on one day are each compared with
    earlier days only. A run with no run in the window before it has no
    reference and is not flagged (there is nothing to spike against).
    """
    d, dist = _as_days(days), _as_values(distances)
    n = d.size
    if n == 0:
        empty = np.empty(0, np.float64)
        return Spikes(empty, empty.copy(), np.empty(0, np.bool_))
    lo = int(d.min())
    offset = d - lo
    daily = np.zeros(int(offset.max()) + 1)
    np.maximum.at(daily, offset, np.nan_to_num(dist, nan=0.0))
    padded = np.r_[np.zeros(window_days), daily]
    # window ending the day before day i: padded[i : i + window_days]
    prior = np.lib.stride_tricks.sliding_window_view(padded, window_days).max(axis=1)[offset]
    reference = np.where(prior > 0, prior, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = dist / reference
    is_spike = np.nan_to_num(ratio, nan=0.0) > threshold
    return Spikes(reference, ratio, is_spike)


@dataclass(frozen=True)
class Symmetry:
    """Left minus right on days with both sides; counts of one-sided days are kept."""

    days: IntArray
    difference: FloatArray
    left: FloatArray
    right: FloatArray
    only_left: int
    only_right: int


def symmetry(
    left_days: npt.ArrayLike,
    left_values: npt.ArrayLike,
    right_days: npt.ArrayLike,
    right_values: npt.ArrayLike,
) -> Symmetry:
    """Pairs each day's best left and right result; inputs are best-of-day series."""
    ld, lv = _as_days(left_days), _as_values(left_values)
    rd, rv = _as_days(right_days), _as_values(right_values)
    both, li, ri = np.intersect1d(ld, rd, assume_unique=True, return_indices=True)
    return Symmetry(
        days=both.astype(np.int64),
        difference=lv[li] - rv[ri],
        left=lv[li],
        right=rv[ri],
        only_left=int(ld.size - both.size),
        only_right=int(rd.size - both.size),
    )


def over_threshold(difference: npt.ArrayLike, limit: float) -> BoolArray:
    """Strictly above: a difference equal to the limit is within it."""
    result: BoolArray = np.abs(_as_values(difference)) > limit
    return result


@dataclass(frozen=True)
class StagePeriod:
    """Stage ``stage`` from ``start`` up to but not including ``end`` (days)."""

    start: int
    end: int
    stage: int


@dataclass(frozen=True)
class StageChange:
    day: int
    stage: int
    previous: int | None
    kind: str


def stage_periods(
    events: list[tuple[int, int, str]], end_day: int
) -> tuple[list[StagePeriod], list[StageChange]]:
    """Periods and the changes between them from ``(day, stage, kind)`` events.

    Events that keep the stage (a "hold", a repeated override) extend the
    current period; several events on one day keep the last. ``end_day`` is
    the last day to shade (today, or the last day with data if later).
    """
    last_of_day: dict[int, tuple[int, str]] = {}
    for day, stage, kind in events:  # later events of a day replace earlier ones
        last_of_day[day] = (stage, kind)
    periods: list[StagePeriod] = []
    changes: list[StageChange] = []
    start: int | None = None
    current: int | None = None
    for day in sorted(last_of_day):
        stage, kind = last_of_day[day]
        if stage == current:
            continue
        if start is not None and current is not None:
            periods.append(StagePeriod(start, day, current))
        changes.append(StageChange(day, stage, current, kind))
        start, current = day, stage
    if start is not None and current is not None:
        periods.append(StagePeriod(start, max(end_day, start) + 1, current))
    return periods, changes


def in_range(x: FloatArray, lo: float, hi: float) -> BoolArray:
    """Which points of a series lie in the visible x range (inclusive)."""
    result: BoolArray = (x >= lo) & (x <= hi)
    return result
