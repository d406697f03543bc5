"""The settings dialog: every control saves at once, survives a restart and has its effect."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from footgui.store import repos
from footgui.ui import theme
from footgui.ui.settings_dialog import SettingsDialog, open_settings


@pytest.fixture
def clean_look(qapp):
    """Theme changes are app-wide: put the app back as it was for the next test."""
    sheet = qapp.styleSheet()
    yield qapp
    state = qapp.findChild(theme.ThemeState, "footguiTheme")
    if state is not None:
        qapp.styleHints().colorSchemeChanged.disconnect(state._system_changed)
        state.setParent(None)
        state.deleteLater()
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(QPalette())
    qapp.setStyleSheet(sheet)


@pytest.fixture
def dialog(qtbot, app_ctx, clean_look):
    dlg = SettingsDialog(app_ctx)
    qtbot.addWidget(dlg)
    return dlg


def reread(app_ctx) -> QSettings:
    """The settings file as a new start of the app (or the command line) reads it."""
    app_ctx.settings.sync()
    return QSettings(app_ctx.settings.fileName(), QSettings.Format.IniFormat)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_keys_are_the_ones_the_session_reads() -> None:
    from footgui.player import cues
    from footgui.ui import settings_dialog as sd

    assert (sd.KEY_BEEPS, sd.KEY_TICKS, sd.KEY_VOICE, sd.KEY_FORM, sd.KEY_VOLUME) == (
        cues.KEY_BEEPS,
        cues.KEY_TICKS,
        cues.KEY_VOICE,
        cues.KEY_FORM,
        cues.KEY_VOLUME,
    )
    assert sd.KEY_ENGINE == cues.KEY_ENGINE


def test_units_change_is_saved_announced_and_survives_a_restart(qtbot, dialog, app_ctx) -> None:
    with qtbot.waitSignal(app_ctx.bus.data_changed, check_params_cb=lambda k: k == "settings"):
        choose(dialog.distance, "mi")
    choose(dialog.length, "in")
    assert app_ctx.settings.value("units/distance") == "mi"
    fresh = reread(app_ctx)
    assert (fresh.value("units/distance"), fresh.value("units/length")) == ("mi", "in")
    from footgui.core.units import Units

    assert Units.from_settings(fresh.value("units/distance"), fresh.value("units/length")) == Units(
        "mi", "in"
    )
    again = SettingsDialog(app_ctx)
    qtbot.addWidget(again)
    assert (again.distance.currentData(), again.length.currentData()) == ("mi", "in")


def test_profile_goes_to_the_database(qtbot, dialog, app_ctx) -> None:
    with qtbot.waitSignal(app_ctx.bus.data_changed, check_params_cb=lambda k: k == "profile"):
        dialog.age.setValue(38)
    choose(dialog.sex, "female")
    choose(dialog.foot, "left")
    profile = repos.get_profile(app_ctx.db)
    assert (profile.age, profile.sex, profile.dominant_foot) == (38, "female", "left")
    dialog.age.setValue(dialog.age.minimum())  # "Not given"
    choose(dialog.sex, None)
    assert dialog.age.text() == "Not given"
    profile = repos.get_profile(app_ctx.db)
    assert (profile.age, profile.sex) == (None, None)
    again = SettingsDialog(app_ctx)
    qtbot.addWidget(again)
    assert again.foot.currentData() == "left" and again.age.value() == again.age.minimum()


def test_a_profile_that_cannot_be_saved_says_so(dialog, app_ctx, monkeypatch) -> None:
    from footgui.store import repos as store_repos
    from footgui.store.errors import StoreError

    def locked(*_a, **_k):
        raise StoreError("The database could not be written: database is locked.")

    monkeypatch.setattr(store_repos, "update_profile", locked)
    dialog.age.setValue(40)
    assert "database is locked" in dialog.message.text()
    assert not dialog.message.isHidden()


def test_voice_off_reaches_the_session_and_silences_it(qapp, dialog, app_ctx) -> None:
    from footgui.core.timeline import CueEvent
    from footgui.player.cues import CueDispatcher, SoundSettings
    from footgui.player.sounds import SoundCues
    from footgui.player.voice import make_voice

    dialog.switches["sound/voice"].setChecked(False)
    dialog.volume.setValue(35)
    loaded = SoundSettings.load(reread(app_ctx))
    assert (loaded.voice, loaded.volume, loaded.beeps) == (False, 35, True)
    sounds, voice = SoundCues(), make_voice("mock")
    dispatcher = CueDispatcher(sounds, voice, loaded)
    spoken: list[str] = []
    voice.spoken.connect(spoken.append)
    played: list[tuple[str, str]] = []
    dispatcher.played.connect(lambda c, w: played.append((c, w)))
    dispatcher.play(CueEvent(0, "voice", text="Halfway."))
    assert spoken == [] and played == [("beep", "notice")]  # the line becomes a beep
    voice.close()


def test_voices_are_listed_and_the_choice_kept(qtbot, app_ctx, clean_look) -> None:
    app_ctx.settings.setValue("sound/engine", "mock")
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.voice_name.isEnabled() and dialog.voice_name.count() > 2
    assert dialog.engine.currentData() == "mock"
    choose(dialog.voice_name, "Anne")
    dialog.rate.setValue(-3)
    fresh = reread(app_ctx)
    assert fresh.value("sound/voice_name") == "Anne"
    assert float(fresh.value("sound/rate")) == pytest.approx(-0.3)
    dialog.say_sample()  # the in-process test engine: must not raise
    again = SettingsDialog(app_ctx)
    qtbot.addWidget(again)
    assert again.voice_name.currentData() == "Anne" and again.rate.value() == -3


def test_no_speech_says_why_and_disables_the_voice_list(qtbot, dialog, app_ctx) -> None:
    with qtbot.waitSignal(dialog.voicesListed) as listed:
        choose(dialog.engine, "none")
    assert listed.args == [False]
    assert "switched off" in dialog.voice_status.text()
    assert not dialog.voice_name.isEnabled() and not dialog.try_voice.isEnabled()
    assert reread(app_ctx).value("sound/engine") == "none"


def test_a_stuck_speech_engine_times_out_with_a_reason(qtbot, dialog, monkeypatch) -> None:
    import sys

    from footgui.ui import settings_dialog as sd

    monkeypatch.setattr(sd, "VOICE_LIST_TIMEOUT_MS", 500)
    monkeypatch.setattr(
        sd, "helper_args", lambda *_a: (sys.executable, ["-c", "import time; time.sleep(30)"])
    )
    dialog.engine.addItem("stuck", "stuck")
    with qtbot.waitSignal(dialog.voicesListed, timeout=5000) as listed:
        choose(dialog.engine, "stuck")
    assert listed.args == [False] and "did not answer" in dialog.voice_status.text()
    assert dialog._probe is not None
    assert dialog._probe.state() == dialog._probe.ProcessState.NotRunning


def test_the_voice_helper_lists_real_voices_in_a_child_process(qtbot, dialog) -> None:
    from footgui.ui.settings_dialog import VoiceProbe

    probe = VoiceProbe("mock", [], dialog)
    with qtbot.waitSignal(probe.answered, timeout=60_000) as answer:
        pass
    payload = answer.args[0]
    assert payload["engine"] == "mock" and {"name": "Anne", "locale": "en_GB"} in payload["voices"]


def test_dark_and_light_switch_the_palette(qtbot, dialog, app_ctx) -> None:
    app = QApplication.instance()
    choose(dialog.theme, "dark")
    assert theme.is_dark(app.palette()) and theme.current_theme(app) == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    widget = QWidget()
    qtbot.addWidget(widget)
    assert theme.is_dark(widget.palette())  # new widgets get it too
    choose(dialog.theme, "light")
    assert not theme.is_dark(app.palette()) and theme.current_theme(app) == "light"
    assert reread(app_ctx).value("look/theme") == "light"
    choose(dialog.theme, "system")
    assert theme.theme_setting(app_ctx.settings) == "system"


def test_an_unknown_theme_setting_follows_the_system(qapp, app_ctx, clean_look) -> None:
    app_ctx.settings.setValue("look/theme", "purple")
    assert theme.theme_setting(app_ctx.settings) == "system"
    before = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert theme.apply_theme(qapp, app_ctx.settings) in ("light", "dark")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == before


def test_large_text_enlarges_the_session_page(qtbot, dialog, app_ctx) -> None:
    from PySide6.QtWidgets import QLabel

    page = QWidget()
    page.setObjectName("page_session")
    label = QLabel("Heel raise", page)
    qtbot.addWidget(page)
    page.show()
    theme.apply_theme(QApplication.instance(), app_ctx.settings)
    normal = label.fontInfo().pixelSize()
    assert normal == 15
    dialog.large_text.setChecked(True)
    assert reread(app_ctx).value("look/large_text") in (True, "true")
    label.ensurePolished()
    assert label.fontInfo().pixelSize() >= round(normal * theme.LARGE_TEXT_SCALE) - 1
    dialog.large_text.setChecked(False)
    assert label.fontInfo().pixelSize() == normal


def test_backup_retention_and_reminder_are_saved(dialog, app_ctx) -> None:
    dialog.keep_daily.setValue(14)
    dialog.keep_weekly.setValue(8)
    dialog.remind.setChecked(True)
    dialog.remind_time.setTime(QTime(7, 30))
    fresh = reread(app_ctx)
    assert (int(fresh.value("backup/keep_daily")), int(fresh.value("backup/keep_weekly"))) == (
        14,
        8,
    )
    from footgui.ui.reminder import reminder_enabled, reminder_time

    assert reminder_enabled(fresh) and reminder_time(fresh) == time(7, 30)


def test_data_folder_is_shown_and_opened(dialog, app_ctx, monkeypatch) -> None:
    from footgui.ui import settings_dialog as sd

    opened = []
    monkeypatch.setattr(sd.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.folder.text() == str(app_ctx.paths.data) and dialog.folder.isReadOnly()
    assert dialog.open_data_folder()
    assert opened[0].toLocalFile() == str(app_ctx.paths.data)
    monkeypatch.setattr(sd.QDesktopServices, "openUrl", lambda url: False)
    assert not dialog.open_data_folder()
    assert "No file manager" in dialog.message.text()


def test_dialog_is_non_blocking_and_single(qtbot, app_ctx, clean_look) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    first = open_settings(window, app_ctx)
    assert first.isVisible() and first.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert open_settings(window, app_ctx) is first
    with qtbot.waitSignal(first.finished):
        first.reject()


def test_every_control_has_an_accessible_name(dialog) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
    )

    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 15
    unnamed = [
        type(w).__name__
        for w in controls
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
        and w.parent() is not None
        and not w.objectName().startswith("qt_")
        and type(w).__name__ not in ("QTabBar", "QScrollBar")
    ]
    assert unnamed == []


# -- the reminder that the settings switch on ------------------------------------------


def test_reminder_is_due_once_a_day_within_its_window() -> None:
    from footgui.ui.reminder import is_due

    at = time(18, 0)
    assert not is_due(datetime(2026, 6, 30, 17, 59), at, None)
    assert is_due(datetime(2026, 6, 30, 18, 0), at, None)
    assert is_due(datetime(2026, 6, 30, 21, 30), at, date(2026, 6, 29))
    assert not is_due(datetime(2026, 6, 30, 18, 5), at, date(2026, 6, 30))
    assert not is_due(datetime(2026, 6, 30, 23, 0), at, None)  # woke too late


def test_reminder_skips_days_with_a_finished_session(qtbot, app_ctx) -> None:
    from footgui.ui.reminder import Reminder

    app_ctx.settings.setValue("reminder/enabled", True)
    app_ctx.settings.setValue("reminder/time", "18:00")
    window = QWidget()
    qtbot.addWidget(window)
    reminder = Reminder(app_ctx, window)
    reminder.clock = lambda: datetime(2026, 6, 30, 18, 1)
    with qtbot.waitSignal(app_ctx.bus.status) as status:
        assert reminder.check()
    assert "still to do" in status.args[0]
    assert not reminder.check()  # once a day
    reminder.clock = lambda: datetime(2026, 7, 1, 18, 1)
    session = repos.start_session(app_ctx.db, "s1-strength", 1, started_at=datetime(2026, 7, 1, 8))
    repos.finish_session(app_ctx.db, session.id)
    assert not reminder.check()
    app_ctx.settings.setValue("reminder/enabled", False)
    reminder.clock = lambda: datetime(2026, 7, 2, 18, 1)
    assert not reminder.check()
    reminder.timer.stop()


def test_voice_probes_ask_for_the_app_languages_automatic_voice(german) -> None:  # type: ignore[no-untyped-def]
    """ "Try the voice" with the automatic entry must pick the voice a German session would."""
    from footgui.ui import settings_dialog as sd

    _exe, args = sd.helper_args("speechd", ["--say", "Hallo"])
    assert args[-7:] == [
        "speech-voices",
        "--language",
        "de",
        "--engine",
        "speechd",
        "--say",
        "Hallo",
    ]
