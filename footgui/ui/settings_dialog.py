"""Settings: profile, units, sound and voice, look, reminder, data folder and backups.

Every change applies at once (there is no OK button to forget): settings go to
``ctx.settings`` and are synced to disk, profile fields go to the database
because the progression engine and the norms read them there, and the app
hears about it through ``ctx.changed("settings")`` or ``ctx.changed("profile")``.

Listing a speech engine's voices happens in a child process
(``footgui speech-voices``): speech-dispatcher can block for ever when asked,
and a settings dialog must never freeze the app.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QProcess,
    QSettings,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footgui.ui import i18n, reminder, theme
from footgui.ui.context import AppContext
from footgui.ui.settings_values import flag

log = logging.getLogger(__name__)

# Keys shared with footgui.player.cues (the session reads them); a test checks they agree.
KEY_DISTANCE = "units/distance"
KEY_LENGTH = "units/length"
KEY_BEEPS = "sound/beeps"
KEY_TICKS = "sound/ticks"
KEY_VOICE = "sound/voice"
KEY_FORM = "sound/form_cues"
KEY_VOLUME = "sound/volume"
KEY_ENGINE = "sound/engine"
# New keys for the session's voice: a voice name ("" = the engine's default) and a rate in -1..1.
KEY_VOICE_NAME = "sound/voice_name"
KEY_RATE = "sound/rate"
KEY_KEEP_DAILY = "backup/keep_daily"
KEY_KEEP_WEEKLY = "backup/keep_weekly"

VOICE_LIST_TIMEOUT_MS = 12_000
NOT_GIVEN_AGE = 4  # the spin box's "not given" value, just under the database's minimum of 5


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(str(settings.value(key, default)))
    except (TypeError, ValueError):
        value = default
    return min(max(value, low), high)


def _float(settings: QSettings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(settings.value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        value = default
    return min(max(value, low), high)


def speech_engines() -> tuple[list[str], str]:
    """Engines that speak, and why there are none when the list is empty."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return [], QCoreApplication.translate(
            "Settings", "Qt's speech module cannot load ({reason})."
        ).format(reason=exc)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    # footgui.player.speech_helper.NO_ENGINE's wording, here where it can be translated.
    no_engine = QCoreApplication.translate(
        "Settings",
        "No speech engine is installed (on Debian or Ubuntu: "
        "sudo apt-get install speech-dispatcher espeak-ng).",
    )
    return engines, "" if engines else no_engine


def helper_args(engine: str, extra: list[str]) -> tuple[str, list[str]]:
    """How to run ``footgui speech-voices`` from this interpreter or a frozen build."""
    # The app's language picks the "automatic" voice, exactly as the session's voice does.
    args = ["speech-voices", "--language", i18n.current_language()]
    args += [*(["--engine", engine] if engine else []), *extra]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "footgui", *args]


