"""File > Export report: choose a date range and a file, write the PDF, offer to open it.

Non-blocking like every dialog here. The PDF is written in a worker thread:
12 weeks take ~0.2 s but ten years of daily entries ~4 s (an 120-page pain
history), and the window must stay live meanwhile. Qt's text layout and PDF
painting are safe off the UI thread (no widgets are touched there) and PySide
releases the GIL inside them (measured: the UI thread's 20 ms timer never
waited more than 40 ms during a 4 s export). The result comes back through a
queued signal.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footgui.core.report_data import default_range
from footgui.ui import i18n
from footgui.ui.context import AppContext
from footgui.ui.report import ReportError, ReportResult, export_report, units_from

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries the worker's outcome to the UI thread (queued: it lives on the UI thread)."""

    done = Signal(object)  # ReportResult
    error = Signal(str)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportReportDialog(QDialog):
    exported = Signal(str, int)  # path, pages
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = date.today()
        self.last_result: ReportResult | None = None
        self.setObjectName("exportReportDialog")
        self.setWindowTitle(self.tr("Export report for your physio"))
        self.resize(620, 330)
        start, end = default_range(self.today)
        self.start = QDateEdit(_qdate(start))
        self.end = QDateEdit(_qdate(end))
        for edit, name in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_edit_format())
            edit.setAccessibleName(name)
        presets = QHBoxLayout()
        for text, weeks in (
            (self.tr("Last &4 weeks"), 4),
            (self.tr("Last &12 weeks"), 12),
            (self.tr("Last &year"), 52),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, w=weeks: self.set_weeks(w))
            presets.addWidget(button)
        everything = QPushButton(self.tr("&Everything"))
        everything.setAccessibleName(self.tr("Everything"))
        everything.clicked.connect(self.set_everything)
        presets.addWidget(everything)
        presets.addStretch(1)

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        self.path = QLineEdit(str(folder / f"footgui-report-{self.today.isoformat()}.pdf"))
        self.path.setAccessibleName(self.tr("PDF file"))
        choose = QPushButton(self.tr("&Choose…"))
        choose.setAccessibleName(self.tr("Choose the PDF file"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow("", presets)
        file_label = QLabel(self.tr("&Save as"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Export result"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the writer cannot tell how far it is
        self.progress.setAccessibleName(self.tr("Writing the report"))
        self.progress.hide()
        self.writing = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._written)
        self._relay.error.connect(self._failed)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Write PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            self.tr("&Open the PDF"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_pdf)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "The report holds your profile, stage, adherence, latest tests against "
                "reference values, the key charts and your pain history for these days."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def set_weeks(self, weeks: int) -> None:
        start, end = default_range(self.today, weeks)
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def set_everything(self) -> None:
        from footgui.store.report_query import data_span

        span = data_span(self.ctx.db)
        if span is None:
            self._say(self.tr("The diary is empty: there is nothing to report yet."), error=True)
            return
        self.start.setDate(_qdate(span[0]))
        self.end.setDate(_qdate(max(span[1], self.today)))

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the report as"), self.path.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.path.setText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setObjectName("errorNote" if error else "okNote")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def export(self) -> bool:
        """Start writing the PDF; False (with the reason shown) if the input is not usable."""
        if self.writing:
            return False
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if end < start:
            self._failed(self.tr("The last day is before the first day."))
            return False
        text = self.path.text().strip()
        if not text:
            self._failed(self.tr("Choose where to save the PDF."))
            return False
        self.writing = True
        self.export_button.setEnabled(False)
        self.open_button.hide()
        self.progress.show()
        self._say(self.tr("Writing the report…"), error=False)
        db, catalog, units, today = (
            self.ctx.db,
            self.ctx.catalog,
            units_from(self.ctx.settings),
            self.today,
        )
        relay = self._relay
        crashed = self.tr("The report could not be written; see the log.")

        def work() -> None:
            try:
                result = export_report(
                    db, catalog, Path(text), start, end, units=units, today=today
                )
            except ReportError as exc:
                relay.error.emit(i18n.error_text(exc))
            except Exception:  # a bug: logged with its traceback, reported plainly
                log.exception("the report could not be written")
                relay.error.emit(crashed)
            else:
                relay.done.emit(result)

        threading.Thread(target=work, name="report-writer", daemon=True).start()
        return True

    def _written(self, result: ReportResult) -> None:
        self._idle()
        self.last_result = result
        self.path.setText(str(result.path))
        self._say(
            self.tr("Saved {pages} pages to {path}.").format(pages=result.pages, path=result.path),
            error=False,
        )
        self.open_button.show()
        self.ctx.bus.status.emit(self.tr("Report saved to {path}").format(path=result.path))
        self.exported.emit(str(result.path), result.pages)

    def _failed(self, message: str) -> None:
        self._idle()
        self._say(message, error=True)
        self.failed.emit(message)

    def _idle(self) -> None:
        self.writing = False
        self.progress.hide()
        self.export_button.setEnabled(True)

    def reject(self) -> None:
        """Closing waits for a report being written (a few seconds at most)."""
        if self.writing:
            self._say(self.tr("Still writing the report; close when it is done."), error=False)
            return
        super().reject()

    def open_pdf(self) -> bool:
        if self.last_result is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path))))


def export_report_dialog(window: QWidget, ctx: AppContext) -> ExportReportDialog:
    """File > Export report… (non-blocking); returns the open dialog."""
    dialog = ExportReportDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
