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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import IntegrityError

from footgui.core.diary_rules import DiaryRules, ValidationError
from footgui.core.units import Units
from footgui.store import diary
from footgui.store.errors import StoreError
from footgui.ui.context import AppContext

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

NOUN = {
    "checkin": QT_TRANSLATE_NOOP("Diary", "check-in"),
    "measurement": QT_TRANSLATE_NOOP("Diary", "test result"),
    "run": QT_TRANSLATE_NOOP("Diary", "run"),
    "shoe": QT_TRANSLATE_NOOP("Diary", "shoe"),
}


def noun(kind: str) -> str:
    """What an entry of ``kind`` is called mid-sentence, in the app's language."""
    return translate("Diary", NOUN[kind])


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
        self.undo_stack.push(
            _Command(self, kind, None, after, self.tr("Add {entry}").format(entry=noun(kind)))
        )
        self._announce(kind, self.tr("Saved the {entry}.").format(entry=noun(kind)))
        return new_id

    def update(self, kind: str, record_id: int, values: dict[str, Any]) -> None:
        before = diary.get_record(self.db, kind, record_id)
        if before is None:
            raise ValidationError(
                {"entry": self.tr("This {entry} no longer exists").format(entry=noun(kind))}
            )
        diary.update_record(self.db, kind, record_id, values)
        after = diary.get_record(self.db, kind, record_id)
        assert after is not None
        if after != before:
            self.undo_stack.push(
                _Command(
                    self, kind, before, after, self.tr("Edit {entry}").format(entry=noun(kind))
                )
            )
        self._announce(kind, self.tr("Saved the changes to the {entry}.").format(entry=noun(kind)))

    def delete(self, kind: str, record_id: int) -> None:
        gone = diary.delete_record(self.db, kind, record_id)
        self.undo_stack.push(
            _Command(self, kind, gone, None, self.tr("Delete {entry}").format(entry=noun(kind)))
        )
        extra = ""
        if gone.linked_runs:
            n = len(gone.linked_runs)
            extra = " " + (
                self.tr("1 run no longer names it.")
                if n == 1
                else self.tr("{n} runs no longer name it.").format(n=n)
            )
        self._announce(
            kind,
            self.tr("Deleted the {entry}.").format(entry=noun(kind))
            + extra
            + " "
            + self.tr("Undo with Ctrl+Z."),
        )
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
        self._run(False, self._redo)

    def undo(self) -> None:
        self._run(True, self._undo)

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

    def _run(self, undo: bool, step: Callable[[], set[str]]) -> None:
        try:
            kinds = step()
        except (ValidationError, LookupError, StoreError, IntegrityError) as exc:
            log.warning("%s of %r failed: %s", "undo" if undo else "redo", self.text(), exc)
            self.setObsolete(True)
            failed = (
                translate("Diary", "Could not undo \u201c{action}\u201d: the entry changed since.")
                if undo
                else translate(
                    "Diary", "Could not redo \u201c{action}\u201d: the entry changed since."
                )
            )
            text = failed.format(action=self.text())
            self.hub.message.emit(text)
            self.hub.ctx.bus.status.emit(text)
            return
        for kind in sorted(kinds):
            self.hub._announce(kind, "")
        done = (
            translate("Diary", "Undone: {action}.")
            if undo
            else translate("Diary", "Redone: {action}.")
        ).format(action=self.text())
        self.hub.message.emit(done)
        self.hub.ctx.bus.status.emit(done)


def _kinds(gone: diary.Deleted) -> set[str]:
    return {gone.kind, "run"} if gone.linked_runs else {gone.kind}
