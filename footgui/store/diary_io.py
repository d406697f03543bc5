"""Export and import: tidy CSV per diary kind, and a JSON backup of every table.

Imports are all-or-nothing: every row is checked (types, ranges, choices,
duplicates, links between files) before one transaction writes anything, and
any problem raises ``ImportRejected`` listing file, row and field. Ids travel
with the rows, so a run still names its shoe after a round trip and an export
of the imported data is byte-identical to the file it came from.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    delete,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from footgui.core.diary_formats import (
    BACKUP_FORMAT,
    BACKUP_VERSION,
    CSV_FILES,
    MAX_FILE_BYTES,
    REQUIRED_COLUMNS,
    ImportRejected,
    Problem,
    cell_to_number,
    json_value,
    read_csv,
    read_json,
    too_large,
    validate_rows,
    write_csv,
    write_json,
)
from footgui.core.text import Msg, translate
from footgui.store.db import Database
from footgui.store.diary import KINDS, MODELS, columns
from footgui.store.models import Base, CheckIn
from footgui.store.repos import has_user_data

log = logging.getLogger(__name__)

TABLE_KIND = {MODELS[k].__tablename__: k for k in KINDS}
# Parents before children: the order inserts must follow (deletes go backwards).
IMPORT_ORDER: tuple[str, ...] = ("shoe", "checkin", "measurement", "run")
CHUNK = 500


def _table(kind: str) -> Table:
    return cast(Table, MODELS[kind].__table__)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _rows(session: Session, table: Table) -> list[dict[str, Any]]:
    order = [c for c in table.primary_key.columns]
    return [dict(r._mapping) for r in session.execute(select(table).order_by(*order))]


# -- export ------------------------------------------------------------------------


def csv_bytes(db: Database, kind: str) -> bytes:
    with db.session() as session:
        return write_csv(columns(kind), _rows(session, _table(kind)))


def json_bytes(db: Database) -> bytes:
    with db.session() as session:
        tables = {
            t.name: [{k: json_value(v) for k, v in row.items()} for row in _rows(session, t)]
            for t in _tables()
        }
    return write_json(
        {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "schema": db.revision,
            "tables": tables,
        }
    )


def _write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def export_csv(db: Database, folder: Path) -> list[Path]:
    """One file per kind in ``folder`` (created if needed); returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in IMPORT_ORDER:
        path = folder / CSV_FILES[kind]
        _write_atomic(path, csv_bytes(db, kind))
        written.append(path)
    log.info("exported CSV to %s", folder)
    return written


def export_json(db: Database, path: Path) -> Path:
    if path.parent:
        path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, json_bytes(db))
    log.info("exported JSON backup to %s", path)
    return path


# -- import ------------------------------------------------------------------------


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected([Problem(path.name, None, None, too_large(MAX_FILE_BYTES >> 20))])
        return path.read_bytes()
    except OSError as exc:
        reason = translate("DiaryIO", "Cannot read it: {reason}").format(
            reason=str(exc.strerror or exc)
        )
        raise ImportRejected([Problem(path.name, None, None, reason)]) from None


def csv_kind(path: Path, data: bytes) -> str | None:
    """The kind of a CSV file: by its name, else by its header."""
    for kind, name in CSV_FILES.items():
        if path.name.lower() == name:
            return kind
    first = data.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace").strip()
    header = {h.strip().strip('"') for h in first.split(",")}
    for kind in IMPORT_ORDER:
        if set(REQUIRED_COLUMNS[kind]) <= header <= set(columns(kind)):
            return kind
    return None


def import_path(
    db: Database, path: Path, *, replace: bool = False, now: datetime | None = None
) -> dict[str, int]:
    """Import a JSON backup, a folder of CSV files or one CSV file; returns rows added per kind."""
    now = now or datetime.now()
    if path.is_dir():
        found = {k: path / n for k, n in CSV_FILES.items() if (path / n).is_file()}
        if not found:
            names = ", ".join(CSV_FILES.values())
            here = translate("DiaryIO", "No diary files here ({names})").format(names=names)
            raise ImportRejected([Problem(path.name, None, None, here)])
        return import_csv(db, {k: (p.name, _read_file(p)) for k, p in found.items()}, now=now)
    if not path.is_file():
        raise ImportRejected([Problem(path.name, None, None, translate("DiaryIO", "No such file"))])
    data = _read_file(path)
    if path.suffix.lower() == ".json":
        return import_json(db, data, file=path.name, replace=replace, now=now)
    kind = csv_kind(path, data)
    if kind is None:
        raise ImportRejected(
            [
                Problem(
                    path.name,
                    1,
                    None,
                    translate("DiaryIO", "Not a footgui diary file (unknown name and columns)"),
                )
            ]
        )
    return import_csv(db, {kind: (path.name, data)}, now=now)


