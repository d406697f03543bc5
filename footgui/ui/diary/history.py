"""The history table: every check-in, test result and run, newest first.

The source model pages rows out of one SQL query (``canFetchMore`` /
``fetchMore``), so 100,000 entries open as fast as 100. Sorting and
filtering therefore cannot happen in the proxy over loaded rows only: the
proxy keeps the user's sort and filter and hands them to the source, which
re-queries the database; the view keeps talking to the proxy as usual.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from footgui.core import units as u
from footgui.core.diary_rules import format_measurement
from footgui.core.units import Units
from footgui.store import diary
from footgui.store.db import Database
from footgui.ui import i18n, vocab

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("Diary", "Date"),
    QT_TRANSLATE_NOOP("Diary", "Kind"),
    QT_TRANSLATE_NOOP("Diary", "Details"),
    QT_TRANSLATE_NOOP("Diary", "Note"),
)
DATE_COL, KIND_COL, DETAILS_COL, NOTE_COL = range(4)
SORT_BY_COLUMN = {DATE_COL: "day", KIND_COL: "kind", DETAILS_COL: "n1", NOTE_COL: "note"}
EDITABLE = {DATE_COL: "day", NOTE_COL: "note"}
KIND_NAMES = {
    "checkin": QT_TRANSLATE_NOOP("Diary", "Check-in"),
    "measurement": QT_TRANSLATE_NOOP("Diary", "Test"),
    "run": QT_TRANSLATE_NOOP("Diary", "Run"),
}
KIND_COLOURS = {"checkin": "#2a7de1", "measurement": "#8e44ad", "run": "#1e8449"}
SCORE_WORDS = (
    (QT_TRANSLATE_NOOP("Diary", "first step {score}"), 6),
    (QT_TRANSLATE_NOOP("Diary", "next morning {score}"), 7),
    (QT_TRANSLATE_NOOP("Diary", "during {score}"), 8),
    (QT_TRANSLATE_NOOP("Diary", "after {score}"), 9),
    (QT_TRANSLATE_NOOP("Diary", "stiffness {score}"), 10),
    (QT_TRANSLATE_NOOP("Diary", "fatigue {score}"), 11),
)
KEY = Qt.ItemDataRole.UserRole  # (kind, id) of the row


def describe(row: diary.HistoryRow, units: Units) -> str:
    """The Details cell: what was recorded, in the user's units."""
    kind = row[0]
    if kind == "checkin":
        parts = [
            translate("Diary", word).format(score=row[i])
            for word, i in SCORE_WORDS
            if row[i] is not None
        ]
        if row[12] is not None:
            parts.append(translate("Diary", "sleep {hours} h").format(hours=f"{row[12]:g}"))
        text = " \u00b7 ".join(parts) or translate("Diary", "no scores")
        return text[0].upper() + text[1:]
    if kind == "measurement":
        name = vocab.short_test(row[3])
        trial = (
            " \u00b7 " + translate("Diary", "trial {n}").format(n=f"{row[7]:.0f}")
            if row[7] is not None
            else ""
        )
        value = i18n.localize(format_measurement(row[3], row[6], units.length))
        return f"{value} \u00b7 {name} \u00b7 {vocab.side(row[4]).lower()}{trial}"
    distance = i18n.localize(u.format_distance(row[6], units.distance))
    parts = [f"{distance} {vocab.run_type(row[3])}"]
    if row[7]:
        parts.append(u.format_duration(row[7]))
    if row[8] is not None:
        parts.append(translate("Diary", "pain {score}").format(score=row[8]))
    if row[4]:
        parts.append(vocab.surface(str(row[4])))
    if row[5]:
        parts.append(str(row[5]))
    return " \u00b7 ".join(parts)


def run_tooltip(row: diary.HistoryRow, units: Units) -> str:
    """The run in full, pace included, for the Details cell's tooltip."""
    lines = [
        translate("Diary", "{distance} {type} run").format(
            distance=i18n.localize(u.format_distance(row[6], units.distance)),
            type=vocab.run_type(row[3]),
        )
    ]
    if row[7]:
        pace = u.pace_per_unit(row[6], row[7], units.distance)
        lines.append(
            translate("Diary", "{duration}, pace {pace}").format(
                duration=u.format_duration(row[7]), pace=pace
            )
        )
    if row[4]:
        lines.append(translate("Diary", "Surface: {surface}").format(surface=vocab.surface(row[4])))
    if row[5]:
        lines.append(translate("Diary", "Shoe: {shoe}").format(shoe=row[5]))
    if row[8] is not None:
        lines.append(translate("Diary", "Pain after: {score}/10").format(score=row[8]))
    return "\n".join(lines)


