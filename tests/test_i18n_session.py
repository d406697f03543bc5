"""The Session page in German: what it shows and what the voice says, and a German voice.

The timeline, the dose description and the balance test write ``Msg``
sentences (English, translatable); these tests check both halves: the core's
messages carry a context and template (so lupdate collects them and localize
can translate them), and a German user sees and hears German.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget
from session_fixtures import (
    HEEL,
    HOPS,
    STRETCH,
    FakeClock,
    make_assets,
    open_session_page,
    short_plan,
)

from footgui.core.balance_test import Trial, verdict
from footgui.core.cuetrack import CueTrackError, parse_vtt
from footgui.core.norms import balance_band
from footgui.core.session_plan import plan_for_exercises
from footgui.core.text import Msg
from footgui.core.timeline import Timeline, describe_dose
from footgui.player.speech_helper import apply_voice, voice_for_language
from footgui.player.voice import HelperVoice, make_voice
from footgui.store import repos
from footgui.ui import i18n
from footgui.ui.session.page import SessionPage

# -- the core writes messages, not English strings -----------------------------------------


def test_timeline_words_are_messages_with_a_context() -> None:
    timeline = Timeline.build([HEEL, HOPS, STRETCH])
    spoken = [e.text for e in timeline.events if e.channel == "voice"]
    assert spoken and all(isinstance(t, Msg) for t in spoken)
    switch = next(t for t in spoken if t == "Switch sides. Right side.")
    assert isinstance(switch, Msg) and switch.context == "Timeline"
    opener = spoken[0]
    assert isinstance(opener, Msg)
    assert opener == "Get ready. Single-leg heel raise. 2 sets of 2, 1-1-1 tempo, each side. " + (
        "Left side first."
    )
    dose = describe_dose(HEEL)
    assert isinstance(dose, Msg) and dose.context == "Dose"
    assert dose.template == "{what}, each side"


def test_dose_notes_balance_and_cue_track_errors_are_messages() -> None:
    broken = Timeline.build([replace(HOPS, sets=0, rest_s=-4.0)])
    notes = [note for _, note in broken.notes]
    assert notes and all(isinstance(n, Msg) and n.context == "Timeline" for n in notes)
    trial = Trial("balance_ec", "right", 2)
    assert isinstance(trial.label, Msg) and trial.label.context == "BalanceTest"
    assert trial.label == "Right foot, eyes closed, trial 2"
    band = balance_band(False, 52, "male")
    words = verdict(30.0, band)
    assert isinstance(words, Msg) and words.context == "BalanceTest"
    with pytest.raises(CueTrackError) as info:
        parse_vtt("WEBVTT\n\n00:1.0 --> 00:02.000\nhi\n", "bad.vtt")
    assert isinstance(info.value.text, Msg) and info.value.text.context == "CueTrack"
    assert str(info.value) == str(info.value.text)


def test_an_unknown_exercise_is_a_message(catalog) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError) as info:
        plan_for_exercises(catalog, ["no-such-move"])
    assert isinstance(info.value.args[0], Msg) and info.value.args[0].context == "SessionPlan"


# -- rendered in German ----------------------------------------------------------------------


def test_doses_and_lines_in_german(german) -> None:  # type: ignore[no-untyped-def]
    assert i18n.localize(describe_dose(HEEL)) == "2 Sätze zu 2, Tempo 1-1-1, je Seite"
    assert i18n.localize(describe_dose(HOPS)) == "ein Satz zu 4 Sprüngen"
    long_hold = replace(STRETCH, sets=3, hold_s=2.5, one_sided=True)
    assert i18n.localize(describe_dose(long_hold)) == "3 Sätze, 2,5 Sekunden halten, je Seite"
    walk = replace(STRETCH, hold_s=None, duration_s=120.0)
    assert i18n.localize(describe_dose(walk)) == "ein Satz zu 2 Minuten"
    band = balance_band(False, 52, "male")
    assert i18n.localize(verdict(40.0, band)) == "1,2 s unter der Norm von 41,2 s."
    assert i18n.localize(Trial("balance_eo", "left", 1).announcement) == "Linker Fuß, Augen offen."
    with pytest.raises(CueTrackError) as info:
        parse_vtt("WEBVTT\n\n00:1.0 --> 00:02.000\nhi\n", "bad.vtt")
    assert i18n.localize(info.value.text).startswith("bad.vtt, Zeile 3: ungültiger Zeitstempel")


@pytest.fixture
def assets(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_assets(
        tmp_path_factory.mktemp("assets"), [HEEL.exercise_id, HOPS.exercise_id, STRETCH.exercise_id]
    )
    monkeypatch.setenv("FOOTGUI_ASSETS", str(root))
    return root


@pytest.fixture
def page(qtbot, german_ctx, assets) -> Iterator[SessionPage]:  # type: ignore[no-untyped-def]
    yield from open_session_page(qtbot, german_ctx)


def go(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert page.runner is not None
    page.runner.process()


def test_a_german_session_shows_and_speaks_german(qtbot, page: SessionPage, german_ctx) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    page.clock = clock
    spoken: list[str] = []
    captions: list[str] = []
    statuses: list[str] = []
    german_ctx.bus.status.connect(statuses.append)
    page.start_plan(short_plan())
    assert page.voice is not None and page.voice.available and page.voice.language == "de"
    page.voice.spoken.connect(spoken.append)
    page.run_view.caption.setText("")
    view = page.run_view
    assert view.phase.text() == "BEREITMACHEN"
    assert view.dose.text() == "2 Sätze zu 2, Tempo 1-1-1, je Seite"

    go(page, clock, 0.01)  # nothing new is due
    go(page, clock, 4.5)  # left side, first rep going up
    assert "Hoch." in spoken and view.phase.text() == "HOCH 1"
    go(page, clock, 6.0)  # switch sides
    assert view.phase.text() == "SEITE WECHSELN"
    assert "Seite wechseln. Rechte Seite." in spoken
    assert view.caption.text() == "Seite wechseln. Rechte Seite."
    assert "Switch sides. Right side." not in spoken
    go(page, clock, 9.0)  # rest before set 2
    assert view.phase.text() == "PAUSE"
    assert "Pause. Als Nächstes: Satz 2 von 2, linke Seite." in spoken
    for _ in range(120):
        if page.stack.currentWidget() is not view:
            break
        go(page, clock, 0.5)
        captions.append(view.caption.text())
    assert page.stack.currentWidget() is page.checkin
    assert "Als Nächstes: Forefoot hops, ein Satz zu 4 Sprüngen." in spoken
    assert "Abschluss: Beweglichkeit. Als Nächstes: Calf stretch, ein Satz, 5 Sekunden halten." in (
        spoken
    )
    assert "Training geschafft. Gut gemacht." in spoken
    english = ("Switch sides", "Get ready", "Next up", "Rest.", "Well done", " sets ", "Halfway")
    assert not [t for t in spoken + captions if any(word in t for word in english)]
    # the mock engine has no German voice: said once, and the default voice speaks on
    missing = [s for s in statuses if "Keine Stimme für Deutsch" in s]
    assert len(missing) == 1
    assert any("Keine Stimme für Deutsch" in line for line in page.sound_status())


def test_the_german_picker_lists_german_doses(page: SessionPage) -> None:
    page.picker.show_plan(short_plan())
    rows = [page.picker.items.item(r).text() for r in range(page.picker.items.count())]
    assert rows[0] == "Single-leg heel raise — 2 Sätze zu 2, Tempo 1-1-1, je Seite"
    assert rows[2] == "Abschluss: Calf stretch — ein Satz, 5 Sekunden halten"


def test_the_german_balance_test(qtbot, page: SessionPage, german_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.update_profile(german_ctx.db, age=52, sex="male")
    clock = FakeClock()
    page.clock = clock
    spoken: list[str] = []
    page.activate(balance_test=True)
    assert page.voice is not None
    page.voice.spoken.connect(spoken.append)
    view = page.balance
    assert view.trial_label.text() == "Linker Fuß, Augen offen, Versuch 1 von 3"
    assert "Stoppe den Versuch" in view.rules.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    clock.advance(12.34)
    view.refresh()
    assert view.time.text() == "12,3"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert spoken[-1] == "Rechter Fuß, Augen offen."
    row = [view.table.item(0, c).text() for c in range(7)]
    assert row[0] == "Links, Augen offen"
    assert row[1] == "12,3 s" and row[4:] == [
        "12,3 s",
        "41,2 s",
        "28,9 s unter der Norm von 41,2 s.",
    ]


# -- a voice in the app's language ---------------------------------------------------------


class FakeLocale:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


class FakeVoice:
    def __init__(self, name: str, locale: str) -> None:
        self._name, self._locale = name, locale

    def name(self) -> str:
        return self._name

    def locale(self) -> FakeLocale:
        return FakeLocale(self._locale)


class FakeEngine:
    """The part of QTextToSpeech that picking a voice uses, with a chosen list of voices."""

    def __init__(self, voices: list[tuple[str, str]], default: str) -> None:
        self.voices = [FakeVoice(n, loc) for n, loc in voices]
        self.current = next(v for v in self.voices if v.name() == default)
        self.rate = 0.0

    def setRate(self, rate: float) -> None:
        self.rate = rate

    def voice(self) -> FakeVoice:
        return self.current

    def allVoices(self, _locale: object) -> list[FakeVoice]:
        return self.voices

    def setVoice(self, voice: FakeVoice) -> None:
        self.current = voice


ESPEAK = [
    ("Bishnupriya Manipuri", "bn_IN"),
    ("English (America)", "en_US"),
    ("English (Great Britain)", "en_GB"),
    ("German+Adam", "de_AT"),
    ("German", "de_DE"),
    ("German+Anna", "de_DE"),
]


def test_the_voice_follows_the_app_language() -> None:
    assert voice_for_language(ESPEAK, "de") == "German"  # Germany's before Austria's
    assert voice_for_language(ESPEAK, "en") == "English (Great Britain)"
    assert voice_for_language([("German+Adam", "de-AT")], "de") == "German+Adam"
    assert voice_for_language(ESPEAK[:3], "de") is None
    engine = FakeEngine(ESPEAK, default="Bishnupriya Manipuri")
    assert apply_voice(engine, "", 0.2, "de") == "German"  # type: ignore[arg-type]
    assert engine.current.name() == "German" and engine.rate == 0.2
    # a voice chosen by name wins over the language
    assert apply_voice(engine, "English (America)", 0.0, "de") == "English (America)"  # type: ignore[arg-type]
    assert engine.current.name() == "English (America)"
    # an unknown name falls back to the language; no voice of it keeps the current one
    assert apply_voice(engine, "gone", 0.0, "de") == "German"  # type: ignore[arg-type]
    english_only = FakeEngine(ESPEAK[:3], default="English (America)")
    assert apply_voice(english_only, "", 0.0, "de") is None  # type: ignore[arg-type]
    assert english_only.current.name() == "English (America)"
    # a default already speaking the language is kept
    assert apply_voice(english_only, "", 0.0, "en") == "English (America)"  # type: ignore[arg-type]


def test_an_in_process_voice_reports_a_missing_language_once(qapp) -> None:  # type: ignore[no-untyped-def]
    voice = make_voice("mock", language="de")  # the mock engine speaks no German
    try:
        assert voice.available and voice.missing_language == "de"
        assert voice.voice_in_use == ""
        voice.set_voice("", 0.0)
        assert voice.missing_language == "de"
    finally:
        voice.close()
    english = make_voice("mock", language="en")
    try:
        assert english.voice_in_use == "Bob" and english.missing_language == ""
    finally:
        english.close()


def test_the_speech_helper_is_told_the_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    voice = HelperVoice("mock", tmp_path, language="de")
    try:
        with qtbot.waitSignal(voice.languageMissing, timeout=20_000) as missing:
            pass
        assert missing.args == ["de"] and voice.available
        with qtbot.waitSignal(voice.spoken, timeout=2000):
            assert voice.say("Seite wechseln.")
        voice.set_voice("Anne", 0.0)  # a voice chosen by name is used
        qtbot.waitUntil(lambda: voice.voice_in_use == "Anne", timeout=5000)
    finally:
        voice.close()


def test_speech_voices_names_the_automatic_voice(tmp_path: Path) -> None:
    """The settings dialog's list: which voice speaks when none is chosen by name."""

    def automatic(language: str) -> object:
        command = ["speech-voices", "--engine", "mock", "--language", language]
        result = subprocess.run(
            [sys.executable, "-m", "footgui", "--data-dir", str(tmp_path), *command],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)["automatic"]

    assert automatic("en") == "Bob"  # the mock engine's default already speaks English
    assert automatic("de") is None  # and it has no German voice


