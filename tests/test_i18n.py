"""Languages: German in the window and the content, complete translations, safe fallbacks.

The app installs its language before the first window is built
(``footgui.ui.i18n.install_language``); these tests do the same on the test
QApplication and always undo it, so other tests keep seeing English.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from footgui.core.catalog import (
    TRANSLATED_FIELDS,
    load_catalog,
    missing_translations,
)
from footgui.core.errors import ContentError
from footgui.paths import resources_dir
from footgui.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "footgui_de.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _settings(tmp_path: Path, language: str | None) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if language is not None:
        settings.setValue(i18n.KEY_LANGUAGE, language)
    return settings


# -- the window in German --------------------------------------------------------------------


def test_german_changes_what_the_window_and_pages_say(german_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.main_window import MainWindow

    window = MainWindow(german_ctx)
    qtbot.addWidget(window)
    rail = {key: button.text() for key, button in window._buttons.items()}
    assert rail["today"] == "Heute"
    assert rail["library"] == "Übungen" and rail["diary"] == "Tagebuch"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Datei" and "&Hilfe" in menus

    today = window.show_page("today")
    assert today.start_button.text() in ("▶  Los", "Nichts zu starten")  # type: ignore[attr-defined]
    assert today.exercises.title.text() == "Heutige Übungen"  # type: ignore[attr-defined]

    library = window.show_page("library")
    first = library.list.item(0).text()  # type: ignore[attr-defined]
    assert first.startswith("Sprunggelenk-Pumpen (hoch und runter)")
    assert "Stufe" in first and "Mobilität" in first
    assert "Hinweise zur Ausführung" in library.detail.toPlainText()  # type: ignore[attr-defined]
    assert "Zieh die Zehen zum Schienbein" in library.detail.toPlainText()  # type: ignore[attr-defined]

    diary = window.show_page("diary")
    tabs = diary.tabs  # type: ignore[attr-defined]
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Check-in", "Tests", "Lauf", "Schuhe"]
    assert diary.checkin_form.banner.text().startswith("Neuer Check-in für")  # type: ignore[attr-defined]

    trends = window.show_page("trends")
    assert trends.tabs_widget.tabText(0) == "&Gleichgewicht"  # type: ignore[attr-defined]
    assert trends.tab("pain").master.title == "Schmerz (0–10)"  # type: ignore[attr-defined]


def test_dates_follow_the_language(german) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    day = dt.date(2025, 3, 3)
    assert i18n.long_date(day) == "Montag, 3. März 2025"
    assert i18n.day_month(day) == "Montag, 3. März"


def test_english_is_unchanged_without_a_translator(english_after, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choice = i18n.install_language(english_after, _settings(tmp_path, "en"))
    assert choice.language == "en" and i18n.current_language() == "en"
    from footgui.ui.pages import PAGES

    assert [p.label for p in PAGES][:1] == ["Today"]


def test_german_session_content_is_spoken_in_german() -> None:
    """Spoken cues come from the catalog's cues, so the German catalog speaks German."""
    from footgui.core.session_plan import plan_item

    catalog = load_catalog(language="de")
    ex = catalog["heel-raise-323"]
    item = plan_item(ex, ex.dose, "main")
    assert "Zehen auf das gerollte Handtuch" in item.cues
    assert catalog.language == "de"


# -- the .ts and .qm ---------------------------------------------------------------------------


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name", ""), msg.findtext("source", ""), msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_the_german_ts_has_no_unfinished_entry() -> None:
    messages = _messages(TS)
    assert len(messages) > 800
    bad = []
    for context, source, msg in messages:
        tr = msg.find("translation")
        assert tr is not None
        texts = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            bad.append(f"{context}: {source}")
    assert bad == []


def test_translations_keep_placeholders_and_accelerators() -> None:
    """A lost {name} would crash .format(); a lost & would drop an Alt shortcut."""
    for context, source, msg in _messages(TS):
        german = msg.findtext("translation", "")
        fields = sorted(re.findall(r"\{[^{}]*\}", source))
        assert sorted(re.findall(r"\{[^{}]*\}", german)) == fields, (context, source)
        assert german.count("&") == source.count("&"), (context, source, german)


