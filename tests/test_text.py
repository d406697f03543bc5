"""Core sentences stay translatable: Msg keeps its template and values, localize renders them."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footgui.core.text import join, translate
from footgui.ui import i18n

names = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)
words = st.text(st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=20)


@given(st.dictionaries(names, st.one_of(st.integers(), words), max_size=4), words)
def test_a_msg_reads_exactly_as_str_format_would(values: dict[str, object], prefix: str) -> None:
    template = prefix + " ".join(f"{{{k}}}" for k in values)
    msg = translate("Ctx", template).format(**values)
    assert msg == template.format(**values)
    assert isinstance(msg, str) and msg.template == template and msg.context == "Ctx"
    assert pickle.loads(pickle.dumps(msg)).values == msg.values
    assert copy.deepcopy(msg).template == template


def test_a_msg_is_json_and_str_like_its_english() -> None:
    msg = translate("Gates", "{n} sessions since {day}").format(n=3, day=date(2026, 11, 3))
    assert msg == "3 sessions since Tue 3 Nov"
    assert json.dumps({"why": msg}) == '{"why": "3 sessions since Tue 3 Nov"}'
    assert "sessions" in msg and msg.startswith("3")


def test_positional_values_are_refused_so_translations_can_reorder() -> None:
    with pytest.raises(TypeError):
        translate("Ctx", "{0} then {1}").format("a", "b")


def test_join_keeps_each_part_translatable() -> None:
    first = translate("Ctx", "First {n}.").format(n=1)
    joined = join([first, "plain {braces}"], separator="; ")
    assert joined == "First 1.; plain {braces}"
    assert joined.values["p0"] is first


# -- rendering in the app's language -----------------------------------------------------------


def test_localize_passes_plain_text_and_renders_english_without_a_translator(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.localize("as is {x}") == "as is {x}"
    msg = translate("Ctx", "{cm:.1f} cm on {day}").format(cm=2.25, day=date(2026, 11, 3))
    assert i18n.localize(msg) == "2.2 cm on Tue 3 Nov"


def test_localize_uses_the_german_decimal_comma_and_dates(german) -> None:  # type: ignore[no-untyped-def]
    msg = translate("NoSuchContext", "{cm:.1f} cm on {day}").format(cm=2.25, day=date(2025, 3, 3))
    assert i18n.localize(msg) == "2,2 cm on Mo., 3. März"


def test_a_translation_that_breaks_its_placeholders_falls_back_to_english(
    qapp, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        @staticmethod
        def translate(context: str, source: str) -> str:
            return "kaputt {missing}"

    monkeypatch.setattr(i18n, "QCoreApplication", Broken)
    msg = translate("Ctx", "Run {n} km").format(n=5)
    assert i18n.localize(msg) == "Run 5 km"
    assert "does not fit" in caplog.text


def test_nested_messages_are_translated_part_by_part(german) -> None:  # type: ignore[no-untyped-def]
    inner = translate("Startup", "footgui: cannot open your data")
    outer = join(
        [
            inner,
            translate(
                "Language", "Unknown language setting \u201c{value}\u201d: showing English."
            ).format(value="xx"),
        ]
    )
    text = i18n.localize(outer)
    assert text.startswith("footgui: Deine Daten lassen sich nicht öffnen ")
    assert "English" not in text
