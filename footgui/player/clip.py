"""The looping demo clip: QMediaPlayer into a QVideoSink, with plain error states.

One QMediaPlayer is reused for every clip of a session (switching source is a
few milliseconds and keeps memory flat). Every wait on the media backend has
a timeout, because a damaged file can leave FFmpeg without an answer: no
first frame within ``FIRST_FRAME_TIMEOUT_MS`` is an error the user can read,
never a hang. The session's timers do not depend on the clip at all.

Players get a Qt parent and are stopped, detached and deleted on ``close()``:
players left connected at interpreter exit crashed this PySide6 build
(see PITFALLS.md).

Messages are written in the app's language when they happen (context
"ClipPlayer"); the kind of file ("demo clip", "your video") is one of
``LABELS`` so it can be translated too.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from footgui.core.clipsync import ClipCycles, find_cycles
from footgui.core.cuetrack import Cue, CueTrack, CueTrackError, load_vtt
from footgui.core.timeline import Side
from footgui.ui.i18n import localize, number

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FIRST_FRAME_TIMEOUT_MS = 4000
TRUNCATED_SHARE = 0.85  # a loop ending before this share of the duration is a cut file
SYNC_SLACK_S = 0.08  # a clip this close to a cycle start is in step: no seek (about 2 frames)
SEEK_INTO_S = 0.01  # seek this far past a cycle start: Qt shows the frame *before* a frame's start
SEEK_LANDED_S = 0.3  # a frame this close to a seek's target shows the seek has landed


#: What a file is, as the messages name it (English keys; translated when shown).
LABELS = {
    "clip": QT_TRANSLATE_NOOP("ClipPlayer", "clip"),
    "demo clip": QT_TRANSLATE_NOOP("ClipPlayer", "demo clip"),
    "video": QT_TRANSLATE_NOOP("ClipPlayer", "video"),
}


def _label(label: str) -> str:
    return translate("ClipPlayer", str(LABELS[label])) if label in LABELS else label


def split_cues(cues: Sequence[Cue]) -> tuple[str, str]:
    """(headline, form cues): the words to read at a glance, then the how-to below.

    Demo tracks mark form cues with ``form-N`` identifiers; a track without
    identifiers (a user's own, an older one) keeps all its text in the headline.
    """
    head = [c.text for c in cues if not c.identifier.startswith("form-")]
    form = [c.text for c in cues if c.identifier.startswith("form-")]
    return "\n".join(head), "\n".join(form)


class ClipState(enum.Enum):
    NONE = "none"  # nothing asked for
    LOADING = "loading"
    PLAYING = "playing"
    ERROR = "error"


def clip_problem(path: Path | None, label: str = "clip") -> str | None:
    """A plain sentence for a clip file that cannot even be opened, else None."""
    what = _label(label)
    if path is None:
        return translate("ClipPlayer", "No {label} for this exercise.").format(label=what)
    if not path.exists():
        return translate("ClipPlayer", "The {label} is missing: {file} was not found.").format(
            label=what, file=path.name
        )
    if not path.is_file():
        return translate("ClipPlayer", "The {label} {file} is not a file.").format(
            label=what, file=path.name
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        return translate("ClipPlayer", "The {label} {file} cannot be read ({error}).").format(
            label=what, file=path.name, error=exc.strerror
        )
    if size == 0:
        return translate("ClipPlayer", "The {label} {file} is empty (0 bytes).").format(
            label=what, file=path.name
        )
    return None


class ClipPlayer(QObject):
    """Plays one clip at a time, looping, muted, and reports what it shows.

    ``frameReady`` carries each valid frame; ``cueShown`` the cue-track text
    for the frame on screen (the overlay follows the frame's own timestamp, so
    it stays in sync at any playback rate and across loops), split for the
    overlay: the headline (phase words, "Switch sides", or any cue not marked
    as a form cue) and the form cues (identifiers ``form-N``), shown smaller
    below it.

    ``sync_to_cycle`` jumps a demo clip to the start of a movement cycle so it
    stays in step with the session timer; the cycles come from the cue track,
    so a clip without one (a user's own video) is never moved.
    """

    frameReady = Signal(QVideoFrame)
    firstFrame = Signal()
    stateChanged = Signal(object, str)  # ClipState, message
    noticeChanged = Signal(str)  # a problem that does not stop the picture
    cueShown = Signal(str, str)  # headline, form cues

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._player.setLoops(QMediaPlayer.Loops.Infinite)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.errorOccurred.connect(self._on_error)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_timeout)
        self._state = ClipState.NONE
        self._message = ""
        self._notice = ""
        self._cue_notice = ""
        self._path: Path | None = None
        self._label = "clip"
        self._track: CueTrack | None = None
        self._cycles: ClipCycles | None = None
        self._sync_pending: tuple[Side | None] | None = None  # asked while loading
        self._seek_to_s: float | None = None  # a seek whose frame has not come yet
        self._cue_text = ""
        self._last_frame_s = -1.0
        self._furthest_s = 0.0
        self._switching = False
        self._rate = 1.0
        self._closed = False

    # -- public -------------------------------------------------------------------
    @property
    def state(self) -> ClipState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    @property
    def notice(self) -> str:
        return self._notice

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def cue_track(self) -> CueTrack | None:
        return self._track

    @property
    def cycles(self) -> ClipCycles | None:
        return self._cycles

    @property
    def frame_s(self) -> float:
        """The clip time of the frame on screen (-1 before the first)."""
        return self._last_frame_s

    def sync_to_cycle(self, side: Side | None) -> bool:
        """Jump to the cycle start for ``side`` nearest the picture; True when a seek was asked.

        Called when the session starts a rep, so the figure and the overlay
        show the phase the timer panel shows. Only the position moves: a
        paused clip stays paused, the playback rate is kept. A clip still
        loading is moved when its first frame arrives.
        """
        if self._closed or not self._cycles:
            return False
        if self._state is ClipState.LOADING:
            self._sync_pending = (side,)
            return False
        if self._state is not ClipState.PLAYING:
            return False
        return self._seek_cycle(side)

    def load(self, path: Path | None, cue_track: Path | None = None, label: str = "clip") -> None:
        """Show ``path`` (looping) with the cues of ``cue_track``; errors become states."""
        if self._closed:
            return
        if (
            path is not None
            and path == self._path
            and self._state
            in (
                ClipState.LOADING,
                ClipState.PLAYING,
            )
        ):
            return
        self._path = path
        self._label = label
        self._cue_text = ""
        self._sync_pending = None
        self._seek_to_s = None
        self._last_frame_s = -1.0
        self._furthest_s = 0.0
        self._set_notice("")
        self._load_cues(cue_track)
        self.cueShown.emit("", "")
        problem = clip_problem(path, label)
        if problem is not None:
            self._stop_media()
            self._set_state(ClipState.ERROR, problem)
            return
        assert path is not None
        self._set_state(ClipState.LOADING, "")
        self._switching = True
        try:
            self._player.setSource(QUrl.fromLocalFile(str(path)))
        finally:
            self._switching = False
        self._player.setPlaybackRate(self._rate)
        self._player.play()
        self._watchdog.start(FIRST_FRAME_TIMEOUT_MS)

    def clear(self) -> None:
        """Show nothing (between sessions)."""
        self._path = None
        self._stop_media()
        self._track = None
        self._cycles = None
        self._sync_pending = None
        self._seek_to_s = None
        self._set_notice("")
        self._set_state(ClipState.NONE, "")

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._player.setPlaybackRate(rate)

    @property
    def rate(self) -> float:
        return self._rate

    def pause(self) -> None:
        if self._state is ClipState.PLAYING:
            self._player.pause()

    def resume(self) -> None:
        if self._state in (ClipState.PLAYING, ClipState.LOADING):
            self._player.play()

    def close(self) -> None:
        """Stop and release the media objects; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._watchdog.stop()
        self._player.stop()
        self._player.setVideoSink(None)  # type: ignore[arg-type]
        self._player.setSource(QUrl())
        self._player.deleteLater()
        self._sink.deleteLater()

    # -- internals ----------------------------------------------------------------
    def _load_cues(self, cue_track: Path | None) -> None:
        self._track = None
        self._cycles = None
        self._cue_notice = ""
        if cue_track is None:
            return
        try:
            self._track = load_vtt(cue_track)
            self._cycles = find_cycles(self._track)
        except CueTrackError as exc:
            log.warning("cue track not used: %s", exc)
            self._cue_notice = translate("ClipPlayer", "Cue track not shown: {error}").format(
                error=localize(exc.text)
            )
        self._set_notice(self._cue_notice)

    def _stop_media(self) -> None:
        self._watchdog.stop()
        self._switching = True
        try:
            self._player.stop()
            self._player.setSource(QUrl())
        finally:
            self._switching = False

    def _set_state(self, state: ClipState, message: str) -> None:
        self._state = state
        self._message = message
        self.stateChanged.emit(state, message)

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit(text)

    def _fail(self, message: str) -> None:
        if self._state is ClipState.ERROR:
            return
        log.warning("clip %s: %s", self._path, message)
        self._stop_media()
        self._set_state(ClipState.ERROR, message)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._closed or self._switching or not frame.isValid() or self._state is ClipState.ERROR:
            return
        if self._state is not ClipState.PLAYING:
            self._watchdog.stop()
            self._set_state(ClipState.PLAYING, "")
            self.firstFrame.emit()
            if self._sync_pending is not None:
                (side,) = self._sync_pending
                self._sync_pending = None
                self._seek_cycle(side)
        seconds = max(frame.startTime(), 0) / 1_000_000
        if self._seek_to_s is not None:
            # Frames decoded before the seek may still come; the jump back is not a loop.
            if -SYNC_SLACK_S <= seconds - self._seek_to_s < SEEK_LANDED_S:
                self._seek_to_s = None
        elif seconds + 0.05 < self._last_frame_s:
            self._check_loop_end(self._last_frame_s)
        self._last_frame_s = seconds
        self._furthest_s = max(self._furthest_s, seconds)
        self.frameReady.emit(frame)
        if self._track is not None:
            active = self._track.active(seconds)
            text = "\n".join(c.text for c in active)
            if text != self._cue_text:
                self._cue_text = text
                self.cueShown.emit(*split_cues(active))

    def _seek_cycle(self, side: Side | None) -> bool:
        assert self._cycles is not None
        now_s = self._player.position() / 1000
        target = self._cycles.nearest(side, now_s)
        if target is None or abs(target - now_s) <= SYNC_SLACK_S:
            return False
        log.debug("clip %s: %.3f s -> cycle at %.3f s", self._path, now_s, target)
        self._seek_to_s = target
        self._player.setPosition(round((target + SEEK_INTO_S) * 1000))
        return True

    def _check_loop_end(self, last_s: float) -> None:
        """A loop that restarts well before the clip's stated length means a cut file."""
        duration_s = self._player.duration() / 1000
        if duration_s > 0.5 and last_s < duration_s * TRUNCATED_SHARE - 0.2:
            text = translate(
                "ClipPlayer",
                "The {label} {file} stops at {stop} s of {length} s: the file looks cut short.",
            ).format(
                label=_label(self._label),
                file=self._path.name if self._path else "",
                stop=number(last_s, ".1f"),
                length=number(duration_s, ".1f"),
            )
            self._set_notice(" ".join(t for t in (text, self._cue_notice) if t))

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if self._closed or self._switching or error == QMediaPlayer.Error.NoError:
            return
        name = self._path.name if self._path else ""
        if error == QMediaPlayer.Error.FormatError:
            why = translate("ClipPlayer", "it is not a video Qt can decode")
        elif error == QMediaPlayer.Error.ResourceError:
            why = translate("ClipPlayer", "the file is damaged or cannot be read")
        else:
            why = text or translate("ClipPlayer", "the media backend failed")
        self._fail(self._cannot_play(name, why))

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._closed or self._switching:
            return
        loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        if status in loaded and not self._player.hasVideo() and self._state is ClipState.LOADING:
            name = self._path.name if self._path else ""
            self._fail(
                translate(
                    "ClipPlayer", "The {label} {file} has no picture in it (no video track)."
                ).format(label=_label(self._label), file=name)
            )
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            name = self._path.name if self._path else ""
            self._fail(
                self._cannot_play(name, translate("ClipPlayer", "it is not a video Qt can decode"))
            )

    def _on_timeout(self) -> None:
        if self._state is ClipState.LOADING:
            name = self._path.name if self._path else ""
            self._fail(
                translate(
                    "ClipPlayer",
                    "The {label} {file} showed no picture within {seconds} s: "
                    "the file may be damaged.",
                ).format(
                    label=_label(self._label),
                    file=name,
                    seconds=number(FIRST_FRAME_TIMEOUT_MS / 1000, "g"),
                )
            )

    def _cannot_play(self, name: str, why: str) -> str:
        return translate("ClipPlayer", "The {label} {file} cannot be played: {why}.").format(
            label=_label(self._label), file=name, why=why
        )


class ClipProbe(QObject):
    """Checks once, without blocking, that Qt can decode a file (for "use my own video").

    ``finished(ok, message)`` comes exactly once: after the first frame, an
    error, or the timeout.
    """

    finished = Signal(bool, str)

    def __init__(self, path: Path, parent: QObject | None = None, timeout_ms: int = 6000) -> None:
        super().__init__(parent)
        self._path = path
        self._done = False
        self._player = ClipPlayer(self)
        self._player.stateChanged.connect(self._on_state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(
            lambda: self._finish(False, translate("ClipPlayer", "Qt gave no answer in time."))
        )
        self._timeout_ms = timeout_ms

    def start(self) -> None:
        self._timer.start(self._timeout_ms)
        self._player.load(self._path, None, label="video")

    def _on_state(self, state: ClipState, message: str) -> None:
        if state is ClipState.PLAYING:
            self._finish(True, "")
        elif state is ClipState.ERROR:
            self._finish(False, message)

    def _finish(self, ok: bool, message: str) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self._player.close()
        self.finished.emit(ok, message)
