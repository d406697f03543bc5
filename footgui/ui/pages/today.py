"""The Today page (built in ``footgui.ui.today``)."""

from __future__ import annotations

from footgui.ui.today.page import TodayPage

__all__ = ["TodayPage"]
