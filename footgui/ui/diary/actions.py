"""Every diary write goes through here, as an undoable command.

The first write happens before the command is pushed, so a value only the
database can refuse (a second check-in on one day, a shoe deleted meanwhile)
comes back to the form as a field message and leaves nothing on the undo
stack. Undo and redo write the stored snapshots back with the same ids; if
that fails (another page changed the entry since), the command says so and
drops out of the stack rather than leaving it lying about what it can undo.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import IntegrityError

from footgui.core.diary_rules import DiaryRules, ValidationError
from footgui.core.units import Units
from footgui.store import diary
from footgui.store.errors import StoreError
from footgui.ui.context import AppContext

log = logging.getLogger(__name__)

NOUN = {"checkin": "check-in", "measurement": "test result", "run": "run", "shoe": "shoe"}


class DiaryActions(QObject):
    """The page's shared state: database, units, rules, clock and the undo stack."""

    # kind of entry written (after the commit); the page refreshes its views on it
    written = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        program = getattr(ctx.catalog, "program", None)
        self.rules = DiaryRules.from_program(getattr(program, "rules", None))
        self.units = Units()
        self.clock: Callable[[], datetime] = datetime.now
        self._writing = 0
        self.read_units()

    # -- environment ----------------------------------------------------------------
    def read_units(self) -> bool:
        """Re-read the unit settings; True when they changed."""
        s = self.ctx.settings
        units = Units.from_settings(s.value("units/distance", "km"), s.value("units/length", "cm"))
        changed = units != self.units
        self.units = units
        return changed

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().date()

    @property
    def writing(self) -> bool:
        """True while this page's own write is being announced (to skip self-echo)."""
        return self._writing > 0

    # -- writes ---------------------------------------------------------------------
    def add(self, kind: str, values: dict[str, Any]) -> int:
        """Insert and push an undoable command; raises ValidationError/StoreError."""
        new_id = diary.insert_record(self.db, kind, values)
        after = diary.get_record(self.db, kind, new_id)
        assert after is not None
        self.undo_stack.push(_Command(self, kind, None, after, f"Add {NOUN[kind]}"))
        self._announce(kind, f"Saved the {NOUN[kind]}.")
        return new_id

    def update(self, kind: str, record_id: int, values: dict[str, Any]) -> None:
        before = diary.get_record(self.db, kind, record_id)
        if before is None:
            raise ValidationError({"entry": f"This {NOUN[kind]} no longer exists"})
        diary.update_record(self.db, kind, record_id, values)
        after = diary.get_record(self.db, kind, record_id)
        assert after is not None
        if after != before:
            self.undo_stack.push(_Command(self, kind, before, after, f"Edit {NOUN[kind]}"))
        self._announce(kind, f"Saved the changes to the {NOUN[kind]}.")

    def delete(self, kind: str, record_id: int) -> None:
        gone = diary.delete_record(self.db, kind, record_id)
        self.undo_stack.push(_Command(self, kind, gone, None, f"Delete {NOUN[kind]}"))
        extra = ""
        if gone.linked_runs:
            n = len(gone.linked_runs)
            extra = f" {n} run{'s' if n != 1 else ''} no longer name it."
        self._announce(kind, f"Deleted the {NOUN[kind]}.{extra} Undo with Ctrl+Z.")
        if gone.linked_runs:
            self._announce("run", "")

    def _announce(self, kind: str, text: str) -> None:
        """Tell the page and the app, after the commit that made the change."""
        self._writing += 1
        try:
            self.written.emit(kind)
            self.ctx.changed(kind)
        finally:
            self._writing -= 1
        if text:
            self.message.emit(text)
            self.ctx.bus.status.emit(text)


class _Command(QUndoCommand):
    """One write as snapshots: ``before`` None = an add, ``after`` None = a delete."""

    def __init__(
        self,
        hub: DiaryActions,
        kind: str,
        before: dict[str, Any] | diary.Deleted | None,
        after: dict[str, Any] | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self.hub = hub
        self.kind = kind
        self.before = before
        self.after = after
        self._removed: diary.Deleted | None = None  # an add, undone (keeps shoe links)
        self._done = True  # the first redo() is the write already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run("Redo", self._redo)

    def undo(self) -> None:
        self._run("Undo", self._undo)

    def _redo(self) -> set[str]:
        db = self.hub.db
        if self.before is None:  # add again, with the same id
            assert self.after is not None
            if self._removed is not None:
                diary.restore_record(db, self._removed)
                return _kinds(self._removed)
            diary.insert_record(db, self.kind, self.after)
        elif isinstance(self.before, diary.Deleted):  # delete again
            self.before = diary.delete_record(db, self.kind, self.before.values["id"])
            return _kinds(self.before)
        else:
            assert self.after is not None
            diary.update_record(db, self.kind, self.before["id"], self.after)
        return {self.kind}

    def _undo(self) -> set[str]:
        db = self.hub.db
        if self.before is None:
            assert self.after is not None
            self._removed = diary.delete_record(db, self.kind, self.after["id"])
            return _kinds(self._removed)
        if isinstance(self.before, diary.Deleted):
            diary.restore_record(db, self.before)
            return _kinds(self.before)
        diary.update_record(db, self.kind, self.before["id"], self.before)
        return {self.kind}

    def _run(self, verb: str, step: Callable[[], set[str]]) -> None:
        try:
            kinds = step()
        except (ValidationError, LookupError, StoreError, IntegrityError) as exc:
            log.warning("%s of %r failed: %s", verb, self.text(), exc)
            self.setObsolete(True)
            text = f"Could not {verb.lower()} \u201c{self.text()}\u201d: the entry changed since."
            self.hub.message.emit(text)
            self.hub.ctx.bus.status.emit(text)
            return
        for kind in sorted(kinds):
            self.hub._announce(kind, "")
        done = f"{verb}: {self.text()[0].lower()}{self.text()[1:]}."
        self.hub.message.emit(done)
        self.hub.ctx.bus.status.emit(done)


def _kinds(gone: diary.Deleted) -> set[str]:
    return {gone.kind, "run"} if gone.linked_runs else {gone.kind}
