"""The main window's pages, in navigation order.

Each page module is imported only when its page is first shown, so a page's
heavy dependencies (pyqtgraph, Qt Multimedia) cost nothing at startup.
A page class takes ``(ctx: AppContext, parent)`` and may define
``activate(**kwargs)``, called each time the page is navigated to.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    cls: str
    icon: str  # file stem in resources/icons/

    @property
    def label(self) -> str:
        """The page's name in the app's language (``title`` stays English: it is an id too)."""
        return QCoreApplication.translate("Pages", self.title)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "today", QT_TRANSLATE_NOOP("Pages", "Today"), "footgui.ui.pages.today", "TodayPage", "today"
    ),
    PageSpec(
        "session",
        QT_TRANSLATE_NOOP("Pages", "Session"),
        "footgui.ui.pages.session",
        "SessionPage",
        "session",
    ),
    PageSpec(
        "library",
        QT_TRANSLATE_NOOP("Pages", "Library"),
        "footgui.ui.pages.library",
        "LibraryPage",
        "library",
    ),
    PageSpec(
        "diary", QT_TRANSLATE_NOOP("Pages", "Diary"), "footgui.ui.pages.diary", "DiaryPage", "diary"
    ),
    PageSpec(
        "trends",
        QT_TRANSLATE_NOOP("Pages", "Trends"),
        "footgui.ui.pages.trends",
        "TrendsPage",
        "trends",
    ),
)
