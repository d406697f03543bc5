"""Opening the database: checks first, a backup, migrations, then sessions.

The order protects the user's file. An existing SQLite file is probed through
a read-only connection (``PRAGMA quick_check`` and its schema revision) before
any connection that could write to it exists, so a corrupt file, a foreign
one or one from a newer footgui is refused byte-for-byte untouched. Only then
is the engine made (WAL mode), the file backed up if it needs migrating, and
Alembic run in one transaction.

Startup speed: a database already at the newest revision is recognised with
plain SQL, and Alembic is not even imported (it costs ~0.1 s).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from footgui.core.text import join, translate
from footgui.store.backup import backup_database
from footgui.store.errors import StoreError
from footgui.store.preflight import (
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    VERSION_TABLE,
    Probe,
    _refuse_unknown,
    preflight,
)

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "Database", "StoreError", "open_database"]

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "Database", "StoreError", "open_database"]

log = logging.getLogger(__name__)


class Database:
    """An open, migrated database.

    ``session()`` is the only way the app writes: one short transaction per
    ``with`` block, committed when the block ends normally and rolled back
    when it raises. Objects stay readable after the block (expire_on_commit
    is off) but are detached: load what you need inside the block.
    """

    def __init__(
        self,
        engine: Engine,
        url: URL,
        *,
        path: Path | None,
        backup_dir: Path | None,
        revision: str | None,
        last_backup: Path | None = None,
    ) -> None:
        self.engine = engine
        self.url: str = url.render_as_string(hide_password=True)
        self.path = path
        self.backup_dir = backup_dir
        self.revision = revision
        self.last_backup = last_backup
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits on success, rolls back on error.

        Operational failures (disk full, database locked by another program)
        come out as StoreError with a readable message; constraint violations
        stay IntegrityError because they are bugs in the caller.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise StoreError(
                translate("Store", "The database could not be written: {detail}.").format(
                    detail=str(exc.orig)
                )
            ) from exc

    def backup(self, reason: str) -> Path | None:
        """Copy a SQLite file into the backup folder; None for other databases."""
        if self.path is None or self.backup_dir is None or not self.path.exists():
            return None
        return backup_database(self.path, self.backup_dir, reason)

    def close(self) -> None:
        """Close every connection; SQLite then folds the WAL back into the file."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.url!r}, revision={self.revision!r})"


def open_database(
    url: str,
    *,
    backup_dir: Path | None = None,
    migrate: bool = True,
    checked: Probe | None = None,
) -> Database:
    """Open ``url``, migrating it to the newest schema (backup first) unless ``migrate`` is off.

    ``backup_dir`` defaults to ``backups/`` beside a SQLite file. With
    ``migrate=False`` the schema is left as found (``Database.revision`` says
    where it is); a corrupt, foreign or newer database is refused either way.
    ``checked`` is the result of a ``preflight`` the caller just ran on this
    file (the app's startup does), so the integrity check is not run twice.
    Raises StoreError for every problem the user can fix.
    """
    sa_url = _parse_url(url)
    path = _sqlite_path(sa_url)
    where = str(path) if path else sa_url.render_as_string(hide_password=True)
    probe: Probe | None = None
    if path is not None:
        if backup_dir is None:
            backup_dir = path.parent / "backups"
        probe = checked if checked is not None else preflight(path, backup_dir)
    engine = _make_engine(sa_url, path)
    try:
        if probe is None:
            probe = _probe_engine(engine, where)
            _refuse_unknown(probe, where)
        revision = probe.revision
        last_backup = None
        if migrate and revision != HEAD_REVISION:
            if path is not None and probe.tables and backup_dir is not None:
                last_backup = backup_database(
                    path, backup_dir, f"before-upgrade-{revision or 'empty'}-to-{HEAD_REVISION}"
                )
            _upgrade(engine, where, last_backup)
            revision = HEAD_REVISION
    except BaseException:
        engine.dispose()
        raise
    log.info("database %s at revision %s", sa_url.render_as_string(True), revision)
    return Database(
        engine,
        sa_url,
        path=path,
        backup_dir=backup_dir,
        revision=revision,
        last_backup=last_backup,
    )


def _parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL ({exc}).") from exc


def _sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and non-SQLite databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        return None
    return Path(database).expanduser().absolute()


def _make_engine(url: URL, path: Path | None) -> Engine:
    kwargs: dict[str, Any] = {}
    is_sqlite = url.get_backend_name() == "sqlite"
    if is_sqlite and path is None:
        # One shared connection, or each new one would see its own empty database.
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as exc:
        raise StoreError(
            f"Unknown database URL {url.render_as_string(True)!r}: no driver for "
            f"{url.drivername!r} is available."
        ) from exc
    except ImportError as exc:
        raise StoreError(
            f"The driver for {url.drivername!r} is not installed ({exc.name or exc})."
        ) from exc
    except ArgumentError as exc:
        raise StoreError(f"Bad database URL {url.render_as_string(True)!r}: {exc}.") from exc
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection settings; WAL + synchronous=NORMAL keeps every commit through a crash."""
    # Take transaction control from the sqlite3 module (it never BEGINs before
    # DDL), so that a migration is one transaction; see _sqlite_on_begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _probe_engine(engine: Engine, where: str) -> Probe:
    """The same facts as _probe_file, for new files, in-memory and server databases."""
    try:
        with engine.connect() as conn:
            tables = frozenset(inspect(conn).get_table_names())
            revision = None
            if VERSION_TABLE in tables:
                query = text(f"SELECT version_num FROM {VERSION_TABLE}")
                versions = [str(v) for v in conn.scalars(query)]
                revision = ",".join(sorted(versions)) if versions else None
    except ImportError as exc:
        raise StoreError(f"The database driver is not installed ({exc.name or exc}).") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"Cannot open the database {where}: {getattr(exc, 'orig', exc)}.") from exc
    return Probe(revision, tables)


def _upgrade(engine: Engine, where: str, backup: Path | None) -> None:
    from footgui.store.migrate import upgrade_to_head

    try:
        upgrade_to_head(engine)
    except StoreError:
        raise
    except Exception as exc:
        log.exception("upgrading %s failed", where)
        failed = translate(
            "Store",
            "Updating the database {where} to this version failed ({detail}); "
            "it was left as it was.",
        ).format(where=where, detail=str(exc))
        if backup is not None:
            saved = translate("Store", "A copy from before the attempt is at {path}.")
            failed = join([failed, saved.format(path=str(backup))])
        raise StoreError(failed) from exc
