"""Alembic, configured in code: imported only when a database needs migrating.

The migration scripts ship inside the package (``footgui/store/migrations``)
and are found relative to this file, so the same code works from a checkout,
an installed wheel and a frozen bundle (which must carry them as data files).
No ``alembic.ini`` is read at run time; the one beside this module is for
developers running the ``alembic`` command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from footgui.core.text import translate
from footgui.store.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """Every revision the scripts define, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to ``target`` in a single transaction.

    On SQLite, foreign keys are off while the migrations run: a batch
    migration rebuilds a table by dropping it, and with foreign keys on, the
    drop would cascade into the rows of every referring table. Integrity is
    checked with ``PRAGMA foreign_key_check`` before the commit instead.
    """
    config = alembic_config()
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        driver: Any = conn.connection.driver_connection
        if is_sqlite:
            driver.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(
                            translate(
                                "Store",
                                "Updating the database would break {n} references "
                                "(first in table {table}); it was left as it was.",
                            ).format(n=len(broken), table=str(broken[0][0]))
                        )
        finally:
            if is_sqlite:
                driver.execute("PRAGMA foreign_keys = ON")
