"""Checks on a SQLite file made with the standard library alone, before anything opens it.

Kept free of SQLAlchemy so that the app can refuse a corrupt, foreign or newer
database, and learn that a database is already current, in a few
milliseconds at startup; the engine itself can then be made after the first
paint.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from footgui.core.text import translate
from footgui.store.errors import StoreError

# Every revision in migrations/versions, oldest first (a test keeps this in step
# with Alembic). Knowing them without Alembic keeps the usual start fast.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD_REVISION = KNOWN_REVISIONS[-1]

BUSY_TIMEOUT_MS = 5000
VERSION_TABLE = "alembic_version"

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8


@dataclass(frozen=True)
class Probe:
    """What an existing database holds, learned without changing it."""

    revision: str | None
    tables: frozenset[str]

    @property
    def has_foreign_tables(self) -> bool:
        return self.revision is None and bool(self.tables - {VERSION_TABLE})


def _prepare_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate(
                "Store",
                "Cannot create the data folder {folder}: {detail}. "
                "Choose a folder you can write to.",
            ).format(folder=str(folder), detail=str(exc.strerror or exc)),
            "folder",
        ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            translate(
                "Store",
                "The data folder {folder} is not writable. Choose a folder you can write to.",
            ).format(folder=str(folder)),
            "folder",
        )


def _probe_file(path: Path, backup_dir: Path | None) -> Probe | None:
    """Check an existing SQLite file read-only; None when there is no file to protect."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(
            translate("Store", "Cannot read {path}: {detail}.").format(
                path=str(path), detail=str(exc.strerror or exc)
            )
        ) from exc
    if not path.is_file():
        raise StoreError(
            translate("Store", "{path} is not a file; footgui needs a database file there.").format(
                path=str(path)
            ),
            "folder",
        )
    if size == 0:
        return None  # SQLite treats an empty file as a new database
    if not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(
            translate(
                "Store", "{path} cannot be read and written by you; check its permissions."
            ).format(path=str(path))
        )
    try:
        return _probe_connection(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == _SQLITE_READONLY:
            # A hot rollback journal (a foreign file or an old crash) needs a
            # writer to recover; recovery is SQLite's own, safe repair.
            try:
                return _probe_connection(path, read_only=False)
            except sqlite3.DatabaseError as again:
                exc, code = again, getattr(again, "sqlite_errorcode", 0) & 0xFF
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise StoreError(
                translate(
                    "Store", "{path} is locked by another program (is footgui already running?)."
                ).format(path=str(path)),
                "locked",
            ) from exc
        raise StoreError(_unreadable(path, str(exc), backup_dir), "corrupt") from exc


def _remove_leftovers(companions: list[Path], existed: set[Path]) -> None:
    """Remove the empty ``-wal``/``-shm`` a refused probe created, leaving the folder as found."""
    wal = companions[0]
    if wal in existed or (wal.exists() and wal.stat().st_size > 0):
        return
    for companion in companions:
        if companion not in existed:
            with contextlib.suppress(OSError):
                companion.unlink()


def _probe_connection(path: Path, *, read_only: bool) -> Probe:
    mode = "ro" if read_only else "rw"
    conn = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            problems = "; ".join(str(r[0]) for r in rows[:3])
            raise sqlite3.DatabaseError(f"damaged: {problems}")
        tables = frozenset(
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        )
        revision = None
        if VERSION_TABLE in tables:
            versions = [str(r[0]) for r in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
            revision = ",".join(sorted(versions)) if versions else None
        return Probe(revision, tables)
    finally:
        conn.close()


def _unreadable(path: Path, detail: str, backup_dir: Path | None) -> str:
    if backup_dir is None:
        return translate(
            "Store",
            "{path} is not a readable footgui database ({detail}). It was left untouched: "
            "move it away to start afresh.",
        ).format(path=str(path), detail=detail)
    return translate(
        "Store",
        "{path} is not a readable footgui database ({detail}). It was left untouched: "
        "move it away to start afresh or restore a backup from {backups}.",
    ).format(path=str(path), detail=detail, backups=str(backup_dir))


def _refuse_unknown(probe: Probe, where: str) -> None:
    """Refuse a database footgui did not write, or one written by a newer footgui."""
    if probe.has_foreign_tables:
        raise StoreError(
            translate(
                "Store",
                "{where} holds tables that footgui did not create; footgui will not change a "
                "database it does not know. Choose another file or folder.",
            ).format(where=where),
            "foreign",
        )
    if probe.revision is not None and probe.revision not in KNOWN_REVISIONS:
        raise StoreError(
            translate(
                "Store",
                "{where} was written by a newer version of footgui (schema {revision}; this "
                "version knows up to {head}). Update footgui to open it; the database was "
                "left untouched.",
            ).format(where=where, revision=probe.revision, head=HEAD_REVISION),
            "newer",
        )


def preflight(path: Path, backup_dir: Path | None) -> Probe | None:
    """Make the folder and check an existing file read-only; None when there is no file yet.

    Raises StoreError for every file footgui must not touch, leaving it (and
    its folder) as found.
    """
    _prepare_folder(path)
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {c for c in companions if c.exists()}
    try:
        probe = _probe_file(path, backup_dir)
        if probe is not None:
            _refuse_unknown(probe, str(path))
    except StoreError:
        _remove_leftovers(companions, existed)
        raise
    return probe
