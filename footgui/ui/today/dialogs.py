"""Dialogs of the Today page: choose another session or stage, give a reason, set reminders.

All are opened with ``open()`` (never ``exec()``) and report through signals,
so tests drive them with ``qtbot`` and the event loop never nests.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footgui.core.program import Program
from footgui.ui import reminder
from footgui.ui.today import autostart
from footgui.ui.today.widgets import label

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class ChooseDialog(QDialog):
    """Pick another session for today or another stage, always with a reason.

    ``session_chosen(template_id, reason)`` or ``stage_chosen(stage, reason)``
    is emitted when the user confirms; the page records it.
    """

    session_chosen = Signal(str, str)
    stage_chosen = Signal(int, str)

    def __init__(
        self,
        program: Program,
        stage: int,
        recommended: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a different session or stage"))
        self.setMinimumWidth(560)
        col = QVBoxLayout(self)
        col.setSpacing(10)
        sessions_title = label(self.tr("A different session &today"), "cardTitle")
        sessions_title.setTextFormat(Qt.TextFormat.AutoText)
        col.addWidget(sessions_title)
        self.sessions = QListWidget()
        self.sessions.setObjectName("chooseSessions")
        self.sessions.setAccessibleName(self.tr("Sessions"))
        sessions_title.setBuddy(self.sessions)
        order = sorted(program.stages, key=lambda s: (s.number != stage, s.number))
        for st in order:
            for template in st.templates:
                item = QListWidgetItem(
                    self.tr("Stage {stage} · {session}").format(
                        stage=st.number, session=template.name
                    )
                )
                item.setData(ID_ROLE, template.id)
                self.sessions.addItem(item)
                if template.id == recommended:
                    self.sessions.setCurrentItem(item)
        if self.sessions.currentItem() is None and self.sessions.count():
            self.sessions.setCurrentRow(0)
        col.addWidget(self.sessions)
        self.use_session = QPushButton(self.tr("Do this session today"))
        self.use_session.setObjectName("chooseUseSession")
        col.addWidget(self.use_session)
        col.addSpacing(8)
        stage_title = label(self.tr("Or move to another &stage"), "cardTitle")
        stage_title.setTextFormat(Qt.TextFormat.AutoText)
        col.addWidget(stage_title)
        row = QHBoxLayout()
        self.stage = QComboBox()
        self.stage.setObjectName("chooseStage")
        self.stage.setAccessibleName(self.tr("Stage"))
        stage_title.setBuddy(self.stage)
        for st in program.stages:
            self.stage.addItem(
                self.tr("Stage {stage}: {name}").format(stage=st.number, name=st.name), st.number
            )
        self.stage.setCurrentIndex(max(0, stage - 1))
        row.addWidget(self.stage, 1)
        self.use_stage = QPushButton(self.tr("Switch stage"))
        self.use_stage.setObjectName("chooseUseStage")
        row.addWidget(self.use_stage)
        col.addLayout(row)
        col.addSpacing(8)
        reason_label = label(self.tr("Your &reason (kept in your diary)"), "gateLabel")
        reason_label.setTextFormat(Qt.TextFormat.AutoText)
        col.addWidget(reason_label)
        self.reason = QLineEdit()
        self.reason.setObjectName("chooseReason")
        self.reason.setAccessibleName(self.tr("Your reason"))
        reason_label.setBuddy(self.reason)
        self.reason.setPlaceholderText(
            self.tr("e.g. short on time, physiotherapist's advice, travelling")
        )
        self.reason.setMaxLength(300)
        col.addWidget(self.reason)
        self.hint = label("", "smallNote", wrap=True)
        col.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self._current_stage = stage
        self.reason.textChanged.connect(self._update)
        self.stage.currentIndexChanged.connect(self._update)
        self.use_session.clicked.connect(self._choose_session)
        self.use_stage.clicked.connect(self._choose_stage)
        self._update()

    def _update(self) -> None:
        has_reason = bool(self.reason.text().strip())
        self.use_session.setEnabled(has_reason and self.sessions.currentItem() is not None)
        self.use_stage.setEnabled(has_reason and self.stage.currentData() != self._current_stage)
        self.hint.setText("" if has_reason else self.tr("Give a reason to confirm your choice."))

    def _choose_session(self) -> None:
        item = self.sessions.currentItem()
        reason = self.reason.text().strip()
        if item is None or not reason:
            return
        self.session_chosen.emit(str(item.data(ID_ROLE)), reason)
        self.accept()

    def _choose_stage(self) -> None:
        reason = self.reason.text().strip()
        if not reason or self.stage.currentData() == self._current_stage:
            return
        self.stage_chosen.emit(int(self.stage.currentData()), reason)
        self.accept()


class ReasonDialog(QDialog):
    """Ask for the reason behind a decision (declining an advance, moving back a stage)."""

    confirmed = Signal(str)

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        col = QVBoxLayout(self)
        question_label = label(question, "gateLabel", wrap=True)
        col.addWidget(question_label)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonInput")
        self.reason.setAccessibleName(self.tr("Your reason"))
        self.reason.setAccessibleDescription(question)
        question_label.setBuddy(self.reason)
        self.reason.setMaxLength(300)
        col.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(self._update)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)

    def _update(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))

    def _confirm(self) -> None:
        text = self.reason.text().strip()
        if text:
            self.confirmed.emit(text)
            self.accept()


class ReminderDialog(QDialog):
    """The daily reminder: on or off, at what time, and (Linux) start at login minimised."""

    def __init__(
        self, settings: QSettings, data_dir: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Daily reminder"))
        self.setMinimumWidth(520)
        col = QVBoxLayout(self)
        col.setSpacing(10)
        row = QHBoxLayout()
        self.enabled = QCheckBox(self.tr("Remind me every day at"))
        self.enabled.setObjectName("reminderEnabled")
        self.enabled.setChecked(reminder.reminder_enabled(settings))
        self.time = QTimeEdit()
        self.time.setObjectName("reminderTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        saved = reminder.reminder_time(settings)
        self.time.setTime(QTime(saved.hour, saved.minute))
        row.addWidget(self.enabled)
        row.addWidget(self.time)
        row.addStretch(1)
        col.addLayout(row)
        tray = QSystemTrayIcon.isSystemTrayAvailable()
        text = (
            self.tr(
                "While footgui is running you get a notification from the system tray, "
                "unless you already trained that day."
            )
            if tray
            else self.tr(
                "While footgui is running you get a message in footgui's status bar (no system "
                "tray was found), unless you already trained that day."
            )
        )
        note = QLabel(text)
        note.setWordWrap(True)
        col.addWidget(note)
        self.login = QCheckBox(self.tr("Start footgui minimised when I log in"))
        self.login.setObjectName("reminderLogin")
        self.login_note = label("", "smallNote", wrap=True)
        if autostart.supported():
            self.login.setChecked(autostart.is_enabled())
            col.addWidget(self.login)
            col.addWidget(self.login_note)
        else:
            self.login.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        for widget in (self.enabled, self.time, self.login):
            widget.setMinimumHeight(32)

    def save(self) -> None:
        self.settings.setValue(reminder.KEY_ENABLED, self.enabled.isChecked())
        self.settings.setValue(reminder.KEY_TIME, self.time.time().toString("HH:mm"))
        self.settings.sync()
        if autostart.supported():
            try:
                if self.login.isChecked():
                    minimized = autostart.cli_has_minimized_flag()
                    autostart.enable(autostart.launch_command(self.data_dir, minimized=minimized))
                else:
                    autostart.disable()
            except OSError as exc:
                log.warning("cannot write the autostart file: %s", exc)
                self.login_note.setText(
                    self.tr("Could not change the login start: {reason}").format(
                        reason=exc.strerror
                    )
                )
                return
        self.accept()