def import_csv(
    db: Database, files: Mapping[str, tuple[str, bytes]], *, now: datetime | None = None
) -> dict[str, int]:
    """Add the rows of CSV files (kind -> (file name, bytes)) in one transaction."""
    now = now or datetime.now()
    problems: list[Problem] = []
    cleaned: dict[str, list[dict[str, Any]]] = {}
    for kind in IMPORT_ORDER:
        if kind not in files:
            continue
        name, data = files[kind]
        try:
            rows = read_csv(data, name, columns(kind), REQUIRED_COLUMNS[kind])
        except ImportRejected as exc:
            problems.extend(exc.problems)
            continue
        cleaned[kind] = validate_rows(kind, rows, name, now, problems)
    if problems:
        raise ImportRejected(problems)
    with db.session() as session:
        _check_against_database(session, cleaned, {k: f[0] for k, f in files.items()}, problems)
        if problems:
            raise ImportRejected(problems)
        counts = {}
        for kind in IMPORT_ORDER:
            if kind in cleaned:
                table = _table(kind)
                complete = _complete(table, cleaned[kind])
                counts[kind] = _insert(session, table, complete, files[kind][0])
    log.info("imported CSV: %s", counts)
    return counts


def _check_against_database(
    session: Session,
    cleaned: Mapping[str, list[dict[str, Any]]],
    names: Mapping[str, str],
    problems: list[Problem],
) -> None:
    """What only the database knows: ids and check-in days already taken, shoes to link."""
    for kind, rows in cleaned.items():
        ids = [r["id"] for r in rows if r.get("id") is not None]
        taken = _existing(session, _table(kind).c.id, ids)
        if taken:
            shown = ", ".join(str(i) for i in sorted(taken)[:10])
            problems.append(
                Problem(
                    names[kind],
                    None,
                    "id",
                    translate(
                        "DiaryIO",
                        "Your diary already holds id(s) {ids}: import into an empty diary, "
                        "or empty the id column to add these rows as new entries",
                    ).format(ids=shown),
                )
            )
        if kind == "checkin":
            days = _existing(session, CheckIn.day, [r["day"] for r in rows])
            if days:
                shown = ", ".join(d.isoformat() for d in sorted(days)[:10])
                problems.append(
                    Problem(
                        names[kind],
                        None,
                        "day",
                        translate("DiaryIO", "Your diary already has check-ins for {days}").format(
                            days=shown
                        ),
                    )
                )
    if "run" in cleaned:
        shoe_ids = {r["id"] for r in cleaned.get("shoe", []) if r.get("id") is not None}
        wanted = {r["shoe_id"] for r in cleaned["run"] if r.get("shoe_id") is not None}
        shoe_col = _table("shoe").c.id
        known = shoe_ids | _existing(session, shoe_col, sorted(wanted - shoe_ids))
        missing = sorted(wanted - known)
        if missing:
            shown = ", ".join(str(i) for i in missing[:10])
            problems.append(
                Problem(
                    names["run"],
                    None,
                    "shoe_id",
                    translate("DiaryIO", "No shoe with id {ids}").format(ids=shown),
                )
            )


def _existing(session: Session, column: Any, values: Sequence[Any]) -> set[Any]:
    found: set[Any] = set()
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _defaults(table: Table) -> dict[str, Any]:
    """Scalar Python-side defaults (note "", retired False); None elsewhere."""
    out: dict[str, Any] = {}
    for col in table.columns:
        arg = getattr(col.default, "arg", None)
        out[col.name] = None if callable(arg) else arg
    return out


