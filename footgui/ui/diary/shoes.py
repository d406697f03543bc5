"""The shoe list with each pair's distance, and the form to add or change one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footgui.core import units as u
from footgui.store import diary
from footgui.ui import i18n
from footgui.ui.diary.actions import DiaryActions
from footgui.ui.diary.forms import ShoeForm

# The seed routine's advice on footwear, shown above the list.
SHOE_ADVICE = QT_TRANSLATE_NOOP(
    "Diary",
    "If plantar discomfort persists, look at midfoot support, heel counter rigidity and sole "
    "stiffness: a slightly higher drop or a firmer outsole may complement the strengthening work.",
)
ID_ROLE = Qt.ItemDataRole.UserRole


class ShoesPanel(QWidget):
    def __init__(self, hub: DiaryActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        advice = QLabel(QCoreApplication.translate("Diary", SHOE_ADVICE))
        advice.setObjectName("muted")
        advice.setWordWrap(True)
        layout.addWidget(advice)

        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setObjectName("shoeTable")
        self.table.setAccessibleName(self.tr("Your shoes"))
        self.table.setAccessibleDescription(
            self.tr("Each pair with its distance and runs; choose one to edit it below.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Shoe"), self.tr("Distance"), self.tr("Runs"), self.tr("Status")]
        )
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(210)
        self.table.itemSelectionChanged.connect(self._picked)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete shoe"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

        self.form = ShoeForm(hub)
        self.form.saved.connect(self._saved)
        self.form.new_button.clicked.connect(self.table.clearSelection)
        layout.addWidget(self.form)
        self.summaries: list[diary.ShoeSummary] = []
        self._stale = True  # totals are read when the list is first seen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        """Re-read the shoes and their totals (now if shown, else when next shown)."""
        if not (force or self.isVisible()):
            self._stale = True
            return
        self._stale = False
        keep = self.form.record_id
        self.summaries = diary.shoe_summaries(self.hub.db)
        unit = self.hub.units.distance
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self.summaries))
            for row, shoe in enumerate(self.summaries):
                distance = f"{u.from_metres(shoe.distance_m, unit):,.1f}"
                if i18n.current_language() == "de":
                    distance = distance.replace(",", "\u2009").replace(".", ",")
                cells = [
                    shoe.name,
                    f"{distance} {unit}",
                    str(shoe.runs),
                    self.tr("retired") if shoe.retired else self.tr("in use"),
                ]
                if shoe.last_run:
                    tip = self.tr("{shoe}: {distance} over {runs} runs, last {day}").format(
                        shoe=shoe.name,
                        distance=cells[1],
                        runs=shoe.runs,
                        day=i18n.short_date(shoe.last_run),
                    )
                else:
                    tip = self.tr("{shoe}: {distance} over {runs} runs").format(
                        shoe=shoe.name, distance=cells[1], runs=shoe.runs
                    )
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, shoe.id)
                    if col in (1, 2):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    item.setToolTip(tip)
                    self.table.setItem(row, col, item)
            self.table.clearSelection()
            if keep is not None:
                self.select(keep)
        finally:
            self.table.blockSignals(False)
        if keep is not None:
            record = diary.get_record(self.hub.db, "shoe", keep)
            if record is None:
                self.form.start_new()
            elif record != self.form.record and not self.form.grid.first_invalid():
                self.form.load(record)
        self.delete_button.setEnabled(self.form.record_id is not None)

    def select(self, shoe_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == shoe_id:
                self.table.selectRow(row)
                return

    def total_for(self, shoe_id: int) -> float:
        if self._stale:
            self.refresh(force=True)
        return next((s.distance_m for s in self.summaries if s.id == shoe_id), 0.0)

    def _picked(self) -> None:
        items = self.table.selectedItems()
        if not items:
            self.delete_button.setEnabled(False)
            return
        record = diary.get_record(self.hub.db, "shoe", int(items[0].data(ID_ROLE)))
        if record is not None:
            self.form.result.setVisible(False)
            self.form.load(record)
        self.delete_button.setEnabled(True)

    def _saved(self, shoe_id: int) -> None:
        record = diary.get_record(self.hub.db, "shoe", shoe_id)
        if record is not None:
            self.form.record_id = shoe_id
            self.form.record = record
        self.refresh()
        self.select(shoe_id)

    def _delete(self) -> None:
        if self.form.record_id is None:
            return
        self.hub.delete("shoe", self.form.record_id)
        self.form.start_new()
        self.refresh()
