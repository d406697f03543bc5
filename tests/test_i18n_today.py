"""The Today page and the progression engine in German: every sentence the user reads.

The engine writes its reasons, targets and notes as messages (``core.text.Msg``):
English for the CLI and the JSON, German on the page. These tests read the German
page as a user would and look for English left behind, and check at the core level
that the sentences are messages with a context, so ``lupdate`` and ``localize`` can
find them.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from test_today_page import TODAY, make_page, texts_of
from today_story import write_story

from footgui.core.catalog import Catalog
from footgui.core.history import (
    CheckInEntry,
    DiaryHistory,
    MeasurementEntry,
    ProfileEntry,
    SessionEntry,
    StageEventEntry,
)
from footgui.core.progression import recommend
from footgui.core.recommendation import PlannedExercise, Reason, Recommendation
from footgui.core.text import Msg
from footgui.store.repos import add_stage_event, upsert_checkin
from footgui.ui.i18n import localize
from footgui.ui.today.page import TodayPage
from footgui.ui.vocab import source_label

#: English words of the engine's sentences that must not reach a German page.
ENGLISH = (
    "against your usual",
    "Rule:",
    "Source:",
    "weaker side",
    "not yet",
    "sessions",
    "in a row",
    "longer than",
    "Reduced from",
    "each side",
    " hold",
    "Heel raise",
    "the week before",
    "moves",
    "No ",
    " on Mon",
    "target",
    "measured",
    "pain rules",
    "reps",
)


def english_left(text: str) -> list[str]:
    return [words for words in ENGLISH if words in text]


# -- the German page ---------------------------------------------------------------------


@pytest.fixture
def german_story(qtbot, german_ctx) -> TodayPage:  # type: ignore[no-untyped-def]
    """The story diary (next-morning flare: reduce; a long run: warning) on a German page."""
    write_story(german_ctx.db, TODAY)
    return make_page(qtbot, german_ctx)


def test_reduce_day_reads_german_throughout(german_story: TodayPage) -> None:
    page = german_story
    assert page.badge.text() == "UMFANG UM 30 % VERRINGERN"
    assert page.headline.text() == "Tägliche Fußaktivierung"
    why = texts_of(page.reasons)
    assert "Schmerz am Folgemorgen 4/10 nach Grundkraft am Mo., 15. Juni" in why
    assert "gegenüber deinem üblichen 1/10" in why
    assert "Schmerz-Monitoring-Modell (untersucht bei Achillessehnen-Tendinopathie" in why
    assert "Quelle: Silbernagel 2007; Thomee 1997" in why  # the citation stays as it is
    assert "Verringere heute den Umfang um 30 %" in why
    assert "Umfangsfaktor 0,7" in why  # the decimal comma
    assert "footguis eigene Regel" in why
    warning = texts_of(page).split("⚠")[1]
    assert "Dein Lauf am Sa., 13. Juni (11,0 km) war 22 % länger" in warning
    assert "Hazard Ratio von 1,64 für Läufe, die 10–30 % länger waren" in warning
    exercises = texts_of(page.exercises)
    assert "1 x 7 x 2 s halten" in exercises and "Verringert von 1 x 10." in exercises
    assert "2 x 12 @ 3-2-3 je Seite" in exercises
    assert "Tag 0 des Fersenheben-Plans" in exercises
    shown = texts_of(page)
    assert english_left(shown) == [], shown


def test_gate_lines_are_german(german_story: TodayPage) -> None:
    gate = texts_of(german_story.gate)
    assert german_story.gate.title.text() == "Bis Stufe 2: 3 von 5 erreicht"
    assert "Einbeiniges Fersenheben bis zur Ermüdung (Wdh.) ≥ 15 Wdh." in gate
    assert "noch nicht: schwächere Seite links 13 Wdh. (rechts 16 Wdh.), Fr., 12. Juni" in gate
    assert "erreicht: schwächere Seite links 34,5 s (rechts 40,1 s)" in gate
    assert "Norm für dein Alter 44,7 s (Springer 2007, vorläufig)" in gate
    assert "Absolvierte Einheiten in der Stufe ≥ 9 Einheiten" in gate
    assert "(Regeln verletzt am Mo., 15. Juni)" in gate
    assert english_left(gate) == [], gate


def test_week_strip_is_german(german_story: TodayPage) -> None:
    week = texts_of(german_story.week)
    assert german_story.week.pct.text() == "50 %"
    assert "Fersenheben" in week and "Heel raise" not in week
    assert "1 von 2 bisher erledigt" in week


def test_pain_staying_up_regresses_in_german_with_unknowns(qtbot, german_ctx) -> None:  # type: ignore[no-untyped-def]
    """Stage 2, three mornings of raised pain: back to the foundation moves; tests missing."""
    db = german_ctx.db
    write_story(db, TODAY, flare=False, spike=False)
    add_stage_event(db, day=TODAY - timedelta(days=20), stage=2, kind="advance")
    for n in (2, 1, 0):
        upsert_checkin(db, TODAY - timedelta(days=n), first_step_pain=4)
    page = make_page(qtbot, german_ctx)
    assert page.rec is not None and page.rec.action == "regress"
    assert page.badge.text() == "ZURÜCK ZU DEN GRUNDÜBUNGEN"
    assert page.back_button.text() == "Zurück zu Stufe 1 …"
    why = texts_of(page.reasons)
    assert "Anlaufschmerz an den letzten 3 Morgen über deinem üblichen 1/10 (4, 4, 4/10)" in why
    assert "Geh zurück zu den Grundübungen mit weniger Umfang" in why
    assert "Regel: zurückgehen, wenn der Schmerz am Folgemorgen erhöht bleibt" in why
    unknowns = page.unknowns.text()
    assert unknowns.startswith("Was mir nicht bekannt war:")
    assert "Noch kein Ergebnis für „Knie-zur-Wand-Abstand“: Mach den Test." in unknowns
    assert "Noch kein Ergebnis für „Einbeinstand, Augen geschlossen“" in unknowns
    gate = texts_of(page.gate)
    assert "Bis Stufe 3" in page.gate.title.text()
    assert "Knie-zur-Wand-Abstand (cm) ≥ 9 cm" in gate and "unbekannt: noch nicht gemessen" in gate
    shown = texts_of(page)
    assert english_left(shown) == [], shown


def test_rest_day_headline_and_advance_reason_in_german(qtbot, german_ctx) -> None:  # type: ignore[no-untyped-def]
    """Pain 8/10 this morning: the headline itself comes from the engine."""
    write_story(german_ctx.db, TODAY, flare=False, spike=False)
    upsert_checkin(german_ctx.db, TODAY, first_step_pain=8)
    page = make_page(qtbot, german_ctx)
    assert page.headline.text() == "Heute Pause: Lass deinen Fuß untersuchen"
    why = texts_of(page.reasons)
    assert "Anlaufschmerz 8/10 am Di., 16. Juni: Ab 7/10 behandle ihn wie scharfen Schmerz." in why
    assert english_left(texts_of(page)) == []


# -- the core: messages with a context ---------------------------------------------------

T = date(2026, 6, 16)


def _calm_stage2(pain_days: tuple[int, ...] = ()) -> DiaryHistory:
    """Stage 2 for six weeks, sessions at pain 2/10; ``pain_days`` ago had first-step pain 4."""
    checkins = []
    sessions = []
    for n in range(42, -1, -1):
        day = T - timedelta(days=n)
        pain = 4 if n in pain_days else 1
        checkins.append(CheckInEntry(day, first_step_pain=pain, stiffness=1))
        if day.weekday() in (0, 2, 4) and n > 0:
            sessions.append(SessionEntry(day, "s2-stability", 2, pain_during=2))
    return DiaryHistory(
        since=T - timedelta(days=120),
        checkins=tuple(checkins),
        measurements=(
            MeasurementEntry(T - timedelta(days=3), "heel_rises", "left", 14),
            MeasurementEntry(T - timedelta(days=3), "heel_rises", "right", 18),
        ),
        sessions=tuple(sessions),
        stage_events=(StageEventEntry(T - timedelta(days=42), 2, "start"),),
        profile=ProfileEntry(38, "female", 2),
    )


def contexts_of(text: object) -> set[str]:
    """The translation contexts in a message, through joined and nested parts."""
    if not isinstance(text, Msg):
        return set()
    found = {text.context} if text.context else set()
    for value in text.values.values():
        found |= contexts_of(value)
    return found


def _messages(rec: Recommendation) -> list[str]:
    texts: list[str] = [rec.headline, *rec.unknowns]
    for reason in (*rec.reasons, *rec.warnings):
        texts += [reason.text, reason.rule]
    for check in rec.gate:
        texts += [check.target, check.detail]
    if rec.session is not None:
        texts += [e.dose_text for e in rec.session.exercises]
        texts += [e.note for e in rec.session.exercises if e.note]
    return texts


@pytest.mark.parametrize("pain_days", [(), (2, 1, 0)], ids=["continue", "regress"])
def test_every_engine_sentence_is_a_message_with_a_context(
    catalog: Catalog, pain_days: tuple[int, ...]
) -> None:
    rec = recommend(_calm_stage2(pain_days), catalog, T)
    assert rec.action == ("regress" if pain_days else "continue")
    texts = _messages(rec)
    assert len(texts) > 10
    for text in texts:
        assert isinstance(text, Msg), f"plain str: {text!r}"
    contexts = set().union(*(contexts_of(t) for t in texts))
    assert {"Progression", "Gates", "Recommendation", "Planner"} <= contexts
    for reason in rec.reasons:
        assert "Progression" in contexts_of(reason.text), reason.text
        assert contexts_of(reason.rule), reason.rule


def test_days_travel_as_dates_not_english_text(catalog: Catalog) -> None:
    rec = recommend(_calm_stage2((2, 1, 0)), catalog, T)
    weaker = next(g for g in rec.gate if g.measure == "heel_rises").detail
    assert isinstance(weaker, Msg) and weaker.values["day"] == T - timedelta(days=3)
    assert weaker == "weaker side left 14 reps (right 18 reps), Sat 13 Jun"  # English unchanged


def test_dose_text_is_one_message(german) -> None:  # type: ignore[no-untyped-def]
    ex = PlannedExercise("x", "X", 3, 12, 2, None, None, 30, True)
    assert ex.dose_text == "3 x 12 x 2 s hold each side"
    assert localize(ex.dose_text) == "3 x 12 x 2 s halten je Seite"


def test_sources_with_words_are_translated(german) -> None:  # type: ignore[no-untyped-def]
    goom = Reason(Msg("", "x"), Msg("", "y"), "T. Goom (clinical usage, not in the paper)")
    assert source_label(goom) == "T. Goom (klinische Praxis, nicht in der Studie)"
    cited = Reason(Msg("", "x"), Msg("", "y"), "Silbernagel 2007; Thomee 1997")
    assert source_label(cited) == "Silbernagel 2007; Thomee 1997"
    from footgui.core.progression import USER_SOURCE

    assert source_label(Reason(Msg("", "x"), Msg("", "y"), USER_SOURCE)) == "deine Wahl"
    assert QCoreApplication.translate("Vocab", "footgui's own rule") == "footguis eigene Regel"
