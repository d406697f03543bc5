"""The Diary page (built in ``footgui.ui.diary``): check-ins, tests, runs, shoes, history."""

from __future__ import annotations

from footgui.ui.diary.page import DiaryPage

__all__ = ["DiaryPage"]
