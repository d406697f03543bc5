"""The Session page (its feature is built in its own issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from footgui.ui.context import AppContext
from footgui.ui.pages.coming import ComingPage


class SessionPage(ComingPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "Session",
            "This page will play a session: demo clips, spoken cues, timers, sets and rests.",
            parent,
        )
        self.ctx = ctx
