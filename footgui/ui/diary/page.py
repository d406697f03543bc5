"""The Diary page: entry forms on the left, the whole history on the right.

Keeping the history beside the forms means a saved entry is seen landing in
the table, and undo (Ctrl+Z, Ctrl+Shift+Z) is always in view. Everything the
page writes goes through ``DiaryActions``; when another page writes diary
data the views refresh and the undo stack is cleared, because its snapshots
would no longer describe what is stored.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from footgui.core.diary_rules import (
    ValidationError,
    validate_checkin,
    validate_measurement,
    validate_run,
)
from footgui.store import diary
from footgui.store.errors import StoreError
from footgui.ui import i18n
from footgui.ui.context import AppContext
from footgui.ui.diary.actions import DiaryActions, noun
from footgui.ui.diary.fields import FORM_STYLE
from footgui.ui.diary.forms import FORMS, CheckInForm, EntryForm, MeasurementForm, RunForm
from footgui.ui.diary.history import HistoryPanel
from footgui.ui.diary.shoes import ShoesPanel
from footgui.ui.diary.transfer import Transfer

log = logging.getLogger(__name__)

DIARY_KINDS = {"checkin", "measurement", "run", "shoe", "all"}
TABS = ("checkin", "measurement", "run", "shoe")
FORMS_WIDTH = 510  # two columns of fields, roomy; the history takes the rest


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class EditDialog(QDialog):
    """An existing entry in its full form; opened with ``open()``, answers with ``finished``."""

    def __init__(
        self, hub: DiaryActions, kind: str, record: dict[str, Any], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {entry}").format(entry=noun(kind)))
        self.setStyleSheet(FORM_STYLE)
        self.resize(640, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        self.form: EntryForm = FORMS[kind](hub, in_dialog=True)
        self.form.load(record)
        self.form.saved.connect(lambda _id: self.accept())
        layout.addWidget(_scrolling(self.form), 1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.form.buttons.insertWidget(2, cancel)  # beside "Save changes"


class DiaryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = DiaryActions(ctx, self)
        self.undo_stack = self.hub.undo_stack
        self.transfer = Transfer(self.hub, self)
        self.editor: EditDialog | None = None
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 20, 10)
        layout.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(16)
        title = QLabel(self.tr("Diary"))
        title.setObjectName("pageTitle")
        sub = QLabel(self.tr("How your feet feel, your tests, runs and shoes."))
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        head.addWidget(title, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(sub, 1, Qt.AlignmentFlag.AlignVCenter)
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.import_button = QPushButton(self.tr("Import\u2026"))
        self.export_button.setAccessibleName(self.tr("Export the diary"))
        self.export_button.setToolTip(self.tr("Export the diary as CSV files or a backup (Ctrl+E)"))
        self.import_button.setAccessibleName(self.tr("Import into the diary"))
        self.import_button.setToolTip(self.tr("Import a backup or CSV files (Ctrl+I)"))
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(head)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("diaryTabs")
        self.tabs.setAccessibleName(self.tr("Diary entry forms"))
        self.tabs.tabBar().setAccessibleName(self.tr("Diary entry forms"))
        self.tabs.setDocumentMode(True)
        # Only the check-in form is built now; the others when first shown (or
        # used), which keeps the page's first screen quick.
        self.checkin_form = CheckInForm(self.hub)
        self._built: dict[str, QWidget] = {"checkin": self.checkin_form}
        self._areas: list[QScrollArea] = []
        labels = (self.tr("Check-in"), self.tr("Tests"), self.tr("Run"), self.tr("Shoes"))
        for key, label in zip(TABS, labels, strict=True):
            area = _scrolling(self.checkin_form if key == "checkin" else QWidget())
            self._areas.append(area)
            self.tabs.addTab(area, label)
        self.tabs.currentChanged.connect(lambda i: self._tab(TABS[i]))
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 16px; padding: 10px 18px; }")

        self.history = HistoryPanel(ctx.db, self.hub.units, self.hub.today)
        self.history.model.editor = self._edit_in_place
        self.history.edit_requested.connect(self.open_editor)
        self.history.delete_requested.connect(self.delete_entry)
        self.history.undo_button.clicked.connect(self.undo_stack.undo)
        self.history.redo_button.clicked.connect(self.undo_stack.redo)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tabs)
        split.addWidget(self.history)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.tabs.setMinimumWidth(490)
        self.history.setMinimumWidth(440)
        self.split = split
        layout.addWidget(split, 1)

        self.undo_action = self._shortcut_action(
            self.tr("Undo"), self.undo_stack.undo, [QKeySequence.StandardKey.Undo]
        )
        self.redo_action = self._shortcut_action(
            self.tr("Redo"),
            self.undo_stack.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
        )
        self.undo_stack.canUndoChanged.connect(self._undo_state)
        self.undo_stack.canRedoChanged.connect(self._undo_state)
        self.undo_stack.undoTextChanged.connect(self._undo_state)
        self.undo_stack.redoTextChanged.connect(self._undo_state)
        self._undo_state()

        self._pending: set[str] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_history)
        self.hub.written.connect(self._on_written)
        self.hub.message.connect(self.history.set_message)
        self.transfer.busy_changed.connect(self._busy)
        ctx.bus.data_changed.connect(self._on_bus_changed)
        self.setStyleSheet(FORM_STYLE)  # once, at the end: cheaper than per added child

    # -- the tabs' contents, built on first use -------------------------------------------
    def _tab(self, key: str) -> QWidget:
        if key not in self._built:
            widget: QWidget
            if key == "measurement":
                widget = MeasurementForm(self.hub)
            elif key == "run":
                widget = RunForm(self.hub)
            else:
                widget = ShoesPanel(self.hub)
            self._built[key] = widget
            self._areas[TABS.index(key)].setWidget(widget)
        return self._built[key]

    @property
    def measure_form(self) -> MeasurementForm:
        form = self._tab("measurement")
        assert isinstance(form, MeasurementForm)
        return form

    @property
    def run_form(self) -> RunForm:
        form = self._tab("run")
        assert isinstance(form, RunForm)
        return form

    @property
    def shoes(self) -> ShoesPanel:
        panel = self._tab("shoe")
        assert isinstance(panel, ShoesPanel)
        return panel

    def built_forms(self) -> list[EntryForm]:
        """The entry forms that exist so far (the shoe form inside its panel)."""
        out: list[EntryForm] = []
        for widget in self._built.values():
            out.append(widget.form if isinstance(widget, ShoesPanel) else widget)  # type: ignore[arg-type]
        return out

    # -- public API (menu, navigation) ----------------------------------------------------
    def activate(self, **kwargs: Any) -> None:
        """Re-read unit settings; ``tab="run"`` (a kind) shows that form."""
        if self.hub.read_units():
            self._units_changed()
        tab = kwargs.get("tab")
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))

    def export_dialog(self) -> QDialog:
        """File > Export...: non-blocking; the outcome arrives via ``transfer.finished``."""
        return self.transfer.export_dialog()

    def import_dialog(self) -> QDialog:
        """File > Import...: non-blocking; the outcome arrives via ``transfer.finished``."""
        return self.transfer.import_dialog()

    def open_editor(self, kind: str, record_id: int) -> EditDialog | None:
        record = diary.get_record(self.ctx.db, kind, record_id)
        if record is None:
            self.history.set_message(self.tr("That entry no longer exists."))
            self._refresh_history()
            return None
        dialog = EditDialog(self.hub, kind, record, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = dialog
        dialog.open()
        return dialog

    def delete_entry(self, kind: str, record_id: int) -> None:
        try:
            self.hub.delete(kind, record_id)
        except (LookupError, StoreError) as exc:
            self.history.set_message(
                self.tr("Could not delete: {reason}").format(reason=i18n.error_text(exc))
            )
            self._refresh_history()

    # -- internals --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Give the forms what they need and the history the rest, on first show."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = max(self.split.width(), 980)
            self.split.setSizes([FORMS_WIDTH, total - FORMS_WIDTH])

    def _shortcut_action(
        self, text: str, slot: Any, keys: list[QKeySequence | QKeySequence.StandardKey]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(
            [QKeySequence(k) if not isinstance(k, QKeySequence) else k for k in keys]
        )
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _undo_state(self, *_args: Any) -> None:
        stack = self.undo_stack
        # The stack clears itself (and signals) while the page is being destroyed.
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.history.redo_button)):
            return
        for button, action, can, text, undo in (
            (self.history.undo_button, self.undo_action, stack.canUndo(), stack.undoText(), True),
            (self.history.redo_button, self.redo_action, stack.canRedo(), stack.redoText(), False),
        ):
            button.setEnabled(can)
            action.setEnabled(can)
            if can and text:
                tip = (
                    self.tr("Undo: {action} (Ctrl+Z)")
                    if undo
                    else self.tr("Redo: {action} (Ctrl+Shift+Z)")
                ).format(action=text)
            else:
                tip = self.tr("Undo (Ctrl+Z)") if undo else self.tr("Redo (Ctrl+Shift+Z)")
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)

    def _edit_in_place(self, kind: str, record_id: int, field: str, value: Any) -> str | None:
        """A date or note typed into the table: validated like the forms, then saved."""
        record = diary.get_record(self.ctx.db, kind, record_id)
        if record is None:
            return self.tr("That entry no longer exists.")
        raw = dict(record)
        raw[field] = value
        now = self.hub.now()
        try:
            if kind == "checkin":
                values = validate_checkin(raw, today=now.date())
            elif kind == "measurement":
                if field == "day" and raw["day"] != record["day"]:
                    raw["taken_at"] = datetime.combine(raw["day"], record["taken_at"].time())
                values = validate_measurement(raw, now=now)
            else:
                values = validate_run(raw, today=now.date())
            self.hub.update(kind, record_id, values)
        except ValidationError as exc:
            reason = " ".join(i18n.localize(m) for m in exc.errors.values())
            message = self.tr("Not changed: {reason}").format(reason=reason)
            self.history.set_message(message)
            self.ctx.bus.status.emit(message)
            return message
        except StoreError as exc:
            self.history.set_message(
                self.tr("Not changed: {reason}").format(reason=i18n.error_text(exc))
            )
            return i18n.error_text(exc)
        return None

    def _on_written(self, kind: str) -> None:
        """After this page's own committed write (or undo/redo): bring every view up to date."""
        built = self._built
        if kind in ("shoe", "run", "all"):
            if "shoe" in built:
                self.shoes.refresh()
            if "run" in built:
                self.run_form.fill_shoes()
        if kind in ("checkin", "all"):
            self.checkin_form.open_day(self.checkin_form.field("day").value())
        for key in ("measurement", "run"):
            if key in built:
                form = built[key]
                assert isinstance(form, EntryForm)
                form.refresh_info()
        self._pending.add(kind)
        self._refresh_timer.start()

    def _refresh_history(self) -> None:
        self._pending.clear()
        self.history.refresh()

    def _on_bus_changed(self, kind: str) -> None:
        if self.hub.writing or kind not in DIARY_KINDS:
            return
        # Another page wrote diary data: our undo snapshots may now be stale.
        self.undo_stack.clear()
        self._on_written(kind)

    def _units_changed(self) -> None:
        self.history.model.set_units(self.hub.units)
        for form in self.built_forms():
            form.units_changed()
        if "shoe" in self._built:
            self.shoes.refresh()

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        if busy:
            self.history.set_message(self.tr("Working\u2026"))
