"""The diary's queries on a real SQLite file: records, history pages, shoe totals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from footgui.core.diary_rules import ValidationError
from footgui.store import diary
from footgui.store.models import CheckIn, Measurement, Run

DAY = date(2026, 5, 10)


def add_run(db, day, metres, shoe_id=None, **kw) -> int:
    values = {"day": day, "distance_m": metres, "run_type": "easy", "shoe_id": shoe_id, **kw}
    return diary.insert_record(db, "run", values)


def test_records_go_in_and_out_as_dicts(db) -> None:
    rid = diary.insert_record(db, "checkin", {"day": DAY, "stiffness": 3, "note": "ok"})
    got = diary.get_record(db, "checkin", rid)
    assert got is not None and got["day"] == DAY and got["stiffness"] == 3 and got["note"] == "ok"
    diary.update_record(db, "checkin", rid, {"stiffness": 5})
    assert diary.get_record(db, "checkin", rid)["stiffness"] == 5  # type: ignore[index]
    gone = diary.delete_record(db, "checkin", rid)
    assert diary.get_record(db, "checkin", rid) is None
    diary.restore_record(db, gone)
    assert diary.get_record(db, "checkin", rid) == {**got, "stiffness": 5}


def test_a_second_checkin_on_a_day_is_refused(db) -> None:
    first = diary.insert_record(db, "checkin", {"day": DAY, "stiffness": 1})
    with pytest.raises(ValidationError) as info:
        diary.insert_record(db, "checkin", {"day": DAY, "stiffness": 2})
    assert "already a check-in" in info.value.errors["day"]
    other = diary.insert_record(db, "checkin", {"day": DAY - timedelta(days=1), "stiffness": 2})
    with pytest.raises(ValidationError):
        diary.update_record(db, "checkin", other, {"day": DAY})
    diary.update_record(db, "checkin", first, {"day": DAY, "stiffness": 4})  # itself: fine
    assert diary.checkin_on(db, DAY)["stiffness"] == 4  # type: ignore[index]


def test_a_run_must_name_an_existing_shoe(db) -> None:
    with pytest.raises(ValidationError) as info:
        add_run(db, DAY, 5000.0, shoe_id=99)
    assert "shoe_id" in info.value.errors


def test_deleting_a_shoe_unlinks_its_runs_and_restoring_relinks_them(db) -> None:
    shoe = diary.insert_record(db, "shoe", {"name": "Daily", "retired": False})
    runs = [add_run(db, DAY - timedelta(days=i), 5000.0 + i, shoe) for i in range(3)]
    gone = diary.delete_record(db, "shoe", shoe)
    assert sorted(gone.linked_runs) == sorted(runs)
    assert all(diary.get_record(db, "run", r)["shoe_id"] is None for r in runs)  # type: ignore[index]
    diary.restore_record(db, gone)
    assert all(diary.get_record(db, "run", r)["shoe_id"] == shoe for r in runs)  # type: ignore[index]


def test_shoe_totals_add_up_the_runs(db) -> None:
    a = diary.insert_record(db, "shoe", {"name": "A", "retired": False})
    b = diary.insert_record(db, "shoe", {"name": "B", "retired": True})
    diary.insert_record(db, "shoe", {"name": "C", "retired": False})
    add_run(db, DAY, 5000.0, a)
    add_run(db, DAY - timedelta(days=1), 7250.5, a)
    add_run(db, DAY - timedelta(days=2), 10000.0, b)
    add_run(db, DAY - timedelta(days=3), 3000.0)  # no shoe
    summaries = {s.name: s for s in diary.shoe_summaries(db)}
    assert [s.name for s in diary.shoe_summaries(db)] == ["A", "C", "B"]  # in use first
    assert summaries["A"].distance_m == pytest.approx(12250.5) and summaries["A"].runs == 2
    assert summaries["A"].last_run == DAY
    assert summaries["B"].distance_m == 10000.0 and summaries["C"].runs == 0


def test_previous_best_is_the_best_trial_of_the_latest_earlier_day(db) -> None:
    def add(day, value, side="left", kind="knee_to_wall"):
        return diary.insert_record(
            db, "measurement",
            {"day": day, "taken_at": datetime.combine(day, datetime.min.time()),
             "kind": kind, "side": side, "value": value, "trial": 1},
        )  # fmt: skip

    add(DAY - timedelta(days=10), 14.0)
    add(DAY - timedelta(days=3), 10.0)
    add(DAY - timedelta(days=3), 11.5)
    add(DAY - timedelta(days=1), 20.0, side="right")
    today = add(DAY, 12.0)
    assert diary.previous_best(db, "knee_to_wall", "left", DAY) == (DAY - timedelta(days=3), 11.5)
    assert diary.previous_best(db, "heel_rises", "left", DAY) is None
    assert diary.next_trial(db, "knee_to_wall", "left", DAY - timedelta(days=3)) == 2
    assert diary.next_trial(db, "knee_to_wall", "left", DAY + timedelta(days=1)) == 1
    assert today > 0


def test_runs_before_is_the_window_before_the_day(db) -> None:
    add_run(db, DAY, 9000.0)
    add_run(db, DAY - timedelta(days=30), 8000.0)
    add_run(db, DAY - timedelta(days=31), 20000.0)
    own = add_run(db, DAY - timedelta(days=5), 6000.0)
    got = sorted(diary.runs_before(db, DAY, 30))
    assert got == [(DAY - timedelta(days=30), 8000.0), (DAY - timedelta(days=5), 6000.0)]
    assert (DAY - timedelta(days=5), 6000.0) not in diary.runs_before(db, DAY, 30, exclude_id=own)


def fill(db, n_days: int, start: date) -> None:
    with db.session() as s:
        s.execute(insert(CheckIn), [
            {"day": start + timedelta(days=i), "stiffness": i % 11, "note": f"n{i % 7}"}
            for i in range(n_days)
        ])  # fmt: skip
        s.execute(insert(Run), [
            {"day": start + timedelta(days=i), "distance_m": 1000.0 + i, "run_type": "easy",
             "note": ""}
            for i in range(0, n_days, 2)
        ])  # fmt: skip
        s.execute(insert(Measurement), [
            {"day": start + timedelta(days=i), "taken_at": datetime(2020, 1, 1),
             "kind": "heel_rises", "side": "left", "value": float(i % 30), "trial": None,
             "note": ""}
            for i in range(0, n_days, 3)
        ])  # fmt: skip


@pytest.mark.parametrize("key", diary.SORT_KEYS)
@pytest.mark.parametrize("descending", [True, False])
def test_history_pages_cover_every_row_once_in_order(db, key, descending) -> None:
    fill(db, 150, date(2025, 1, 1))
    filt = diary.HistoryFilter()
    total = diary.history_count(db, filt)
    assert total == 150 + 75 + 50
    seen, after = [], None
    while page := diary.history_page(
        db, filt, limit=37, after=after, sort_key=key, descending=descending
    ):
        seen.extend(page)
        after = diary.sort_values(page[-1], key)
    assert len(seen) == total == len({(r[0], r[1]) for r in seen})
    keys = [diary.sort_values(r, key) for r in seen]
    assert keys == sorted(keys, reverse=descending)


def test_history_filters_by_kind_date_and_note(db) -> None:
    fill(db, 60, date(2025, 1, 1))
    runs = diary.HistoryFilter(kinds=frozenset({"run"}))
    assert diary.history_count(db, runs) == 30
    assert {r[0] for r in diary.history_page(db, runs, limit=100)} == {"run"}
    window = diary.HistoryFilter(since=date(2025, 1, 10), until=date(2025, 1, 19))
    rows = diary.history_page(db, window, limit=1000)
    assert rows and all(date(2025, 1, 10) <= r[2] <= date(2025, 1, 19) for r in rows)
    assert len(rows) == diary.history_count(db, window) == 10 + 5 + 4
    assert diary.history_count(db, diary.HistoryFilter(text="n3")) == len(
        [i for i in range(60) if i % 7 == 3]
    )
    assert diary.history_count(db, diary.HistoryFilter(text="%")) == 0  # LIKE wildcards escaped
    assert diary.history_count(db, diary.HistoryFilter(kinds=frozenset())) == 0
    assert diary.history_page(db, diary.HistoryFilter(kinds=frozenset()), limit=5) == []


def test_history_rows_carry_what_the_table_shows(db) -> None:
    shoe = diary.insert_record(db, "shoe", {"name": "Trail", "retired": False})
    add_run(db, DAY, 8000.0, shoe, duration_s=2400.0, surface="trail", pain_after=2, note="hilly")
    (row,) = diary.history_page(db, diary.HistoryFilter(), limit=5)
    assert row[:9] == ("run", 1, DAY, "easy", "trail", "Trail", 8000.0, 2400.0, 2)
    assert row[-1] == "hilly"