class HistoryModel(QAbstractTableModel):
    """Rows of ``store.diary.history_page``, fetched a page at a time."""

    def __init__(self, db: Database, units: Units, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.units = units
        self.filter = diary.HistoryFilter()
        self.sort_key = "day"
        self.descending = True
        self.total = 0
        self._rows: list[diary.HistoryRow] = []
        # set by the panel: (kind, id, field, value) -> error message or None
        self.editor: Callable[[str, int, str, Any], str | None] | None = None
        self.reload()

    # -- loading -----------------------------------------------------------------------
    def reload(self, *, keep_loaded: bool = True) -> None:
        """Re-query (after a write, a filter or a sort), keeping as many rows as were shown."""
        want = max(PAGE, len(self._rows)) if keep_loaded else PAGE
        self.beginResetModel()
        self.total = diary.history_count(self.db, self.filter)
        self._rows = diary.history_page(
            self.db, self.filter, limit=want, sort_key=self.sort_key, descending=self.descending
        )
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        after = diary.sort_values(self._rows[-1], self.sort_key)
        rows = diary.history_page(
            self.db,
            self.filter,
            limit=PAGE,
            after=after,
            sort_key=self.sort_key,
            descending=self.descending,
        )
        if not rows:
            self.total = len(self._rows)  # entries were deleted elsewhere meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def set_filter(self, filt: diary.HistoryFilter) -> None:
        self.filter = filt
        self.reload(keep_loaded=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_BY_COLUMN.get(column, "day")
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._rows:
            return  # the view re-announces its sort when sorting is switched on
        self.sort_key, self.descending = key, descending
        self.reload(keep_loaded=False)

    def set_units(self, units: Units) -> None:
        self.units = units
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

    # -- reading -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Diary", COLUMNS[section])
        return None

    def row_key(self, row: int) -> tuple[str, int]:
        r = self._rows[row]
        return str(r[0]), int(r[1])

    def find(self, key: tuple[str, int]) -> int:
        return next((i for i, r in enumerate(self._rows) if (r[0], r[1]) == key), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == DATE_COL:
                return i18n.short_date(row[2])
            if col == KIND_COL:
                return translate("Diary", KIND_NAMES[row[0]])
            if col == DETAILS_COL:
                return describe(row, self.units)
            return row[13].replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            if col == DATE_COL:
                return QDate(row[2])
            if col == NOTE_COL:
                return row[13]
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == DATE_COL:
                return i18n.long_date(row[2])
            if col == DETAILS_COL and row[0] == "run":
                return run_tooltip(row, self.units)
            if col in (DETAILS_COL, NOTE_COL):
                return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == KIND_COL:
            return QColor(KIND_COLOURS[row[0]])
        if role == KEY:
            return (row[0], row[1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or index.column() not in EDITABLE
            or self.editor is None
        ):
            return False
        kind, rid = self.row_key(index.row())
        if isinstance(value, QDate):
            value = value.toPython()
        error = self.editor(kind, rid, EDITABLE[index.column()], value)
        return error is None


class HistoryProxy(QSortFilterProxyModel):
    """The view's model; sort and filter requests become queries on the source."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def source(self) -> HistoryModel:
        model = self.sourceModel()
        assert isinstance(model, HistoryModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort all entries in the database, not just the loaded page."""
        self.source().sort(column, order)

    def set_filter(
        self,
        kinds: frozenset[str],
        since: date | None = None,
        until: date | None = None,
        text: str = "",
    ) -> None:
        self.source().set_filter(diary.HistoryFilter(kinds, since, until, text))


PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("Diary", "All time"), None),
    (QT_TRANSLATE_NOOP("Diary", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("Diary", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("Diary", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("Diary", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("Diary", "Custom dates"), -1),
)
KIND_FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("Diary", "All entries"), frozenset(diary.HISTORY_KINDS)),
    (QT_TRANSLATE_NOOP("Diary", "Check-ins"), frozenset({"checkin"})),
    (QT_TRANSLATE_NOOP("Diary", "Test results"), frozenset({"measurement"})),
    (QT_TRANSLATE_NOOP("Diary", "Runs"), frozenset({"run"})),
)


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class HistoryPanel(QWidget):
    """Filter bar, table and the edit/delete/undo buttons."""

    edit_requested = Signal(str, int)
    delete_requested = Signal(str, int)

    def __init__(
        self, db: Database, units: Units, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.model = HistoryModel(db, units, self)
        self.proxy = HistoryProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = QLabel(self.tr("History"))
        title.setObjectName("sectionTitle")
        self.count = QLabel()
        self.count.setObjectName("muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Show entries of kind"))
        for text, kinds in KIND_FILTERS:
            self.kind.addItem(translate("Diary", text), kinds)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Show entries from period"))
        for text, days in PERIODS:
            self.period.addItem(translate("Diary", text), days)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_edit_format())
            edit.setAccessibleName(name)
            edit.setVisible(False)
        self.until.setDate(QDate(today()))
        self.since.setDate(QDate(today() - timedelta(days=30)))
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes", "placeholder of a narrow field"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setAccessibleDescription(self.tr("Press Enter to search the notes."))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.search.returnPressed.connect(self.apply_filter)
        self.search.textChanged.connect(lambda t: self.apply_filter() if not t else None)
        bar.addWidget(self.kind)
        bar.addWidget(self.period)
        bar.addWidget(self.since)
        bar.addWidget(self.until)
        bar.addWidget(self.search)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Diary history"))
        self.table.setAccessibleDescription(
            self.tr(
                "Every entry, newest first. Enter or double-click opens an entry; F2 edits a "
                "date or note in place; Delete removes the selected entry."
            )
        )
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(DATE_COL, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS_COL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(DATE_COL, 112)
        self.table.setColumnWidth(KIND_COL, 64)
        self.table.setColumnWidth(NOTE_COL, 110)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.edit_button = QPushButton(self.tr("Edit\u2026"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(False)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        # Undo and redo sit in their own box: beside edit and delete when the row has
        # room, on a row of their own below when it has not (narrow window, German).
        self.undo_box = QWidget()
        undo_row = QHBoxLayout(self.undo_box)
        undo_row.setContentsMargins(0, 0, 0, 0)
        undo_row.setSpacing(10)
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.redo_button)
        row.addWidget(self.undo_box)
        layout.addLayout(row)
        self._button_row = row
        self._second_row = QHBoxLayout()
        self._second_row.addStretch(1)
        layout.addLayout(self._second_row)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_count)
        self._update_count()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = sum(
            w.sizeHint().width() for w in (self.edit_button, self.delete_button, self.undo_box)
        )
        below = needed + 3 * self._button_row.spacing() > self.width()
        if below == (self._second_row.indexOf(self.undo_box) >= 0):
            return
        if below:
            self._button_row.removeWidget(self.undo_box)
            self._second_row.addWidget(self.undo_box)
        else:
            self._second_row.removeWidget(self.undo_box)
            self._button_row.addWidget(self.undo_box)

    # -- filter -------------------------------------------------------------------------
    def _period_changed(self) -> None:
        custom = self.period.currentData() == -1
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.apply_filter()

    def current_filter(self) -> tuple[frozenset[str], date | None, date | None, str]:
        kinds: frozenset[str] = self.kind.currentData()
        days = self.period.currentData()
        since: date | None = None
        until: date | None = None
        if days == -1:
            since, until = _day(self.since), _day(self.until)
        elif days:
            until = self.today()
            since = until - timedelta(days=days - 1)
        return kinds, since, until, self.search.text()

    def apply_filter(self, *_args: Any) -> None:
        key = self.selected_key()
        self.proxy.set_filter(*self.current_filter())
        self.select_key(key)

    # -- selection and actions ---------------------------------------------------------
    def selected_key(self) -> tuple[str, int] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row_key(source.row())

    def select_key(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        row = self.model.find(key)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, DATE_COL))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def refresh(self) -> None:
        key = self.selected_key()
        self.model.reload()
        self.select_key(key)

    def _after_reset(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self, *_args: Any) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        self.count.setText(
            self.tr("1 entry")
            if total == 1
            else self.tr("{n} entries").format(n=i18n.grouped(total))
        )
        self.count.setToolTip(
            self.tr("{n} loaded; more load as you scroll").format(n=i18n.grouped(shown))
            if shown < total
            else ""
        )

    def _selection_changed(self, *_args: Any) -> None:
        has = self.selected_key() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in EDITABLE:
            kind, rid = self.model.row_key(self.proxy.mapToSource(index).row())
            self.edit_requested.emit(kind, rid)

    def _edit_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.edit_requested.emit(*key)

    def _delete_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.delete_requested.emit(*key)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
