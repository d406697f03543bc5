"""The diary's reads and writes: records as plain dicts, history pages, shoe totals.

Records travel as ``{column: value}`` dicts rather than ORM objects because
undo needs a snapshot it can write back exactly (same id, so that a run keeps
pointing at a restored shoe) and the history table needs light tuples, not
objects, for 100,000 rows. Every write is one transaction through
``Database.session``: when a function returns, the change is committed.

Values arriving here have been cleaned by ``core.diary_rules``; what only the
database can know (a check-in already on that day, a shoe that no longer
exists) is checked here and raised as the same ``ValidationError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import Select, func, literal, null, select, tuple_, union_all, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from footgui.core.diary_rules import ValidationError
from footgui.store.db import Database
from footgui.store.models import Base, CheckIn, Measurement, Run, Shoe

Kind = Literal["checkin", "measurement", "run", "shoe"]
KINDS: tuple[Kind, ...] = ("checkin", "measurement", "run", "shoe")
# Kinds that appear in the dated history table (a shoe is equipment, not an entry).
HISTORY_KINDS: tuple[Kind, ...] = ("checkin", "measurement", "run")
MODELS: dict[str, type[Base]] = {
    "checkin": CheckIn,
    "measurement": Measurement,
    "run": Run,
    "shoe": Shoe,
}


def columns(kind: str) -> list[str]:
    """The kind's column names in table order (the order exports use)."""
    return [c.name for c in MODELS[kind].__table__.columns]


def _as_dict(obj: Base) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in columns(_kind_of(obj))}


def _kind_of(obj: Base) -> str:
    return next(k for k, m in MODELS.items() if isinstance(obj, m))


# -- single records ------------------------------------------------------------


def get_record(db: Database, kind: str, record_id: int) -> dict[str, Any] | None:
    with db.session() as session:
        obj = session.get(MODELS[kind], record_id)
        return None if obj is None else _as_dict(obj)


def _check_database_rules(
    session: Session, kind: str, values: Mapping[str, Any], record_id: int | None
) -> None:
    if kind == "checkin" and "day" in values:
        clash = session.scalar(
            select(CheckIn.id).where(CheckIn.day == values["day"], CheckIn.id != (record_id or -1))
        )
        if clash is not None:
            when = values["day"].strftime("%d %b %Y").lstrip("0")
            raise ValidationError(
                {"day": f"There is already a check-in for {when}: pick that day to edit it"}
            )
    shoe_id = values.get("shoe_id") if kind == "run" else None
    if shoe_id is not None and session.get(Shoe, shoe_id) is None:
        raise ValidationError({"shoe_id": "That shoe is no longer in your list"})


def insert_record(db: Database, kind: str, values: Mapping[str, Any]) -> int:
    """Add a record (with ``values["id"]`` when restoring one) and return its id."""
    model = MODELS[kind]
    known = set(columns(kind))
    with db.session() as session:
        _check_database_rules(session, kind, values, None)
        if values.get("id") is not None and session.get(model, values["id"]) is not None:
            raise ValidationError({"id": f"An entry with id {values['id']} already exists"})
        obj = model(**{k: v for k, v in values.items() if k in known})
        session.add(obj)
        session.flush()
        return int(obj.id)  # type: ignore[attr-defined]


def update_record(db: Database, kind: str, record_id: int, values: Mapping[str, Any]) -> None:
    """Set the given columns of one record; LookupError when it is gone."""
    model = MODELS[kind]
    known = set(columns(kind)) - {"id"}
    with db.session() as session:
        obj = session.get(model, record_id)
        if obj is None:
            raise LookupError(f"That {kind} entry no longer exists")
        _check_database_rules(session, kind, values, record_id)
        for name, value in values.items():
            if name in known:
                setattr(obj, name, value)


@dataclass(frozen=True)
class Deleted:
    """Everything needed to put a deleted record back as it was."""

    kind: str
    values: dict[str, Any]
    linked_runs: tuple[int, ...] = field(default=())  # runs that wore a deleted shoe


def delete_record(db: Database, kind: str, record_id: int) -> Deleted:
    model = MODELS[kind]
    with db.session() as session:
        obj = session.get(model, record_id)
        if obj is None:
            raise LookupError(f"That {kind} entry no longer exists")
        values = _as_dict(obj)
        linked: tuple[int, ...] = ()
        if kind == "shoe":
            linked = tuple(session.scalars(select(Run.id).where(Run.shoe_id == record_id)))
        session.delete(obj)
        return Deleted(kind, values, linked)


