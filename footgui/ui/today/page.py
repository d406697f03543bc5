"""The Today page: what to do today, why, where the stage stands, and the week so far.

It is the first page a user sees, so it is built at startup: it imports no
charts or multimedia and reads one small diary snapshot (``store.history``).
Everything it shows comes from ``core.progression.recommend``; the page only
lays it out in type large enough to read from the floor, and records the
user's decisions (start, advance, stay, another session or stage) as stage
events that the engine reads back the next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, cast

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footgui.core.catalog import Dose, Tempo
from footgui.core.progression import recommend
from footgui.core.recommendation import Recommendation
from footgui.core.session_plan import SessionPlan, pacing_for, plan_item
from footgui.core.timeline import Block
from footgui.store.history import load_history, record_session_choice, record_stage_event
from footgui.ui.context import AppContext
from footgui.ui.today.dialogs import ChooseDialog, ReasonDialog, ReminderDialog
from footgui.ui.today.widgets import (
    ACTION_COLOURS,
    STYLE,
    ExerciseCard,
    GateCard,
    ReasonsCard,
    WeekStrip,
    clear,
    label,
)

log = logging.getLogger(__name__)


def subtitle(rec: Recommendation) -> str:
    """One line under the session name saying what today's action changes."""
    if rec.action == "start":
        return f"Your first session of stage {rec.stage}"
    if rec.action == "advance":
        return f"Every stage {rec.stage} target is met: move on when you are ready"
    if rec.action == "hold":
        return "Same dose as last time: do not increase it yet"
    if rec.action == "reduce" and rec.fraction is not None:
        return f"{round(rec.fraction * 100)}% less volume than usual today"
    if rec.action == "regress":
        return "Foundation moves and lighter volume until the pain settles"
    if rec.action == "reintroduce":
        return "With moves from the stage before, to restart progress"
    return ""


class TodayPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Where "today" comes from; tests set a fixed day.
        self.clock: Callable[[], date] = date.today
        self.rec: Recommendation | None = None
        self._dirty = False
        self._dialog: QDialog | None = None
        self._pending: tuple[int, str] | None = None
        self._restyling = False
        self.setStyleSheet(STYLE)
        self.setAccessibleName("Today")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        col = QVBoxLayout(content)
        col.setContentsMargins(28, 18, 28, 18)
        col.setSpacing(14)

        col.addLayout(self._build_header())
        col.addWidget(self._build_hero())
        self.warnings = QVBoxLayout()
        self.warnings.setSpacing(8)
        col.addLayout(self.warnings)
        cards = QHBoxLayout()
        cards.setSpacing(14)
        self.exercises = ExerciseCard()
        self.reasons = ReasonsCard()
        self.gate = GateCard()
        cards.addWidget(self.exercises, 5)
        cards.addWidget(self.reasons, 6)
        cards.addWidget(self.gate, 5)
        self.week = WeekStrip()
        col.addWidget(self.week)
        col.addLayout(cards)
        self.unknowns = label("", "smallNote", wrap=True)
        self.unknowns.setObjectName("todayUnknowns")
        col.addWidget(self.unknowns)
        col.addStretch(1)

        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        title = label("Today", "pageTitle")
        row.addWidget(title, 0, Qt.AlignmentFlag.AlignBottom)
        self.context = label("", "todayContext")
        row.addWidget(self.context, 1, Qt.AlignmentFlag.AlignBottom)
        self.reminder_button = QPushButton("Reminder…")
        self.reminder_button.setObjectName("todayReminder")
        self.reminder_button.setToolTip("A daily reminder at a time you choose")
        self.reminder_button.clicked.connect(self.open_reminder)
        row.addWidget(self.reminder_button, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _build_hero(self) -> QFrame:
        hero = QFrame()
        hero.setObjectName("todayHero")
        row = QHBoxLayout(hero)
        row.setContentsMargins(26, 20, 26, 20)
        row.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(8)
        badge_row = QHBoxLayout()
        self.badge = label("", "todayBadge")
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        left.addLayout(badge_row)
        self.headline = label("", "todayHeadline", wrap=True)
        left.addWidget(self.headline)
        self.meta = label("", "todayMeta", wrap=True)
        left.addWidget(self.meta)
        left.addStretch(1)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.start_button = QPushButton("▶  Start")
        self.start_button.setObjectName("todayStart")
        self.start_button.setDefault(True)
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(self.start_session)
        right.addWidget(self.start_button)
        self.advance_button = QPushButton("")
        self.advance_button.setObjectName("todayBig")
        self.advance_button.clicked.connect(self.accept_advance)
        right.addWidget(self.advance_button)
        self.not_yet_button = QPushButton("Not yet…")
        self.not_yet_button.setObjectName("todayNotYet")
        self.not_yet_button.clicked.connect(self.decline_advance)
        right.addWidget(self.not_yet_button)
        self.back_button = QPushButton("")
        self.back_button.setObjectName("todayBack")
        self.back_button.clicked.connect(self.move_back)
        right.addWidget(self.back_button)
        self.choose_button = QPushButton("Choose another…")
        self.choose_button.setObjectName("todayChoose")
        self.choose_button.setToolTip("Another session today, or another stage, with your reason")
        self.choose_button.clicked.connect(self.open_choose)
        right.addWidget(self.choose_button)
        right.addStretch(1)
        row.addLayout(right)
        return hero

    def changeEvent(self, event: QEvent) -> None:
        """Re-apply the page's style after a light/dark switch: Qt caches resolved colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            self.setStyleSheet(STYLE)
            self._restyling = False

    # -- data -------------------------------------------------------------------------
    def activate(self, **_kwargs: Any) -> None:
        rec = self.rec
        if self._dirty or rec is None or rec.today != self.clock():
            self.refresh()

    def _on_data_changed(self, _kind: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def refresh(self) -> None:
        """Read the diary snapshot, ask the engine, and show its answer."""
        self._dirty = False
        today = self.clock()
        try:
            history = load_history(self.ctx.db, today)
            rec = recommend(history, self.ctx.catalog, today)
        except Exception:  # the first page must not take the app down with it
            log.exception("could not work out today's recommendation")
            self.rec = None
            self._show_error()
            return
        self.rec = rec
        self._show(rec)
        self._arm_midnight()

    def _arm_midnight(self) -> None:
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000) + 60_000)

    def _show_error(self) -> None:
        self.badge.setText("")
        self.badge.hide()
        self.headline.setText("Today's plan could not be worked out")
        self.meta.setText(
            f"footgui could not read your diary. The log has the details: {self.ctx.paths.logs}"
        )
        for button in (self.advance_button, self.not_yet_button, self.back_button):
            button.setVisible(False)
        self.start_button.setEnabled(False)

    def _show(self, rec: Recommendation) -> None:
        program = self.ctx.catalog.program
        today = rec.today
        self.context.setText(
            f"{today:%A} {today.day} {today:%B} · Stage {rec.stage} of {len(program.stages)}: "
            f"{rec.stage_name}"
        )
        self.badge.show()
        self.badge.setText(rec.title.upper())
        self.badge.setStyleSheet(f"background: {ACTION_COLOURS[rec.action]};")
        session = rec.session
        if session is not None:
            self.headline.setText(session.name)
            main = len(session.main)
            meta = f"About {session.minutes} min · {main} exercise{'s' * (main != 1)}"
            if session.chosen_by_user:
                meta += " · your choice"
            line = subtitle(rec)
            self.meta.setText(meta + (f"\n{line}" if line else ""))
        else:
            self.headline.setText(rec.headline)
            self.meta.setText("")
        self.start_button.setVisible(True)
        self.start_button.setEnabled(session is not None)
        self.start_button.setText("▶  Start" if session is not None else "Nothing to start")
        self.start_button.setAccessibleName(
            f"Start {session.name}" if session is not None else "No session to start"
        )
        advancing = rec.action == "advance" and rec.next_stage is not None
        self.advance_button.setVisible(advancing)
        self.not_yet_button.setVisible(advancing)
        if advancing:
            self.advance_button.setText(f"Move to stage {rec.next_stage}")
        back = rec.action == "regress" and rec.stage > 1
        self.back_button.setVisible(back)
        if back:
            self.back_button.setText(f"Move back to stage {rec.stage - 1}…")

        clear(self.warnings)
        for warning in rec.warnings:
            banner = label(f"⚠  {warning.text}  ({warning.source_label})", "warnBanner", wrap=True)
            self.warnings.addWidget(banner)
        self.exercises.show_session(session)
        self.reasons.show_reasons(rec.reasons)
        self.gate.show_gate(rec.stage, rec.next_stage, rec.gate)
        self.week.show_week(rec.week, today)
        if rec.unknowns:
            self.unknowns.setText("What I did not know:  " + "   ·   ".join(rec.unknowns))
            self.unknowns.show()
        else:
            self.unknowns.hide()

    # -- the user's decisions --------------------------------------------------------
    def start_session(self) -> None:
        """Open the Session page on today's session (its doses travel as a ``plan``)."""
        rec = self.rec
        if rec is None or rec.session is None:
            return
        session = rec.session
        if rec.action == "start":
            self._record(rec.stage, "start", "Started the program with the first session.")
        plan = self.session_plan()
        assert plan is not None
        program = self.ctx.catalog.program
        try:
            program.template(session.template_id)
        except KeyError:  # the heel-raise-only day is not a program template
            ids = [e.exercise_id for e in session.exercises if e.block == "main"]
            self.ctx.go("session", exercises=ids, plan=plan)
            return
        self.ctx.go("session", template_id=session.template_id, plan=plan)

    def session_plan(self) -> SessionPlan | None:
        """Today's session with today's doses, as the Session page plays it."""
        rec = self.rec
        if rec is None or rec.session is None:
            return None
        catalog = self.ctx.catalog
        items = []
        for ex in rec.session.exercises:
            exercise = catalog.get(ex.exercise_id)
            if exercise is None:
                continue
            dose = Dose(
                sets=ex.sets,
                reps=ex.reps,
                hold_s=ex.hold_s,
                duration_s=ex.duration_s,
                tempo=Tempo.parse(ex.tempo) if ex.tempo else None,
                rest_s=ex.rest_s,
                source=exercise.dose.source,
            )
            items.append(plan_item(exercise, dose, cast(Block, ex.block)))
        session = rec.session
        return SessionPlan(
            session.template_id,
            session.name,
            session.stage,
            tuple(items),
            pacing_for(catalog.program),
        )

    def accept_advance(self) -> None:
        rec = self.rec
        if rec is None or rec.next_stage is None:
            return
        met = "; ".join(f"{g.label} {g.detail}" for g in rec.gate)
        self._record(rec.next_stage, "advance", f"Every stage {rec.stage} target met: {met}")

    def decline_advance(self) -> None:
        rec = self.rec
        if rec is None:
            return
        dialog = ReasonDialog(
            "Stay in this stage",
            f"Why stay in stage {rec.stage} for now? footgui will ask again in a week.",
            self,
        )
        self._pending = (rec.stage, "hold")
        dialog.confirmed.connect(self._record_pending)
        self._open(dialog)

    def move_back(self) -> None:
        rec = self.rec
        if rec is None or rec.stage <= 1:
            return
        dialog = ReasonDialog(
            "Move back a stage",
            f"Move back to stage {rec.stage - 1} until the pain settles. Your reason:",
            self,
        )
        dialog.reason.setText("Pain rising: back to easier moves while it settles.")
        self._pending = (rec.stage - 1, "regress")
        dialog.confirmed.connect(self._record_pending)
        self._open(dialog)

    def open_choose(self) -> None:
        rec = self.rec
        stage = rec.stage if rec is not None else 1
        recommended = rec.session.template_id if rec is not None and rec.session else None
        dialog = ChooseDialog(self.ctx.catalog.program, stage, recommended, self)
        dialog.session_chosen.connect(self.choose_session)
        dialog.stage_chosen.connect(self.choose_stage)
        self._open(dialog)

    def choose_session(self, template_id: str, reason: str) -> None:
        stage = self.rec.stage if self.rec is not None else 1
        try:
            record_session_choice(
                self.ctx.db, day=self.clock(), stage=stage, template_id=template_id, reason=reason
            )
        except Exception as exc:
            self._failed(exc)
            return
        self.ctx.changed("stage")

    def choose_stage(self, stage: int, reason: str) -> None:
        self._record(stage, "override", reason)

    def open_reminder(self) -> None:
        self._open(ReminderDialog(self.ctx.settings, self.ctx.paths.data, self))

    def _open(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _record_pending(self, reason: str) -> None:
        """The reason dialog was confirmed: record the decision it was opened for."""
        if self._pending is not None:
            stage, kind = self._pending
            self._pending = None
            self._record(stage, kind, reason)

    def _record(self, stage: int, kind: str, reason: str) -> None:
        try:
            record_stage_event(
                self.ctx.db,
                day=self.clock(),
                stage=stage,
                kind=kind,  # type: ignore[arg-type]
                reason=reason,
            )
        except Exception as exc:
            self._failed(exc)
            return
        self.ctx.changed("stage")

    def _failed(self, exc: Exception) -> None:
        log.exception("could not save a stage decision")
        self.ctx.bus.status.emit(f"Could not save your choice: {exc}")
