"""The running session: video on the left, a huge timer and the counters on the right.

Everything the user needs from across the room is big and coloured by what
is happening (work green, rest blue, get ready amber, switch sides purple),
so the phase reads at a glance before the words do.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footgui.core.timeline import Moment, PlanItem, Timeline, describe_dose
from footgui.ui import i18n
from footgui.ui.session.video_view import VideoView
from footgui.ui.session.widgets import FitText, FlowRow, ShrinkLabel

PHASE_WORDS = {
    "up": QT_TRANSLATE_NOOP("RunView", "UP"),
    "hold": QT_TRANSLATE_NOOP("RunView", "HOLD"),
    "down": QT_TRANSLATE_NOOP("RunView", "DOWN"),
    "release": QT_TRANSLATE_NOOP("RunView", "RELEASE"),
    "rep": QT_TRANSLATE_NOOP("RunView", "GO"),
    "work": QT_TRANSLATE_NOOP("RunView", "GO"),
}
KIND_WORDS = {
    "get_ready": QT_TRANSLATE_NOOP("RunView", "GET READY"),
    "rest": QT_TRANSLATE_NOOP("RunView", "REST"),
    "switch_sides": QT_TRANSLATE_NOOP("RunView", "SWITCH SIDES"),
    "transition": QT_TRANSLATE_NOOP("RunView", "NEXT UP"),
}
KIND_COLORS = {
    "work": "#1b7f45",
    "rest": "#1f5fae",
    "get_ready": "#a86400",
    "transition": "#a86400",
    "switch_sides": "#7a3d99",
    "done": "#3a3f47",
    "paused": "#555b63",
}


def clock_text(seconds: float) -> str:
    """Whole seconds left, rounded up so "1" shows until the very end: 75 -> 1:15, 9 -> 9."""
    whole = max(0, math.ceil(seconds - 1e-6))
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


class RunView(QWidget):
    previousClicked = Signal()
    pauseClicked = Signal()
    nextClicked = Signal()
    restartClicked = Signal()
    addRestClicked = Signal()
    mirrorClicked = Signal()
    speedClicked = Signal()
    fullscreenClicked = Signal()
    endClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(8)

        head = QHBoxLayout()
        self.title = QLabel("")
        self.title.setObjectName("runTitle")
        self.title.setStyleSheet("font-size: 30px; font-weight: 700;")
        self.title.setWordWrap(True)  # long (German) names wrap rather than widen the page
        self.dose = QLabel("")
        self.dose.setStyleSheet("font-size: 20px;")
        self.dose.setWordWrap(True)
        self.dose.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.dose.setObjectName("muted")
        head.addWidget(self.title, 1)
        head.addWidget(self.dose)
        outer.addLayout(head)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        self.video = VideoView()
        middle.addWidget(self.video, 5)
        self.hud = QFrame()
        self.hud.setObjectName("hud")
        hud = QVBoxLayout(self.hud)
        hud.setContentsMargins(12, 8, 12, 8)
        hud.setSpacing(0)
        self.phase = FitText(self.tr("SWITCH SIDES"), max_px=90)
        self.phase.setAccessibleName(self.tr("Phase"))
        self.timer = FitText("88:88", max_px=520)
        self.timer.setAccessibleName(self.tr("Time left"))
        # sized for the longer of the two counters ("Sprung" is longer than "Wdh.")
        self.counters = FitText(
            max(
                self.tr("Set 8/8 · Rep 88/88"),
                self.tr("Set 8/8 · Hop 88/88"),
                key=len,
            ),
            max_px=64,
        )
        self.side = FitText(self.tr("RIGHT SIDE"), max_px=60)
        self.next_up = ShrinkLabel(max_px=26, min_px=14, style="font-weight: 600; color: white;")
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up.setFixedHeight(100)  # three lines of German at a size readable from 3 m
        hud.addWidget(self.phase, 3)
        hud.addWidget(self.timer, 8)
        hud.addWidget(self.counters, 2)
        hud.addWidget(self.side, 2)
        hud.addWidget(self.next_up, 0)
        for text in (self.phase, self.timer, self.counters, self.side):
            text.set_color(QColor("white"))
        middle.addWidget(self.hud, 4)
        outer.addLayout(middle, 1)

        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size: 20px;")
        self.caption.setAccessibleName(self.tr("Last spoken cue"))
        # a fixed height: new captions must not re-layout the page while timing matters
        self.caption.setFixedHeight(60)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.caption)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(16)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.progress_text = QLabel("")
        self.progress_text.setStyleSheet("font-size: 18px;")
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_text)
        outer.addLayout(progress_row)

        controls = FlowRow(spacing=6)

        def button(text: str, tip: str, signal: SignalInstance) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause
            b.clicked.connect(signal)
            controls.addWidget(b)
            return b

        self.previous_button = button(
            self.tr("Previous"), self.tr("Back one set (Left or P)"), self.previousClicked
        )
        self.pause_button = button(
            self.tr("Pause"), self.tr("Pause or resume (Space)"), self.pauseClicked
        )
        self.pause_button.setStyleSheet("font-weight: 700; min-width: 90px;")
        self.next_button = button(
            self.tr("Next"), self.tr("Finish this step now (Right or N)"), self.nextClicked
        )
        self.restart_button = button(
            self.tr("Restart set"), self.tr("Do this set again (R)"), self.restartClicked
        )
        self.rest_button = button(
            self.tr("+15 s rest"), self.tr("Longer rest (+)"), self.addRestClicked
        )
        self.mirror_button = button(
            self.tr("Mirror"),
            self.tr("Mirror the video for the other side (M)"),
            self.mirrorClicked,
        )
        self.mirror_button.setCheckable(True)
        self.speed_button = button(
            self.tr("Slow 0.5×"),
            self.tr("Play the video at half or normal speed (S)"),
            self.speedClicked,
        )
        self.full_button = button(
            self.tr("Full screen"), self.tr("Full screen on or off (F)"), self.fullscreenClicked
        )
        self.sound_button = QToolButton()
        self.sound_button.setText(self.tr("Sound"))
        self.sound_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sound_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        controls.addWidget(self.sound_button)
        self.video_button = QToolButton()
        self.video_button.setText(self.tr("My video"))
        self.video_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.video_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        controls.addWidget(self.video_button)
        self.end_button = button(
            self.tr("End session"), self.tr("Stop here and go to the check-in"), self.endClicked
        )
        outer.addLayout(controls)
        self._kind = ""
        self._dose_of: PlanItem | None = None

    # -- binding ------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        if kind != self._kind:
            self._kind = kind
            color = KIND_COLORS.get(kind, KIND_COLORS["done"])
            self.hud.setStyleSheet(f"#hud {{ background: {color}; border-radius: 14px; }}")

    @property
    def kind(self) -> str:
        return self._kind

    def show_moment(self, moment: Moment, timeline: Timeline, paused: bool) -> None:
        seg = moment.segment
        self.progress.setValue(round(moment.progress * 1000))
        self.progress_text.setText(
            self.tr("{time} left").format(time=clock_text(moment.session_remaining_s))
        )
        if seg is None or moment.item is None:
            self.set_kind("done")
            self.phase.setText(self.tr("DONE"))
            self.timer.setText("0")
            self.counters.setText("")
            self.side.setText("")
            self.next_up.setText("")
            return
        item = moment.item
        self.set_kind("paused" if paused else seg.kind)
        if seg.kind == "transition":
            self.title.setText(self.tr("Next up: {name}").format(name=item.name))
        else:
            self.title.setText(item.name)
        if item is not self._dose_of:  # once per exercise, not on every display tick
            self._dose_of = item
            dose = i18n.localize(describe_dose(item))
            dose = dose[:1].upper() + dose[1:]  # German starts "ein Satz"
            self.dose.setText(dose)
            # on one line when it fits in half the row; wrapped rather than cut when not
            wanted = self.dose.fontMetrics().horizontalAdvance(dose) + 4
            self.dose.setMinimumWidth(min(wanted, max(self.width() // 2, 200)))
        if paused:
            phase = self.tr("PAUSED")
        elif seg.kind == "work":
            phase = self.tr(PHASE_WORDS.get(moment.phase.name if moment.phase else "work", "GO"))
            if (
                moment.phase is not None
                and moment.phase.name in ("up", "hold", "down", "release")
                and item.work_kind in ("tempo", "held_reps")
            ):
                phase = f"{phase} {clock_text(moment.phase_remaining_s)}"
        else:
            phase = self.tr(KIND_WORDS[seg.kind])
        self.phase.setText(phase)
        self.timer.setText(clock_text(moment.remaining_s))
        sets = self.tr("Set {number}/{total}").format(number=seg.unit.set_number, total=item.sets)
        if seg.kind == "work" and moment.reps_total:
            count = (
                self.tr("Hop {number}/{total}")
                if item.count_unit == "hops"
                else self.tr("Rep {number}/{total}")
            ).format(number=max(moment.rep, 1), total=moment.reps_total)
            self.counters.setText(f"{sets} · {count}")
        else:
            self.counters.setText(sets)
        self.side.setText(self._side_words(seg.unit.side, shout=True) if seg.unit.side else "")
        if seg.kind == "work":
            self.next_up.setText("")
        else:
            self.next_up.setText(self._next_words(moment, timeline))

    def _next_words(self, moment: Moment, timeline: Timeline) -> str:
        seg = moment.segment
        if seg is None:
            return ""
        item = timeline.items[seg.unit.item]
        side = ", " + self._side_words(seg.unit.side, shout=False) if seg.unit.side else ""
        text = self.tr("Next: {name}, set {number} of {total}").format(
            name=item.name, number=seg.unit.set_number, total=item.sets
        )
        text += side
        if moment.next_item is not None and seg.kind != "transition":
            text += "\n" + self.tr("Then: {name}").format(name=moment.next_item.name)
        return text

    def _side_words(self, side: str, shout: bool) -> str:
        """The side in the HUD's capitals or in a sentence; unknown sides pass through."""
        if shout:
            words = {"left": self.tr("LEFT SIDE"), "right": self.tr("RIGHT SIDE")}
            return words.get(side, f"{side.upper()} SIDE")
        words = {"left": self.tr("left side"), "right": self.tr("right side")}
        return words.get(side, f"{side} side")

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
