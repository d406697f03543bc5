"""The store on real SQLite files: models, constraints, repositories, and refusals.

Every refusal test checks that the file is byte-identical afterwards: footgui
must never write to a database it cannot understand.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from footgui.store import repos
from footgui.store.backup import backup_database, list_backups
from footgui.store.db import HEAD_REVISION, Database, StoreError, open_database
from footgui.store.models import (
    CheckIn,
    Measurement,
    Profile,
    Run,
    SetLog,
    Shoe,
    StageEvent,
    TrainingSession,
)

DAY = date(2026, 3, 14)
NOON = datetime(2026, 3, 14, 12, 0, 0)


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def reopen(db: Database) -> Database:
    assert db.path is not None
    db.close()
    return open_database(url(db.path), backup_dir=db.backup_dir)


# -- models and the file ---------------------------------------------------------


def test_every_model_round_trips_through_a_file(db: Database) -> None:
    repos.update_profile(
        db, age=41, sex="male", dominant_foot="left", program_start=DAY, units="imperial"
    )
    shoe = repos.add_shoe(
        db,
        "Daily trainer",
        drop_mm=8.0,
        stack_mm=31.5,
        outsole_firmness="medium",
        heel_counter="rigid",
        midfoot_support="stability",
        note="blue",
    )
    run = repos.add_run(
        db,
        day=DAY,
        distance_m=8040.0,
        duration_s=2900.0,
        run_type="tempo",
        surface="track",
        shoe_id=shoe.id,
        pain_after=2,
        note="windy",
    )
    repos.upsert_checkin(
        db,
        DAY,
        first_step_pain=3,
        pain_during=2,
        pain_after=1,
        next_morning_pain=2,
        stiffness=4,
        foot_fatigue=5,
        sleep_h=7.5,
        note="ok",
    )
    m = repos.add_measurement(
        db, kind="knee_to_wall", side="left", value=11.2, day=DAY, taken_at=NOON, note="wall"
    )
    s = repos.start_session(db, "s1-strength", 1, started_at=NOON)
    repos.log_set(
        db,
        s.id,
        "heel-raise-323",
        set_number=2,
        side="right",
        reps=12,
        hold_s=1.5,
        duration_s=40.0,
        load_kg=8.0,
        rpe=6,
        pain=1,
        status="partial",
        logged_at=NOON + timedelta(minutes=3),
    )
    repos.finish_session(
        db, s.id, ended_at=NOON + timedelta(minutes=30), pain_during=2, foot_fatigue=3, rpe=5
    )
    repos.add_stage_event(db, day=DAY, stage=2, kind="advance", reason="targets met")

    db = reopen(db)
    with db.session() as session:
        profile = session.get(Profile, 1)
        assert profile is not None
        assert (profile.age, profile.sex, profile.dominant_foot) == (41, "male", "left")
        assert (profile.program_start, profile.units, profile.current_stage) == (
            DAY,
            "imperial",
            2,
        )
        got_shoe = session.scalars(select(Shoe)).one()
        assert (got_shoe.name, got_shoe.drop_mm, got_shoe.stack_mm) == ("Daily trainer", 8, 31.5)
        assert (got_shoe.outsole_firmness, got_shoe.heel_counter) == ("medium", "rigid")
        assert (got_shoe.midfoot_support, got_shoe.retired, got_shoe.note) == (
            "stability",
            False,
            "blue",
        )
        got_run = session.get(Run, run.id)
        assert got_run is not None
        assert (got_run.day, got_run.distance_m, got_run.duration_s) == (DAY, 8040.0, 2900.0)
        assert (got_run.run_type, got_run.surface, got_run.shoe_id) == ("tempo", "track", shoe.id)
        assert (got_run.pain_after, got_run.note) == (2, "windy")
        checkin = session.scalars(select(CheckIn)).one()
        assert (checkin.day, checkin.first_step_pain, checkin.pain_during) == (DAY, 3, 2)
        assert (checkin.pain_after, checkin.next_morning_pain, checkin.stiffness) == (1, 2, 4)
        assert (checkin.foot_fatigue, checkin.sleep_h, checkin.note) == (5, 7.5, "ok")
        got_m = session.get(Measurement, m.id)
        assert got_m is not None
        assert (got_m.kind, got_m.side, got_m.value, got_m.trial) == (
            "knee_to_wall",
            "left",
            11.2,
            None,
        )
        assert (got_m.day, got_m.taken_at, got_m.note) == (DAY, NOON, "wall")
        got_s = session.get(TrainingSession, s.id)
        assert got_s is not None
        assert (got_s.template_id, got_s.stage, got_s.status) == ("s1-strength", 1, "finished")
        assert (got_s.started_at, got_s.ended_at) == (NOON, NOON + timedelta(minutes=30))
        assert (got_s.pain_during, got_s.foot_fatigue, got_s.rpe) == (2, 3, 5)
        [got_set] = got_s.sets
        assert (got_set.exercise_id, got_set.side, got_set.set_number) == (
            "heel-raise-323",
            "right",
            2,
        )
        assert (got_set.reps, got_set.hold_s, got_set.duration_s, got_set.load_kg) == (
            12,
            1.5,
            40.0,
            8.0,
        )
        assert (got_set.rpe, got_set.pain, got_set.status) == (6, 1, "partial")
        assert got_set.logged_at == NOON + timedelta(minutes=3)
        event = session.scalars(select(StageEvent)).one()
        assert (event.day, event.stage, event.kind, event.reason) == (
            DAY,
            2,
            "advance",
            "targets met",
        )
    db.close()


def test_sqlite_connections_use_wal_foreign_keys_and_normal_sync(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    assert db.path is not None and db.path.is_file()
    assert db.revision == HEAD_REVISION and db.is_current


def test_a_failed_block_rolls_back_everything(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(CheckIn(day=DAY, note=""))
        session.flush()
        raise RuntimeError("boom")
    assert repos.get_checkin(db, DAY) is None


def test_a_killed_process_keeps_what_it_committed(tmp_path: Path) -> None:
    """WAL + synchronous=NORMAL: a commit survives SIGKILL right after it."""
    path = tmp_path / "footgui.sqlite3"
    script = textwrap.dedent(
        f"""
        import os, signal
        from datetime import date
        from footgui.store.db import open_database
        from footgui.store import repos
        db = open_database({url(path)!r})
        s = repos.start_session(db, "s1-strength", 1)
        repos.log_set(db, s.id, "toe-curls", set_number=1, reps=10)
        repos.upsert_checkin(db, date(2026, 3, 14), first_step_pain=4)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert result.returncode == -9
    assert Path(f"{path}-wal").exists()  # the data was still only in the WAL
    db = open_database(url(path))
    checkin = repos.get_checkin(db, DAY)
    assert checkin is not None and checkin.first_step_pain == 4
    [session] = repos.list_sessions(db, with_sets=True)
    assert session.status == "in_progress"
    assert [s.exercise_id for s in session.sets] == ["toe-curls"]
    db.close()


