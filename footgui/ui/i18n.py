"""The app's language: which one, its Qt translation files, and locale-aware dates.

The language is chosen once, before the first window is built (setting
``look/language``: "system", "en" or "de"); a change takes effect at the next
start, because widgets read their texts when they are built. English is the
source language and needs no file. Anything that goes wrong (an unknown
setting, a missing or unreadable ``.qm``) falls back to English with a message
for the log and the status bar: a language problem must never stop training.

Loading costs one memory-mapped ``QTranslator.load`` per file (well under a
millisecond), so it sits on the startup path without slowing the first paint.

Dates are written with ``QLocale`` rather than ``strftime`` so that they follow
the chosen language, not whatever C locale the process happens to have.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from footgui.core.text import Msg

log = logging.getLogger(__name__)

KEY_LANGUAGE = "look/language"
SETTINGS = ("system", "en", "de")
SUPPORTED = ("en", "de")
SOURCE_LANGUAGE = "en"
#: Each language's name in itself, as language pickers show them.
NATIVE_NAMES = {"en": "English", "de": "Deutsch"}
_LOCALES = {"en": "en_GB", "de": "de_DE"}  # the app's English is British

_state: dict[str, object] = {"language": SOURCE_LANGUAGE, "translators": []}


@dataclass(frozen=True)
class LanguageChoice:
    """What was applied: the language in use, what was asked for, and any problem."""

    language: str
    requested: str
    message: str = ""


def language_setting(settings: QSettings) -> str:
    """The saved choice as written (lower-cased); may be unknown if hand-edited."""
    return str(settings.value(KEY_LANGUAGE, "system") or "system").strip().lower()


def system_language(locale: QLocale | None = None) -> str:
    """The first supported language among the system's UI languages; English otherwise."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return SOURCE_LANGUAGE


def resolve_language(setting: str, locale: QLocale | None = None) -> LanguageChoice:
    """Turn a setting into a supported language, explaining any fallback."""
    if setting == "system":
        return LanguageChoice(system_language(locale), setting)
    if setting in SUPPORTED:
        return LanguageChoice(setting, setting)
    message = QCoreApplication.translate(
        "Language", "Unknown language setting \u201c{value}\u201d: showing English."
    ).format(value=setting)
    return LanguageChoice(SOURCE_LANGUAGE, setting, message)


def translations_dir() -> str:
    from footgui.paths import resources_dir

    return str(resources_dir() / "translations")


def current_language() -> str:
    """The language in use ("en" until ``install_language`` applies another)."""
    return str(_state["language"])


def install_language(
    app: QCoreApplication,
    settings: QSettings,
    *,
    folder: str | None = None,
    locale: QLocale | None = None,
) -> LanguageChoice:
    """Apply the saved language to ``app``: translators, default locale, state.

    Call before any window is built. Safe to call again (tests switch
    languages): earlier translators are removed first.
    """
    remove_language(app)
    choice = resolve_language(language_setting(settings), locale)
    message = choice.message
    if message:
        log.warning("%s", message)
    language = choice.language
    if language != SOURCE_LANGUAGE:
        folder = folder if folder is not None else translations_dir()
        translator = QTranslator(app)
        if not translator.load(f"footgui_{language}", folder):
            message = QCoreApplication.translate(
                "Language",
                "The {language} translation (footgui_{code}.qm) is missing or unreadable in "
                "{folder}: showing English.",
            ).format(language=NATIVE_NAMES.get(language, language), code=language, folder=folder)
            log.warning("%s", message)
            translator.deleteLater()
            language = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        app.installTranslator(translator)
        translators: list[QTranslator] = [translator]
        # Qt's own strings (Cancel, Save, the calendar): optional, English without them.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt)
            translators.append(qt)
        else:
            log.info(
                "no Qt translation for %s in %s; Qt's buttons stay English", language, qt_folder
            )
            qt.deleteLater()
        _state["translators"] = translators
    system = locale if locale is not None else QLocale.system()
    if system_language(system) != language or system.language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(_LOCALES[language]))
    _state["language"] = language
    log.info("language: %s (setting %r)", language, choice.requested)
    return LanguageChoice(language, choice.requested, message)


def remove_language(app: QCoreApplication) -> None:
    """Back to the source language (English) and the system's locale."""
    translators = _state.get("translators")
    for translator in translators if isinstance(translators, list) else []:
        app.removeTranslator(translator)
        translator.deleteLater()
    _state["translators"] = []
    _state["language"] = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale.system())


