"""Daily backups, their rotation, and restoring one: nothing the user had is lost."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from footgui.store import repos
from footgui.store.backup import (
    BackupInfo,
    backup_counts,
    backup_info,
    backups_to_prune,
    daily_backup,
    list_backups,
    restore_backup,
)
from footgui.store.db import StoreError, open_database


def make_db(path: Path, days: int = 3):
    db = open_database(f"sqlite:///{path}", backup_dir=path.parent / "backups")
    for i in range(days):
        repos.upsert_checkin(db, date(2026, 1, 1) + timedelta(days=i), first_step_pain=i % 10)
    return db


def test_one_daily_backup_a_day(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    make_db(path).close()
    now = datetime(2026, 11, 24, 9, 0)
    first = daily_backup(path, tmp_path / "backups", now=now)
    assert first is not None and first.is_file()
    assert daily_backup(path, tmp_path / "backups", now=now + timedelta(hours=5)) is None
    assert backup_counts(first)["check_in"] == 3
    assert backup_info(first).reason == "daily"


def test_backup_of_an_open_database_sees_every_commit(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    db = make_db(path, days=5)  # still open: the commits may sit in the -wal file
    made = daily_backup(path, tmp_path / "backups")
    assert made is not None and backup_counts(made)["check_in"] == 5
    db.close()


def infos(stamps: list[datetime]) -> list[BackupInfo]:
    return [BackupInfo(Path(f"b{i}.sqlite3"), t, "daily") for i, t in enumerate(stamps)]


def test_rotation_keeps_seven_days_and_four_older_weeks() -> None:
    today = datetime(2026, 11, 24, 8, 0)  # a Tuesday
    backups = infos([today - timedelta(days=n) for n in range(60)])
    pruned = {b.path for b in backups_to_prune(backups, keep_daily=7, keep_weekly=4)}
    kept = [b for b in backups if b.path not in pruned]
    kept_days = sorted((b.taken_at.date() for b in kept), reverse=True)
    assert kept_days[:7] == [today.date() - timedelta(days=n) for n in range(7)]
    older = kept_days[7:]
    assert len(older) == 4
    weeks = [d.isocalendar()[:2] for d in older]
    assert len(set(weeks)) == 4  # one per week
    recent_weeks = {d.isocalendar()[:2] for d in kept_days[:7]}
    assert not set(weeks) & recent_weeks


def test_rotation_never_prunes_migration_backups() -> None:
    old = BackupInfo(Path("m.sqlite3"), datetime(2020, 1, 1), "before-upgrade-0001-to-0002")
    daily = infos([datetime(2026, 11, 24) - timedelta(days=n) for n in range(30)])
    pruned = backups_to_prune([old, *daily], keep_daily=7, keep_weekly=4)
    assert (old not in pruned and len(pruned) == 30 - 7 - 4 + 1) or len(pruned) >= 18


def test_daily_backup_prunes_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    make_db(path).close()
    start = datetime(2026, 10, 1, 8)
    for n in range(20):
        daily_backup(
            path, tmp_path / "backups", keep_daily=3, keep_weekly=1, now=start + timedelta(days=n)
        )
    names = list_backups(tmp_path / "backups", path)
    assert len(names) == 4


def test_restore_puts_the_backup_in_place_and_keeps_the_current_file(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    db = make_db(path, days=2)
    backup = daily_backup(path, tmp_path / "backups")
    repos.upsert_checkin(db, date(2026, 2, 1), first_step_pain=7)  # after the backup
    db.close()
    aside = restore_backup(backup, path)
    assert aside is not None and aside.is_file()
    reopened = open_database(f"sqlite:///{path}")
    assert len(repos.list_checkins(reopened)) == 2
    reopened.close()
    kept = sqlite3.connect(aside)
    assert kept.execute("select count(*) from check_in").fetchone()[0] == 3
    kept.close()


def test_a_damaged_backup_is_refused_and_nothing_moves(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    make_db(path).close()
    before = path.read_bytes()
    bad = tmp_path / "backups" / "footgui-20260101-000000-000000-daily.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        restore_backup(bad, path)
    assert path.read_bytes() == before
