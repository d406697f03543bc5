"""Chart series against examples worked out by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from footgui.core import series


def test_day_numbers_round_trip_and_weeks_start_on_monday() -> None:
    day = dt.date(2025, 3, 5)  # a Wednesday
    n = series.to_day(day)
    assert series.from_day(n) == day
    monday = series.monday_of(np.array([n], np.int64))[0]
    assert series.from_day(int(monday)) == dt.date(2025, 3, 3)
    assert series.monday_of(np.array([series.to_day(dt.date(2025, 3, 3))]))[0] == monday
    assert series.day_seconds(np.array([0]))[0] == 43200.0


def test_best_of_day_takes_each_days_highest_and_skips_nan() -> None:
    days, best = series.best_of_day([5, 3, 5, 3, 5, 9], [10.0, 7.0, 12.5, np.nan, 11.0, np.nan])
    assert days.tolist() == [3, 5]
    assert best.tolist() == [7.0, 12.5]


def test_best_of_day_empty_and_single() -> None:
    days, best = series.best_of_day([], [])
    assert days.size == 0 and best.size == 0
    days, best = series.best_of_day([42], [3.5])
    assert days.tolist() == [42] and best.tolist() == [3.5]


def test_clamp_to_cap_keeps_and_flags_outliers() -> None:
    shown, over = series.clamp_to_cap([30.0, 45.0, 600.0], 45.0)
    assert shown.tolist() == [30.0, 45.0, 45.0]
    assert over.tolist() == [False, False, True]


def test_rolling_median_uses_calendar_days() -> None:
    # window 3 days: day 0 [1] -> 1; day 1 [1,5] -> 3; day 2 [1,5,2] -> 2;
    # day 3 [5,2,10] -> 5; day 10 (gap) [7] -> 7
    med = series.rolling_median([0, 1, 2, 3, 10], [1.0, 5.0, 2.0, 10.0, 7.0], 3)
    assert med.tolist() == [1.0, 3.0, 2.0, 5.0, 7.0]


def test_rolling_median_single_point_and_empty() -> None:
    assert series.rolling_median([7], [4.0], 28).tolist() == [4.0]
    assert series.rolling_median([], [], 28).size == 0


def test_rolling_median_rejects_unreduced_input() -> None:
    with pytest.raises(ValueError, match="one value per day"):
        series.rolling_median([1, 1], [2.0, 3.0], 7)
    with pytest.raises(ValueError):
        series.rolling_median([1], [2.0], 0)


@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.floats(0, 100, allow_nan=False)),
        min_size=1,
        max_size=40,
        unique_by=lambda t: t[0],
    ),
    st.integers(1, 60),
)
def test_rolling_median_matches_a_naive_loop(points: list[tuple[int, float]], window: int) -> None:
    points.sort()
    days = [d for d, _ in points]
    values = [v for _, v in points]
    expected = [float(np.median([v for d2, v in points if d - window < d2 <= d])) for d in days]
    assert series.rolling_median(days, values, window) == pytest.approx(expected)


def test_break_gaps_inserts_nan_between_distant_points() -> None:
    x, y = series.break_gaps([0, 1, 20, 21], [1.0, 2.0, 3.0, 4.0], 7)
    assert x.tolist() == [0, 1, 10.5, 20, 21]
    assert np.isnan(y[2]) and y[[0, 1, 3, 4]].tolist() == [1.0, 2.0, 3.0, 4.0]
    x, y = series.break_gaps([5], [1.0], 7)
    assert x.tolist() == [5.0] and y.tolist() == [1.0]


def test_weekly_sums_include_empty_weeks() -> None:
    mon = series.to_day(dt.date(2025, 3, 3))
    # week 1: Mon 30 + Sun 20 = 50; week 2: nothing; week 3: Wed 15
    weeks, sums = series.weekly_sums([mon, mon + 6, mon + 16], [30.0, 20.0, 15.0])
    assert weeks.tolist() == [mon, mon + 7, mon + 14]
    assert sums.tolist() == [50.0, 0.0, 15.0]
    weeks, counts = series.weekly_counts([mon, mon + 6, mon + 16])
    assert counts.tolist() == [2.0, 0.0, 1.0]


def test_weekly_sums_with_explicit_range_and_no_data() -> None:
    mon = series.to_day(dt.date(2025, 3, 3))
    weeks, sums = series.weekly_sums([], [], mon, mon + 13)
    assert weeks.tolist() == [mon, mon + 7] and sums.tolist() == [0.0, 0.0]
    weeks, sums = series.weekly_sums([], [])
    assert weeks.size == 0


def test_run_spikes_against_the_previous_30_days() -> None:
    # day 0: 10 km; day 10: 11 km (exactly 110%: not a spike); day 20: 12.2 km (> 1.1 x 11)
    # day 20 second run 5 km; day 60: 8 km after 40 days without runs (no reference)
    # day 61: 9 km vs 8 -> 1.125 spike; day 100: 8 vs nothing in [70, 99] -> none
    days = [0, 10, 20, 20, 60, 61, 100]
    dist = [10.0, 11.0, 12.2, 5.0, 8.0, 9.0, 8.0]
    s = series.run_spikes(days, dist)
    assert s.is_spike.tolist() == [False, False, True, False, False, True, False]
    assert s.reference[1] == 10.0 and s.reference[2] == 11.0 and s.reference[3] == 11.0
    assert np.isnan(s.reference[0]) and np.isnan(s.reference[4]) and np.isnan(s.reference[6])
    assert s.ratio[5] == pytest.approx(1.125)


def test_run_spike_window_edge() -> None:
    # a run 30 days before counts; 31 days before does not
    s = series.run_spikes([0, 30], [10.0, 20.0])
    assert s.reference[1] == 10.0 and s.is_spike[1]
    s = series.run_spikes([0, 31], [10.0, 20.0])
    assert np.isnan(s.reference[1]) and not s.is_spike[1]


def test_run_spikes_empty() -> None:
    s = series.run_spikes([], [])
    assert s.is_spike.size == 0


def test_symmetry_pairs_days_and_counts_one_sided_days() -> None:
    sym = series.symmetry([1, 2, 4], [10.0, 12.0, 9.0], [2, 3, 4], [11.0, 8.0, 11.5])
    assert sym.days.tolist() == [2, 4]
    assert sym.difference.tolist() == [1.0, -2.5]
    assert (sym.only_left, sym.only_right) == (1, 1)
    assert series.over_threshold(sym.difference, 1.5).tolist() == [False, True]
    assert series.over_threshold([1.5, -1.5, 1.6], 1.5).tolist() == [False, False, True]


def test_symmetry_with_a_missing_side() -> None:
    sym = series.symmetry([1, 2], [3.0, 4.0], [], [])
    assert sym.days.size == 0 and sym.only_left == 2 and sym.only_right == 0


def test_stage_periods_merge_holds_and_close_at_end_day() -> None:
    events = [
        (0, 1, "start"),
        (28, 1, "hold"),
        (42, 2, "advance"),
        (60, 1, "regress"),
        (70, 2, "override"),
    ]
    periods, changes = series.stage_periods(events, end_day=100)
    assert [(p.start, p.end, p.stage) for p in periods] == [
        (0, 42, 1),
        (42, 60, 2),
        (60, 70, 1),
        (70, 101, 2),
    ]
    assert [(c.day, c.stage, c.previous, c.kind) for c in changes] == [
        (0, 1, None, "start"),
        (42, 2, 1, "advance"),
        (60, 1, 2, "regress"),
        (70, 2, 1, "override"),
    ]


def test_stage_periods_same_day_keeps_the_last_event_and_empty_is_empty() -> None:
    periods, changes = series.stage_periods(
        [(0, 1, "start"), (5, 2, "advance"), (5, 1, "override")], 9
    )
    assert [(p.start, p.end, p.stage) for p in periods] == [(0, 10, 1)]
    assert len(changes) == 1
    assert series.stage_periods([], 10) == ([], [])


def test_in_range_is_inclusive() -> None:
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert series.in_range(x, 2.0, 3.0).tolist() == [False, True, True, False]
