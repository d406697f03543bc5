"""The diary's, the charts' and the report's core sentences in German.

The core writes validation messages, warnings, norm labels and import
problems as ``Msg``s (English ``str`` with their context and template); the
GUI shows them through ``i18n.localize``. These tests check both ends: the
core's messages carry what a translator needs, and a German user sees German
on the Diary and Trends pages, in an import's refusal and in the PDF report.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from footgui.core import diary_rules as rules
from footgui.core import norms
from footgui.core.diary_formats import ImportRejected, read_csv, read_json
from footgui.core.history import ProfileEntry
from footgui.core.report_data import ReportInputs, ReportRangeError, build_report
from footgui.core.text import Msg
from footgui.core.units import Units, parse_duration
from footgui.store import diary, repos

TODAY = date.today()


# -- core: the sentences are messages a translator can reach --------------------------------


def _contexts(msg: object) -> set[str]:
    """Every context in a message and the messages nested in it."""
    assert isinstance(msg, Msg), repr(msg)
    found = {msg.context} if msg.context else set()
    for value in msg.values.values():
        if isinstance(value, Msg):
            found |= _contexts(value)
    return found


def test_validation_messages_are_messages_with_a_context() -> None:
    with pytest.raises(rules.ValidationError) as caught:
        rules.validate_run(
            {"day": TODAY, "distance_m": "-3", "run_type": "jog", "pain_after": "11"},
            today=TODAY,
            distance_unit="km",
        )
    errors = caught.value.errors
    assert errors["distance_m"] == "Distance cannot be negative"
    assert errors["pain_after"] == "Pain after must be a whole number from 0 to 10"
    for message in errors.values():
        assert "DiaryRules" in _contexts(message)
    assert _contexts(errors["pain_after"]) == {"DiaryRules"}
    with pytest.raises(ValueError) as bad_clock:
        parse_duration("1:99")
    assert isinstance(bad_clock.value.args[0], Msg) and bad_clock.value.args[0].context == "Units"


def test_warnings_norms_and_import_problems_are_messages() -> None:
    day = date(2026, 3, 10)
    spike = rules.check_run_spike(day, 12_000.0, [(day - timedelta(days=3), 10_000.0)])
    assert spike.warn and "DiaryRules" in _contexts(spike.message("km"))
    change = rules.compare_with_previous("heel_rises", 30.0, (day - timedelta(days=7), 20.0))
    assert change is not None and "DiaryRules" in _contexts(change.message())
    band = norms.balance_band(True, None, None)
    assert {"Norms"} <= _contexts(band.label) and isinstance(band.note, Msg)
    assert isinstance(norms.heel_rise_band(None).unit, Msg)
    assert all(isinstance(z.name, Msg) for z in norms.PAIN_ZONES)
    assert isinstance(norms.spike_hazard(1.2), Msg)
    with pytest.raises(ImportRejected) as caught:
        read_json(b"{not json", "backup.json")
    assert "DiaryFormats" in _contexts(caught.value.summary())
    with pytest.raises(ReportRangeError) as empty:
        build_report(ReportInputs(ProfileEntry()), day, day, today=day)
    assert isinstance(empty.value.args[0], Msg)


def test_english_stays_as_it_was() -> None:
    """The CLI, the files and the logs read the English sentences unchanged."""
    check = rules.check_run_spike(
        date(2026, 3, 10), 12_000.0, [(date(2026, 3, 7), 10_000.0)], rules.DiaryRules()
    )
    assert str(check.message("km")) == (
        "This run is 20% longer than your longest run in the previous 30 days (10.00 km). "
        "Frandsen 2025 linked runs more than 10% longer than that with more running injuries "
        "(hazard ratio 1.64). Consider a shorter run."
    )
    with pytest.raises(ImportRejected) as caught:
        read_csv(b"day,nonsense\n", "checkins.csv", ("day", "stiffness"), ("day",))
    assert str(caught.value) == (
        "checkins.csv, row 1: Unknown column(s): nonsense; expected day, stiffness"
    )


# -- the Diary page in German ---------------------------------------------------------------


@pytest.fixture
def german_page(qtbot, german_ctx):  # type: ignore[no-untyped-def]
    from footgui.ui.pages.diary import DiaryPage

    page = DiaryPage(german_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type(form, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = form.field(name).editor
    editor.clear()
    editor.insert(text)
    editor.textEdited.emit(editor.text())


def _pick(form, name: str, value: object) -> None:  # type: ignore[no-untyped-def]
    editor = form.field(name).editor
    editor.setCurrentIndex(editor.findData(value))


def test_a_german_test_result_form_says_why_in_german(german_page, german_ctx) -> None:  # type: ignore[no-untyped-def]
    diary.insert_record(
        german_ctx.db,
        "measurement",
        {
            "day": TODAY - timedelta(days=7),
            "taken_at": datetime.combine(TODAY - timedelta(days=7), datetime.min.time()),
            "kind": "knee_to_wall",
            "side": "left",
            "value": 8.0,
            "trial": 1,
        },
    )
    german_page.hub.written.emit("measurement")
    form = german_page.measure_form
    _pick(form, "kind", "knee_to_wall")
    _pick(form, "side", "left")
    _type(form, "value", "10,5")
    compare = form.compare.text()
    assert compare.startswith("Bisher bestes Ergebnis: 8,0 cm (29°) am ")
    assert "Änderung +2,5 cm: mehr als die kleinste nachweisbare Änderung von 1,9 cm" in compare
    assert "echte Verbesserung" in compare and "minimal" not in compare

    _type(form, "value", "31")
    assert form.submit() is False
    assert form.field("value").error.text() == "Ergebnis muss eine Zahl von 0 bis 30 cm sein"
    _pick(form, "kind", "heel_rises")
    _type(form, "value", "12,5")
    assert form.submit() is False
    assert form.field("value").error.text() == "Ergebnis muss eine ganze Zahl sein"


def test_a_german_run_form_warns_of_a_spike_in_german(german_page, german_ctx) -> None:  # type: ignore[no-untyped-def]
    diary.insert_record(
        german_ctx.db,
        "run",
        {"day": TODAY - timedelta(days=5), "distance_m": 10_000.0, "run_type": "long"},
    )
    form = german_page.run_form
    _type(form, "distance_m", "10,5")
    assert "Längster Lauf der letzten 30 Tage: 10,00 km." in form.spike.text()
    _type(form, "distance_m", "12")
    text = form.spike.text()
    assert "Dieser Lauf ist 20 % länger als dein längster Lauf der letzten 30 Tage" in text
    assert "Laut Frandsen 2025" in text and "(Hazard Ratio 1,64)" in text
    assert "longer" not in text
    _type(form, "duration_s", "1:99")
    assert form.submit() is False
    assert form.field("duration_s").error.text() == (
        "Minuten und Sekunden nach einem Doppelpunkt müssen unter 60 liegen"
    )
    form.field("day").editor.setDate(QDate(TODAY + timedelta(days=1)))
    assert form.submit() is False
    assert form.field("day").error.text() == (
        "Datum liegt in der Zukunft: wähle heute oder einen früheren Tag"
    )


def test_a_broken_import_file_is_explained_in_german(german_page, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "checkins.csv"
    bad.write_text("day,stiffness\n2025-01-01,2\n2025-01-02,eleven\n")
    with qtbot.waitSignal(german_page.transfer.finished, timeout=10_000) as blocker:
        german_page.transfer.import_from([bad])
    assert blocker.args[0] is False
    assert german_page.transfer.last_problems == [
        "checkins.csv, Zeile 3, stiffness: Steifigkeit muss eine Zahl sein, z. B. 3"
    ]
    assert "Zeile 3" in german_page.transfer.dialog.detailedText()

    broken = tmp_path / "backup.json"
    broken.write_text('{"format": "footgui-backup", ')
    with qtbot.waitSignal(german_page.transfer.finished, timeout=10_000):
        german_page.transfer.import_from([broken])
    problems = german_page.transfer.last_problems
    assert len(problems) == 1 and problems[0].startswith("backup.json: Kein gültiges JSON: ")


# -- the Trends page in German --------------------------------------------------------------


def test_german_trends_charts_name_their_norms_in_german(german_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.pages.trends import TrendsPage

    db = german_ctx.db
    repos.add_trials(db, kind="balance_ec", side="left", values=[5.5], day=TODAY)
    repos.add_measurement(db, kind="heel_rises", side="left", value=22, day=TODAY)
    repos.add_measurement(db, kind="heel_rises", side="right", value=14, day=TODAY)
    repos.upsert_checkin(db, TODAY, first_step_pain=2)
    page = TrendsPage(german_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)

    closed = next(p for p in page.tab("balance").panels if p.key == "balance_ec")
    caption = closed.caption.text()
    assert "Springer 2007, Augen geschlossen, Frauen und Männer, alle Altersgruppen" in caption
    assert "Kein Alter im Profil" in caption and "Kein Geschlecht im Profil" in caption
    assert "eyes closed" not in caption and "No age" not in caption

    heel = next(p for p in page.tab("mobility").panels if p.key == "heel_rises")
    assert "Median Frauen 21 / Männer 24 Wdh., ± 6 Test-Retest" in heel.caption.text()
    assert "reps" not in heel.caption.text()

    pain = page.tab("pain").master.caption.text()
    assert "0–3 sicher, 4–5 vertretbar, über 5 zu viel" in pain
    assert "Schmerz-Monitoring-Modell" in pain and "safe" not in pain

    symmetry = page.tab("symmetry")
    symmetry.chooser.setCurrentIndex(symmetry.chooser.findData("heel_rises"))
    assert "± 6 Wdh." in symmetry.master.caption.text()


# -- the PDF report in German ---------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    """The pages' text, ligatures ("ﬁ") undone and blanks made single, for phrase checks."""
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


