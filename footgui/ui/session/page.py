"""The Session page: pick a session, play it hands-free, check in; or run the balance test.

The page only wires things together. What happens when is the timeline's
(core), keeping time is the runner's, pictures are the clip player's and
sounds the dispatcher's; each is tested on its own. The page owns their
lifetimes: everything media-related is closed in ``shutdown()``, which runs
when the app quits or the page is closed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from footgui.core.session_plan import SessionPlan, plan_for_exercises
from footgui.core.timeline import CueEvent, Moment, SetResult, Timeline
from footgui.paths import assets_dir
from footgui.player.clip import ClipPlayer, ClipProbe, ClipState
from footgui.player.cues import CueDispatcher, SoundSettings
from footgui.player.own_clips import VIDEO_SUFFIXES, OwnClips
from footgui.player.recorder import SessionRecorder
from footgui.player.runner import SessionRunner
from footgui.player.sounds import SoundCues
from footgui.player.voice import Voice, make_voice
from footgui.ui import i18n
from footgui.ui.context import AppContext
from footgui.ui.session.balance import BalanceView
from footgui.ui.session.checkin import CheckInAnswers, CheckInView, summary_text
from footgui.ui.session.picker import PickerView
from footgui.ui.session.run_view import RunView
from footgui.ui.session.sound_menu import SoundMenu

log = logging.getLogger(__name__)

PENDING_VOICE_S = 4.0  # a line said while the engine starts is still spoken if this fresh


class _CopyDone(QObject):
    done = Signal(str, str, str)  # exercise id, installed path or "", error or ""


class SessionPage(QWidget):
    ownVideoResult = Signal(bool, str)  # for the "use my own video" flow: ok, message

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], float] = time.monotonic
        self.time_scale = 1.0
        self.own_clips = OwnClips(ctx.paths.clips)
        self.runner: SessionRunner | None = None
        self.recorder: SessionRecorder | None = None
        self.plan: SessionPlan | None = None
        self.sound_settings = SoundSettings.load(ctx.settings)
        self.voice: Voice | None = None
        self.dispatcher: CueDispatcher | None = None
        self._pending_line: tuple[str, float] | None = None
        self._probe: ClipProbe | None = None
        self._copy_signal = _CopyDone(self)
        self._copy_signal.done.connect(self._copy_finished)
        self._completed = False
        self._closed = False

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.picker = PickerView(ctx.catalog)
        self.picker.has_own_video = lambda ex: self.own_clips.path_for(ex) is not None
        self.picker.refresh()
        self.picker.start.setFocus()
        self.run_view = RunView()
        self.checkin = CheckInView()
        self.balance = BalanceView(ctx.db, clock=self._now)
        for view in (self.picker, self.run_view, self.checkin, self.balance):
            self.stack.addWidget(view)

        self.clip = ClipPlayer(self)
        self.sounds = SoundCues(self)
        self._connect_views()
        self._build_menus()
        self._shortcuts = self._build_shortcuts()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _now(self) -> float:
        """The page's clock, looked up each time so tests can swap it after construction."""
        return self.clock()

    # -- wiring -----------------------------------------------------------------------
    def _connect_views(self) -> None:
        p, r = self.picker, self.run_view
        p.startRequested.connect(self.start_plan)
        p.balanceRequested.connect(self.open_balance)
        p.ownVideoRequested.connect(self.choose_own_video)
        p.removeVideoRequested.connect(self.remove_own_video)
        r.previousClicked.connect(self.previous)
        r.pauseClicked.connect(self.toggle_pause)
        r.nextClicked.connect(self.skip)
        r.restartClicked.connect(self.restart_set)
        r.addRestClicked.connect(self.add_rest)
        r.mirrorClicked.connect(self.toggle_mirror)
        r.speedClicked.connect(self.toggle_speed)
        r.fullscreenClicked.connect(self.toggle_fullscreen)
        r.endClicked.connect(self.end_session)
        self.checkin.saved.connect(self._save_checkin)
        self.checkin.skipped.connect(lambda: self._save_checkin(None))
        self.balance.closed.connect(self._balance_closed)
        self.balance.sound.connect(self._balance_sound)
        self.balance.say.connect(self._balance_say)
        self.balance.trialStored.connect(lambda *_: self.ctx.changed("measurement"))
        self.balance.problem.connect(self.ctx.bus.status.emit)
        video = r.video
        self.clip.frameReady.connect(video.set_frame)
        self.clip.cueShown.connect(video.set_cue)
        self.clip.noticeChanged.connect(video.set_notice)
        self.clip.stateChanged.connect(self._clip_state)

    def _build_menus(self) -> None:
        self.sound_menu = SoundMenu(
            lambda: self.sound_settings, self.set_sound_settings, self.sound_status, self
        )
        self.run_view.sound_button.setMenu(self.sound_menu)
        self.video_menu = QMenu(self)
        self.video_menu.aboutToShow.connect(self._fill_video_menu)
        self.run_view.video_button.setMenu(self.video_menu)

    def _build_shortcuts(self) -> list[QShortcut]:
        bindings: list[tuple[Sequence[str], Callable[[], Any]]] = [
            (("Space",), self._space),
            (("Right", "N"), self.skip),
            (("Left", "P"), self.previous),
            (("R",), self.restart_set),
            (("+", "=", "Shift+="), self.add_rest),
            (("M",), self.toggle_mirror),
            (("S",), self.toggle_speed),
            (("F",), self.toggle_fullscreen),
            (("Escape",), self._leave_fullscreen),
        ]
        shortcuts = []
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                shortcut.setEnabled(False)
                shortcuts.append(shortcut)
        return shortcuts

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        if self.stack.currentWidget() is self.picker:
            self.picker.start.setFocus()  # Return starts the session

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)

    # -- entry point ------------------------------------------------------------------
    def activate(
        self,
        template_id: str | None = None,
        exercises: Sequence[str] | None = None,
        balance_test: bool = False,
        plan: SessionPlan | None = None,
        **_ignored: Any,
    ) -> None:
        """Called on navigation. The Today page sends today's ``plan`` (doses adjusted by
        the progression engine) with its template id, or a list of exercises, or the test.
        """
        if self.runner is not None and self.runner.running:
            self.stack.setCurrentWidget(self.run_view)
            if template_id or exercises or balance_test or plan:
                self.ctx.bus.status.emit(
                    self.tr("A session is running: end it before starting another.")
                )
            return
        if balance_test:
            self.open_balance()
        elif plan is not None:
            if template_id:
                self.picker.select_template(template_id)
            self.start_plan(plan)
        elif exercises:
            try:
                plan = plan_for_exercises(self.ctx.catalog, list(exercises))
            except KeyError as exc:
                self._show_picker(i18n.localize(exc.args[0]))
                return
            self.start_plan(plan)
        elif template_id:
            if self.picker.select_template(template_id) and self.picker.plan is not None:
                self.start_plan(self.picker.plan)
            else:
                self._show_picker(
                    self.tr("There is no session template '{id}'; pick one below.").format(
                        id=template_id
                    )
                )
        elif self.stack.currentWidget() is self.run_view:
            self._show_picker("")

    def _show_picker(self, message: str) -> None:
        self.picker.message.setText(message)
        self.picker.refresh()
        self.stack.setCurrentWidget(self.picker)
        self.picker.start.setFocus()

    # -- a session ----------------------------------------------------------------------
    def start_plan(self, plan: SessionPlan) -> None:
        if self.runner is not None and self.runner.running:
            return
        self._close_pending_checkin()
        self._dispose_runner()
        self.plan = plan
        timeline = Timeline.build(plan.items, plan.pacing)
        self.recorder = SessionRecorder(
            self.ctx.db, plan.template_id, plan.stage, on_error=self.ctx.bus.status.emit
        )
        self.recorder.start()
        self._ensure_voice()
        runner = SessionRunner(timeline, clock=self.clock, time_scale=self.time_scale, parent=self)
        runner.moment.connect(self._on_moment)
        runner.segmentChanged.connect(self._on_segment)
        runner.cycleStarted.connect(self._on_cycle)
        runner.cue.connect(self._on_cue)
        runner.setFinished.connect(self._on_set)
        runner.pausedChanged.connect(self._on_paused)
        runner.finished.connect(lambda: self._finish(completed=True))
        self.runner = runner
        self._completed = False
        self.run_view.caption.setText("")
        self.run_view.video.set_error("")
        self.run_view.set_paused(False)
        self.stack.setCurrentWidget(self.run_view)
        notes = timeline.notes
        if notes:
            self.ctx.bus.status.emit(
                self.tr("Dose problems fixed for this session: {problems}").format(
                    problems="; ".join(f"{i.name}: {i18n.localize(n)}" for i, n in notes)
                )
            )
        runner.start()
        self.ctx.changed("session")

    def _on_moment(self, moment: Moment) -> None:
        if self.runner is None:
            return
        self.run_view.show_moment(moment, self.runner.timeline, self.runner.paused)

    def _on_segment(self, index: int) -> None:
        if self.runner is None:
            return
        segment = self.runner.timeline.segments[index]
        item = self.runner.timeline.items[segment.unit.item]
        self._load_clip(item.exercise_id)

    def _on_cycle(self, moment: Moment) -> None:
        """A set or rep starts: the demo jumps to a cycle of the side worked, in step with it."""
        if moment.segment is not None:
            self.clip.sync_to_cycle(moment.segment.unit.side)

    def _load_clip(self, exercise_id: str) -> None:
        source = self.own_clips.source_for(exercise_id, assets_dir())
        label = "video" if source.own else "demo clip"  # a key of clip.LABELS
        self.clip.load(source.clip, source.cue_track, label=label)
        self._update_badge()

    def _update_badge(self) -> None:
        parts = []
        path = self.clip.path
        if path is not None and path.parent == self.own_clips.folder:
            parts.append(self.tr("Your video"))
        if self.run_view.video.mirrored:
            parts.append(self.tr("Mirrored"))
        if self.clip.rate != 1.0:
            parts.append(f"{self.clip.rate:g}×")
        self.run_view.video.set_badge(" · ".join(parts))

    def _clip_state(self, state: ClipState, message: str) -> None:
        view = self.run_view.video
        if state is ClipState.ERROR:
            view.set_error(message)
        else:
            view.set_error("")
            if state is ClipState.NONE:
                view.clear()

    def _on_cue(self, event: CueEvent) -> None:
        if self.dispatcher is not None:
            self.dispatcher.play(event)

    def _on_set(self, result: SetResult) -> None:
        if self.recorder is not None:
            self.recorder.log(result)

    def _on_paused(self, paused: bool) -> None:
        self.run_view.set_paused(paused)
        if paused:
            self.clip.pause()
            if self.voice is not None:
                self.voice.stop()
        else:
            self.clip.resume()

    # controls (keyboard and buttons)
    def _space(self) -> None:
        current = self.stack.currentWidget()
        if current is self.balance:
            self.balance.toggle()
        elif current is self.run_view:
            self.toggle_pause()

    def _running(self) -> SessionRunner | None:
        if self.stack.currentWidget() is not self.run_view:
            return None
        if self.runner is None or not self.runner.running:
            return None
        return self.runner

    def toggle_pause(self) -> None:
        runner = self._running()
        if runner is not None:
            runner.toggle_pause()

    def skip(self) -> None:
        runner = self._running()
        if runner is not None:
            runner.skip()

    def previous(self) -> None:
        runner = self._running()
        if runner is not None:
            runner.previous()

    def restart_set(self) -> None:
        runner = self._running()
        if runner is not None and not runner.restart_set():
            self.ctx.bus.status.emit(
                self.tr("Restart works during a set; use Previous to redo the last one.")
            )

    def add_rest(self) -> None:
        runner = self._running()
        if runner is not None and not runner.add_rest(15.0):
            self.ctx.bus.status.emit(self.tr("No rest left to lengthen: this is the last set."))

    def toggle_mirror(self) -> None:
        if self.stack.currentWidget() is not self.run_view:
            return
        video = self.run_view.video
        video.set_mirrored(not video.mirrored)
        self.run_view.mirror_button.setChecked(video.mirrored)
        self._update_badge()

    def toggle_speed(self) -> None:
        if self.stack.currentWidget() is not self.run_view:
            return
        slow = self.clip.rate == 1.0
        self.clip.set_rate(0.5 if slow else 1.0)
        self.run_view.speed_button.setText(self.tr("Normal 1×") if slow else self.tr("Slow 0.5×"))
        self._update_badge()

    def toggle_fullscreen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def _leave_fullscreen(self) -> None:
        if self.window().isFullScreen():
            self.window().showNormal()

    def end_session(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.end_early()
            self._finish(completed=False)

    def _finish(self, completed: bool) -> None:
        if self.stack.currentWidget() is self.checkin:
            return
        self._completed = completed
        self.clip.clear()
        self.run_view.video.clear()
        results = self.recorder.logged if self.recorder else []
        elapsed = self.runner.position() if self.runner else 0.0
        self.checkin.reset(summary_text(results, completed, elapsed / 60))
        self.stack.setCurrentWidget(self.checkin)
        self.ctx.changed("session")

    def _save_checkin(self, answers: CheckInAnswers | None) -> None:
        saved = True
        if self.recorder is not None:
            if answers is None:
                saved = self.recorder.finish(completed=self._completed)
            else:
                saved = self.recorder.finish(
                    completed=self._completed,
                    pain_during=answers.pain_during,
                    foot_fatigue=answers.foot_fatigue,
                    rpe=answers.rpe,
                    note=answers.note,
                )
        self.recorder = None
        self.ctx.changed("session")
        if answers is not None:
            self.ctx.changed("checkin")
        self._dispose_runner()
        message = (
            self.tr("Session saved.")
            if saved
            else self.tr("The check-in could not be saved (see the status bar).")
        )
        self.ctx.bus.status.emit(message)
        self._show_picker(message)

    def _close_pending_checkin(self) -> None:
        """A finished session whose check-in was left unanswered is closed without scores."""
        if self.recorder is not None and self.stack.currentWidget() is self.checkin:
            self.recorder.finish(completed=self._completed)
            self.recorder = None

    def _dispose_runner(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None

    # -- sound and voice --------------------------------------------------------------
    def _ensure_voice(self) -> None:
        """The voice for the current settings (read again: the Settings dialog may change them)."""
        latest = SoundSettings.load(self.ctx.settings)
        if latest != self.sound_settings:
            self.set_sound_settings(latest)
        if self.voice is not None:
            return
        self.voice = make_voice(
            self.sound_settings.engine,
            self.ctx.paths.data,
            self,
            language=i18n.current_language(),
        )
        self.voice.availabilityChanged.connect(self._voice_changed)
        self.voice.languageMissing.connect(self._language_missing)
        if self.voice.missing_language:  # an in-process engine knows at once
            self._language_missing(self.voice.missing_language)
        self.dispatcher = CueDispatcher(
            self.sounds, self.voice, self.sound_settings, self, localize=i18n.localize
        )
        self.dispatcher.caption.connect(self._caption)

    def _caption(self, text: str) -> None:
        self.run_view.caption.setText(text)
        if self.voice is not None and not self.voice.available and self.voice.starting:
            self._pending_line = (text, time.monotonic())

    def _voice_changed(self, available: bool, reason: str) -> None:
        if available and self._pending_line is not None and self.voice is not None:
            text, at = self._pending_line
            if time.monotonic() - at < PENDING_VOICE_S:
                self.voice.say(text)
        self._pending_line = None
        if not available and reason:
            self.ctx.bus.status.emit(self.tr("Voice off: {reason}").format(reason=reason))

    def _language_missing(self, language: str) -> None:
        self.ctx.bus.status.emit(self._language_missing_text(language))

    def _language_missing_text(self, language: str) -> str:
        return self.tr(
            "No {language} voice is installed: the speech engine's default voice speaks."
        ).format(language=i18n.NATIVE_NAMES.get(language, language))

    def set_sound_settings(self, settings: SoundSettings) -> None:
        engine_changed = settings.engine != self.sound_settings.engine
        self.sound_settings = settings
        settings.save(self.ctx.settings)
        if engine_changed and self.voice is not None:
            self.voice.close()
            self.voice.deleteLater()
            self.voice = None
            self.dispatcher = None
            self._ensure_voice()
        if self.dispatcher is not None:
            self.dispatcher.apply(settings)

    def sound_status(self) -> list[str]:
        """Plain lines for the Sound menu: whether voice and beeps can be heard, and why not."""
        lines = []
        if self.voice is None:
            lines.append(self.tr("Voice: starts with the session"))
        elif self.voice.available:
            lines.append(self.tr("Voice: {engine} ready").format(engine=self.voice.engine))
        else:
            lines.append(self.tr("Voice unavailable: {reason}").format(reason=self.voice.reason))
        if self.voice is not None and self.voice.missing_language:
            lines.append(self._language_missing_text(self.voice.missing_language))
        if self.sounds.reason:
            lines.append(self.tr("Beeps: {reason}").format(reason=self.sounds.reason))
        return lines

    def _balance_sound(self, name: str) -> None:
        if self.sound_settings.beeps:
            self.sounds.play(name)

    def _balance_say(self, text: str) -> None:
        if self.dispatcher is not None:
            self.dispatcher.play(CueEvent(0.0, "voice", text=text))

    # -- the balance test ----------------------------------------------------------------
    def open_balance(self) -> None:
        if self.runner is not None and self.runner.running:
            return
        self._close_pending_checkin()
        self._ensure_voice()
        self.stack.setCurrentWidget(self.balance)
        self.balance.begin()

    def _balance_closed(self) -> None:
        self._show_picker(self.tr("Balance test saved: every trial is in your measurements."))

    # -- your own video -------------------------------------------------------------------
    def _current_exercise(self) -> str | None:
        if self.runner is not None and self.runner.running:
            moment = self.runner.current()
            return moment.item.exercise_id if moment.item else None
        return self.picker.selected_exercise()

    def _fill_video_menu(self) -> None:
        self.video_menu.clear()
        exercise = self._current_exercise()
        if exercise is None:
            return
        name = self.ctx.catalog[exercise].name if exercise in self.ctx.catalog else exercise
        use = self.video_menu.addAction(self.tr("Use my own video for {name}…").format(name=name))
        use.triggered.connect(lambda: self.choose_own_video(exercise))
        remove = self.video_menu.addAction(self.tr("Remove my video for {name}").format(name=name))
        remove.setEnabled(self.own_clips.path_for(exercise) is not None)
        remove.triggered.connect(lambda: self.remove_own_video(exercise))

    def choose_own_video(self, exercise_id: str) -> None:
        dialog = QFileDialog(self, self.tr("Choose a video of you doing this exercise"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        patterns = " ".join(f"*{s}" for s in VIDEO_SUFFIXES)
        dialog.setNameFilter(self.tr("Videos ({patterns})").format(patterns=patterns))
        dialog.fileSelected.connect(lambda path: self.import_own_video(exercise_id, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def import_own_video(self, exercise_id: str, path: Path) -> None:
        """Check that Qt can play ``path``, then copy it in (in a thread) as the exercise video."""
        if self._probe is not None:
            self.ownVideoResult.emit(False, self.tr("Another video is still being checked."))
            return
        if path.suffix.lower() not in VIDEO_SUFFIXES:
            self._refuse(
                self.tr("{file}: footgui takes {types} files.").format(
                    file=path.name, types=", ".join(VIDEO_SUFFIXES)
                )
            )
            return
        probe = ClipProbe(path, self)
        self._probe = probe

        def checked(ok: bool, message: str) -> None:
            probe.deleteLater()
            self._probe = None
            if not ok:
                self._refuse(message)
                return
            thread = threading.Thread(
                target=self._copy_in, args=(exercise_id, path), name="own-video-copy", daemon=True
            )
            thread.start()

        probe.finished.connect(checked)
        probe.start()

    def _copy_in(self, exercise_id: str, path: Path) -> None:
        try:
            installed = self.own_clips.install(exercise_id, path)
        except (OSError, ValueError) as exc:
            why = i18n.error_text(exc)
            self._copy_signal.done.emit(exercise_id, "", why)
            return
        self._copy_signal.done.emit(exercise_id, str(installed), "")

    def _copy_finished(self, exercise_id: str, installed: str, error: str) -> None:
        if error:
            self._refuse(self.tr("The video could not be copied: {error}").format(error=error))
            return
        message = self.tr("Your video is now used for {exercise}.").format(exercise=exercise_id)
        self.ctx.bus.status.emit(message)
        self.picker.refresh()
        if (
            self._current_exercise() == exercise_id
            and self.runner is not None
            and self.runner.running
        ):
            self._load_clip(exercise_id)
        self.ownVideoResult.emit(True, message)

    def _refuse(self, reason: str) -> None:
        message = self.tr("footgui cannot use this video. {reason} The demo clip stays.").format(
            reason=reason
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Video not used"), message, parent=self)
        box.finished.connect(box.deleteLater)
        box.open()
        self.ownVideoResult.emit(False, message)

    def remove_own_video(self, exercise_id: str) -> None:
        if self.own_clips.remove(exercise_id):
            self.ctx.bus.status.emit(self.tr("Your video was removed; the demo clip is back."))
            if (
                self._current_exercise() == exercise_id
                and self.runner is not None
                and self.runner.running
            ):
                self._load_clip(exercise_id)
        self.picker.refresh()

    # -- lifetime ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop timers, media and the speech helper; a running session is kept as abandoned."""
        if self._closed:
            return
        self._closed = True
        if self.runner is not None and self.runner.running:
            self.runner.end_early()
            if self.recorder is not None:
                self.recorder.finish(completed=False)
        else:
            self._close_pending_checkin()
        self._dispose_runner()
        self.balance.stop_timer()
        self.clip.close()
        self.sounds.close()
        if self._probe is not None:
            self._probe.deleteLater()
            self._probe = None
        if self.voice is not None:
            self.voice.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