def test_the_german_run_view_fits_a_laptop_screen(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    """German buttons are wider: the row wraps instead of pushing the timer off screen."""
    from footgui.ui.session.run_view import RunView
    from footgui.ui.style import build_style

    page = QWidget()  # the Session page, whose style sheet sizes every label on it
    page.setObjectName("page_session")
    page.setStyleSheet(build_style())
    view = RunView(page)
    qtbot.addWidget(page)
    assert view.minimumSizeHint().width() <= 1366 - 200  # a laptop minus the navigation rail
    view.resize(1160, 700)
    page.resize(1160, 700)
    page.show()
    qtbot.waitExposed(view)
    buttons = [view.previous_button, view.end_button, view.sound_button, view.video_button]
    for button in buttons:
        left = button.mapTo(view, button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= view.width(), button.text()
    assert view.end_button.text() == "Training beenden"
    view.next_up.setText(
        "Als Nächstes: Seitliche Sprunggelenkbeweglichkeit (Inversion und Eversion), "
        "Satz 1 von 1\nDanach: Barfuß-Marschieren auf weichem Untergrund"
    )
    assert view.next_up.font_px() < 26  # shrunk to fit its box rather than clipped
    # ... and drawn at that size: the app's style sheet must not override it
    assert QFontInfo(view.next_up.font()).pixelSize() == view.next_up.font_px()
    view.next_up.setText("Als Nächstes: Zehenkrallen\nDanach: Zehenspreizen")
    assert view.next_up.font_px() == 26
    assert QFontInfo(view.next_up.font()).pixelSize() == 26


def test_why_the_voice_is_silent_is_said_in_german(german) -> None:  # type: ignore[no-untyped-def]
    off = make_voice("none", language="de")
    assert off.reason == "Die Sprachausgabe ist ausgeschaltet (sound/engine = none)."
    missing = make_voice("no-such-engine", language="de")
    assert missing.reason == (
        "Die Sprachausgabe „no-such-engine“ ist nicht installiert; es gibt Signaltöne."
    )
