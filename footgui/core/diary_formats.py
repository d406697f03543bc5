"""The diary's file formats: tidy CSV per kind and the JSON backup's envelope.

Writing is deterministic (fixed column order, rows by id, shortest round-trip
float text, CRLF line ends as RFC 4180 has them, UTF-8 without BOM, no
timestamps) so that
export -> import -> export gives the same bytes, which is how a user can trust
a backup. Reading is strict and reports every problem by file, row and field
before anything is written: a file with one bad row imports nothing.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from footgui.core.diary_rules import (
    ValidationError,
    validate_checkin,
    validate_measurement,
    validate_run,
    validate_shoe,
)
from footgui.core.text import Msg, join, translate

CSV_FILES: dict[str, str] = {
    "shoe": "shoes.csv",
    "checkin": "checkins.csv",
    "measurement": "measurements.csv",
    "run": "runs.csv",
}
# Columns a CSV file must have; the others may be left out (read as empty).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "checkin": ("day",),
    "measurement": ("day", "kind", "side", "value"),
    "run": ("day", "distance_m", "run_type"),
    "shoe": ("name",),
}
BACKUP_FORMAT = "footgui-backup"
BACKUP_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024  # ~10x a lifetime of daily entries; more is not a diary
MAX_ROWS = 1_000_000
MAX_PROBLEMS_SHOWN = 50


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import; ``message`` is a ``Msg`` the GUI shows localized.

    The field is named by its column, as the file writes it (the same in every language).
    """

    file: str
    row: int | None  # spreadsheet row (the header is row 1), or the JSON row index + 1
    field: str | None
    message: str

    def text(self) -> Msg:
        """Where and what, as one message: "runs.csv, row 3, distance_m: ..."."""
        values = {"file": self.file, "row": self.row, "field": self.field, "message": self.message}
        if self.row is not None and self.field:
            where = translate("DiaryFormats", "{file}, row {row}, {field}: {message}")
        elif self.row is not None:
            where = translate("DiaryFormats", "{file}, row {row}: {message}")
        elif self.field:
            where = translate("DiaryFormats", "{file}, {field}: {message}")
        else:
            where = translate("DiaryFormats", "{file}: {message}")
        return where.format(**values)

    def __str__(self) -> str:
        return str(self.text())


