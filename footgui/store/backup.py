"""Copies of the SQLite file, taken before anything rewrites it.

SQLite's online backup API copies a consistent snapshot even while the app
(or another process) holds the database open in WAL mode, where copying the
file with ``shutil`` could miss committed pages still in the ``-wal`` file.
The copy is written under a temporary name and renamed at the end, so a
half-written backup never looks like a finished one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from footgui.core.text import translate
from footgui.store.errors import StoreError

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S-%f"


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug[:60] or "backup"


def backup_name(db_path: Path, reason: str, when: datetime | None = None) -> str:
    """``<stem>-<YYYYmmdd-HHMMSS-micro>-<reason>.sqlite3``: sorts by time within one database."""
    stamp = (when or datetime.now()).strftime(_STAMP)
    return f"{db_path.stem}-{stamp}-{_slug(reason)}{SUFFIX}"


def backup_database(
    db_path: Path, dest_dir: Path, reason: str, when: datetime | None = None
) -> Path:
    """Copy ``db_path`` into ``dest_dir`` and return the copy's path.

    Raises StoreError when the source cannot be read or the copy cannot be
    written (the caller must then leave the database alone).
    """
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate("Store", "Cannot create the backup folder {folder}: {detail}.").format(
                folder=str(dest_dir), detail=str(exc.strerror or exc)
            )
        ) from exc
    dest = dest_dir / backup_name(db_path, reason, when)
    counter = 1
    while dest.exists():  # two backups in one microsecond: keep both
        counter += 1
        dest = dest.with_name(f"{dest.stem}-{counter}{SUFFIX}")
    partial = dest.with_name(dest.name + ".partial")
    try:
        source = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                check = target.execute("PRAGMA quick_check").fetchone()
            finally:
                target.close()
        finally:
            source.close()
        if check is None or check[0] != "ok":
            raise StoreError(
                translate("Store", "The backup of {path} failed its integrity check.").format(
                    path=str(db_path)
                )
            )
        os.replace(partial, dest)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(
            translate("Store", "Could not back up {path} to {folder}: {detail}.").format(
                path=str(db_path), folder=str(dest_dir), detail=str(exc)
            )
        ) from exc
    except StoreError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    log.info("backed up %s to %s (%s)", db_path, dest, reason)
    return dest


def list_backups(dest_dir: Path, db_path: Path | None = None) -> list[Path]:
    """Finished backups in ``dest_dir``, oldest first (of ``db_path`` only, if given)."""
    if not dest_dir.is_dir():
        return []
    prefix = f"{db_path.stem}-" if db_path is not None else ""
    return sorted(
        p for p in dest_dir.iterdir() if p.name.endswith(SUFFIX) and p.name.startswith(prefix)
    )


DAILY_REASON = "daily"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-(.+?)(?:-\d+)?$")


@dataclass(frozen=True)
class BackupInfo:
    """A finished backup as the Restore dialog lists it."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def is_daily(self) -> bool:
        return self.reason == DAILY_REASON


def backup_info(path: Path) -> BackupInfo:
    """When and why a backup was taken, from its name (its mtime if the name is foreign)."""
    match = _NAME.search(path.name.removesuffix(SUFFIX))
    if match:
        with contextlib.suppress(ValueError):
            return BackupInfo(path, datetime.strptime(match[1], _STAMP), match[2])
    return BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime), "unknown")


def backup_counts(path: Path) -> dict[str, int]:
    """Rows per footgui table in a backup, read-only; raises StoreError if unreadable."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
                )
            ]
            return {
                t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(
            translate("Store", "The backup {name} cannot be read: {detail}.").format(
                name=path.name, detail=str(exc)
            ),
            "corrupt",
        ) from exc


def daily_backup(
    db_path: Path,
    dest_dir: Path,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    now: datetime | None = None,
) -> Path | None:
    """Take today's backup unless one exists, then prune old daily backups.

    At most one a day keeps the folder small while a bad day (a mistaken
    import, a corrupted disk) can still be undone from the day before.
    Returns the new backup, or None when today's already exists.
    """
    now = now or datetime.now()
    if not db_path.is_file():
        return None
    taken = [backup_info(p) for p in list_backups(dest_dir, db_path)]
    made = None
    if not any(b.is_daily and b.taken_at.date() == now.date() for b in taken):
        made = backup_database(db_path, dest_dir, DAILY_REASON, now)
        taken.append(backup_info(made))
    for old in backups_to_prune(taken, keep_daily=keep_daily, keep_weekly=keep_weekly):
        with contextlib.suppress(OSError):
            old.path.unlink()
            log.info("pruned old backup %s", old.path.name)
    return made


def backups_to_prune(
    backups: list[BackupInfo], *, keep_daily: int, keep_weekly: int
) -> list[BackupInfo]:
    """Daily backups past the newest ``keep_daily`` days and ``keep_weekly`` ISO weeks.

    Only daily backups rotate: those taken before a migration or a restore
    mark a moment the user may need to go back to, and are kept.
    """
    daily = sorted((b for b in backups if b.is_daily), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in daily:  # newest first, so the newest backup of a day or week is the one kept
        day = b.taken_at.date()
        week = (day.isocalendar().year, day.isocalendar().week)
        if day in days:
            continue
        if len(days) < keep_daily:
            days.add(day)
            weeks.add(week)  # a week with a kept daily backup needs no weekly one
            keep.add(b.path)
        elif week not in weeks and len(weeks - _weeks_of(days)) < keep_weekly:
            weeks.add(week)
            keep.add(b.path)
    return [b for b in daily if b.path not in keep]


def _weeks_of(days: set[date]) -> set[tuple[int, int]]:
    return {(d.isocalendar().year, d.isocalendar().week) for d in days}


def set_aside(db_path: Path, label: str, now: datetime | None = None) -> Path:
    """Move the database (and its WAL files) to ``<name>.<label>-<stamp>``; never deletes."""
    stamp = (now or datetime.now()).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``, keeping the current file aside.

    The database must be closed. The backup is checked before anything moves;
    returns where the previous file went (None if there was none).
    """
    backup_counts(backup)  # readable at all?
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
            raise StoreError(
                translate("Store", "The backup {name} is damaged; pick another.").format(
                    name=backup.name
                ),
                "corrupt",
            )
    finally:
        conn.close()
    aside = set_aside(db_path, "before-restore") if db_path.exists() else None
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(partial, db_path)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if aside is not None and not db_path.exists():
            os.replace(aside, db_path)  # put the user's file back as it was
        raise StoreError(
            translate("Store", "Restoring {name} failed: {detail}.").format(
                name=backup.name, detail=str(exc)
            )
        ) from exc
    log.info("restored %s from %s (previous file kept at %s)", db_path, backup, aside)
    return aside