def test_no_two_alt_keys_clash_in_a_german_menu(german, german_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.main_window import MainWindow

    window = MainWindow(german_ctx)
    qtbot.addWidget(window)
    for top in window.menuBar().actions():
        keys = [
            re.search(r"&(\w)", a.text()).group(1).lower()  # type: ignore[union-attr]
            for a in top.menu().actions()  # type: ignore[union-attr]
            if "&" in a.text()
        ]
        assert len(keys) == len(set(keys)), (top.text(), keys)


def _ts_sources() -> list[str]:
    """The folders ``make translations`` scans, read from the Makefile so the two cannot differ."""
    found = re.search(r"^TS_SOURCES := (.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert found is not None
    return found.group(1).split()


def test_the_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """``make translations`` would add nothing: every tr() string is in the .ts already."""
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            lupdate,
            *("-extensions", "py", "-no-obsolete", "-locations", "none"),
            *_ts_sources(),
            *("-ts", str(fresh)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    have = {(c, s) for c, s, _ in _messages(TS)}
    assert sorted(wanted - have) == []


def test_the_committed_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "footgui_de.qm"
    subprocess.run(
        [lrelease, "-nounfinished", str(TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == QM.read_bytes(), "run `make translations` and commit the .qm"


# -- content translations -----------------------------------------------------------------------


def test_content_translations_are_complete_for_german() -> None:
    assert missing_translations("de") == []


def test_the_german_catalog_translates_every_text_and_keeps_the_rest() -> None:
    english, german = load_catalog(), load_catalog(language="de")
    assert list(german.exercises) == list(english.exercises)
    for ex in english:
        de = german[ex.id]
        assert de.dose == ex.dose and de.stages == ex.stages and de.easier == ex.easier
        assert de.name != ex.name or ex.name in ("Kettlebell",), ex.id
        assert len(de.cues) == len(ex.cues) and de.cues != ex.cues
        assert de.purpose != ex.purpose and de.surface != ex.surface
        assert all(len(cue) <= 80 for cue in de.cues)
    program, de_program = english.program, german.program
    for stage, de_stage in zip(program.stages, de_program.stages, strict=True):
        assert de_stage.name != stage.name and de_stage.aim != stage.aim
        assert de_stage.weeks == stage.weeks
        for gate, de_gate in zip(stage.gates, de_stage.gates, strict=True):
            assert (de_gate.measure, de_gate.value) == (gate.measure, gate.value)
            assert de_gate.label != gate.label
        for t, de_t in zip(stage.templates, de_stage.templates, strict=True):
            assert de_t.id == t.id and de_t.items == t.items and de_t.name != t.name
    assert de_program.warmup.name == "Aufwärmen"
    assert de_program.rules == program.rules
    assert german.search("Handtuch")  # search reads the translated texts


def _content(tmp_path: Path) -> Path:
    """A copy of the content files to break."""
    folder = tmp_path / "content"
    folder.mkdir()
    for name in ("exercises.toml", "program.toml", "exercises.de.toml", "program.de.toml"):
        shutil.copy(resources_dir() / name, folder / name)
    return folder


def test_an_unknown_exercise_in_a_translation_is_named(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    with (folder / "exercises.de.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[toe-curlz]\nname = "Zehenkrallen"\n')
    with pytest.raises(ContentError) as info:
        load_catalog(folder, language="de")
    err = info.value
    assert err.file == "exercises.de.toml" and err.exercise_id == "toe-curlz"
    assert "toe-curls" in str(err)  # did you mean


def test_an_unknown_field_in_a_translation_is_named(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    text = (folder / "exercises.de.toml").read_text(encoding="utf-8")
    text = text.replace("[toe-curls]\n", "[toe-curls]\nsets = 3\n", 1)
    (folder / "exercises.de.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_catalog(folder, language="de")
    assert (info.value.file, info.value.exercise_id, info.value.field) == (
        "exercises.de.toml",
        "toe-curls",
        "sets",
    )
    assert "sets" not in TRANSLATED_FIELDS


def test_a_translation_must_translate_cues_one_for_one(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    text = (folder / "exercises.de.toml").read_text(encoding="utf-8")
    text = text.replace('  "Relax the toes fully",\n', "", 1)
    text = text.replace('  "Entspann die Zehen ganz",\n', "", 1)
    (folder / "exercises.de.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_catalog(folder, language="de")
    assert info.value.field == "cues" and "the same order" in str(info.value)


def test_unknown_program_keys_in_a_translation_are_named(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    with (folder / "program.de.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[template.s9-nothing]\nname = "Nichts"\n')
    with pytest.raises(ContentError) as info:
        load_catalog(folder, language="de")
    assert info.value.file == "program.de.toml" and info.value.field == "template.s9-nothing"


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    text = (folder / "exercises.de.toml").read_text(encoding="utf-8")
    start = text.index("[toe-curls]")
    end = text.index("[toe-spreading]")
    (folder / "exercises.de.toml").write_text(text[:start] + text[end:], encoding="utf-8")
    (folder / "program.de.toml").unlink()
    german = load_catalog(folder, language="de")
    english = load_catalog(folder)
    assert german["toe-curls"] == english["toe-curls"]
    assert german["toe-spreading"].name == "Zehenspreizen"
    assert german.program.stage(1).name == "Foundation"
    missing = missing_translations("de", folder)
    assert "exercises.de.toml: toe-curls.name" in missing
    assert "program.de.toml: stage.1.aim" in missing


def test_a_language_without_content_files_is_english(tmp_path: Path) -> None:
    catalog = load_catalog(language="fr")
    assert catalog.language == "en" and catalog["toe-curls"].name == "Toe curls"


def test_a_broken_content_translation_starts_the_app_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footgui import app

    folder = _content(tmp_path)
    (folder / "exercises.de.toml").write_text("[toe-curls]\nname = 3\n", encoding="utf-8")
    monkeypatch.setenv("FOOTGUI_RESOURCES", str(folder))
    notes: list[str] = []
    catalog = app._catalog("de", notes)
    assert catalog.language == "en" and catalog["toe-curls"].name == "Toe curls"
    assert notes and "exercises.de.toml" in notes[0]


# -- choosing the language, and bad settings ------------------------------------------------


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_DE", "de"), ("de_AT", "de"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en")],
)
def test_system_language(system: str, expected: str) -> None:
    assert i18n.system_language(QLocale(system)) == expected


def test_the_system_setting_follows_the_locale(english_after, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choice = i18n.install_language(
        english_after, _settings(tmp_path, "system"), locale=QLocale("de_DE")
    )
    assert choice.language == "de" and i18n.current_language() == "de"


def test_an_unknown_language_setting_falls_back_with_a_message(
    english_after: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    choice = i18n.install_language(english_after, _settings(tmp_path, "klingon"))
    assert choice.language == "en" and i18n.current_language() == "en"
    assert "klingon" in choice.message and "English" in choice.message
    assert "klingon" in caplog.text


def test_a_missing_qm_falls_back_with_a_message(english_after, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "no-translations"
    empty.mkdir()
    choice = i18n.install_language(english_after, _settings(tmp_path, "de"), folder=str(empty))
    assert choice.language == "en" and i18n.current_language() == "en"
    assert "footgui_de.qm" in choice.message and str(empty) in choice.message
    assert "footgui_de.qm" in caplog.text
    assert QApplication.translate("Pages", "Today") == "Today"


def test_a_damaged_qm_falls_back_too(english_after, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "footgui_de.qm").write_bytes(b"not a qm file at all")
    choice = i18n.install_language(english_after, _settings(tmp_path, "de"), folder=str(broken))
    assert choice.language == "en" and choice.message


def test_the_settings_dialog_chooses_the_language(app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["system", "en", "de"]
    assert dialog.language.itemText(2) == "Deutsch"
    with qtbot.waitSignal(app_ctx.bus.status) as status:
        dialog.language.setCurrentIndex(2)
    assert app_ctx.settings.value(i18n.KEY_LANGUAGE) == "de"
    assert "Restart" in status.args[0] and "Deutsch" in status.args[0]
    assert dialog.language_note.text() == status.args[0]
    dialog.language.setCurrentIndex(1)  # back to the language in use: nothing to restart
    assert dialog.language_note.text() == ""


def test_the_settings_dialog_says_when_the_saved_language_is_unknown(app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.settings_dialog import SettingsDialog

    app_ctx.settings.setValue(i18n.KEY_LANGUAGE, "xx")
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert "xx" in dialog.language_note.text()
    assert dialog.language.currentData() == "system"


# -- nothing user-facing left untranslated --------------------------------------------------

#: Qt setters and constructors that put text on screen or in a screen reader.
TEXT_SINKS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "addItem", "addTab", "insertTab", "setTabText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setHorizontalHeaderLabels",
    "setInformativeText", "setStatusTip", "setWhatsThis", "addButton", "showMessage",
    "setHtml", "addMenu", "setNameFilter", "setNameFilters", "setItemText", "setLabelText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QListWidgetItem", "QTableWidgetItem", "QToolButton",
}  # fmt: skip
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _literal_words(node: ast.AST) -> bool:
    """A string literal (or f-string part) holding words someone would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"<[^>]*>", "", node.value).strip()  # markup is not text
        return bool(re.search(r"[A-Za-z]{2,}", text)) and " " in text
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    return False


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def test_no_untranslated_text_reaches_a_widget() -> None:
    """Static check of footgui/ui (the Session page aside): literals go through tr()."""
    offenders = []
    for path in sorted((ROOT / "footgui" / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT)
        if "session" in rel.parts or rel.name == "session.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) in TEXT_SINKS:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    if _literal_words(arg):
                        offenders.append(f"{rel}:{node.lineno}: {ast.unparse(arg)[:60]}")
    assert offenders == []
