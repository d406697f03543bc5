"""Choosing what to play: a program template (or the Today page's pick), or the balance test."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footgui.core.catalog import Catalog
from footgui.core.session_plan import SessionPlan, plan_for_template
from footgui.core.timeline import Timeline, describe_dose, sanitize
from footgui.ui import i18n

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
BLOCK_NAMES = {
    "warmup": QT_TRANSLATE_NOOP("PickerView", "Warm-up"),
    "main": "",
    "finisher": QT_TRANSLATE_NOOP("PickerView", "Finisher"),
}


def minutes(seconds: float) -> str:
    return translate("PickerView", "{minutes} min").format(minutes=max(1, round(seconds / 60)))


class PickerView(QWidget):
    startRequested = Signal(object)  # SessionPlan
    balanceRequested = Signal()
    ownVideoRequested = Signal(str)  # exercise id
    removeVideoRequested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.plan: SessionPlan | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("Session"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        pick = QLabel(self.tr("Session to play:"))
        pick.setObjectName("sectionTitle")
        row.addWidget(pick)
        self.templates = QComboBox()
        self.templates.setAccessibleName(self.tr("Session template"))
        for stage, template in catalog.program.templates():
            self.templates.addItem(
                self.tr("Stage {number} · {name}").format(number=stage.number, name=template.name),
                template.id,
            )
        self.templates.currentIndexChanged.connect(self._on_template)
        row.addWidget(self.templates, 1)
        layout.addLayout(row)

        self.summary = QLabel("")
        self.summary.setObjectName("sectionTitle")
        layout.addWidget(self.summary)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Exercises in this session"))
        self.items.setStyleSheet(
            "QListWidget { font-size: 17px; } QListWidget::item { padding: 6px; }"
        )
        self.items.currentItemChanged.connect(lambda *_: self._update_video_buttons())
        layout.addWidget(self.items, 1)
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #b85c00;")
        layout.addWidget(self.notes)

        videos = QHBoxLayout()
        self.own_video = QPushButton(self.tr("Use my own video for this exercise…"))
        self.own_video.clicked.connect(self._own_video)
        self.remove_video = QPushButton(self.tr("Remove my video"))
        self.remove_video.clicked.connect(self._remove_video)
        videos.addWidget(self.own_video)
        videos.addWidget(self.remove_video)
        videos.addStretch(1)
        layout.addLayout(videos)

        buttons = QHBoxLayout()
        self.start = QPushButton(self.tr("Start session"))
        self.start.setObjectName("startButton")
        self.start.setStyleSheet("font-size: 22px; font-weight: 700; padding: 14px 32px;")
        self.start.clicked.connect(self._start)
        self.start.setAutoDefault(True)  # Return starts: the keyboard path to a session
        self.balance = QPushButton(self.tr("Single-leg balance test"))
        self.balance.setStyleSheet("font-size: 18px; padding: 12px 24px;")
        self.balance.clicked.connect(self.balanceRequested)
        buttons.addWidget(self.start)
        buttons.addWidget(self.balance)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.has_own_video: Callable[[str], bool] = lambda _exercise_id: False
        self._on_template()

    def select_template(self, template_id: str) -> bool:
        index = self.templates.findData(template_id)
        if index < 0:
            return False
        self.templates.setCurrentIndex(index)
        self._on_template()
        return True

    def show_plan(self, plan: SessionPlan) -> None:
        self.plan = plan
        self.items.clear()
        for item in plan.items:
            clean = sanitize(item)
            block = self.tr(BLOCK_NAMES[item.block]) if BLOCK_NAMES[item.block] else ""
            prefix = f"{block}: " if block else ""
            dose = i18n.localize(describe_dose(clean))
            row = QListWidgetItem(f"{prefix}{i18n.localize(item.name)} — {dose}")
            row.setData(ID_ROLE, item.exercise_id)
            self.items.addItem(row)
        timeline = Timeline.build(plan.items, plan.pacing)
        self.summary.setText(
            self.tr("{name}: {count} exercises, about {duration}").format(
                name=i18n.localize(plan.name),
                count=len(plan.items),
                duration=minutes(timeline.total_s),
            )
        )
        problems = [
            f"{i18n.localize(item.name)}: {i18n.localize(note)}" for item, note in timeline.notes
        ]
        self.notes.setText(
            self.tr("Dose problems, fixed for this session: {problems}").format(
                problems="; ".join(problems)
            )
            if problems
            else ""
        )
        if self.items.count():
            self.items.setCurrentRow(0)
        self._update_video_buttons()

    def selected_exercise(self) -> str | None:
        item = self.items.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def refresh(self) -> None:
        self._update_video_buttons()

    def _update_video_buttons(self) -> None:
        exercise = self.selected_exercise()
        self.own_video.setEnabled(exercise is not None)
        self.remove_video.setEnabled(exercise is not None and self.has_own_video(exercise))

    def _on_template(self) -> None:
        template_id = self.templates.currentData()
        if template_id:
            self.show_plan(plan_for_template(self.catalog, str(template_id)))

    def _start(self) -> None:
        if self.plan is not None:
            self.startRequested.emit(self.plan)

    def _own_video(self) -> None:
        exercise = self.selected_exercise()
        if exercise:
            self.ownVideoRequested.emit(exercise)

    def _remove_video(self) -> None:
        exercise = self.selected_exercise()
        if exercise:
            self.removeVideoRequested.emit(exercise)
