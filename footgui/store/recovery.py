"""Ways out of an unreadable database that never overwrite it.

The damaged file is always moved aside under a new name first, so whatever
the user chooses, the original bytes stay on disk for a later rescue.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from footgui.store.backup import list_backups, restore_backup, set_aside

log = logging.getLogger(__name__)


def latest_good_backup(db_path: Path, backup_dir: Path) -> Path | None:
    """The newest backup that passes SQLite's integrity check, if any."""
    for path in reversed(list_backups(backup_dir, db_path)):
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                if conn.execute("PRAGMA quick_check").fetchone() == ("ok",):
                    return path
            finally:
                conn.close()
        except sqlite3.Error:
            log.warning("backup %s is unreadable; trying an older one", path.name)
    return None


def restore_latest(db_path: Path, backup_dir: Path) -> tuple[Path, Path]:
    """Move the damaged file aside and put the newest good backup in its place.

    Returns (backup used, where the damaged file went). Raises LookupError
    when there is no good backup (and then nothing was moved).
    """
    backup = latest_good_backup(db_path, backup_dir)
    if backup is None:
        raise LookupError(f"no readable backup in {backup_dir}")
    aside = set_aside(db_path, "damaged")
    restore_backup(backup, db_path)
    return backup, aside


def start_new_beside(db_path: Path) -> Path:
    """Move the damaged file aside so a new, empty database can be made in its place."""
    return set_aside(db_path, "damaged")
