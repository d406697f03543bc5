"""What every page is given: the open database, the catalog, settings and a
way to talk to the rest of the app without knowing the main window.

Pages never import each other or the main window; they ask the context to
navigate and listen to ``data_changed`` so that, say, Trends redraws after a
diary edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog
    from footgui.paths import UserPaths
    from footgui.store.db import Database


class AppBus(QObject):
    """App-wide signals. ``navigate`` carries a page key and keyword arguments."""

    navigate = Signal(str, dict)
    # kind: "checkin", "measurement", "run", "shoe", "session", "profile", "stage",
    # "settings", "all"
    data_changed = Signal(str)
    status = Signal(str)


@dataclass
class AppContext:
    db: Database
    catalog: Catalog
    paths: UserPaths
    settings: QSettings
    bus: AppBus

    def go(self, page: str, **kwargs: Any) -> None:
        """Ask the main window to show ``page`` (a key of ui.pages.PAGES)."""
        self.bus.navigate.emit(page, kwargs)

    def changed(self, kind: str) -> None:
        self.bus.data_changed.emit(kind)
