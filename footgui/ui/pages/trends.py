"""The Trends page (its feature is built in its own issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from footgui.ui.context import AppContext
from footgui.ui.pages.coming import ComingPage


class TrendsPage(ComingPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "Trends",
            "This page will chart balance times, pain, mobility, strength and training load.",
            parent,
        )
        self.ctx = ctx
