"""Alembic environment for footgui's schema.

At run time footgui passes its own connection (``config.attributes``), already
inside a transaction, so a migration commits or rolls back as a whole. For
developers, ``alembic -c footgui/store/alembic.ini -x url=sqlite:///dev.sqlite3
revision --autogenerate -m "..."`` works on a scratch database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from footgui.store.models import Base

config = context.config


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table.
        render_as_batch=True,
        compare_type=True,
    )


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give a database: alembic ... -x url=sqlite:///scratch.sqlite3")
    return url


def run() -> None:
    if context.is_offline_mode():
        context.configure(
            url=_url(), target_metadata=Base.metadata, render_as_batch=True, literal_binds=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url())
    try:
        with engine.begin() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


run()
