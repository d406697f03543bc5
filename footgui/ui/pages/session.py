"""The Session page; it lives in ``footgui.ui.session`` (several views and their wiring)."""

from __future__ import annotations

from footgui.ui.session.page import SessionPage

__all__ = ["SessionPage"]
