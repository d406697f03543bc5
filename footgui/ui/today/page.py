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

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
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
from footgui.ui import i18n
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
    source_label,
)
from footgui.ui.vocab import action_title, plan_name

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def subtitle(rec: Recommendation) -> str:
    """One line under the session name saying what today's action changes."""
    if rec.action == "start":
        return translate("Today", "Your first session of stage {stage}").format(stage=rec.stage)
    if rec.action == "advance":
        return translate(
            "Today", "Every stage {stage} target is met: move on when you are ready"
        ).format(stage=rec.stage)
    if rec.action == "hold":
        return translate("Today", "Same dose as last time: do not increase it yet")
    if rec.action == "reduce" and rec.fraction is not None:
        return translate("Today", "{pct}% less volume than usual today").format(
            pct=round(rec.fraction * 100)
        )
    if rec.action == "regress":
        return translate("Today", "Foundation moves and lighter volume until the pain settles")
    if rec.action == "reintroduce":
        return translate("Today", "With moves from the stage before, to restart progress")
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
        self.setAccessibleName(self.tr("Today"))

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
        title = label(self.tr("Today"), "pageTitle")
        row.addWidget(title, 0, Qt.AlignmentFlag.AlignBottom)
        self.context = label("", "todayContext")
        row.addWidget(self.context, 1, Qt.AlignmentFlag.AlignBottom)
        self.reminder_button = QPushButton(self.tr("&Reminder…"))
        self.reminder_button.setObjectName("todayReminder")
        self.reminder_button.setToolTip(self.tr("A daily reminder at a time you choose"))
        self.reminder_button.setAccessibleName(self.tr("Daily reminder"))
        self.reminder_button.setAccessibleDescription(
            self.tr("A daily reminder at a time you choose")
        )
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
        self.start_button = QPushButton(self.tr("▶  Start"))
        self.start_button.setObjectName("todayStart")
        self.start_button.setDefault(True)
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(self.start_session)
        right.addWidget(self.start_button)
        self.advance_button = QPushButton("")
        self.advance_button.setObjectName("todayBig")
        self.advance_button.setAccessibleName(self.tr("Move to the next stage"))
        self.advance_button.clicked.connect(self.accept_advance)
        right.addWidget(self.advance_button)
        self.not_yet_button = QPushButton(self.tr("Not yet…"))
        self.not_yet_button.setAccessibleName(self.tr("Not yet: stay in this stage"))
        self.not_yet_button.setObjectName("todayNotYet")
        self.not_yet_button.clicked.connect(self.decline_advance)
        right.addWidget(self.not_yet_button)
        self.back_button = QPushButton("")
        self.back_button.setObjectName("todayBack")
        self.back_button.setAccessibleName(self.tr("Move back a stage"))
        self.back_button.clicked.connect(self.move_back)
        right.addWidget(self.back_button)
        self.choose_button = QPushButton(self.tr("&Choose another…"))
        self.choose_button.setObjectName("todayChoose")
        self.choose_button.setToolTip(
            self.tr("Another session today, or another stage, with your reason")
        )
        self.choose_button.setAccessibleName(self.tr("Choose another session or stage"))
        self.choose_button.setAccessibleDescription(
            self.tr("Another session today, or another stage, with your reason")
        )
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
        self.headline.setText(self.tr("Today's plan could not be worked out"))
        self.meta.setText(
            self.tr("footgui could not read your diary. The log has the details: {folder}").format(
                folder=self.ctx.paths.logs
            )
        )
        for button in (self.advance_button, self.not_yet_button, self.back_button):
            button.setVisible(False)
        self.start_button.setEnabled(False)

    def _show(self, rec: Recommendation) -> None:
        program = self.ctx.catalog.program
        today = rec.today
        self.context.setText(
            self.tr("{date} · Stage {stage} of {stages}: {name}").format(
                date=i18n.day_month(today),
                stage=rec.stage,
                stages=len(program.stages),
                name=rec.stage_name,
            )
        )
        self.badge.show()
        self.badge.setText(action_title(rec).upper())
        self.badge.setStyleSheet(f"background: {ACTION_COLOURS[rec.action]};")
        session = rec.session
        if session is not None:
            self.headline.setText(plan_name(session.name))
            main = len(session.main)
            if main == 1:
                meta = self.tr("About {minutes} min · 1 exercise").format(minutes=session.minutes)
            else:
                meta = self.tr("About {minutes} min · {count} exercises").format(
                    minutes=session.minutes, count=main
                )
            if session.chosen_by_user:
                meta += self.tr(" · your choice")
            line = subtitle(rec)
            self.meta.setText(meta + (f"\n{line}" if line else ""))
        else:
            self.headline.setText(i18n.localize(rec.headline))
            self.meta.setText("")
        self.start_button.setVisible(True)
        self.start_button.setEnabled(session is not None)
        self.start_button.setText(
            self.tr("▶  Start") if session is not None else self.tr("Nothing to start")
        )
        self.start_button.setAccessibleName(
            self.tr("Start {session}").format(session=plan_name(session.name))
            if session is not None
            else self.tr("No session to start")
        )
        advancing = rec.action == "advance" and rec.next_stage is not None
        self.advance_button.setVisible(advancing)
        self.not_yet_button.setVisible(advancing)
        if advancing:
            self.advance_button.setText(
                self.tr("Move to stage {stage}").format(stage=rec.next_stage)
            )
            self.advance_button.setAccessibleName(self.advance_button.text())
        back = rec.action == "regress" and rec.stage > 1
        self.back_button.setVisible(back)
        if back:
            self.back_button.setText(
                self.tr("Move back to stage {stage}…").format(stage=rec.stage - 1)
            )
            self.back_button.setAccessibleName(self.back_button.text().rstrip("…"))

        clear(self.warnings)
        for warning in rec.warnings:
            text = f"⚠  {i18n.localize(warning.text)}  ({source_label(warning)})"
            banner = label(text, "warnBanner", wrap=True)
            self.warnings.addWidget(banner)
        self.exercises.show_session(session)
        self.reasons.show_reasons(rec.reasons)
        self.gate.show_gate(rec.stage, rec.next_stage, rec.gate)
        self.week.show_week(rec.week, today)
        if rec.unknowns:
            notes = "   ·   ".join(i18n.localize(note) for note in rec.unknowns)
            self.unknowns.setText(self.tr("What I did not know:") + "  " + notes)
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
            self._record(rec.stage, "start", self.tr("Started the program with the first session."))
        plan = self.session_plan()
        assert plan is not None
        # The plan is what plays; the id only selects the template in the picker, and an
        # id that is no program template (the heel-raise-only day) selects nothing.
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
        # Kept in the diary in the language the user reads now.
        met = "; ".join(f"{i18n.localize(g.label)} {i18n.localize(g.detail)}" for g in rec.gate)
        self._record(
            rec.next_stage,
            "advance",
            self.tr("Every stage {stage} target met: {met}").format(stage=rec.stage, met=met),
        )

    def decline_advance(self) -> None:
        rec = self.rec
        if rec is None:
            return
        dialog = ReasonDialog(
            self.tr("Stay in this stage"),
            self.tr("Why stay in stage {stage} for now? footgui will ask again in a week.").format(
                stage=rec.stage
            ),
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
            self.tr("Move back a stage"),
            self.tr("Move back to stage {stage} until the pain settles. Your reason:").format(
                stage=rec.stage - 1
            ),
            self,
        )
        dialog.reason.setText(self.tr("Pain rising: back to easier moves while it settles."))
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
        self.ctx.bus.status.emit(
            self.tr("Could not save your choice: {reason}").format(reason=i18n.error_text(exc))
        )
