"""Writes a running session to the database as it happens.

The session row is created when the session starts and every finished set is
its own committed transaction the moment it ends, so if the app dies mid-way
every set done before is kept (the session stays "in_progress"). A failed
write is reported, never raised into the session: the timers keep going.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from footgui.core.timeline import SetResult
from footgui.store import repos
from footgui.store.db import Database
from footgui.store.errors import StoreError
from footgui.ui.i18n import error_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class SessionRecorder:
    def __init__(
        self,
        db: Database,
        template_id: str,
        stage: int,
        on_error: Callable[[str], None] | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._template_id = template_id
        self._stage = stage
        self._on_error = on_error or (lambda _msg: None)
        self._now = now
        self.session_id: int | None = None
        self.logged: list[SetResult] = []
        self.failed = 0

    def start(self) -> int | None:
        try:
            row = repos.start_session(
                self._db, self._template_id, self._stage, started_at=self._now()
            )
        except (StoreError, ValueError) as exc:
            self._fail(
                translate("SessionRecorder", "The session could not be saved: {error}").format(
                    error=error_text(exc)
                )
            )
            return None
        self.session_id = row.id
        return row.id

    def log(self, result: SetResult) -> bool:
        if self.session_id is None:
            return False
        try:
            repos.log_set(
                self._db,
                self.session_id,
                result.exercise_id,
                set_number=result.set_number,
                side=result.side or "both",
                reps=result.reps,
                hold_s=result.hold_s,
                duration_s=result.duration_s,
                status=result.status,
                logged_at=self._now(),
            )
        except (StoreError, ValueError, LookupError) as exc:
            self.failed += 1
            self._fail(
                translate(
                    "SessionRecorder", "Set {number} of {exercise} was not saved: {error}"
                ).format(
                    number=result.set_number, exercise=result.exercise_id, error=error_text(exc)
                )
            )
            return False
        self.logged.append(result)
        return True

    def finish(
        self,
        *,
        completed: bool,
        pain_during: int | None = None,
        foot_fatigue: int | None = None,
        rpe: int | None = None,
        note: str = "",
        day: date | None = None,
    ) -> bool:
        """Close the session with the check-in; the day's diary gets the same scores.

        The diary keeps the worse of the day's pain-during scores, since the
        pain rules look at the day's highest.
        """
        if self.session_id is None:
            return False
        try:
            repos.finish_session(
                self._db,
                self.session_id,
                status="finished" if completed else "abandoned",
                ended_at=self._now(),
                pain_during=pain_during,
                foot_fatigue=foot_fatigue,
                rpe=rpe,
                note=note,
            )
            day = day or self._now().date()
            existing = repos.get_checkin(self._db, day)
            changes: dict[str, int] = {}
            if pain_during is not None:
                before = existing.pain_during if existing is not None else None
                changes["pain_during"] = max(pain_during, before or 0)
            if foot_fatigue is not None:
                before = existing.foot_fatigue if existing is not None else None
                changes["foot_fatigue"] = max(foot_fatigue, before or 0)
            if changes:
                repos.upsert_checkin(self._db, day, **changes)  # type: ignore[arg-type]
        except (StoreError, ValueError, LookupError) as exc:
            self._fail(
                translate("SessionRecorder", "The check-in could not be saved: {error}").format(
                    error=error_text(exc)
                )
            )
            return False
        return True

    def _fail(self, message: str) -> None:
        log.error("%s", message)
        self._on_error(message)