# -- constraints -------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        CheckIn(day=DAY, first_step_pain=11, note=""),
        CheckIn(day=DAY, stiffness=-1, note=""),
        CheckIn(day=DAY, sleep_h=25.0, note=""),
        Run(day=DAY, distance_m=5000.0, pain_after=12, run_type="easy", note=""),
        Run(day=DAY, distance_m=5000.0, surface="sand", run_type="easy", note=""),
        Measurement(day=DAY, taken_at=NOON, kind="balance_eo", side="lft", value=3.0, note=""),
        Measurement(day=DAY, taken_at=NOON, kind="balance_eo", side="left", value=-1.0, note=""),
        StageEvent(day=DAY, stage=5, kind="advance", reason=""),
        Shoe(name="x", drop_mm=40.0, retired=False, note=""),
    ],
    ids=lambda row: type(row).__name__,
)
def test_check_constraints_reject_out_of_range_values(db: Database, row: object) -> None:
    with pytest.raises(IntegrityError, match="CHECK constraint failed"), db.session() as session:
        session.add(row)
    assert sum(repos.count_entries(db).values()) == 0


def test_set_and_session_scores_are_checked_by_the_database(db: Database) -> None:
    s = repos.start_session(db, "t", 1)
    with pytest.raises(IntegrityError, match="ck_set_log_pain"), db.session() as session:
        session.add(SetLog(session_id=s.id, exercise_id="x", set_number=1, pain=11, logged_at=NOON))
    with pytest.raises(IntegrityError, match="ck_training_session_rpe"), db.session() as session:
        row = session.get(TrainingSession, s.id)
        assert row is not None
        row.rpe = 11
    with pytest.raises(IntegrityError, match="ck_profile_single_row"), db.session() as session:
        session.add(Profile(id=2))


