"""Spoken cues: QTextToSpeech, kept from ever freezing the session.

Real engines run in a child process (``footgui speech-helper``, see
``speech_helper.py`` for why); the ``mock`` engine, used by tests, runs in
process. With no engine, a failed one, or one that does not answer within
``READY_TIMEOUT_MS``, the voice is unavailable with a ``reason`` the settings
show, and the session carries on with beeps.

With no voice chosen by name, the voice speaks the app's language (a German
voice for the German app): the session's words are German then, and an
English voice reading German is hard to follow. When the engine has no voice
for the language, its default voice speaks on and ``languageMissing`` says so
once.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from footgui.player.speech_helper import NO_ENGINE, apply_voice

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 10_000
translate = QCoreApplication.translate


def no_engine_reason() -> str:
    """``NO_ENGINE`` in the app's language (the Settings dialog has the same sentence)."""
    return translate(
        "Settings",
        "No speech engine is installed (on Debian or Ubuntu: "
        "sudo apt-get install speech-dispatcher espeak-ng).",
    )


def real_engines() -> list[str]:
    """Installed engines that actually speak (Qt always lists its silent "mock")."""
    return [e for e in QTextToSpeech.availableEngines() if e != "mock"]


class Voice(QObject):
    """What the session talks to; subclasses differ only in where the engine lives."""

    availabilityChanged = Signal(bool, str)  # available, reason when not
    spoken = Signal(str)  # each line handed to the engine
    languageMissing = Signal(str)  # the language code no voice speaks (said once)

    def __init__(self, parent: QObject | None = None, language: str = "") -> None:
        super().__init__(parent)
        self.available = False
        self.reason = ""
        self.starting = False  # a helper process is still starting its engine
        self.engine = ""
        self.language = language  # the app's language: "" keeps the engine's default voice
        self.voice_in_use = ""  # the engine's name for the voice speaking, once known
        self.missing_language = ""  # set when no voice speaks ``language``
        self._volume = 0.8
        self._voice_name = ""
        self._rate = 0.0

    def _voice_applied(self, speaking: str | None) -> None:
        """Record which voice speaks; say once when none speaks the app's language."""
        if speaking is not None:
            self.voice_in_use = speaking
            return
        if self.language and not self.missing_language:
            self.missing_language = self.language
            log.info(
                "voice: no %s voice in engine %s; the default voice speaks",
                self.language,
                self.engine,
            )
            self.languageMissing.emit(self.language)

    def _set_available(self, available: bool, reason: str = "") -> None:
        self.starting = False
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

    def __init__(self, engine: str, parent: QObject | None = None, language: str = "") -> None:
        super().__init__(parent, language)
        self.engine = engine
        self._tts: QTextToSpeech | None = QTextToSpeech(engine, self)
        if self._tts.state() == QTextToSpeech.State.Error:
            self._set_available(
                False,
                self._tts.errorString()
                or translate("Voice", "The speech engine {engine} failed to start.").format(
                    engine=engine
                ),
            )
        else:
            self._tts.setVolume(self._volume)
            self.available = True
            self._voice_applied(apply_voice(self._tts, "", self._rate, self.language))

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
            self._voice_applied(apply_voice(self._tts, self._voice_name, self._rate, self.language))

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
        self,
        engine: str,
        data_dir: Path | None = None,
        parent: QObject | None = None,
        language: str = "",
    ) -> None:
        super().__init__(parent, language)
        self.engine = engine
        self.reason = translate("Voice", "The speech engine is starting.")
        self.starting = True
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
                if self.language:
                    self._send(f"language {self.language}")
                if self._voice_name or self.language:
                    self._send(f"voice {self._voice_name}")
                self._set_available(True)
            elif kind == "voice":
                self._voice_applied(rest)
            elif kind == "novoice":
                self._voice_applied(None)
            elif kind == "unavailable":
                self._timer.stop()
                self._set_available(False, no_engine_reason() if rest in ("", NO_ENGINE) else rest)
            elif kind == "error":
                log.warning("speech engine error: %s", rest)

    def _on_timeout(self) -> None:
        self._set_available(
            False,
            translate(
                "Voice",
                "The speech engine did not answer within {seconds} s "
                "(speech-dispatcher may be stuck); using beeps.",
            ).format(seconds=READY_TIMEOUT_MS // 1000),
        )
        self._kill()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if self._closing:
            return
        if error == QProcess.ProcessError.FailedToStart:
            self._timer.stop()
            self._set_available(
                False,
                translate("Voice", "The speech helper could not start: {error}").format(
                    error=self._proc.errorString()
                ),
            )

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self._closing or not self.available:
            return
        self._set_available(
            False,
            translate("Voice", "The speech engine stopped (exit code {code}); using beeps.").format(
                code=code
            ),
        )

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
    engine: str = "",
    data_dir: Path | None = None,
    parent: QObject | None = None,
    language: str = "",
) -> Voice:
    """The voice for setting ``sound/engine``: "" picks the first real engine, "none" none.

    ``language`` is the app's language: with no voice chosen by name, a voice
    of that language speaks.
    """
    engine = engine.strip()
    if engine == "none":
        return NoVoice(translate("Voice", "Speech is switched off (sound/engine = none)."), parent)
    if engine == "mock":
        return InProcessVoice("mock", parent, language)
    installed = real_engines()
    if engine and engine not in installed:
        return NoVoice(
            translate(
                "Voice", "The speech engine \u201c{engine}\u201d is not installed; using beeps."
            ).format(engine=engine),
            parent,
        )
    if not installed:
        return NoVoice(
            translate("Voice", "{reason} Using beeps.").format(reason=no_engine_reason()), parent
        )
    return HelperVoice(engine or installed[0], data_dir, parent, language)