class _LocalNumber:
    """A number that formats with the app language's decimal and group marks ("1,5" in German)."""

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        if current_language() == "de":
            return text.translate({ord(","): ".", ord("."): ","})
        return text

    def __str__(self) -> str:
        return self.__format__("")


def number(value: float, spec: str = "") -> str:
    """``value`` formatted by ``spec`` with the app language's decimal mark ("2,5" in German)."""
    return format(_LocalNumber(value), spec)


def _local_value(value: object) -> object:
    if isinstance(value, Msg):
        return localize(value)
    if isinstance(value, date):
        return format_date(value, _pattern("reason_day"))
    if isinstance(value, float):
        return _LocalNumber(value)
    return value


def localize(text: str) -> str:
    """A sentence from the core (a :class:`~footgui.core.text.Msg`) in the app's language.

    Plain strings pass through unchanged. A translation whose placeholders do
    not match the English template (a hand-edited ``.ts``) falls back to the
    English sentence and logs why, rather than losing the message.
    """
    if not isinstance(text, Msg):
        return text
    template = (
        QCoreApplication.translate(text.context, text.template) if text.context else text.template
    )
    if not text.values:
        return template
    try:
        return template.format(**{k: _local_value(v) for k, v in text.values.items()})
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("translation of %r does not fit its values (%s): English shown", text, exc)
        return str(text)


def error_text(exc: BaseException) -> str:
    """An error's message for the user, in the app's language where it was written translatable.

    The store and the core raise with a ``Msg`` as their message (kept as
    ``exc.message`` or ``exc.args[0]``); ``str(exc)`` alone would be its English.
    """
    message = getattr(exc, "message", None)
    if not isinstance(message, Msg):
        message = exc.args[0] if len(exc.args) == 1 else None
    return localize(message) if isinstance(message, Msg) else str(exc)


def grouped(number: int) -> str:
    """A whole number with thousands separators: "1,200" / "1.200"."""
    text = f"{number:,}"
    return text.replace(",", ".") if current_language() == "de" else text


# -- dates in the app's language -----------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date, pattern: str) -> str:
    """``day`` in a QLocale pattern ("ddd d MMM yyyy"), in the app's language."""
    return QLocale().toString(_qdate(day), pattern)


def long_date(day: date) -> str:
    """ "Monday 3 March 2025" / "Montag, 3. März 2025"."""
    return format_date(day, _pattern("long"))


def medium_date(day: date) -> str:
    """ "Mon 3 Mar 2025" / "Mo., 3. März 2025"."""
    return format_date(day, _pattern("medium"))


def short_date(day: date) -> str:
    """ "3 Mar 2025" / "3. März 2025"."""
    return format_date(day, _pattern("short"))


def day_month(day: date) -> str:
    """ "Monday 3 March" / "Montag, 3. März" (no year: today's date in a heading)."""
    return format_date(day, _pattern("day_month"))


def weekday_day(day: date) -> str:
    """ "Mon 3" / "Mo. 3." (a week strip's tile)."""
    return format_date(day, _pattern("weekday_day"))


def weekday_name(day: date) -> str:
    return format_date(day, "dddd")


_PATTERNS = {
    "en": {
        "long": "dddd d MMMM yyyy",
        "medium": "ddd d MMM yyyy",
        "short": "d MMM yyyy",
        "day_month": "dddd d MMMM",
        "weekday_day": "ddd d",
        "date_edit": "ddd d MMM yyyy",
        "chart": "ddd dd MMM yyyy",
        "report": "dd MMM yyyy",
        "reason_day": "ddd d MMM",
    },
    "de": {
        "long": "dddd, d. MMMM yyyy",
        "medium": "ddd, d. MMM yyyy",
        "short": "d. MMM yyyy",
        "day_month": "dddd, d. MMMM",
        "weekday_day": "ddd d.",
        "date_edit": "ddd, d. MMM yyyy",
        "chart": "ddd, d. MMM yyyy",
        "report": "dd. MMM yyyy",
        "reason_day": "ddd, d. MMM",
    },
}


def _pattern(name: str) -> str:
    return _PATTERNS.get(current_language(), _PATTERNS[SOURCE_LANGUAGE])[name]


def date_edit_format() -> str:
    """The display format of the app's date pickers."""
    return _pattern("date_edit")


def chart_date_format() -> str:
    """How a chart's hover label and description write a day."""
    return _pattern("chart")


def report_date_format() -> str:
    """How the physio report writes a day."""
    return _pattern("report")