def test_the_profile_stage_is_checked(db: Database) -> None:
    repos.get_profile(db)
    with pytest.raises(IntegrityError, match="ck_profile_current_stage"), db.session() as session:
        session.execute(text("UPDATE profile SET current_stage = 5"))


def test_one_check_in_per_day(db: Database) -> None:
    repos.upsert_checkin(db, DAY, first_step_pain=3, note="morning")
    with pytest.raises(IntegrityError, match="UNIQUE"), db.session() as session:
        session.add(CheckIn(day=DAY, note=""))
    # upsert edits the day's entry and keeps the fields it was not given
    repos.upsert_checkin(db, DAY, pain_after=2, first_step_pain=None)
    [checkin] = repos.list_checkins(db)
    assert (checkin.first_step_pain, checkin.pain_after, checkin.note) == (None, 2, "morning")


def test_deleting_a_session_cascades_to_its_sets_in_sql(db: Database) -> None:
    s = repos.start_session(db, "t", 1)
    for n in (1, 2, 3):
        repos.log_set(db, s.id, "toe-curls", set_number=n, reps=10)
    other = repos.start_session(db, "t", 1)
    repos.log_set(db, other.id, "toe-curls", set_number=1, reps=10)
    with db.session() as session:  # plain SQL: the database itself must cascade
        session.execute(text("DELETE FROM training_session WHERE id = :id"), {"id": s.id})
    assert repos.count_entries(db)["set_log"] == 1
    repos.delete_session(db, other.id)
    assert repos.count_entries(db)["set_log"] == 0


def test_deleting_a_shoe_keeps_its_runs(db: Database) -> None:
    shoe = repos.add_shoe(db, "Trail shoe")
    run = repos.add_run(db, day=DAY, distance_m=5000.0, shoe_id=shoe.id)
    repos.delete_shoe(db, shoe.id)
    [kept] = repos.list_runs(db)
    assert kept.id == run.id and kept.shoe_id is None


def test_a_set_for_a_missing_session_is_refused(db: Database) -> None:
    with pytest.raises(LookupError, match="training_session"):
        repos.log_set(db, 999, "toe-curls", set_number=1)
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.session() as session:
        session.add(SetLog(session_id=999, exercise_id="x", set_number=1, logged_at=NOON))


def test_score_validation_matches_the_database(tmp_path: Path) -> None:
    db = open_database(url(tmp_path / "v.sqlite3"))

    @settings(max_examples=60, deadline=None)
    @given(value=st.integers(-20, 30), sleep=st.floats(-5, 30, allow_nan=False))
    def check(value: int, sleep: float) -> None:
        try:
            repos.upsert_checkin(db, DAY, first_step_pain=value, sleep_h=sleep)
        except ValueError:
            assert not (0 <= value <= 10 and 0 <= sleep <= 24)
        else:
            assert 0 <= value <= 10 and 0 <= sleep <= 24
        with db.engine.connect() as conn:
            bad = conn.exec_driver_sql(
                "SELECT count(*) FROM check_in WHERE first_step_pain NOT BETWEEN 0 AND 10"
            ).scalar()
        assert bad == 0

    check()
    db.close()


# -- repositories ----------------------------------------------------------------


def test_profile_defaults_and_partial_updates(db: Database) -> None:
    profile = repos.get_profile(db)
    assert (profile.current_stage, profile.units, profile.age) == (1, "metric", None)
    repos.update_profile(db, age=38)
    updated = repos.update_profile(db, sex="female")
    assert (updated.age, updated.sex) == (38, "female")
    with pytest.raises(ValueError, match="stage"):
        repos.update_profile(db, current_stage=5)


def test_measurements_filter_by_kind_side_and_day(db: Database) -> None:
    for offset in range(3):
        day = DAY + timedelta(days=offset)
        at = datetime.combine(day, NOON.time())
        repos.add_trials(db, kind="balance_eo", side="left", values=[20.0, 25.5, 24.0], taken_at=at)
        repos.add_measurement(db, kind="heel_rises", side="right", value=20 + offset, taken_at=at)
    trials = repos.list_measurements(db, kind="balance_eo", side="left", since=DAY + timedelta(1))
    assert [(m.day, m.trial, m.value) for m in trials] == [
        (DAY + timedelta(1), 1, 20.0),
        (DAY + timedelta(1), 2, 25.5),
        (DAY + timedelta(1), 3, 24.0),
        (DAY + timedelta(2), 1, 20.0),
        (DAY + timedelta(2), 2, 25.5),
        (DAY + timedelta(2), 3, 24.0),
    ]
    assert [m.value for m in repos.list_measurements(db, kind="heel_rises")] == [20, 21, 22]
    assert repos.list_measurements(db, side="right", kind="balance_eo") == []
    with pytest.raises(ValueError, match="side"):
        repos.add_measurement(db, kind="heel_rises", side="both", value=3)  # type: ignore[arg-type]