ENGLISH_FROM_CORE = (
    "Healthy adults",
    "eyes open",
    "eyes closed",
    "First test",
    "Median men",
    "Median women",
    "No sex in your profile",
    "longer than your longest",
    "Consider a shorter run",
    "reps",
)


def test_a_german_pdf_report_prints_the_core_text_in_german(
    german, german_ctx, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from footgui.core.recommendation import Reason, Recommendation
    from footgui.core.text import translate
    from footgui.ui import report

    db = german_ctx.db
    end = date(2026, 6, 30)
    first = end - timedelta(days=20)
    repos.update_profile(db, age=38, dominant_foot="right", program_start=first)
    repos.add_stage_event(db, day=first, stage=1, kind="start", reason="")
    repos.add_trials(db, kind="knee_to_wall", side="left", values=[10.1], day=first)
    repos.add_trials(db, kind="knee_to_wall", side="left", values=[11.3], day=end)
    repos.add_measurement(db, kind="heel_rises", side="left", value=23, day=end)
    repos.add_trials(db, kind="balance_eo", side="right", values=[29.0, 33.7], day=end)
    for n in range(21):
        repos.upsert_checkin(db, first + timedelta(days=n), first_step_pain=n % 4)

    spike = rules.check_run_spike(end, 12_000.0, [(end - timedelta(days=3), 10_000.0)])
    advice = Recommendation(
        today=end,
        action="hold",
        stage=1,
        stage_name="Grundlagen",
        headline=translate("DiaryRules", "Consider a shorter run."),
        reasons=(Reason(spike.message("km"), "", "Frandsen 2025"),),
        session=None,
        gate=(),
        next_stage=None,
        unknowns=(norms.heel_rise_band(None).note,),
    )
    monkeypatch.setattr(report, "recommendation_for", lambda *_a: report.RecommendationInfo(advice))
    result = report.export_report(
        db,
        german_ctx.catalog,
        tmp_path / "bericht.pdf",
        first,
        end,
        units=Units(),
        today=end,
        now=datetime(2026, 6, 30, 9, 0),
    )
    text = _pdf_text(result.path)
    for german_words in (
        "Lauf lieber etwas kürzer.",  # the headline
        "Dieser Lauf ist 20 % länger als dein längster Lauf",  # a reason
        "Kein Geschlecht im Profil",  # an unknown, and a norm's note
        "Gesunde Erwachsene 12 ± 2,8 cm (Hoch & McKeon 2011)",
        "Springer 2007, Augen offen, Alter 18-39",
        "Median Frauen 21 / Männer 24 Wdh.",
        "23 Wdh.",
    ):
        assert german_words in text, german_words
    assert "Stufe und Empfehlung" in text and "Schmerzverlauf" in text and "3,0 Wochen" in text
    for english in ENGLISH_FROM_CORE:
        assert english not in text, english


def test_an_empty_german_report_range_is_refused_in_german(german, german_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui import report

    with pytest.raises(report.ReportError) as caught:
        report.export_report(
            german_ctx.db,
            german_ctx.catalog,
            tmp_path / "leer.pdf",
            date(2026, 1, 1),
            date(2026, 1, 31),
            units=Units(),
            today=date(2026, 6, 30),
        )
    assert "zwischen 2026-01-01 und 2026-01-31 gibt es keine Tagebucheinträge" in str(caught.value)
