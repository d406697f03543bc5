"""The main window's pages, in navigation order.

Each page module is imported only when its page is first shown, so a page's
heavy dependencies (pyqtgraph, Qt Multimedia) cost nothing at startup.
A page class takes ``(ctx: AppContext, parent)`` and may define
``activate(**kwargs)``, called each time the page is navigated to.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    cls: str
    icon: str  # file stem in resources/icons/


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "Today", "footgui.ui.pages.today", "TodayPage", "today"),
    PageSpec("session", "Session", "footgui.ui.pages.session", "SessionPage", "session"),
    PageSpec("library", "Library", "footgui.ui.pages.library", "LibraryPage", "library"),
    PageSpec("diary", "Diary", "footgui.ui.pages.diary", "DiaryPage", "diary"),
    PageSpec("trends", "Trends", "footgui.ui.pages.trends", "TrendsPage", "trends"),
)