def test_log_set_is_visible_to_another_connection_at_once(db: Database, tmp_path: Path) -> None:
    s = repos.start_session(db, "s1-strength", 1)
    repos.log_set(db, s.id, "toe-curls", set_number=1, reps=10)
    other = sqlite3.connect(tmp_path / "footgui.sqlite3")
    try:
        rows = other.execute("SELECT exercise_id, reps FROM set_log").fetchall()
    finally:
        other.close()
    assert rows == [("toe-curls", 10)]


def test_sessions_start_finish_and_list(db: Database) -> None:
    first = repos.start_session(db, "a", 1, started_at=NOON)
    second = repos.start_session(db, "b", 2, started_at=NOON + timedelta(days=1))
    repos.finish_session(db, first.id, status="abandoned", note="heel sore")
    assert [s.id for s in repos.list_sessions(db, status="in_progress")] == [second.id]
    got = repos.get_session(db, first.id)
    assert got is not None
    assert (got.status, got.note, got.sets) == ("abandoned", "heel sore", [])
    assert got.ended_at is not None
    since = repos.list_sessions(db, since=NOON + timedelta(hours=1))
    assert [s.template_id for s in since] == ["b"]
    assert repos.get_session(db, 12345) is None


def test_shoes_update_and_list(db: Database) -> None:
    old = repos.add_shoe(db, "Old trainer")
    repos.add_shoe(db, "Daily trainer")
    repos.update_shoe(db, old.id, retired=True, drop_mm=10.0)
    assert [s.name for s in repos.list_shoes(db)] == ["Daily trainer", "Old trainer"]
    assert [s.name for s in repos.list_shoes(db, include_retired=False)] == ["Daily trainer"]
    with pytest.raises(LookupError):
        repos.update_shoe(db, 999, name="x")
    with pytest.raises(ValueError, match="name"):
        repos.update_shoe(db, old.id, name="  ")


def test_stage_events_move_the_profile(db: Database) -> None:
    repos.add_stage_event(db, day=DAY, stage=1, kind="start")
    repos.add_stage_event(db, day=DAY + timedelta(30), stage=2, kind="advance", reason="ok")
    repos.add_stage_event(db, day=DAY + timedelta(40), stage=1, kind="regress", reason="pain")
    assert [e.kind for e in repos.list_stage_events(db)] == ["start", "advance", "regress"]
    assert repos.get_profile(db).current_stage == 1


def test_counts_and_has_user_data(db: Database) -> None:
    repos.get_profile(db)  # settings are not entries
    assert not repos.has_user_data(db)
    assert set(repos.count_entries(db).values()) == {0}
    repos.add_run(db, day=DAY, distance_m=3000.0)
    assert repos.has_user_data(db)
    counts = repos.count_entries(db)
    assert counts["run"] == 1 and sum(counts.values()) == 1
    assert set(counts) == {
        "check_in",
        "measurement",
        "run",
        "shoe",
        "training_session",
        "set_log",
        "stage_event",
    }


def test_checkin_delete(db: Database) -> None:
    repos.upsert_checkin(db, DAY, stiffness=2)
    assert repos.delete_checkin(db, DAY)
    assert not repos.delete_checkin(db, DAY)


# -- refusals ----------------------------------------------------------------------


def _real_database(path: Path) -> bytes:
    db = open_database(url(path))
    for offset in range(400):
        repos.upsert_checkin(
            db, DAY - timedelta(offset), first_step_pain=offset % 10, note="x" * 200
        )
    db.close()
    return path.read_bytes()