class VoiceProbe(QProcess):
    """Runs ``footgui speech-voices`` once; ``answered`` carries its JSON (or an error)."""

    answered = Signal(dict)

    def __init__(self, engine: str, extra: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done = False
        self.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.finished.connect(self._finished)
        self.errorOccurred.connect(self._error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timeout)
        program, args = helper_args(engine, extra)
        self.start(program, args)
        self._timer.start(VOICE_LIST_TIMEOUT_MS)

    def _answer(self, payload: dict[str, Any]) -> None:
        if not self._done:
            self._done = True
            self._timer.stop()
            self.answered.emit(payload)

    def _finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        out = bytes(self.readAllStandardOutput().data()).decode("utf-8", "replace")
        line = next((ln for ln in reversed(out.splitlines()) if ln.startswith("{")), "")
        try:
            payload = (
                json.loads(line)
                if line
                else {"error": self.tr("The speech engine gave no answer.")}
            )
        except json.JSONDecodeError:
            payload = {"error": self.tr("The speech engine's answer could not be read.")}
        self._answer(payload)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._answer(
                {
                    "error": self.tr("The speech helper could not start: {reason}").format(
                        reason=self.errorString()
                    )
                }
            )

    def _timeout(self) -> None:
        self._answer(
            {
                "error": self.tr(
                    "The speech engine did not answer within {seconds} s "
                    "(speech-dispatcher may be stuck)."
                ).format(seconds=VOICE_LIST_TIMEOUT_MS // 1000)
            }
        )
        self.stop()

    def stop(self) -> None:
        self._done = True
        self._timer.stop()
        if self.state() != QProcess.ProcessState.NotRunning:
            self.kill()
            self.waitForFinished(2000)


def _mock_voices(say: str = "", voice: str = "", rate: float = 0.0) -> dict[str, Any]:
    """The test engine answers in process: it cannot hang."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = QTextToSpeech("mock")
    voices = tts.allVoices(None)  # type: ignore[arg-type]  # None: every language
    if say:
        chosen = next((v for v in voices if v.name() == voice), None)
        if chosen is not None:
            tts.setVoice(chosen)
        tts.setRate(rate)
        tts.say(say)
    payload = {
        "engine": "mock",
        "voices": [{"name": v.name(), "locale": v.locale().name()} for v in voices],
        "default": tts.voice().name(),
    }
    tts.deleteLater()
    return payload


class SettingsDialog(QDialog):
    """Non-blocking (``open()``); each control writes its setting as it changes."""

    voicesListed = Signal(bool)  # True when voices came back, False with a reason shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self._loading = True
        self._probe: VoiceProbe | None = None
        self._filling_voices = False
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 560)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.tabs.addTab(self._units_tab(), self.tr("Units"))
        self.tabs.addTab(self._sound_tab(), self.tr("Sound and voice"))
        self.tabs.addTab(self._look_tab(), self.tr("Look"))
        self.tabs.addTab(self._data_tab(), self.tr("Reminder and data"))
        # wide enough for every tab title (German ones are longer), so none hides
        # behind the tab bar's scroll arrows
        self.tabs.ensurePolished()  # the stylesheet's tab padding counts in the width
        self.resize(max(640, self.tabs.tabBar().sizeHint().width() + 60), 560)
        self.message = QLabel()
        self.message.setObjectName("errorNote")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close settings")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.finished.connect(self._closing)
        self._loading = False
        self.list_voices()

    # -- helpers -----------------------------------------------------------------------
    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("muted")
        label.setWordWrap(True)
        return label

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A row label whose &-key moves focus to ``buddy`` (rows holding a layout need one)."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _named(self, widget: QWidget, name: str, description: str = "") -> QWidget:
        widget.setAccessibleName(name)
        if description:
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        return widget

    def _put(self, key: str, value: object) -> None:
        if self._loading:
            return
        self.settings.setValue(key, value)
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            self._show_error(
                self.tr("Settings could not be saved to {file}.").format(
                    file=self.settings.fileName()
                )
            )
        log.info("setting %s = %r", key, value)
        self.ctx.changed("settings")

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- profile -----------------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        from footgui.store.repos import get_profile

        profile = get_profile(self.ctx.db)
        page = QWidget()
        form = QFormLayout(page)
        self.age = QSpinBox()
        self.age.setRange(NOT_GIVEN_AGE, 120)
        self.age.setSpecialValueText(self.tr("Not given"))
        self.age.setKeyboardTracking(False)  # write 38, not 3 then 38
        self.age.setValue(profile.age if profile.age is not None else NOT_GIVEN_AGE)
        self.age.valueChanged.connect(self._age_changed)
        self.sex = QComboBox()
        for text, value in (
            (self.tr("Not given"), None),
            (self.tr("Female"), "female"),
            (self.tr("Male"), "male"),
        ):
            self.sex.addItem(text, value)
        self.sex.setCurrentIndex(max(self.sex.findData(profile.sex), 0))
        self.sex.currentIndexChanged.connect(lambda _i: self._profile(sex=self.sex.currentData()))
        self.foot = QComboBox()
        for text, value in (
            (self.tr("Not given"), None),
            (self.tr("Left"), "left"),
            (self.tr("Right"), "right"),
        ):
            self.foot.addItem(text, value)
        self.foot.setCurrentIndex(max(self.foot.findData(profile.dominant_foot), 0))
        self.foot.currentIndexChanged.connect(
            lambda _i: self._profile(dominant_foot=self.foot.currentData())
        )
        form.addRow(self.tr("&Age"), self._named(self.age, self.tr("Age")))
        form.addRow(self.tr("&Sex"), self._named(self.sex, self.tr("Sex")))
        form.addRow(self.tr("&Dominant foot"), self._named(self.foot, self.tr("Dominant foot")))
        form.addRow(
            self._note(
                self.tr(
                    "Age and sex choose the reference values your balance and heel-rise tests "
                    "are compared with; without them the charts show the widest band."
                )
            )
        )
        return page

    def _age_changed(self, value: int) -> None:
        self._profile(age=None if value == NOT_GIVEN_AGE else value)

    def _profile(self, **changes: Any) -> None:
        if self._loading:
            return
        from footgui.store.errors import StoreError
        from footgui.store.repos import update_profile

        try:
            update_profile(self.ctx.db, **changes)
        except (StoreError, ValueError) as exc:
            self._show_error(
                self.tr("The profile was not saved: {reason}").format(reason=i18n.error_text(exc))
            )
            return
        self._show_error("")
        log.info("profile updated: %s", ", ".join(changes))
        self.ctx.changed("profile")

    # -- units -------------------------------------------------------------------------
    def _units_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.distance = QComboBox()
        self.distance.addItem(self.tr("Kilometres (km)"), "km")
        self.distance.addItem(self.tr("Miles (mi)"), "mi")
        self.length = QComboBox()
        self.length.addItem(self.tr("Centimetres (cm)"), "cm")
        self.length.addItem(self.tr("Inches (in)"), "in")
        for combo, key, default in (
            (self.distance, KEY_DISTANCE, "km"),
            (self.length, KEY_LENGTH, "cm"),
        ):
            combo.setCurrentIndex(max(combo.findData(str(self.settings.value(key, default))), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, k=key: self._put(k, c.currentData())
            )
        form.addRow(
            self.tr("&Running distances"),
            self._named(self.distance, self.tr("Unit for running distances")),
        )
        form.addRow(
            self.tr("&Short lengths"),
            self._named(
                self.length,
                self.tr("Unit for short lengths"),
                self.tr("Used for the knee-to-wall test."),
            ),
        )
        form.addRow(
            self._note(
                self.tr(
                    "The diary keeps metres and centimetres; units only change what you see "
                    "and type, so switching never alters your entries."
                )
            )
        )
        return page

    # -- sound and voice ---------------------------------------------------------------
    def _sound_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        s = self.settings
        self.switches: dict[str, QCheckBox] = {}
        for key, text in (
            (KEY_BEEPS, self.tr("Beeps (3-2-1, go, end of set)")),
            (KEY_TICKS, self.tr("Metronome ticks")),
            (KEY_VOICE, self.tr("Voice")),
            (KEY_FORM, self.tr("Spoken form cues")),
        ):
            box = QCheckBox(text)
            box.setChecked(flag(s, key, True))
            box.toggled.connect(lambda on, k=key: self._put(k, bool(on)))
            self._named(box, text)
            self.switches[key] = box
            form.addRow(box)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(_int(s, KEY_VOLUME, 80, 0, 100))
        self.volume_label = QLabel()
        self.volume.valueChanged.connect(self._volume_changed)
        self._volume_changed(self.volume.value())
        row = QHBoxLayout()
        row.addWidget(self._named(self.volume, self.tr("Volume")), 1)
        row.addWidget(self.volume_label)
        form.addRow(self._label(self.tr("&Volume"), self.volume), row)

        self.engine = QComboBox()
        engines, self.no_engine_reason = speech_engines()
        self.engine.addItem(self.tr("Automatic"), "")
        for name in engines:
            self.engine.addItem(name, name)
        self.engine.addItem(self.tr("No speech"), "none")
        saved = str(s.value(KEY_ENGINE, "") or "")
        if saved and self.engine.findData(saved) < 0:
            self.engine.addItem(saved, saved)  # e.g. "mock" in tests, or an engine removed since
        self.engine.setCurrentIndex(max(self.engine.findData(saved), 0))
        self.engine.currentIndexChanged.connect(self._engine_changed)
        form.addRow(self.tr("Speech &engine"), self._named(self.engine, self.tr("Speech engine")))

        self.voice_name = QComboBox()
        self.voice_name.addItem(self.tr("Automatic (a voice in the app's language)"), "")
        self.voice_name.currentIndexChanged.connect(self._voice_chosen)
        form.addRow(self.tr("V&oice"), self._named(self.voice_name, self.tr("Voice")))
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-10, 10)
        self.rate.setPageStep(2)
        self.rate.setValue(round(_float(s, KEY_RATE, 0.0, -1.0, 1.0) * 10))
        self.rate.valueChanged.connect(lambda v: self._put(KEY_RATE, v / 10))
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("Slower")))
        rate_row.addWidget(self._named(self.rate, self.tr("Speech rate")), 1)
        rate_row.addWidget(QLabel(self.tr("Faster")))
        form.addRow(self._label(self.tr("Speech &rate"), self.rate), rate_row)
        self.try_voice = QPushButton(self.tr("&Try the voice"))
        self.try_voice.clicked.connect(self.say_sample)
        self._named(self.try_voice, self.tr("Try the voice"))
        try_row = QHBoxLayout()
        try_row.addWidget(self.try_voice)
        try_row.addStretch(1)
        form.addRow("", try_row)
        self.voice_status = QLabel()
        self.voice_status.setObjectName("muted")
        self.voice_status.setWordWrap(True)
        form.addRow(self.voice_status)
        form.addRow(
            self._note(
                self.tr(
                    "When the voice is off or no engine is installed, spoken lines appear as "
                    "captions and important ones become a beep."
                )
            )
        )
        return page

    def _volume_changed(self, value: int) -> None:
        self.volume_label.setText(f"{value}%")
        self._put(KEY_VOLUME, value)

    def _engine_changed(self) -> None:
        self._put(KEY_ENGINE, self.engine.currentData())
        self._put(KEY_VOICE_NAME, "")
        self.list_voices()

    def _voice_chosen(self) -> None:
        if not self._filling_voices:
            self._put(KEY_VOICE_NAME, self.voice_name.currentData() or "")

    def list_voices(self) -> None:
        """Ask the chosen engine for its voices (in a child process); the answer fills the list."""
        engine = str(self.engine.currentData() or "")
        self._stop_probe()
        self.voice_name.setEnabled(False)
        self.rate.setEnabled(engine != "none")
        self.try_voice.setEnabled(False)
        if engine == "none":
            self._voices_answered({"error": self.tr("Speech is switched off.")})
            return
        if engine == "mock":
            self._voices_answered(_mock_voices())
            return
        if not engine and self.no_engine_reason:
            self._voices_answered({"error": self.no_engine_reason})
            return
        self.voice_status.setText(self.tr("Asking the speech engine for its voices…"))
        self._probe = VoiceProbe(engine, [], self)
        self._probe.answered.connect(self._voices_answered)

    def _voices_answered(self, payload: dict[str, Any]) -> None:
        self._filling_voices = True
        self.voice_name.clear()
        self.voice_name.addItem(self.tr("Automatic (a voice in the app's language)"), "")
        error = payload.get("error")
        if error:
            self.voice_status.setText(self.tr("No voices: {reason}").format(reason=error))
            self._filling_voices = False
            self.voicesListed.emit(False)
            return
        automatic = payload.get("automatic")
        if automatic:
            self.voice_name.setItemText(
                0, self.tr("Automatic: {voice}").format(voice=str(automatic))
            )
        saved = str(self.settings.value(KEY_VOICE_NAME, "") or "")
        for voice in payload.get("voices", []):
            name, locale = str(voice.get("name", "")), str(voice.get("locale", ""))
            self.voice_name.addItem(f"{name} ({locale})" if locale else name, name)
        self.voice_name.setCurrentIndex(max(self.voice_name.findData(saved), 0))
        self._filling_voices = False
        self.voice_name.setEnabled(True)
        self.try_voice.setEnabled(True)
        count = self.voice_name.count() - 1
        self.voice_status.setText(
            self.tr("{engine}: {count} voices.").format(
                engine=payload.get("engine", ""), count=count
            )
        )
        self.voicesListed.emit(True)

    def say_sample(self) -> None:
        """Speak a sample line with the chosen voice and rate (child process, never blocking)."""
        engine = str(self.engine.currentData() or "")
        text = self.tr("Lift slowly, two, three. Hold.")
        voice = str(self.voice_name.currentData() or "")
        rate = self.rate.value() / 10
        if engine == "mock":
            _mock_voices(text, voice, rate)
            return
        self._stop_probe()
        self.try_voice.setEnabled(False)
        extra = ["--say", text, "--voice", voice, "--rate", f"{rate:.1f}"]
        self._probe = VoiceProbe(engine, extra, self)
        self._probe.answered.connect(lambda _p: self.try_voice.setEnabled(True))

    def _stop_probe(self) -> None:
        if self._probe is not None:
            self._probe.answered.disconnect()
            self._probe.stop()
            self._probe.deleteLater()
            self._probe = None

    # -- look --------------------------------------------------------------------------
    def _look_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        for text, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(self.theme.findData(theme.theme_setting(self.settings)), 0))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.large_text = QCheckBox(self.tr("Large text on the Session page"))
        self.large_text.setChecked(theme.large_text(self.settings))
        self.large_text.toggled.connect(self._large_text_changed)
        form.addRow(self.tr("&Theme"), self._named(self.theme, self.tr("Theme")))
        form.addRow(
            self._named(
                self.large_text,
                self.tr("Large text on the Session page"),
                self.tr("For reading the session from a few metres away."),
            )
        )
        form.addRow(
            self._note(
                self.tr(
                    "Follow the system uses your desktop's light or dark setting and changes "
                    "with it."
                )
            )
        )
        self.language = QComboBox()
        system = i18n.NATIVE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("Follow the system ({language})").format(language=system))
        self.language.setItemData(0, "system")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        saved = i18n.language_setting(self.settings)
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(
            self.tr("&Language"),
            self._named(
                self.language,
                self.tr("Language"),
                self.tr("The language of footgui's texts, exercises and spoken cues."),
            ),
        )
        self.language_note = self._note("")
        form.addRow(self.language_note)
        if saved not in i18n.SETTINGS:
            self.language_note.setText(
                self.tr(
                    "The saved language \u201c{value}\u201d is unknown, so footgui shows "
                    "English; choose a language to fix it."
                ).format(value=saved)
            )
        return page

    def _language_changed(self) -> None:
        code = str(self.language.currentData())
        self._put(i18n.KEY_LANGUAGE, code)
        wanted = i18n.resolve_language(code).language
        if wanted == i18n.current_language():
            self.language_note.setText("")
            return
        text = self.tr(
            "Restart footgui to see it in {language}: the texts on screen change at the next start."
        ).format(language=i18n.NATIVE_NAMES[wanted])
        self.language_note.setText(text)
        self.ctx.bus.status.emit(text)

    def _theme_changed(self) -> None:
        self._put(theme.KEY_THEME, self.theme.currentData())
        self._reapply_theme()

    def _large_text_changed(self, on: bool) -> None:
        self._put(theme.KEY_LARGE_TEXT, bool(on))
        self._reapply_theme()

    def _reapply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._loading:
            theme.apply_theme(app, self.settings)

    # -- reminder and data -------------------------------------------------------------
    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        s = self.settings
        self.remind = QCheckBox(self.tr("Remind me to train"))
        self.remind.setChecked(reminder.reminder_enabled(s))
        self.remind_time = QTimeEdit()
        self.remind_time.setDisplayFormat("HH:mm")
        at = reminder.reminder_time(s)
        self.remind_time.setTime(QTime(at.hour, at.minute))
        self.remind_time.setEnabled(self.remind.isChecked())
        self.remind.toggled.connect(self._remind_toggled)
        self.remind_time.timeChanged.connect(
            lambda t: self._put(reminder.KEY_TIME, t.toString("HH:mm"))
        )
        row = QHBoxLayout()
        row.addWidget(self._named(self.remind, self.tr("Remind me to train")))
        row.addWidget(self._named(self.remind_time, self.tr("Reminder time")))
        row.addStretch(1)
        form.addRow(row)
        form.addRow(
            self._note(
                self.tr(
                    "footgui reminds you once a day at this time while it is open, unless you "
                    "have already finished a session that day."
                )
            )
        )

        self.folder = QLineEdit(str(self.ctx.paths.data))
        self.folder.setReadOnly(True)
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._named(self.folder, self.tr("Data folder")), 1)
        folder_row.addWidget(self._named(open_folder, self.tr("Open the data folder")))
        form.addRow(self._label(self.tr("Data &folder"), self.folder), folder_row)

        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 90)
        self.keep_daily.setValue(_int(s, KEY_KEEP_DAILY, 7, 1, 90))
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_daily.valueChanged.connect(lambda v: self._put(KEY_KEEP_DAILY, v))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 104)
        self.keep_weekly.setValue(_int(s, KEY_KEEP_WEEKLY, 4, 0, 104))
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        self.keep_weekly.valueChanged.connect(lambda v: self._put(KEY_KEEP_WEEKLY, v))
        form.addRow(
            self.tr("Keep &daily backups for"),
            self._named(self.keep_daily, self.tr("Days of daily backups to keep")),
        )
        form.addRow(
            self.tr("Keep &weekly backups for"),
            self._named(self.keep_weekly, self.tr("Weeks of weekly backups to keep")),
        )
        form.addRow(
            self._note(
                self.tr(
                    "A backup of your diary is taken each day you open footgui; older ones are "
                    "removed by these rules at the next backup. They are kept in {folder}."
                ).format(folder=self.ctx.paths.backups)
            )
        )
        return page

    def _remind_toggled(self, on: bool) -> None:
        self.remind_time.setEnabled(on)
        self._put(reminder.KEY_ENABLED, bool(on))
        if on:  # save the shown time too, so the setting is complete
            self._put(reminder.KEY_TIME, self.remind_time.time().toString("HH:mm"))

    def open_data_folder(self) -> bool:
        folder = self.ctx.paths.data
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not ok:
            self._show_error(
                self.tr("No file manager could open {folder}; it is shown above to copy.").format(
                    folder=folder
                )
            )
        return bool(ok)

    def _closing(self) -> None:
        self._stop_probe()
        self.settings.sync()


def open_settings(window: QWidget, ctx: AppContext) -> SettingsDialog:
    """Show the settings (one at a time); returns the dialog, already open."""
    existing = window.findChild(SettingsDialog, "settingsDialog")
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = SettingsDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