def _complete(table: Table, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every row with every column, as executemany needs one shape."""
    base = _defaults(table)
    names = [c.name for c in table.columns]
    return [{n: row.get(n, base[n]) for n in names} for row in rows]


def _insert(session: Session, table: Table, rows: list[dict[str, Any]], file: str) -> int:
    """Insert all rows; when the database refuses, find which rows and say so."""
    if not rows:
        return 0
    try:
        with session.begin_nested():
            session.execute(insert(table), rows)
    except IntegrityError:
        problems = []
        for number, row in enumerate(rows, start=1):
            try:
                with session.begin_nested():
                    session.execute(insert(table), [row])
            except IntegrityError as exc:
                problems.append(
                    Problem(
                        file,
                        number,
                        None,
                        translate("DiaryIO", "Refused by the database: {reason}").format(
                            reason=str(exc.orig)
                        ),
                    )
                )
                if len(problems) >= 20:
                    break
        refused = problems or [
            Problem(file, None, None, translate("DiaryIO", "Refused by the database"))
        ]
        raise ImportRejected(refused) from None
    return len(rows)


# -- JSON backup -----------------------------------------------------------------------


_DATE_TIME = translate("DiaryIO", "must be a date and time (YYYY-MM-DDTHH:MM:SS)")
_DATE = translate("DiaryIO", "must be a date (YYYY-MM-DD)")


def _problem_text(exc: ValueError) -> Msg:
    said = exc.args[0] if exc.args else None
    return said if isinstance(said, Msg) else Msg("", str(exc))


def _convert(col: Any, value: Any) -> Any:
    """A JSON value for ``col``; ValueError with a ``Msg`` when it does not fit."""
    if value is None:
        if not col.nullable:
            raise ValueError(translate("DiaryIO", "must not be empty"))
        return None
    kind = col.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(translate("DiaryIO", "must be true or false"))
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(translate("DiaryIO", "must be a whole number"))
        return value
    if isinstance(kind, Float):
        if not cell_to_number(value):
            raise ValueError(translate("DiaryIO", "must be a number"))
        return float(value)
    if isinstance(kind, DateTime):
        if not isinstance(value, str):
            raise ValueError(_DATE_TIME)
        try:
            stamp = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(_DATE_TIME) from None
        if stamp.tzinfo is not None:
            raise ValueError(translate("DiaryIO", "must be local time without a time zone"))
        return stamp
    if isinstance(kind, Date):
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(_DATE)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(_DATE) from None
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise ValueError(translate("DiaryIO", "must be text"))
        if kind.length is not None and len(value) > kind.length:
            raise ValueError(
                translate("DiaryIO", "is longer than {n} characters").format(n=kind.length)
            )
        if "\x00" in value:
            raise ValueError(translate("DiaryIO", "holds a character that cannot be stored"))
        return value
    raise ValueError(
        translate("DiaryIO", "has a type footgui cannot read ({type})").format(type=str(kind))
    )


def _typed_rows(
    table: Table, rows: list[Any], where: str, problems: list[Problem]
) -> list[dict[str, Any]]:
    cols = {c.name: c for c in table.columns}
    required = {
        c.name for c in table.columns
        if c.primary_key or (not c.nullable and c.default is None and c.server_default is None)
    }  # fmt: skip
    out = []
    for index, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            problems.append(
                Problem(
                    where, index, None, translate("DiaryIO", "must be an object of column values")
                )
            )
            continue
        unknown = sorted(set(row) - set(cols))
        missing = sorted(required - set(row))
        if unknown:
            problems.append(
                Problem(
                    where,
                    index,
                    None,
                    translate("DiaryIO", "unknown column(s) {columns}").format(
                        columns=", ".join(unknown)
                    ),
                )
            )
        if missing:
            problems.append(
                Problem(
                    where,
                    index,
                    None,
                    translate("DiaryIO", "missing column(s) {columns}").format(
                        columns=", ".join(missing)
                    ),
                )
            )
        if unknown or missing:
            continue
        typed: dict[str, Any] = {}
        ok = True
        for name, value in row.items():
            try:
                typed[name] = _convert(cols[name], value)
            except ValueError as exc:
                problems.append(
                    Problem(
                        where,
                        index,
                        name,
                        translate("DiaryIO", "{column} {problem}").format(
                            column=name, problem=_problem_text(exc)
                        ),
                    )
                )
                ok = False
        if ok:
            out.append(typed)
    return out


def import_json(
    db: Database,
    data: bytes,
    *,
    file: str = "backup.json",
    replace: bool = False,
    now: datetime | None = None,
) -> dict[str, int]:
    """Restore a backup in one transaction; with ``replace``, existing data goes first.

    Without ``replace`` the database must hold no entries (the profile, a
    setting, is overwritten by the backup's), because merging two histories
    would silently mix ids.
    """
    now = now or datetime.now()
    doc = read_json(data, file)
    tables = {t.name: t for t in _tables()}
    problems: list[Problem] = []
    unknown = sorted(set(doc["tables"]) - set(tables))
    if unknown:
        problems.append(
            Problem(
                file,
                None,
                None,
                translate("DiaryIO", "Unknown table(s): {tables}").format(
                    tables=", ".join(unknown)
                ),
            )
        )
    typed: dict[str, list[dict[str, Any]]] = {}
    for name, table in tables.items():
        rows = doc["tables"].get(name, [])
        where = f"{file} [{name}]"
        typed[name] = _typed_rows(table, rows, where, problems)
        if name in TABLE_KIND and typed[name]:
            numbered = list(enumerate(typed[name], start=1))
            validate_rows(TABLE_KIND[name], numbered, where, now, problems)
    if problems:
        raise ImportRejected(problems)
    if has_user_data(db):
        if not replace:
            raise ImportRejected(
                [
                    Problem(
                        file,
                        None,
                        None,
                        translate(
                            "DiaryIO",
                            "Your database already holds entries; a backup restores into an "
                            "empty database. Choose to replace everything to restore it over "
                            "them.",
                        ),
                    )
                ]
            )
        db.backup("before-restoring-a-backup")
    counts: dict[str, int] = {}
    with db.session() as session:
        for table in reversed(_tables()):
            if replace or (table.name == "profile" and typed.get("profile")):
                session.execute(delete(table))
        for table in _tables():
            rows = _complete(table, typed[table.name])
            counts[table.name] = _insert(session, table, rows, f"{file} [{table.name}]")
    log.info("restored JSON backup: %s", counts)
    return counts
