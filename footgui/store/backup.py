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
from datetime import datetime
from pathlib import Path

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


def backup_database(db_path: Path, dest_dir: Path, reason: str) -> Path:
    """Copy ``db_path`` into ``dest_dir`` and return the copy's path.

    Raises StoreError when the source cannot be read or the copy cannot be
    written (the caller must then leave the database alone).
    """
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the backup folder {dest_dir}: {exc.strerror}.") from exc
    dest = dest_dir / backup_name(db_path, reason)
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
            raise StoreError(f"The backup of {db_path} failed its integrity check.")
        os.replace(partial, dest)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"Could not back up {db_path} to {dest_dir}: {exc}.") from exc
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
