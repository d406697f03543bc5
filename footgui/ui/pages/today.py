"""The Today page (its feature is built in its own issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from footgui.ui.context import AppContext
from footgui.ui.pages.coming import ComingPage


class TodayPage(ComingPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "Today",
            "This page will recommend today's session from your diary and explain why.",
            parent,
        )
        self.ctx = ctx
