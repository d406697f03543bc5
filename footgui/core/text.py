"""Sentences the core writes, kept translatable without importing Qt.

The core decides what to tell the user (a progression reason, a validation
message, a spoken cue) but may not import Qt, so it cannot translate. It
writes each sentence as ``translate("Context", "English {template}")`` and
fills it with ``.format(name=value)``. The result is a :class:`Msg`: a plain
``str`` holding the English sentence (the CLI's JSON, the logs and the tests
read it as before) that also remembers its context, template and values. The
GUI's ``footgui.ui.i18n.localize`` looks the template up in Qt's translator
and fills it again with the values in the user's language.

The name ``translate`` and the call shape ``translate("Ctx", "literal")`` are
what ``pyside6-lupdate`` recognises, so ``make translations`` collects the core's
templates into the same ``.ts`` file as the GUI's strings. The template must be a
plain string literal (never an f-string): the values go in through ``format``.

Values may be numbers, dates, other messages (translated recursively) or plain
strings (shown as given: names from the content files are translated there).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any


def english_day(day: date) -> str:
    """ "Tue 24 Nov": how an English sentence names a day."""
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"


def _english(value: object) -> object:
    if isinstance(value, date):
        return english_day(value)
    return value


class Msg(str):
    """English text that remembers how it was made, so a GUI can say it in another language.

    Equal to (and hashed as) its English text, so it can stand wherever a
    ``str`` stood. Operations that build new strings (``+``, ``join``,
    slicing) return plain ``str`` and lose the translation: combine messages
    with :func:`join` or a template instead.
    """

    context: str
    template: str
    values: Mapping[str, Any]

    def __new__(cls, context: str, template: str, values: Mapping[str, Any] | None = None) -> Msg:
        values = dict(values or {})
        english = (
            template.format(**{k: _english(v) for k, v in values.items()}) if values else template
        )
        self = super().__new__(cls, english)
        self.context = context
        self.template = template
        self.values = values
        return self

    def format(self, *args: object, **values: Any) -> Msg:
        """The same sentence with its ``{placeholders}`` filled (keywords only)."""
        if args:
            raise TypeError("Msg.format takes keyword values only, so translations can reorder")
        return Msg(self.context, self.template, {**self.values, **values})

    def __getnewargs__(self) -> tuple[str, str, Mapping[str, Any]]:  # type: ignore[override]
        return (self.context, self.template, self.values)

    def __repr__(self) -> str:
        return f"Msg({str(self)!r})"


def translate(context: str, template: str) -> Msg:
    """Mark ``template`` for translation under ``context``; fill it with ``.format``."""
    return Msg(context, template)


def join(parts: Iterable[str], separator: str = " ") -> Msg:
    """Several sentences as one message, each part translated on its own.

    The separator is punctuation, the same in every language the app ships.
    """
    items = list(parts)
    template = (
        separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(items)))
    )
    return Msg("", template, {f"p{i}": part for i, part in enumerate(items)})
