"""Beeps and metronome ticks, played with QSoundEffect from ``resources/sounds``.

QSoundEffect keeps each short WAV decoded in memory, so a beep starts within
a few milliseconds of ``play()``. Without an audio output device (or with a
sound file missing) the session still runs; ``reason`` says why it is silent.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from footgui.paths import resources_dir
from footgui.player.soundgen import SOUNDS

log = logging.getLogger(__name__)


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


class SoundCues(QObject):
    """Named sounds ("countdown", "go", "phase", "tick", "end", "finish", "notice")."""

    played = Signal(str)  # every sound asked for, heard or not (tests, captions)

    def __init__(self, parent: QObject | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}
        self._volume = 0.8
        self.reason = ""
        folder = folder or sounds_dir()
        missing = [n for n in SOUNDS if not (folder / f"{n}.wav").is_file()]
        if missing:
            self.reason = QCoreApplication.translate(
                "SoundCues", "Sound files missing from {folder}: {names}."
            ).format(folder=folder, names=", ".join(missing))
        if not QMediaDevices.audioOutputs():
            self.reason = QCoreApplication.translate(
                "SoundCues", "No audio output device was found, so beeps cannot be heard."
            )
            log.info("sounds off: %s", self.reason)
            return
        for name in SOUNDS:
            path = folder / f"{name}.wav"
            if not path.is_file():
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            self._effects[name] = effect

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0."""
        self._volume = min(max(volume, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def play(self, name: str) -> None:
        self.played.emit(name)
        effect = self._effects.get(name)
        if effect is None:
            return
        if effect.status() == QSoundEffect.Status.Error:
            if not self.reason:
                self.reason = QCoreApplication.translate(
                    "SoundCues", "The audio device refused to play the beeps."
                )
            return
        effect.play()

    def close(self) -> None:
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()
