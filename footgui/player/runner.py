"""Drives a session: reads a monotonic clock, fires cues on time, reports sets.

Nothing here adds up timer ticks. Each wake-up reads the clock, asks the
timeline where that puts us, and fires every cue scheduled since the last
wake-up. The timer is re-armed for the next cue or boundary (a precise
single-shot, so cues fire within a millisecond or two of their time), or
for the next display refresh, whichever comes first. A late wake-up
therefore delays a cue a little but never shifts anything after it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footgui.core.clipsync import cycle_key
from footgui.core.timeline import CueEvent, Moment, Playback, SetResult, Timeline

REFRESH_S = 0.1  # the display is redrawn at least this often while running
PAUSED_REFRESH_S = 0.25


class SessionRunner(QObject):
    """Plays a Timeline against ``clock`` (seconds; time.monotonic by default).

    ``time_scale`` says how many clock seconds pass per real second; tests
    give a fast clock and the same scale so wake-ups are timed in real time.
    """

    moment = Signal(object)  # Moment, on every wake-up
    segmentChanged = Signal(int)  # index of the segment now running
    cycleStarted = Signal(object)  # Moment: a set, or a rep with phases, starts (clip sync)
    cue = Signal(object)  # CueEvent, the moment it is due
    setFinished = Signal(object)  # SetResult of each work segment that ended
    pausedChanged = Signal(bool)
    timelineChanged = Signal()  # after skip/previous/restart/+rest
    finished = Signal()

    def __init__(
        self,
        timeline: Timeline,
        clock: Callable[[], float] = time.monotonic,
        time_scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.playback = Playback(timeline, clock)
        self._clock = clock
        self._scale = time_scale
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.process)
        self._last_t = -1e-9
        self._recent: set[CueEvent] = set()
        self._logged_upto = 0  # segments before this index have been reported
        self._index = -1
        self._cycle: tuple[int, int] | None = None
        self._done = False
        # (scheduled, observed) position of each segment change, for the timing benchmark
        self.boundaries: list[tuple[float, float]] = []

    # -- state ---------------------------------------------------------------
    @property
    def timeline(self) -> Timeline:
        return self.playback.timeline

    @property
    def running(self) -> bool:
        return self.playback.started and not self._done

    @property
    def paused(self) -> bool:
        return self.playback.paused

    @property
    def done(self) -> bool:
        return self._done

    def position(self) -> float:
        return self.playback.position()

    def current(self) -> Moment:
        return self.timeline.at(self.position())

    # -- controls -------------------------------------------------------------
    def start(self) -> None:
        self.playback.start()
        self._done = False
        self.process()

    def stop(self) -> None:
        """Stop without reporting anything more (the page is closing)."""
        self._timer.stop()
        self._done = True

    def end_early(self) -> None:
        """The user ends the session: a set in progress is reported as partial, then stop."""
        if self.running:
            segment = self.current().segment
            if segment is not None and segment.kind == "work":
                self.skip()
            self.process()
        self.stop()

    def toggle_pause(self) -> bool:
        paused = self.playback.toggle_pause()
        self.pausedChanged.emit(paused)
        self.process()
        return paused

    def pause(self) -> None:
        if not self.paused:
            self.toggle_pause()

    def resume(self) -> None:
        if self.paused:
            self.toggle_pause()

    def _edit(self, apply: Callable[[], bool]) -> bool:
        if not self.playback.started or self._done:
            return False
        self.process()  # settle everything due before the edit
        changed = apply()
        if changed:
            # Cues the edit puts exactly at "now" must still fire.
            self._last_t = min(self._last_t, self.position() - 1e-6)
            self.timelineChanged.emit()
            self.process()
        return changed

    def skip(self) -> bool:
        return self._edit(self.playback.skip)

    def previous(self) -> bool:
        return self._edit(self.playback.previous)

    def restart_set(self) -> bool:
        return self._edit(self.playback.restart_set)

    def add_rest(self, seconds: float = 15.0) -> bool:
        return self._edit(lambda: self.playback.add_rest(seconds))

    # -- the loop ---------------------------------------------------------------
    def process(self) -> None:
        """Catch up with the clock, most time-critical first; then re-arm.

        Order: cues (what the user hears), the segment change and the start
        of a movement cycle (the clip), the display, and last the database
        writes, which may take a few ms.
        """
        if not self.playback.started or self._done:
            return
        t = self.playback.position()
        timeline = self.timeline
        if t > self._last_t:
            for event in timeline.events_between(self._last_t, t):
                if event in self._recent:
                    continue
                self._recent.add(event)
                self.cue.emit(event)
            self._recent = {e for e in self._recent if e.t > t - 1.0}
            self._last_t = t
        moment = timeline.at(t)
        if moment.index != self._index:
            self._index = moment.index
            segment = moment.segment
            self.boundaries.append((segment.start if segment else timeline.total_s, t))
            if not moment.finished:
                self.segmentChanged.emit(moment.index)
        cycle = cycle_key(moment)
        if cycle != self._cycle:
            self._cycle = cycle
            if cycle is not None:
                self.cycleStarted.emit(moment)
        self.moment.emit(moment)
        segments = timeline.segments
        while self._logged_upto < len(segments) and segments[self._logged_upto].end <= t:
            result = timeline.result_of(self._logged_upto)
            if result is not None:
                self._report(result)
            self._logged_upto += 1
        if moment.finished and not self.paused:
            self._done = True
            self._timer.stop()
            self.finished.emit()
            return
        self._arm(t)

    def _report(self, result: SetResult) -> None:
        self.setFinished.emit(result)

    def _arm(self, t: float) -> None:
        if self.paused:
            wait_s = PAUSED_REFRESH_S
        else:
            wake = self.timeline.next_wakeup(t)
            wait = REFRESH_S * self._scale
            if wake is not None:
                wait = min(wait, wake - t)
            wait_s = wait / self._scale
        # ceil: a precise timer never fires early, so we land on or just after the cue
        self._timer.start(max(0, math.ceil(wait_s * 1000)))