def restore_record(db: Database, deleted: Deleted) -> None:
    """Undo a delete: the same id, and a shoe's runs linked to it again."""
    model = MODELS[deleted.kind]
    with db.session() as session:
        if session.get(model, deleted.values["id"]) is not None:
            raise ValidationError({"id": "Another entry took this one's place"})
        _check_database_rules(session, deleted.kind, deleted.values, None)
        session.add(model(**deleted.values))
        session.flush()
        if deleted.linked_runs:
            session.execute(
                update(Run)
                .where(Run.id.in_(deleted.linked_runs), Run.shoe_id.is_(None))
                .values(shoe_id=deleted.values["id"])
            )


# -- what the forms show beside a new value ------------------------------------------


def checkin_on(db: Database, day: date) -> dict[str, Any] | None:
    with db.session() as session:
        obj = session.scalars(select(CheckIn).where(CheckIn.day == day)).one_or_none()
        return None if obj is None else _as_dict(obj)


def previous_best(
    db: Database, kind: str, side: str, before: date, *, exclude_id: int | None = None
) -> tuple[date, float] | None:
    """The best value on the latest earlier day with this test on this side.

    Best, not last trial: the protocols take the best of the day's trials, and
    higher is better for every test the diary holds.
    """
    base = [Measurement.kind == kind, Measurement.side == side, Measurement.day < before]
    if exclude_id is not None:
        base.append(Measurement.id != exclude_id)
    with db.session() as session:
        last_day = session.scalar(select(func.max(Measurement.day)).where(*base))
        if last_day is None:
            return None
        best = session.scalar(
            select(func.max(Measurement.value)).where(*base, Measurement.day == last_day)
        )
        return (last_day, float(best)) if best is not None else None


def next_trial(db: Database, kind: str, side: str, day: date) -> int:
    with db.session() as session:
        top = session.scalar(
            select(func.max(Measurement.trial)).where(
                Measurement.kind == kind, Measurement.side == side, Measurement.day == day
            )
        )
    return int(top or 0) + 1


def runs_before(
    db: Database, day: date, window_days: int, *, exclude_id: int | None = None
) -> list[tuple[date, float]]:
    """(day, distance) of the runs in the window before ``day``, for the spike rule."""
    query = select(Run.day, Run.distance_m).where(
        Run.day >= day - timedelta(days=window_days), Run.day < day
    )
    if exclude_id is not None:
        query = query.where(Run.id != exclude_id)
    with db.session() as session:
        return [(d, float(m)) for d, m in session.execute(query)]


# -- shoes ------------------------------------------------------------------------


@dataclass(frozen=True)
class ShoeSummary:
    values: dict[str, Any]
    distance_m: float
    runs: int
    last_run: date | None

    @property
    def id(self) -> int:
        return int(self.values["id"])

    @property
    def name(self) -> str:
        return str(self.values["name"])

    @property
    def retired(self) -> bool:
        return bool(self.values["retired"])


def shoe_summaries(db: Database) -> list[ShoeSummary]:
    """Every shoe with the distance of its runs; in use first, then by name."""
    totals = (
        select(
            Run.shoe_id,
            func.sum(Run.distance_m).label("distance"),
            func.count(Run.id).label("runs"),
            func.max(Run.day).label("last"),
        )
        .where(Run.shoe_id.is_not(None))
        .group_by(Run.shoe_id)
        .subquery()
    )
    query = (
        select(Shoe, totals.c.distance, totals.c.runs, totals.c.last)
        .outerjoin(totals, totals.c.shoe_id == Shoe.id)
        .order_by(Shoe.retired, Shoe.name, Shoe.id)
    )
    with db.session() as session:
        return [
            ShoeSummary(_as_dict(shoe), float(dist or 0.0), int(runs or 0), last)
            for shoe, dist, runs, last in session.execute(query)
        ]


# -- the history table -----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryFilter:
    kinds: frozenset[str] = frozenset(HISTORY_KINDS)
    since: date | None = None
    until: date | None = None
    text: str = ""  # found in the note (case-insensitive for ASCII, as SQLite's LIKE)


# One shape for every kind so that a single UNION ALL pages through them all:
# kind, id, day, t1..t3 (text), n1..n7 (numbers), note. What each slot holds:
#   checkin:     n1..n6 scores (CHECKIN_SCORES order), n7 sleep_h
#   measurement: t1 kind, t2 side, n1 value, n2 trial
#   run:         t1 run_type, t2 surface, t3 shoe name, n1 distance_m, n2 duration_s,
#                n3 pain_after, n4 shoe_id
HistoryRow = tuple[Any, ...]
SORT_KEYS = ("day", "kind", "t1", "n1", "note")
_ROW_LABELS = (
    "kind",
    "id",
    "day",
    "t1",
    "t2",
    "t3",
    "n1",
    "n2",
    "n3",
    "n4",
    "n5",
    "n6",
    "n7",
    "note",
)


