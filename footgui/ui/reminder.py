"""The daily training reminder (settings ``reminder/enabled`` and ``reminder/time``).

Checked once a minute rather than with one long timer: a laptop that slept
through the reminder time still gets it on waking, and a change of the
clock or of the setting needs no rescheduling. It reminds at most once a day
and not at all when a session was already finished that day.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTime, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from footgui.ui.context import AppContext
from footgui.ui.settings_values import flag

log = logging.getLogger(__name__)

KEY_ENABLED = "reminder/enabled"
KEY_TIME = "reminder/time"
DEFAULT_TIME = "18:00"
CHECK_MS = 60_000
LATE_LIMIT = timedelta(hours=4)  # waking up later than this after the time: skip today's


def reminder_time(settings: QSettings) -> time:
    """The saved time; a malformed value falls back to 18:00."""
    parsed = QTime.fromString(str(settings.value(KEY_TIME, DEFAULT_TIME)), "HH:mm")
    if not parsed.isValid():
        parsed = QTime.fromString(DEFAULT_TIME, "HH:mm")
    return time(parsed.hour(), parsed.minute())


def reminder_enabled(settings: QSettings) -> bool:
    return flag(settings, KEY_ENABLED, False)


def is_due(now: datetime, at: time, last_day: date | None) -> bool:
    """True from ``at`` until ``LATE_LIMIT`` after it, once per day."""
    if last_day == now.date():
        return False
    due = datetime.combine(now.date(), at)
    return due <= now <= due + LATE_LIMIT


class Reminder(QObject):
    """Shows a tray message (or a status-bar note and a taskbar alert) when training is due."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.clock = datetime.now
        self.last_day: date | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def trained_today(self, today: date) -> bool:
        from footgui.store.repos import list_sessions

        start = datetime.combine(today, time())
        sessions = list_sessions(
            self.ctx.db, since=start, until=start + timedelta(days=1), status="finished"
        )
        return bool(sessions)

    def check(self) -> bool:
        """Remind now if due; True when a reminder was shown."""
        settings = self.ctx.settings
        if not reminder_enabled(settings):
            return False
        now = self.clock()
        if not is_due(now, reminder_time(settings), self.last_day):
            return False
        self.last_day = now.date()
        if self.trained_today(now.date()):
            return False
        self.notify()
        return True

    def notify(self) -> None:
        title = QCoreApplication.translate("Reminder", "Time for your foot and ankle session")
        text = QCoreApplication.translate(
            "Reminder", "Today's session is still to do. Open footgui's Today page to start it."
        )
        log.info("training reminder shown")
        self.ctx.bus.status.emit(text)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.messageClicked.connect(self._bring_up)
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        QApplication.alert(self.window)

    def _bring_up(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.ctx.go("today")


def start_reminder(window: QWidget, ctx: AppContext) -> Reminder:
    """Start checking for the reminder; the lead calls this once the window has its data."""
    return Reminder(ctx, window)
