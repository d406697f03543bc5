"""Shared fixtures: a real migrated SQLite file, the real catalog, an app context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from footgui.core.catalog import Catalog
    from footgui.store.db import Database
    from footgui.ui.context import AppContext
    from footgui.ui.i18n import LanguageChoice


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


# -- languages: a test that installs German always leaves English behind --------------------


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs, the next test starts in English again."""
    from footgui.ui import i18n

    yield qapp
    i18n.remove_language(qapp)


@pytest.fixture
def german(english_after: QApplication, tmp_path: Path) -> LanguageChoice:
    """The app's German installed on the test QApplication (as ``app.run_gui`` does)."""
    from PySide6.QtCore import QSettings

    from footgui.ui import i18n

    settings = QSettings(str(tmp_path / "language.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.KEY_LANGUAGE, "de")
    choice = i18n.install_language(english_after, settings)
    assert choice.language == "de" and choice.message == ""
    return choice


@pytest.fixture
def german_ctx(german: LanguageChoice, db: Database, tmp_path: Path) -> Iterator[AppContext]:
    """An app context in German: German settings and the German catalog."""
    from PySide6.QtCore import QSettings

    from footgui.core.catalog import load_catalog
    from footgui.paths import user_paths
    from footgui.ui import i18n
    from footgui.ui.context import AppBus, AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.KEY_LANGUAGE, "de")
    bus = AppBus()
    catalog = load_catalog(language=i18n.current_language())
    yield AppContext(db, catalog, user_paths(tmp_path), settings, bus)
    bus.deleteLater()