def _select(cols: list[Any]) -> Select[Any]:
    return select(*(col.label(name) for col, name in zip(cols, _ROW_LABELS, strict=True)))


def _arm(kind: str, filt: HistoryFilter) -> Select[Any]:
    nothing: ColumnElement[Any] = null()
    if kind == "checkin":
        cols: list[Any] = [
            literal("checkin"), CheckIn.id, CheckIn.day, nothing, nothing, nothing,
            CheckIn.first_step_pain, CheckIn.next_morning_pain, CheckIn.pain_during,
            CheckIn.pain_after, CheckIn.stiffness, CheckIn.foot_fatigue, CheckIn.sleep_h,
            CheckIn.note,
        ]  # fmt: skip
        query = _select(cols)
        day = CheckIn.day
    elif kind == "measurement":
        cols = [
            literal("measurement"), Measurement.id, Measurement.day, Measurement.kind,
            Measurement.side, nothing, Measurement.value, Measurement.trial, nothing, nothing,
            nothing, nothing, nothing, Measurement.note,
        ]  # fmt: skip
        query = _select(cols)
        day = Measurement.day
    else:
        cols = [
            literal("run"), Run.id, Run.day, Run.run_type, Run.surface, Shoe.name,
            Run.distance_m, Run.duration_s, Run.pain_after, Run.shoe_id, nothing, nothing,
            nothing, Run.note,
        ]  # fmt: skip
        query = _select(cols).outerjoin(Shoe, Shoe.id == Run.shoe_id)
        day = Run.day
    if filt.text.strip():
        pattern = filt.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        note = cols[-1]
        query = query.where(note.like(f"%{pattern}%", escape="\\"))
    if filt.since is not None:
        query = query.where(day >= filt.since)
    if filt.until is not None:
        query = query.where(day <= filt.until)
    return query


def history_count(db: Database, filt: HistoryFilter) -> int:
    """Entries matching ``filt``; counted per table (a count over the union is 5x slower)."""
    arms = [_arm(k, filt).subquery() for k in HISTORY_KINDS if k in filt.kinds]
    with db.session() as session:
        return sum(int(session.scalar(select(func.count()).select_from(a)) or 0) for a in arms)


_LOWEST = {"t1": "", "n1": -1.0e308}  # NULLs sort as the lowest value, like SQLite's


def _sort_columns(sub: Any, sort_key: str) -> list[ColumnElement[Any]]:
    c = sub.c
    primary = (
        c[sort_key] if sort_key not in _LOWEST else func.coalesce(c[sort_key], _LOWEST[sort_key])
    )
    keys = [primary] if sort_key == "day" else [primary, c.day]
    return [*keys, c.kind, c.id]


def sort_values(row: HistoryRow, sort_key: str) -> tuple[Any, ...]:
    """The key a page ends on, to pass as ``after`` for the next page."""
    item = dict(zip(_ROW_LABELS, row, strict=True))
    primary = item[sort_key]
    if primary is None:
        primary = _LOWEST.get(sort_key)
    keys = [primary] if sort_key == "day" else [primary, item["day"]]
    return (*keys, item["kind"], item["id"])


def history_page(
    db: Database,
    filt: HistoryFilter,
    *,
    limit: int,
    after: tuple[Any, ...] | None = None,
    sort_key: str = "day",
    descending: bool = True,
) -> list[HistoryRow]:
    """Up to ``limit`` rows following the row whose ``sort_values`` is ``after``.

    Keyset paging rather than OFFSET: a page deep in 100,000 rows costs the
    same as the first, so scrolling to the end never stalls. Ties are broken
    by kind and id, which makes the order total and the pages exact.
    """
    if sort_key not in SORT_KEYS:
        raise ValueError(f"cannot sort the history by {sort_key!r}")
    if limit <= 0:
        return []

    def page_of(source: Any) -> Select[Any]:
        keys = _sort_columns(source, sort_key)
        query = select(*source.c)
        if after is not None:
            here, there = tuple_(*keys), tuple_(*(literal(v) for v in after))
            query = query.where(here < there if descending else here > there)
        order = [k.desc() for k in keys] if descending else [k.asc() for k in keys]
        return query.order_by(*order).limit(limit)

    # Each table's own first ``limit`` rows (which its day index serves at
    # once), then the best ``limit`` of those: never a sort of all 100,000.
    arms = [
        select(*page_of(_arm(k, filt).subquery()).subquery().c)
        for k in HISTORY_KINDS
        if k in filt.kinds
    ]
    if not arms:
        return []
    union = union_all(*arms).subquery("history") if len(arms) > 1 else arms[0].subquery()
    with db.session() as session:
        return [tuple(r) for r in session.execute(page_of(union))]
