"""The Diary page (its feature is built in its own issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from footgui.ui.context import AppContext
from footgui.ui.pages.coming import ComingPage


class DiaryPage(ComingPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "Diary",
            "This page will record check-ins, pain, balance times, ankle range, runs and shoes.",
            parent,
        )
        self.ctx = ctx