def _assert_refused(path: Path, before: bytes, *words: str) -> str:
    with pytest.raises(StoreError) as info:
        open_database(url(path), backup_dir=path.parent / "backups")
    message = str(info.value)
    for word in words:
        assert word in message
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    assert not (path.parent / "backups").exists()
    return message


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"Just some notes about my heel.\n" * 100],
    ids=["random-bytes", "text-file"],
)
def test_a_file_that_is_not_a_database_is_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "footgui.sqlite3"
    path.write_bytes(content)
    message = _assert_refused(path, content, str(path), "not a readable footgui database")
    assert "file is not a database" in message


def test_a_truncated_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    full = _real_database(path)
    cut = full[: len(full) // 2]
    path.write_bytes(cut)
    _assert_refused(path, cut, "not a readable footgui database")


def test_a_database_from_a_newer_footgui_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    _real_database(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffff'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    _assert_refused(path, before, "newer version of footgui", "ffffffff")
    with pytest.raises(StoreError, match="newer version"):
        open_database(url(path), migrate=False)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('beach')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    _assert_refused(path, before, "did not create")
    with pytest.raises(StoreError, match="did not create"):
        open_database(url(path), migrate=False)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("db_url", "words"),
    [
        ("foo://", ("Unknown database URL", "foo")),
        ("nosuchdb://x/y", ("Unknown database URL", "nosuchdb")),
        ("not a url", ("not a database URL",)),
        ("postgresql+nosuchdriver://u@h/db", ("no driver",)),
    ],
)
def test_unknown_urls_and_drivers_are_explained(db_url: str, words: tuple[str, ...]) -> None:
    with pytest.raises(StoreError) as info:
        open_database(db_url)
    for word in words:
        assert word in str(info.value)


def test_a_data_folder_that_cannot_be_made_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the data folder"):
        open_database(url(blocker / "data" / "footgui.sqlite3"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_data_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"):
            open_database(url(folder / "footgui.sqlite3"))
    finally:
        folder.chmod(0o700)


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    path.touch()
    db = open_database(url(path))
    assert db.revision == HEAD_REVISION and db.last_backup is None
    db.close()


def test_in_memory_databases_work(tmp_path: Path) -> None:
    db = open_database("sqlite://")
    assert db.path is None
    repos.add_run(db, day=DAY, distance_m=1000.0)
    assert repos.count_entries(db)["run"] == 1
    assert db.backup("manual") is None
    db.close()


# -- startup speed -------------------------------------------------------------------

FAST_PATH = textwrap.dedent(
    """
    import sys
    from footgui.store.db import open_database
    db = open_database(sys.argv[1])
    print(db.revision, "alembic" in sys.modules)
    db.close()
    """
)


def test_a_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    target = url(tmp_path / "footgui.sqlite3")
    runs = [
        subprocess.run(
            [sys.executable, "-c", FAST_PATH, target],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [[HEAD_REVISION, "True"], [HEAD_REVISION, "False"]]


# -- backups ---------------------------------------------------------------------------


def test_backups_hold_wal_data_and_sort_by_time(db: Database) -> None:
    assert db.path is not None and db.backup_dir is not None
    repos.upsert_checkin(db, DAY, first_step_pain=2)  # committed, still in the WAL
    first = backup_database(db.path, db.backup_dir, "Before upgrade 0001 -> 0002!")
    repos.upsert_checkin(db, DAY + timedelta(1), first_step_pain=1)
    second = db.backup("manual")
    assert second is not None
    assert first.name.startswith("footgui-") and first.name.endswith(
        "-before-upgrade-0001-0002.sqlite3"
    )
    assert list_backups(db.backup_dir) == [first, second]
    assert list_backups(db.backup_dir, db.path) == [first, second]
    copy = sqlite3.connect(first)
    try:
        assert copy.execute("SELECT count(*) FROM check_in").fetchone() == (1,)
    finally:
        copy.close()
    assert not list(db.backup_dir.glob("*.partial"))


def test_a_backup_that_cannot_be_written_is_an_error(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="backup folder"):
        backup_database(db.path, blocker / "backups", "test")


def test_a_database_with_zeroed_pages_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    full = bytearray(_real_database(path))
    page = 4096
    assert len(full) >= 4 * page
    full[2 * page : 4 * page] = bytes(2 * page)  # two pages of table data wiped
    path.write_bytes(bytes(full))
    message = _assert_refused(path, bytes(full), "not a readable footgui database")
    assert "restore a backup" in message
    with pytest.raises(StoreError) as info:
        open_database(url(path))
    assert info.value.kind == "corrupt"
