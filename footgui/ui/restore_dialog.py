"""File > Restore: pick a backup, confirm, and swap it in; the current diary is kept aside."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footgui.store.backup import backup_counts, backup_info, list_backups, restore_backup
from footgui.store.db import open_database
from footgui.store.errors import StoreError
from footgui.ui import i18n
from footgui.ui.context import AppContext

log = logging.getLogger(__name__)

COUNTED = ("check_in", "measurement", "training_session", "run")
COUNTED_WORDS = {
    "check_in": QT_TRANSLATE_NOOP("Restore", "{n} check ins"),
    "measurement": QT_TRANSLATE_NOOP("Restore", "{n} measurements"),
    "training_session": QT_TRANSLATE_NOOP("Restore", "{n} training sessions"),
    "run": QT_TRANSLATE_NOOP("Restore", "{n} runs"),
}
#: Why a backup was taken (the reason in its file name), as the list says it.
REASONS = {
    "daily": QT_TRANSLATE_NOOP("Restore", "daily"),
    "before-demo-data": QT_TRANSLATE_NOOP("Restore", "before demo data"),
    "before-restoring-a-backup": QT_TRANSLATE_NOOP("Restore", "before restoring a backup"),
}
translate = QCoreApplication.translate


def _when(taken: datetime, *, weekday: bool = False) -> str:
    """When a backup was taken, in the app's language: "Mon 3 Mar 2025 18:05"."""
    day = i18n.medium_date(taken.date()) if weekday else i18n.short_date(taken.date())
    return f"{day} {taken:%H:%M}"


def reason_label(reason: str) -> str:
    """Why a backup was taken, in the app's language (unknown reasons as written)."""
    known = REASONS.get(reason)
    return translate("Restore", known) if known else reason.replace("-", " ")


def describe_backup(backup: Path) -> str:
    """ "3 Mar 2025 18:05 (daily)": a backup named the way the Restore list names it."""
    info = backup_info(backup)
    return f"{_when(info.taken_at)} ({reason_label(info.reason)})"


def restore_into(ctx: AppContext, backup: Path) -> Path | None:
    """Close the database, put ``backup`` in its place, reopen; returns where the old file went."""
    path = ctx.db.path
    if path is None:
        raise StoreError("Only a SQLite diary file can be restored from a backup.")
    ctx.db.close()
    try:
        aside = restore_backup(backup, path)
    finally:
        ctx.db = open_database(f"sqlite:///{path}", backup_dir=ctx.paths.backups)
    ctx.changed("all")
    return aside


class RestoreDialog(QDialog):
    """Lists backups newest first with what each holds, so the user can pick the right day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Holds")])
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Backups"))
        note = QLabel(
            self.tr(
                "Restoring replaces your diary with the chosen backup. Your current diary is "
                "not deleted: it is kept beside it under a new name."
            )
        )
        self.table.setAccessibleDescription(note.text())
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._confirm)
        col = QVBoxLayout(self)
        col.addWidget(note)
        col.addWidget(self.table, 1)
        col.addWidget(self.buttons)
        self.backups: list[Path] = []
        self._fill()

    def _fill(self) -> None:
        path = self.ctx.db.path
        self.backups = list(reversed(list_backups(self.ctx.paths.backups, path))) if path else []
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            info = backup_info(backup)
            try:
                counts = backup_counts(backup)
                holds = ", ".join(
                    translate("Restore", COUNTED_WORDS[t]).format(n=counts.get(t, 0))
                    for t in COUNTED
                )
            except StoreError as exc:
                holds = self.tr("unreadable: {reason}").format(reason=i18n.error_text(exc))
            why = reason_label(info.reason)
            for col, text in enumerate((_when(info.taken_at, weekday=True), why, holds)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the columns may be too narrow for all of it
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))
        if path is None:
            self.restore_button.setToolTip(self.tr("Backups exist only for a SQLite diary file."))

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _confirm(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Replace your diary with the backup of {when}?").format(
                when=_when(backup_info(backup).taken_at)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        yes = QMessageBox.StandardButton.Yes.value
        box.finished.connect(lambda result: self._restore(backup) if result == yes else None)
        box.open()
        self.confirm_box = box

    def _restore(self, backup: Path) -> None:
        try:
            aside = restore_into(self.ctx, backup)
        except StoreError as exc:
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Restore failed"), i18n.error_text(exc)
            )
            self.error_box.open()
            return
        self.ctx.bus.status.emit(
            self.tr("Restored the backup. Your previous diary is kept at {path}.").format(
                path=aside
            )
        )
        self.accept()
