"""Spoken cues: QTextToSpeech, kept from ever freezing the session.

Real engines run in a child process (``footgui speech-helper``, see
``speech_helper.py`` for why); the ``mock`` engine, used by tests, runs in
process. With no engine, a failed one, or one that does not answer within
``READY_TIMEOUT_MS``, the voice is unavailable with a ``reason`` the settings
show, and the session carries on with beeps.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from footgui.player.speech_helper import NO_ENGINE, apply_voice

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 10_000


def real_engines() -> list[str]:
    """Installed engines that actually speak (Qt always lists its silent "mock")."""
    return [e for e in QTextToSpeech.availableEngines() if e != "mock"]


class Voice(QObject):
    """What the session talks to; subclasses differ only in where the engine lives."""

    availabilityChanged = Signal(bool, str)  # available, reason when not
    spoken = Signal(str)  # each line handed to the engine

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        self.reason = ""
        self.engine = ""
        self._volume = 0.8
        self._voice_name = ""
        self._rate = 0.0

    def _set_available(self, available: bool, reason: str = "") -> None:
        self.available = available
        self.reason = reason
        if reason:
            log.info("voice: %s", reason)
        self.availabilityChanged.emit(available, reason)

    def say(self, text: str, interrupt: bool = True) -> bool:
        """Speak ``text`` now (``interrupt``) or after the current line; False if not spoken."""
        return False

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)

    def set_voice(self, name: str, rate: float) -> None:
        """The voice by name ("" = the engine's default) and the rate, -1.0 to 1.0."""
        self._voice_name = name
        self._rate = min(max(rate, -1.0), 1.0)

    def stop(self) -> None:
        """Silence the current line."""

    def close(self) -> None:
        """Release the engine; safe to call twice."""


class NoVoice(Voice):
    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reason = reason


class InProcessVoice(Voice):
    """An engine that cannot hang (the test engine ``mock``)."""

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._tts: QTextToSpeech | None = QTextToSpeech(engine, self)
        if self._tts.state() == QTextToSpeech.State.Error:
            self._set_available(False, self._tts.errorString() or f"engine {engine} failed")
        else:
            self._tts.setVolume(self._volume)
            self.available = True

    @property
    def tts(self) -> QTextToSpeech | None:
        return self._tts

    def say(self, text: str, interrupt: bool = True) -> bool:
        if not self.available or self._tts is None:
            return False
        if interrupt or self._tts.state() != QTextToSpeech.State.Speaking:
            self._tts.say(text)
        else:
            self._tts.enqueue(text)
        self.spoken.emit(text)
        return True

    def set_volume(self, volume: float) -> None:
        super().set_volume(volume)
        if self._tts is not None:
            self._tts.setVolume(self._volume)

    def set_voice(self, name: str, rate: float) -> None:
        super().set_voice(name, rate)
        if self._tts is not None:
            apply_voice(self._tts, self._voice_name, self._rate)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def close(self) -> None:
        if self._tts is not None:
            self._tts.stop()
            self._tts.deleteLater()
            self._tts = None
        self.available = False


def helper_command(engine: str, data_dir: Path | None) -> tuple[str, list[str]]:
    """How to start ``footgui speech-helper`` from this interpreter or frozen build."""
    args = ["--data-dir", str(data_dir)] if data_dir is not None else []
    args += ["speech-helper", "--engine", engine]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "footgui", *args]


class HelperVoice(Voice):
    """A real engine in a child process; lines go down its stdin."""

    def __init__(
        self, engine: str, data_dir: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.reason = "The speech engine is starting."
        self._buffer = b""
        self._closing = False
        self._proc = QProcess(self)
        self._proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._proc.readyReadStandardOutput.connect(self._on_output)
        self._proc.errorOccurred.connect(self._on_error)
        self._proc.finished.connect(self._on_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        program, args = helper_command(engine, data_dir)
        self._proc.start(program, args)
        self._timer.start(READY_TIMEOUT_MS)

    def _send(self, line: str) -> bool:
        if self._proc.state() != QProcess.ProcessState.Running:
            return False
        self._proc.write((line.replace("\n", " ") + "\n").encode("utf-8"))
        return True

    def _on_output(self) -> None:
        self._buffer += bytes(self._proc.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n", 1)
            line = raw.decode("utf-8", "replace").strip()
            kind, _, rest = line.partition(" ")
            if kind == "ready":
                self._timer.stop()
                self.engine = rest
                self._send(f"volume {self._volume}")
                self._send(f"rate {self._rate}")
                if self._voice_name:
                    self._send(f"voice {self._voice_name}")
                self._set_available(True)
            elif kind == "unavailable":
                self._timer.stop()
                self._set_available(False, rest or NO_ENGINE)
            elif kind == "error":
                log.warning("speech engine error: %s", rest)

    def _on_timeout(self) -> None:
        self._set_available(
            False,
            f"The speech engine did not answer within {READY_TIMEOUT_MS // 1000} s "
            "(speech-dispatcher may be stuck); using beeps.",
        )
        self._kill()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if self._closing:
            return
        if error == QProcess.ProcessError.FailedToStart:
            self._timer.stop()
            self._set_available(
                False, f"The speech helper could not start: {self._proc.errorString()}"
            )

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self._closing or not self.available:
            return
        self._set_available(False, f"The speech engine stopped (exit code {code}); using beeps.")

    def say(self, text: str, interrupt: bool = True) -> bool:
        if not self.available:
            return False
        if self._send(f"{'say' if interrupt else 'queue'} {text}"):
            self.spoken.emit(text)
            return True
        return False

    def set_volume(self, volume: float) -> None:
        super().set_volume(volume)
        if self.available:
            self._send(f"volume {self._volume}")

    def set_voice(self, name: str, rate: float) -> None:
        super().set_voice(name, rate)
        if self.available:
            self._send(f"rate {self._rate}")
            self._send(f"voice {self._voice_name}")

    def stop(self) -> None:
        self._send("stop")

    def _kill(self) -> None:
        self._closing = True
        if self._proc.state() != QProcess.ProcessState.NotRunning:
            self._proc.kill()
            self._proc.waitForFinished(2000)

    def close(self) -> None:
        if self._closing:
            return
        self._timer.stop()
        self._closing = True
        if self._proc.state() == QProcess.ProcessState.Running:
            self._send("quit")
            self._proc.closeWriteChannel()
            if not self._proc.waitForFinished(500):
                self._proc.kill()
                self._proc.waitForFinished(2000)
        elif self._proc.state() == QProcess.ProcessState.Starting:
            self._proc.kill()
            self._proc.waitForFinished(2000)
        self.available = False


def make_voice(
    engine: str = "", data_dir: Path | None = None, parent: QObject | None = None
) -> Voice:
    """The voice for setting ``sound/engine``: "" picks the first real engine, "none" none."""
    engine = engine.strip()
    if engine == "none":
        return NoVoice("Speech is switched off (sound/engine = none).", parent)
    if engine == "mock":
        return InProcessVoice("mock", parent)
    installed = real_engines()
    if engine and engine not in installed:
        return NoVoice(f"The speech engine {engine!r} is not installed; using beeps.", parent)
    if not installed:
        return NoVoice(NO_ENGINE + " Using beeps.", parent)
    return HelperVoice(engine or installed[0], data_dir, parent)
