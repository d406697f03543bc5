"""The short check-in after a session: pain during, foot fatigue, effort, a note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footgui.core.timeline import SetResult
from footgui.ui.session.widgets import ScaleButtons

translate = QCoreApplication.translate

PAIN_HINT = QT_TRANSLATE_NOOP(
    "CheckInView",
    "Pain-monitoring model: up to 5/10 during exercise is acceptable "
    "(0-3 safe, 4-5 acceptable, above 5 too much). Studied in Achilles "
    "tendinopathy; used here for the plantar fascia as an extrapolation.",
)
RPE_HINT = QT_TRANSLATE_NOOP(
    "CheckInView", "Effort (RPE): 0 nothing at all, 5 hard, 10 the hardest you could do."
)


@dataclass(frozen=True)
class CheckInAnswers:
    pain_during: int | None
    foot_fatigue: int | None
    rpe: int | None
    note: str


def summary_text(results: list[SetResult], completed: bool, minutes: float) -> str:
    done = sum(1 for r in results if r.status == "done")
    partial = sum(1 for r in results if r.status == "partial")
    skipped = sum(1 for r in results if r.status == "skipped")
    head = (
        translate("CheckInView", "Session complete.")
        if completed
        else translate("CheckInView", "Session ended early.")
    )
    parts = [translate("CheckInView", "{count} sets done").format(count=done)]
    if partial:
        parts.append(translate("CheckInView", "{count} partial").format(count=partial))
    if skipped:
        parts.append(translate("CheckInView", "{count} skipped").format(count=skipped))
    return translate(
        "CheckInView", "{head} {parts} in {minutes} min. Every set is already saved."
    ).format(head=head, parts=", ".join(parts), minutes=max(1, round(minutes)))


class CheckInView(QWidget):
    saved = Signal(object)  # CheckInAnswers
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("How did it go?"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 18px;")
        layout.addWidget(self.summary)
        grid = QGridLayout()
        grid.setVerticalSpacing(14)
        self.pain = ScaleButtons()
        self.fatigue = ScaleButtons()
        self.rpe = ScaleButtons()
        for row, (label, widget, hint) in enumerate(
            (
                (self.tr("Pain during the session (0-10)"), self.pain, self.tr(PAIN_HINT)),
                (
                    self.tr("Foot fatigue (0-10)"),
                    self.fatigue,
                    self.tr("0 fresh, 10 could not do another rep."),
                ),
                (self.tr("Effort, RPE (0-10)"), self.rpe, self.tr(RPE_HINT)),
            )
        ):
            name = QLabel(label)
            name.setObjectName("sectionTitle")
            widget.setAccessibleName(label)
            note = QLabel(hint)
            note.setObjectName("muted")
            note.setWordWrap(True)
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(widget, row * 2, 1)
            grid.addWidget(note, row * 2 + 1, 1)
        layout.addLayout(grid)
        note_label = QLabel(self.tr("Note"))
        note_label.setObjectName("sectionTitle")
        layout.addWidget(note_label)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Anything worth remembering (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        layout.addWidget(self.note)
        self.pain_warning = QLabel("")
        self.pain_warning.setWordWrap(True)
        self.pain_warning.setStyleSheet("color: #b03a2e; font-size: 16px;")
        layout.addWidget(self.pain_warning)
        self.pain.changed.connect(self._pain_changed)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save check-in"))
        self.save.setStyleSheet("font-size: 18px; font-weight: 700; padding: 10px 28px;")
        self.save.clicked.connect(self._save)
        self.skip = QPushButton(self.tr("Skip"))
        self.skip.clicked.connect(self.skipped)
        buttons.addWidget(self.save)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reset(self, summary: str) -> None:
        self.summary.setText(summary)
        for scale in (self.pain, self.fatigue, self.rpe):
            scale.set_value(None)
        self.note.clear()
        self.pain_warning.clear()

    def answers(self) -> CheckInAnswers:
        return CheckInAnswers(
            self.pain.value(), self.fatigue.value(), self.rpe.value(), self.note.text().strip()
        )

    def _pain_changed(self, value: int) -> None:
        self.pain_warning.setText(
            self.tr(
                "Above 5/10 is more than the pain-monitoring model allows: "
                "do less next time, and seek advice if it stays sharp or persistent."
            )
            if value > 5
            else ""
        )

    def _save(self) -> None:
        self.saved.emit(self.answers())
