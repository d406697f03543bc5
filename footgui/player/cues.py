"""Routes the timeline's cue events to beeps, ticks and the voice, per the user's settings.

Each kind can be switched off (settings keys below) and the volume set. When
the voice is off or unavailable, spoken lines still appear as a caption and
the important ones become a "notice" beep, so nothing is silently lost.

The timeline's lines are ``Msg`` sentences (English text that can be
translated); the dispatcher renders each in the app's language through its
``localize`` function just before it is shown and spoken, so the caption and
the voice always say the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from footgui.core.timeline import PHASE_CALLS, CueEvent
from footgui.player.sounds import SoundCues
from footgui.player.voice import Voice
from footgui.ui.settings_values import flag

KEY_BEEPS = "sound/beeps"
KEY_TICKS = "sound/ticks"
KEY_VOICE = "sound/voice"
KEY_FORM = "sound/form_cues"
KEY_VOLUME = "sound/volume"
KEY_ENGINE = "sound/engine"
KEY_VOICE_NAME = "sound/voice_name"  # "" = a voice of the app's language (else the default)
KEY_RATE = "sound/rate"  # -1.0 (slower) to 1.0 (faster)


@dataclass(frozen=True)
class SoundSettings:
    beeps: bool = True
    ticks: bool = True
    voice: bool = True
    form_cues: bool = True
    volume: int = 80  # 0-100
    engine: str = ""  # "" = first real engine, "none", or an engine name
    voice_name: str = ""
    rate: float = 0.0

    @classmethod
    def load(cls, settings: QSettings) -> SoundSettings:
        try:
            volume = int(settings.value(KEY_VOLUME, 80))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            volume = 80
        try:
            rate = float(settings.value(KEY_RATE, 0.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            rate = 0.0
        return cls(
            beeps=flag(settings, KEY_BEEPS, True),
            ticks=flag(settings, KEY_TICKS, True),
            voice=flag(settings, KEY_VOICE, True),
            form_cues=flag(settings, KEY_FORM, True),
            volume=min(max(volume, 0), 100),
            engine=str(settings.value(KEY_ENGINE, "") or ""),
            voice_name=str(settings.value(KEY_VOICE_NAME, "") or ""),
            rate=min(max(rate, -1.0), 1.0),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue(KEY_BEEPS, self.beeps)
        settings.setValue(KEY_TICKS, self.ticks)
        settings.setValue(KEY_VOICE, self.voice)
        settings.setValue(KEY_FORM, self.form_cues)
        settings.setValue(KEY_VOLUME, self.volume)
        settings.setValue(KEY_ENGINE, self.engine)
        settings.setValue(KEY_VOICE_NAME, self.voice_name)
        settings.setValue(KEY_RATE, self.rate)


class CueDispatcher(QObject):
    caption = Signal(str)  # every spoken line, shown on screen whether heard or not
    played = Signal(str, str)  # (channel, sound name or words) for what was sent out

    def __init__(
        self,
        sounds: SoundCues,
        voice: Voice,
        settings: SoundSettings,
        parent: QObject | None = None,
        localize: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.sounds = sounds
        self.voice = voice
        self.settings = settings
        self._localize = localize
        self.apply(settings)

    def apply(self, settings: SoundSettings) -> None:
        self.settings = settings
        self.sounds.set_volume(settings.volume / 100)
        self.voice.set_volume(settings.volume / 100)
        self.voice.set_voice(settings.voice_name, settings.rate)

    def play(self, event: CueEvent) -> None:
        s = self.settings
        if event.channel == "beep":
            if s.beeps:
                self._sound(event.sound, "beep")
            return
        if event.channel == "tick":
            if s.ticks:
                self._sound(event.sound, "tick")
            return
        wanted = s.voice if event.channel == "voice" else s.voice and s.form_cues
        if event.channel == "form" and not s.form_cues:
            return
        words = self._localize(event.text)
        self.caption.emit(words)
        if wanted and self.voice.say(words, interrupt=event.channel == "voice"):
            self.played.emit(event.channel, words)
        elif event.channel == "voice" and s.beeps and not _is_phase_word(event.text):
            self._sound("notice", "beep")

    def _sound(self, name: str, channel: str) -> None:
        self.sounds.play(name)
        self.played.emit(channel, name)


PHASE_WORDS = frozenset(PHASE_CALLS.values())


def _is_phase_word(text: str) -> bool:
    """Phase calls ("Up.") already have their tick; no extra beep for them.

    Checked on the event's own (English) text, before it is localized.
    """
    return text in PHASE_WORDS
