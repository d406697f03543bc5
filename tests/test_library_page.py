"""The Library page as a user meets it: search, filter, read, follow links."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl

from footgui.ui.pages.library import LibraryPage, dose_text


@pytest.fixture
def page(qtbot, app_ctx):
    widget = LibraryPage(app_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_ids(page: LibraryPage) -> list[str]:
    return [str(page.list.item(r).data(256)) for r in range(page.list.count())]


def test_lists_the_whole_catalog_at_first(page, catalog) -> None:
    assert shown_ids(page) == [ex.id for ex in catalog]
    assert page.count.text() == f"{len(catalog)} of {len(catalog)} exercises"


def test_search_narrows_the_list_and_shows_a_match(page, qtbot) -> None:
    qtbot.keyClicks(page.search, "towel")
    ids = shown_ids(page)
    assert ids and all(
        "towel" in " ".join([ex.name, ex.purpose, *ex.cues, ex.id]).lower()
        for ex in (page.ctx.catalog[i] for i in ids)
    )
    assert page.current_id() in ids
    assert page.ctx.catalog[page.current_id()].name in page.detail.toPlainText()


def test_nothing_found_says_so(page, qtbot) -> None:
    qtbot.keyClicks(page.search, "zzzz-no-such-move")
    assert page.list.count() == 0
    assert "No exercise matches" in page.detail.toPlainText()


def test_filters_combine(page, catalog) -> None:
    page.stage.setCurrentText("3")
    assert shown_ids(page) and all(3 in catalog[i].stages for i in shown_ids(page))
    page.category.setCurrentText("balance")
    for i in shown_ids(page):
        assert catalog[i].category == "balance" and 3 in catalog[i].stages
    page.stage.setCurrentIndex(0)
    page.category.setCurrentIndex(0)
    page.equipment.setCurrentText("band")
    assert shown_ids(page) and all("band" in catalog[i].equipment for i in shown_ids(page))


def test_detail_shows_dose_cues_and_cautions(page, catalog) -> None:
    ex = catalog["heel-raise-323"]
    page.show_exercise(ex.id)
    text = page.detail.toPlainText()
    assert ex.name in text
    assert "3-2-3" in text
    assert dose_text(ex.dose) in text
    for cue in ex.cues:
        assert cue in text
    for caution in ex.cautions:
        assert caution in text


def test_app_own_doses_are_labelled(page, catalog) -> None:
    own = next(ex for ex in catalog if ex.dose.is_app_own)
    page.show_exercise(own.id)
    assert "footgui's own dose" in page.detail.toPlainText()
    cited = next(ex for ex in catalog if not ex.dose.is_app_own)
    page.show_exercise(cited.id)
    assert f"dose from {cited.dose.source}" in page.detail.toPlainText()


def test_following_an_easier_link_opens_that_exercise(page, catalog) -> None:
    ex = next(e for e in catalog if e.easier)
    page.category.setCurrentText(ex.category)
    page.show_exercise(ex.id)
    hrefs = re.findall(r'href="exercise:([^"]+)"', page.detail.toHtml())
    assert ex.easier[0] in hrefs
    page.detail.anchorClicked.emit(QUrl(f"exercise:{ex.easier[0]}"))
    assert page.current_id() == ex.easier[0]
    assert catalog[ex.easier[0]].name in page.detail.toPlainText()


def test_navigation_can_open_an_exercise(page, catalog) -> None:
    target = list(catalog)[-1]
    page.search.setText("something else")
    page.activate(exercise_id=target.id)
    assert page.current_id() == target.id
