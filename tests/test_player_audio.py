"""Beeps, voice and the speech helper: shipped sounds, engine fallbacks, nothing that can hang."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

import pytest

from footgui.core.timeline import CueEvent
from footgui.paths import resources_dir
from footgui.player import voice as voice_module
from footgui.player.cues import CueDispatcher, SoundSettings
from footgui.player.soundgen import SOUNDS, render
from footgui.player.sounds import SoundCues
from footgui.player.voice import HelperVoice, InProcessVoice, NoVoice, make_voice


@pytest.mark.parametrize("name", sorted(SOUNDS))
def test_shipped_sounds_are_the_generated_ones(name: str) -> None:
    path = resources_dir() / "sounds" / f"{name}.wav"
    assert path.read_bytes() == render(name), (
        "run: python -m footgui.player.soundgen resources/sounds"
    )
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        assert 0.02 < wav.getnframes() / 44_100 < 1.0


def test_sounds_report_why_they_are_silent(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sounds = SoundCues(folder=tmp_path)  # no files here
    played: list[str] = []
    sounds.played.connect(played.append)
    sounds.play("go")
    assert played == ["go"]
    assert sounds.reason  # missing files, or no audio device on this machine
    assert not sounds.available
    sounds.close()


def test_voice_choices(qapp) -> None:  # type: ignore[no-untyped-def]
    off = make_voice("none")
    assert isinstance(off, NoVoice) and not off.available and "switched off" in off.reason
    assert not off.say("hello")
    missing = make_voice("no-such-engine")
    assert isinstance(missing, NoVoice) and "not installed" in missing.reason
    mock = make_voice("mock")
    assert isinstance(mock, InProcessVoice) and mock.available
    said: list[str] = []
    mock.spoken.connect(said.append)
    assert mock.say("Switch sides.")
    assert mock.say("Keep the knee over the toes", interrupt=False)
    assert said == ["Switch sides.", "Keep the knee over the toes"]
    mock.set_volume(2.0)
    assert mock.tts is not None and mock.tts.volume() == pytest.approx(1.0)
    mock.set_voice("", 0.5)
    assert mock.tts.rate() == pytest.approx(0.5)
    name = mock.tts.availableVoices()[-1].name()
    mock.set_voice(name, -2.0)
    assert mock.tts.voice().name() == name and mock.tts.rate() == pytest.approx(-1.0)
    mock.close()
    assert not mock.say("after close")


def test_no_real_engine_means_beeps_with_a_reason(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(voice_module, "real_engines", lambda: [])
    voice = make_voice("")
    assert isinstance(voice, NoVoice)
    assert "speech-dispatcher espeak-ng" in voice.reason and "beeps" in voice.reason


def test_speech_helper_process_speaks_with_the_mock_engine(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    voice = HelperVoice("mock", tmp_path)
    try:
        with qtbot.waitSignal(voice.availabilityChanged, timeout=20_000) as ready:
            pass
        assert ready.args == [True, ""]
        assert voice.engine == "mock"
        assert voice.say("Get ready.")
        voice.set_volume(0.5)
        voice.set_voice("no such voice", 0.3)  # unknown names keep the default voice
        assert voice.say("Still speaking.")
    finally:
        voice.close()
    assert voice._proc.state() == voice._proc.ProcessState.NotRunning


def test_speech_helper_for_a_missing_engine_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    voice = HelperVoice("no-such-engine", tmp_path)
    try:
        with qtbot.waitSignal(voice.availabilityChanged, timeout=20_000) as blocker:
            pass
        available, reason = blocker.args
        assert not available and "not installed" in reason
    finally:
        voice.close()


def test_a_speech_engine_that_never_answers_is_given_up(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A wedged speech-dispatcher blocks forever; the GUI waits a bounded time, then kills it."""
    monkeypatch.setattr(voice_module, "READY_TIMEOUT_MS", 500)
    monkeypatch.setattr(
        voice_module,
        "helper_command",
        lambda engine, data_dir: (sys.executable, ["-c", "import time; time.sleep(60)"]),
    )
    voice = HelperVoice("speechd")
    with qtbot.waitSignal(voice.availabilityChanged, timeout=5000) as blocker:
        pass
    available, reason = blocker.args
    assert not available and "did not answer" in reason
    assert voice._proc.state() == voice._proc.ProcessState.NotRunning
    assert not voice.say("anything")
    voice.close()


def test_dispatcher_routes_by_setting(qapp) -> None:  # type: ignore[no-untyped-def]
    sounds = SoundCues()
    voice = make_voice("mock")
    played: list[tuple[str, str]] = []
    captions: list[str] = []
    dispatcher = CueDispatcher(sounds, voice, SoundSettings())
    dispatcher.played.connect(lambda c, w: played.append((c, w)))
    dispatcher.caption.connect(captions.append)
    events = [
        CueEvent(0, "beep", sound="countdown"),
        CueEvent(0, "tick", sound="tick"),
        CueEvent(0, "voice", text="Halfway."),
        CueEvent(0, "form", text="Keep the heel down"),
    ]
    for e in events:
        dispatcher.play(e)
    assert played == [
        ("beep", "countdown"),
        ("tick", "tick"),
        ("voice", "Halfway."),
        ("form", "Keep the heel down"),
    ]
    played.clear()
    dispatcher.apply(SoundSettings(beeps=False, ticks=False, voice=True, form_cues=False))
    for e in events:
        dispatcher.play(e)
    assert played == [("voice", "Halfway.")]
    assert captions[-1] == "Halfway."  # form cues off: not even a caption
    played.clear()
    dispatcher.apply(SoundSettings(voice=False))
    dispatcher.play(CueEvent(0, "voice", text="Up."))  # phase word: its tick is enough
    dispatcher.play(CueEvent(0, "voice", text="Switch sides."))
    assert played == [("beep", "notice")]
    voice.close()
    sounds.close()