class ImportRejected(Exception):
    """The file(s) were refused as a whole; ``problems`` says where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self.summary())

    def summary(self, limit: int = MAX_PROBLEMS_SHOWN) -> Msg:
        """One problem a line (English as ``str``; a ``Msg`` the GUI can localize)."""
        lines = [p.text() for p in self.problems[:limit]]
        extra = len(self.problems) - limit
        if extra > 0:
            lines.append(translate("DiaryFormats", "... and {n} more problems").format(n=extra))
        return join(lines, "\n")


# -- writing ---------------------------------------------------------------------


def format_value(value: Any) -> str:
    """One cell: empty for NULL, ISO dates, true/false, shortest exact float text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([format_value(row.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8")


def json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_json(document: Mapping[str, Any]) -> bytes:
    text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


# -- reading ---------------------------------------------------------------------


def too_large(megabytes: int) -> Msg:
    return translate("DiaryFormats", "The file is too large (over {mb} MB)").format(mb=megabytes)


def decode(data: bytes, file: str) -> str:
    """UTF-8 text (a BOM, as spreadsheets write, is allowed); refuse anything else."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected([Problem(file, None, None, too_large(MAX_FILE_BYTES >> 20))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            [
                Problem(
                    file,
                    None,
                    None,
                    translate("DiaryFormats", "The file is not UTF-8 text (byte {byte})").format(
                        byte=exc.start
                    ),
                )
            ]
        ) from None
    if "\x00" in text:
        raise ImportRejected(
            [
                Problem(
                    file,
                    None,
                    None,
                    translate("DiaryFormats", "The file holds binary data, not text"),
                )
            ]
        )
    return text


def read_csv(
    data: bytes, file: str, columns: Sequence[str], required: Sequence[str]
) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row, {column: text}) for each data row; structure problems raise."""
    text = decode(data, file)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected(
            [Problem(file, None, None, translate("DiaryFormats", "The file is empty"))]
        ) from None
    except csv.Error as exc:
        raise ImportRejected(
            [
                Problem(
                    file,
                    1,
                    None,
                    translate("DiaryFormats", "Not a CSV file: {reason}").format(reason=str(exc)),
                )
            ]
        ) from None
    header = [h.strip() for h in header]
    problems: list[Problem] = []
    unknown = [h for h in header if h not in columns]
    if unknown:
        problems.append(
            Problem(
                file,
                1,
                None,
                translate(
                    "DiaryFormats", "Unknown column(s): {unknown}; expected {columns}"
                ).format(unknown=", ".join(unknown), columns=", ".join(columns)),
            )
        )
    doubled = sorted({h for h in header if header.count(h) > 1})
    if doubled:
        problems.append(
            Problem(
                file,
                1,
                None,
                translate("DiaryFormats", "Column(s) listed twice: {columns}").format(
                    columns=", ".join(doubled)
                ),
            )
        )
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(
            Problem(
                file,
                1,
                None,
                translate("DiaryFormats", "Missing column(s): {columns}").format(
                    columns=", ".join(missing)
                ),
            )
        )
    if problems:
        raise ImportRejected(problems)
    rows: list[tuple[int, dict[str, str]]] = []
    number = 1
    try:
        for cells in reader:
            number += 1
            if not cells or all(not c.strip() for c in cells):
                continue  # a blank line, as editors leave at the end
            if len(cells) != len(header):
                problems.append(
                    Problem(
                        file,
                        number,
                        None,
                        translate(
                            "DiaryFormats",
                            "Has {values} values but the header has {columns} columns",
                        ).format(values=len(cells), columns=len(header)),
                    )
                )
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportRejected(
                    [Problem(file, number, None, translate("DiaryFormats", "Too many rows"))]
                )
            rows.append((number, dict(zip(header, cells, strict=True))))
    except csv.Error as exc:
        problems.append(
            Problem(
                file,
                number,
                None,
                translate("DiaryFormats", "Broken CSV: {reason}").format(reason=str(exc)),
            )
        )
    if problems:
        raise ImportRejected(problems)
    return rows


def read_json(data: bytes, file: str) -> dict[str, Any]:
    """The backup document's envelope, checked; table contents are checked by the store."""
    text = decode(data, file)

    def no_constants(name: str) -> float:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        doc = json.loads(text, parse_constant=no_constants)
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise ImportRejected(
            [
                Problem(
                    file,
                    None,
                    None,
                    translate("DiaryFormats", "Not valid JSON: {reason}").format(reason=str(exc)),
                )
            ]
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != BACKUP_FORMAT:
        raise ImportRejected(
            [
                Problem(
                    file, None, None, translate("DiaryFormats", "This is not a footgui backup file")
                )
            ]
        )
    if doc.get("version") != BACKUP_VERSION:
        raise ImportRejected(
            [
                Problem(
                    file,
                    None,
                    None,
                    translate(
                        "DiaryFormats",
                        "Backup format version {version} is not one this footgui reads",
                    ).format(version=repr(doc.get("version"))),
                )
            ]
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict) or not all(isinstance(v, list) for v in tables.values()):
        raise ImportRejected(
            [
                Problem(
                    file, None, None, translate("DiaryFormats", "The backup has no readable tables")
                )
            ]
        )
    return doc


def cell_to_number(value: Any) -> bool:
    """Whether a JSON value is an acceptable number (not a bool, finite)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# -- validating rows ---------------------------------------------------------------

Validator = Callable[[Mapping[str, object], datetime], dict[str, Any]]

VALIDATORS: dict[str, Validator] = {
    "checkin": lambda raw, now: validate_checkin(raw, today=now.date()),
    "measurement": lambda raw, now: validate_measurement(raw, now=now),
    "run": lambda raw, now: validate_run(raw, today=now.date()),
    "shoe": lambda raw, now: validate_shoe(raw),
}


def validate_rows(
    kind: str,
    rows: Iterable[tuple[int, Mapping[str, object]]],
    file: str,
    now: datetime,
    problems: list[Problem],
) -> list[dict[str, Any]]:
    """Clean every row of a kind, adding a Problem per bad field; cross-row checks too."""
    check = VALIDATORS[kind]
    cleaned: list[dict[str, Any]] = []
    seen_ids: dict[int, int] = {}
    seen_days: dict[date, int] = {}
    for number, raw in rows:
        try:
            values = check(raw, now)
        except ValidationError as exc:
            problems.extend(Problem(file, number, f, m) for f, m in exc.errors.items())
            continue
        rid = values.get("id")
        if rid is not None:
            if rid in seen_ids:
                problems.append(
                    Problem(
                        file,
                        number,
                        "id",
                        translate("DiaryFormats", "Id {id} is also on row {row}").format(
                            id=rid, row=seen_ids[rid]
                        ),
                    )
                )
                continue
            seen_ids[rid] = number
        if kind == "checkin":
            day = values["day"]
            if day in seen_days:
                problems.append(
                    Problem(
                        file,
                        number,
                        "day",
                        translate("DiaryFormats", "A second check-in for {day} (row {row})").format(
                            day=day.isoformat(), row=seen_days[day]
                        ),
                    )
                )
                continue
            seen_days[day] = number
        cleaned.append(values)
    return cleaned
