"""Export and import from the File menu: file choice, a worker thread, a plain answer.

Dialogs are opened with ``open()`` and answer through signals, never
``exec()``, so no nested event loop runs while the database is written. The
work itself runs on the thread pool (a 100,000-row backup takes a second or
two) and its result comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footgui.core.diary_formats import ImportRejected
from footgui.store import diary_io
from footgui.store.errors import StoreError
from footgui.ui import i18n
from footgui.ui.diary.actions import DiaryActions

log = logging.getLogger(__name__)

KIND_WORDS = {
    "checkin": QT_TRANSLATE_NOOP("Diary", "{n} check-ins"),
    "check_in": QT_TRANSLATE_NOOP("Diary", "{n} check-ins"),
    "measurement": QT_TRANSLATE_NOOP("Diary", "{n} test results"),
    "run": QT_TRANSLATE_NOOP("Diary", "{n} runs"),
    "shoe": QT_TRANSLATE_NOOP("Diary", "{n} shoes"),
    "training_session": QT_TRANSLATE_NOOP("Diary", "{n} sessions"),
    "set_log": QT_TRANSLATE_NOOP("Diary", "{n} logged sets"),
    "stage_event": QT_TRANSLATE_NOOP("Diary", "{n} stage changes"),
    "profile": QT_TRANSLATE_NOOP("Diary", "{n} profile"),
}


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class Transfer(QObject):
    """The page's export/import; ``finished(ok, message)`` after each job."""

    finished = Signal(bool, str)
    busy_changed = Signal(bool)

    def __init__(self, hub: DiaryActions, window: QWidget) -> None:
        super().__init__(window)
        self.hub = hub
        self.window = window
        self.busy = False
        self.dialog: QDialog | None = None  # the dialog currently open, for tests
        self.last_problems: list[str] = []
        self._after: Callable[[Any], None] | None = None
        self._relay: _Relay | None = None

    # -- dialogs ------------------------------------------------------------------------
    def export_dialog(self) -> QDialog:
        """Ask what to export, then where; returns the (already open) first dialog."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Export your diary"))
        dialog.setMinimumWidth(460)
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        text = QLabel(
            self.tr(
                "<b>Spreadsheet files</b> give one tidy CSV file per kind of entry (check-ins, "
                "test results, runs, shoes) in a folder you choose.<br><br>"
                "<b>A full backup</b> is one JSON file with everything footgui holds, which "
                "Import can restore."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        csv_button = QPushButton(self.tr("Spreadsheet files (CSV)\u2026"))
        json_button = QPushButton(self.tr("Full backup (JSON)\u2026"))
        cancel = QPushButton(self.tr("Cancel"))
        for button in (csv_button, json_button, cancel):
            layout.addWidget(button)
        csv_button.setObjectName("primary")

        def choose(fmt: str) -> None:
            dialog.accept()
            self._choose_export(fmt)

        csv_button.clicked.connect(lambda: choose("csv"))
        json_button.clicked.connect(lambda: choose("json"))
        cancel.clicked.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _choose_export(self, fmt: str) -> QFileDialog:
        home = str(Path.home())
        files = QFileDialog(self.window)
        if fmt == "csv":
            files.setWindowTitle(self.tr("Choose a folder for the CSV files"))
            files.setFileMode(QFileDialog.FileMode.Directory)
            files.setOption(QFileDialog.Option.ShowDirsOnly, True)
            files.setDirectory(home)
        else:
            files.setWindowTitle(self.tr("Save the backup as"))
            files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            files.setNameFilter(self.tr("footgui backup (*.json)"))
            files.setDefaultSuffix("json")
            files.setDirectory(home)
            files.selectFile(f"footgui-backup-{date.today().isoformat()}.json")
        files.fileSelected.connect(lambda path: self.export_to(fmt, Path(path)))
        files.finished.connect(files.deleteLater)
        self.dialog = files
        files.open()
        return files

    def import_dialog(self) -> QFileDialog:
        files = QFileDialog(self.window)
        files.setWindowTitle(self.tr("Import a backup or CSV files"))
        files.setFileMode(QFileDialog.FileMode.ExistingFiles)
        files.setNameFilters([self.tr("footgui files (*.json *.csv)"), self.tr("All files (*)")])
        files.setDirectory(str(Path.home()))
        files.filesSelected.connect(lambda paths: self._chosen_for_import([Path(p) for p in paths]))
        files.finished.connect(files.deleteLater)
        self.dialog = files
        files.open()
        return files

    def _chosen_for_import(self, paths: list[Path]) -> None:
        backups = [p for p in paths if p.suffix.lower() == ".json"]
        if backups and len(paths) > 1:
            self._report(False, self.tr("Choose either one backup (.json) or CSV files, not both."))
            return
        if backups:
            from footgui.store.repos import has_user_data

            if has_user_data(self.hub.db):
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Replace everything?"),
                    self.tr(
                        "Restoring this backup replaces all your entries with the backup's. "
                        "A copy of your current database is kept in the backups folder first."
                    ),
                    QMessageBox.StandardButton.Cancel,
                    self.window,
                )
                replace = box.addButton(
                    self.tr("Replace everything"), QMessageBox.ButtonRole.AcceptRole
                )
                box.setDefaultButton(QMessageBox.StandardButton.Cancel)

                def answered(_result: int) -> None:
                    if box.clickedButton() is replace:
                        self.import_from(paths, replace=True)

                box.finished.connect(answered)
                box.finished.connect(box.deleteLater)
                self.dialog = box
                box.open()
                return
        self.import_from(paths)

    # -- jobs ---------------------------------------------------------------------------
    def export_to(self, fmt: str, path: Path) -> None:
        db = self.hub.db
        if fmt == "csv":
            self._start(lambda: diary_io.export_csv(db, path), self._exported)
        else:
            self._start(lambda: [diary_io.export_json(db, path)], self._exported)

    def import_from(self, paths: list[Path], *, replace: bool = False) -> None:
        db = self.hub.db
        now = self.hub.now()

        def job() -> dict[str, int]:
            if len(paths) == 1:
                return diary_io.import_path(db, paths[0], replace=replace, now=now)
            files: dict[str, tuple[str, bytes]] = {}
            problems = []
            for p in paths:
                data = p.read_bytes()
                kind = diary_io.csv_kind(p, data)
                if kind is None or kind in files:
                    why = (
                        self.tr("not a diary CSV file")
                        if kind is None
                        else self.tr("a second file of this kind")
                    )
                    problems.append(p.name + ": " + why)
                else:
                    files[kind] = (p.name, data)
            if problems:
                raise ValueError("; ".join(problems))
            return diary_io.import_csv(db, files, now=now)

        self._start(job, self._imported)

    def _start(self, job: Callable[[], Any], after: Callable[[Any], None]) -> None:
        if self.busy:
            self._report(False, self.tr("Another export or import is still running."))
            return
        self.busy = True
        self.busy_changed.emit(True)
        self._after = after
        relay = _Relay()  # created here, so it lives in the GUI thread
        relay.done.connect(self._job_done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(self._job_failed, Qt.ConnectionType.QueuedConnection)
        self._relay = relay

        def work() -> None:
            try:
                result = job()
            except Exception as exc:
                relay.failed.emit(exc)
                return
            relay.done.emit(result)

        QThreadPool.globalInstance().start(work)

    def _finish_job(self) -> None:
        self.busy = False
        self.busy_changed.emit(False)
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None

    def _job_done(self, result: Any) -> None:
        self._finish_job()
        after, self._after = self._after, None
        if after is not None:
            after(result)

    def _job_failed(self, exc: Any) -> None:
        self._finish_job()
        self._after = None
        if isinstance(exc, ImportRejected):
            self.last_problems = [i18n.localize(p.text()) for p in exc.problems]
            self._report(False, self.tr("Nothing was imported."), i18n.localize(exc.summary()))
        elif isinstance(exc, StoreError | OSError | ValueError):
            self._report(
                False, self.tr("That did not work: {reason}").format(reason=i18n.error_text(exc))
            )
        else:
            log.error("export/import failed", exc_info=exc)
            self._report(
                False,
                self.tr("That did not work because of a bug: {reason}. See the log.").format(
                    reason=repr(exc)
                ),
            )

    def _exported(self, paths: Any) -> None:
        where = paths[0].parent if len(paths) > 1 else paths[0]
        self._report(True, self.tr("Exported to {place}.").format(place=where))

    def _imported(self, counts: Any) -> None:
        self.last_problems = []
        parts = [
            QCoreApplication.translate("Diary", KIND_WORDS[k]).format(n=i18n.grouped(n))
            if k in KIND_WORDS
            else f"{i18n.grouped(n)} {k}"
            for k, n in counts.items()
            if n
        ]
        self.hub.undo_stack.clear()  # its snapshots predate the import
        self.hub._announce("all", "")
        if parts:
            text = self.tr("Imported {what}.").format(what=", ".join(parts))
        else:
            text = self.tr("Imported nothing new.")
        self._report(True, text)

    def _report(self, ok: bool, text: str, details: str = "") -> None:
        self.hub.message.emit(text)
        self.hub.ctx.bus.status.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
            self.tr("Export and import"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        if details:
            box.setInformativeText(self.tr("The problems, by file, row and field:"))
            box.setDetailedText(details)
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        self.finished.emit(ok, text)
