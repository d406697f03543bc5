"""Shared fixtures: a real migrated SQLite file, the real catalog, an app context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog
    from footgui.store.db import Database
    from footgui.ui.context import AppContext


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    from footgui.core.catalog import load_catalog

    return load_catalog()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    from footgui.store.db import open_database

    database = open_database(
        f"sqlite:///{tmp_path / 'footgui.sqlite3'}", backup_dir=tmp_path / "backups"
    )
    yield database
    database.close()


@pytest.fixture
def app_ctx(qapp: object, db: Database, catalog: Catalog, tmp_path: Path) -> Iterator[AppContext]:
    from PySide6.QtCore import QSettings

    from footgui.paths import user_paths
    from footgui.ui.context import AppBus, AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    bus = AppBus()
    ctx = AppContext(db=db, catalog=catalog, paths=user_paths(tmp_path), settings=settings, bus=bus)
    yield ctx
    ctx.db.close()  # a test may have swapped in a new database (restore)
    bus.deleteLater()
