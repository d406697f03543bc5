"""Alembic migrations: empty to head, older databases (backup first), models == schema."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import CheckConstraint, create_engine, inspect, text

from footgui.store import repos
from footgui.store.backup import list_backups
from footgui.store.db import HEAD_REVISION, KNOWN_REVISIONS, StoreError, open_database
from footgui.store.migrate import alembic_config, script_revisions, upgrade_to_head
from footgui.store.models import Base

FIRST = KNOWN_REVISIONS[0]


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def make_first_revision_database(path: Path) -> None:
    """A database as the first release left it, with the user's entries in it."""
    engine = create_engine(url(path))
    try:
        upgrade_to_head(engine, FIRST)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO profile (id, age, sex, units) VALUES (1, 38, 'female', 'metric')")
            )
            conn.execute(
                text("INSERT INTO check_in (day, first_step_pain, note) VALUES (:d, 4, 'sore')"),
                {"d": date(2026, 1, 5)},
            )
            conn.execute(text("INSERT INTO shoe (name, retired, note) VALUES ('Trail', 0, '')"))
            conn.execute(text("INSERT INTO run (day, distance_m, run_type, shoe_id, note) "
                              "VALUES ('2026-01-06', 7000, 'long', 1, '')"))  # fmt: skip
    finally:
        engine.dispose()


def test_known_revisions_match_the_scripts() -> None:
    assert script_revisions() == list(KNOWN_REVISIONS)
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_empty_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new" / "footgui.sqlite3"
    db = open_database(url(path), backup_dir=tmp_path / "backups")
    assert db.revision == HEAD_REVISION and db.last_backup is None
    tables = set(inspect(db.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    db.close()
    assert revision_of(path) == HEAD_REVISION
    assert not (tmp_path / "backups").exists()  # nothing to protect yet


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    backups = tmp_path / "backups"
    make_first_revision_database(path)
    db = open_database(url(path), backup_dir=backups)
    [backup] = list_backups(backups)
    assert db.last_backup == backup
    assert f"before-upgrade-{FIRST}-to-{HEAD_REVISION}" in backup.name
    assert revision_of(backup) == FIRST  # the copy is the database as it was
    assert db.revision == HEAD_REVISION and revision_of(path) == HEAD_REVISION
    profile = repos.get_profile(db)  # the profile table was rebuilt by batch mode
    assert (profile.age, profile.sex, profile.current_stage) == (38, "female", 1)
    [checkin] = repos.list_checkins(db)
    assert (checkin.first_step_pain, checkin.note) == (4, "sore")
    [run] = repos.list_runs(db)
    assert run.shoe_id == repos.list_shoes(db)[0].id
    repos.add_stage_event(db, day=date(2026, 2, 1), stage=2, kind="advance")  # new table works
    assert repos.get_profile(db).current_stage == 2
    db.close()
    # opening again is the fast path: no second backup
    open_database(url(path), backup_dir=backups).close()
    assert len(list_backups(backups)) == 1


def test_no_backup_means_no_migration(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    make_first_revision_database(path)
    before = path.read_bytes()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="backup"):
        open_database(url(path), backup_dir=blocker / "backups")
    assert revision_of(path) == FIRST
    assert path.read_bytes() == before


def test_migrate_false_leaves_an_older_schema_alone(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    make_first_revision_database(path)
    db = open_database(url(path), migrate=False)
    assert db.revision == FIRST and not db.is_current
    db.close()
    assert revision_of(path) == FIRST


def test_models_match_the_migrations(tmp_path: Path) -> None:
    db = open_database(url(tmp_path / "footgui.sqlite3"))
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": _defaults_differ}
        )
        assert compare_metadata(context, Base.metadata) == []
        # Alembic does not compare CHECK constraints: compare them by name and SQL.
        inspector = inspect(conn)
        for table in Base.metadata.sorted_tables:
            in_db = {c["name"]: c["sqltext"] for c in inspector.get_check_constraints(table.name)}
            in_model = {
                str(c.name): str(c.sqltext)
                for c in table.constraints
                if isinstance(c, CheckConstraint)
            }
            assert in_db == in_model, table.name
    db.close()


def _defaults_differ(
    _context: object,
    _inspected: object,
    _metadata: object,
    inspected_default: str | None,
    _metadata_default: object,
    rendered_metadata_default: str | None,
) -> bool | None:
    """SQLite reflects an empty default as ``('')``, which Alembic's own rule calls a change."""
    if inspected_default == "('')" and rendered_metadata_default == "":
        return False
    return None  # Alembic's rule for everything else


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    open_database(url(path)).close()
    engine = create_engine(url(path))
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()
    db = open_database(url(path))
    assert db.revision == HEAD_REVISION
    assert set(inspect(db.engine).get_table_names()) >= set(Base.metadata.tables)
    db.close()


def test_session_choices_written_as_text_move_into_their_column(tmp_path: Path) -> None:
    """0003: an override stored as "session=<id>; why" keeps its choice and the user's words."""
    path = tmp_path / "footgui.sqlite3"
    engine = create_engine(url(path))
    try:
        upgrade_to_head(engine, "0002")
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO stage_event (day, stage, kind, reason) VALUES (:d, 1, :k, :r)"),
                [
                    {"d": date(2026, 3, 1), "k": "start", "r": ""},
                    {
                        "d": date(2026, 3, 2),
                        "k": "override",
                        "r": "session=s1-strength; only a step",
                    },
                    {"d": date(2026, 3, 3), "k": "override", "r": "session=; empty id"},
                    {"d": date(2026, 3, 4), "k": "hold", "r": "session=s1-x; not an override"},
                ],
            )
    finally:
        engine.dispose()
    db = open_database(url(path), backup_dir=tmp_path / "backups")
    assert db.revision == HEAD_REVISION
    events = [(e.kind, e.template_id, e.reason) for e in repos.list_stage_events(db)]
    db.close()
    assert events == [
        ("start", None, ""),
        ("override", "s1-strength", "only a step"),
        ("override", None, "session=; empty id"),  # nothing to recover: left as written
        ("hold", None, "session=s1-x; not an override"),
    ]
    engine = create_engine(url(path))
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
            reasons = [r for (r,) in conn.execute(text("SELECT reason FROM stage_event"))]
    finally:
        engine.dispose()
    assert reasons[1] == "session=s1-strength; only a step"


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole upgrade is one transaction: a failure in the last step undoes the first."""
    path = tmp_path / "footgui.sqlite3"
    make_first_revision_database(path)
    tables_before = _tables(path)

    def broken_upgrade(config: object, target: str) -> None:
        real_upgrade(config, target)  # type: ignore[arg-type]
        raise RuntimeError("disk on fire")

    real_upgrade = command.upgrade
    monkeypatch.setattr(command, "upgrade", broken_upgrade)
    with pytest.raises(StoreError, match="disk on fire") as info:
        open_database(url(path), backup_dir=tmp_path / "backups")
    assert "left as it was" in str(info.value)
    assert revision_of(path) == FIRST
    assert _tables(path) == tables_before
    assert len(list_backups(tmp_path / "backups")) == 1


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
