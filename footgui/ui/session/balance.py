"""The single-leg balance test screen: Space starts and stops a trial, 45 s stops it by itself.

Each trial is stored the moment it ends (a Measurement with its trial
number), so stopping half way keeps what was done. The comparison with the
Springer norms follows the profile's age and sex and says when it cannot.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footgui.core.balance_test import (
    STOP_RULES,
    BalanceTest,
    Condition,
    Foot,
    Trial,
    row_label,
)
from footgui.core.norms import SPRINGER_PROVISIONAL
from footgui.store import repos
from footgui.store.db import Database
from footgui.store.errors import StoreError
from footgui.ui import i18n
from footgui.ui.session.widgets import FitText

log = logging.getLogger(__name__)

ROWS: list[tuple[Condition, Foot]] = [
    ("balance_eo", "left"),
    ("balance_eo", "right"),
    ("balance_ec", "left"),
    ("balance_ec", "right"),
]
REFRESH_MS = 50


def seconds(value: float, spec: str = ".1f") -> str:
    """A time with the app language's decimal mark: "12.3" / "12,3".

    Python rounds (the stored value is rounded the same way); only the mark is local.
    """
    return i18n.number(float(value), spec)


class BalanceView(QWidget):
    trialStored = Signal(object, float)  # Trial, seconds
    sound = Signal(str)  # "go" at start, "end" at a stop, "finish" at the cap
    say = Signal(str)
    closed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        db: Database,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.test = BalanceTest()
        self._stored: dict[Trial, int] = {}
        self._age: int | None = None
        self._sex: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Single-leg balance test"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        rules = QLabel(
            self.tr(
                "{rules} Best of 3 trials per side, compared with Springer et al. 2007 ({status})."
            ).format(rules=i18n.localize(STOP_RULES), status=i18n.localize(SPRINGER_PROVISIONAL))
        )
        rules.setWordWrap(True)
        rules.setObjectName("muted")
        layout.addWidget(rules)
        self.rules = rules
        longest = Trial("balance_ec", "right", 3).label
        self.trial_label = FitText(
            self.tr("{trial} of {total}").format(trial=i18n.localize(longest), total=3), max_px=48
        )
        self.trial_label.setMinimumHeight(60)
        layout.addWidget(self.trial_label, 1)
        self.time = FitText(seconds(45.0), max_px=260)
        self.time.setMinimumHeight(120)
        layout.addWidget(self.time, 3)
        self.hint = QLabel(self.tr("Press Space (or Start) when you are standing on one foot."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("font-size: 20px;")
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("Start (Space)"))
        self.toggle_button.setStyleSheet("font-size: 20px; font-weight: 700; padding: 10px 28px;")
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle_button.clicked.connect(self.toggle)
        self.cancel_button = QPushButton(self.tr("Cancel trial"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel_trial)
        self.redo_button = QPushButton(self.tr("Redo last trial"))
        self.redo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.redo_button.clicked.connect(self.redo_last)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.close_test)
        for b in (self.toggle_button, self.cancel_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self.table = QTableWidget(len(ROWS), 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Test"),
                self.tr("Trial 1"),
                self.tr("Trial 2"),
                self.tr("Trial 3"),
                self.tr("Best"),
                self.tr("Norm"),
                self.tr("Compared with the norm"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setMinimumHeight(170)
        layout.addWidget(self.table, 2)
        self.norm_note = QLabel("")
        self.norm_note.setWordWrap(True)
        self.norm_note.setObjectName("muted")
        layout.addWidget(self.norm_note)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)

    # -- flow -------------------------------------------------------------------
    def begin(self) -> None:
        self.test = BalanceTest()
        self._stored.clear()
        try:
            profile = repos.get_profile(self.db)
            self._age, self._sex = profile.age, profile.sex
        except StoreError as exc:
            self._age, self._sex = None, None
            self.problem.emit(i18n.error_text(exc))
        self._timer.start(REFRESH_MS)
        self.refresh()
        self._announce()

    def toggle(self) -> None:
        """Space: start the next trial or stop the running one."""
        if self.test.complete:
            return
        now = self.clock()
        if self.test.running:
            self._store(self.test.stop(now), capped=False)
        else:
            self.test.start(now)
            self.sound.emit("go")
        self.refresh()

    def cancel_trial(self) -> None:
        if self.test.running:
            self.test.cancel()
            self.refresh()
            self._announce()

    def redo_last(self) -> None:
        trial = self.test.undo_last()
        if trial is None:
            return
        measurement_id = self._stored.pop(trial, None)
        if measurement_id is not None:
            try:
                repos.delete_measurement(self.db, measurement_id)
            except (StoreError, LookupError) as exc:
                self.problem.emit(
                    self.tr("The trial could not be removed: {error}").format(
                        error=i18n.error_text(exc)
                    )
                )
        self.refresh()
        self._announce()

    def close_test(self) -> None:
        if self.test.running:
            self.test.cancel()
        self._timer.stop()
        self.closed.emit()

    def stop_timer(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        now = self.clock()
        capped = self.test.check_cap(now)
        if capped is not None:
            self._store(capped, capped=True)
        trial = self.test.current
        if trial is None:
            self.trial_label.setText(self.tr("All trials done"))
            self.time.setText("")
            self.hint.setText(self.tr("Done. Your best times are in the table."))
            self.toggle_button.setEnabled(False)
        else:
            of = self.test.trials_per_side
            self.trial_label.setText(
                self.tr("{trial} of {total}").format(trial=i18n.localize(trial.label), total=of)
            )
            self.time.setText(seconds(self.test.elapsed(now)))
            running = self.test.running
            self.toggle_button.setEnabled(True)
            self.toggle_button.setText(
                self.tr("Stop (Space)") if running else self.tr("Start (Space)")
            )
            self.hint.setText(
                self.tr("Press Space the moment your foot touches down.")
                if running
                else self.tr("Press Space (or Start) when you are standing on one foot.")
            )
            self.time.set_color(QColor("#1b7f45") if running else None)
        self.cancel_button.setEnabled(self.test.running)
        self.redo_button.setEnabled(not self.test.running and bool(self.test.results))
        self._fill_table()

    # -- internals ----------------------------------------------------------------
    def _announce(self) -> None:
        trial = self.test.current
        if trial is not None:
            self.say.emit(i18n.localize(trial.announcement))

    def _store(self, stopped: tuple[Trial, float] | None, capped: bool) -> None:
        if stopped is None:
            return
        trial, value = stopped
        self.sound.emit("finish" if capped else "end")
        try:
            row = repos.add_measurement(
                self.db,
                kind=trial.condition,
                side=trial.side,
                value=value,
                trial=trial.number,
                taken_at=datetime.now(),
            )
            self._stored[trial] = row.id
        except (StoreError, ValueError) as exc:
            log.error("balance trial not saved: %s", exc)
            self.problem.emit(
                self.tr("The trial could not be saved: {error}").format(error=i18n.error_text(exc))
            )
        self.trialStored.emit(trial, value)
        self._announce()

    def _fill_table(self) -> None:
        results = {(r.condition, r.side): r for r in self.test.summary(self._age, self._sex)}
        notes: list[str] = []
        for row, (condition, side) in enumerate(ROWS):
            result = results.get((condition, side))
            cells = [i18n.localize(row_label(condition, side))]
            trials = list(result.trials) if result else []
            cells += [f"{seconds(v)} s" for v in trials] + [""] * (3 - len(trials))
            if result is not None and result.best is not None:
                band = result.band
                norm = (
                    f"{seconds(band.low, 'g')} s"
                    if band.low == band.high
                    else f"{seconds(band.low, 'g')}-{seconds(band.high, 'g')} s"
                )
                cells += [f"{seconds(result.best)} s", norm, i18n.localize(result.verdict)]
                note = i18n.localize(band.note)
                if note and note not in notes:
                    notes.append(note)
            else:
                cells += ["", "", ""]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.norm_note.setText(" ".join(notes))
