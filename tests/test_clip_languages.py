"""Demo clips without words, and their cue tracks in every language.

The video is the same for everyone: no phase word, chips, caption or side
badge burned in (only the L/R foot markers and the ruler's numbers). The
words come from ``<id>.vtt`` (English) and ``<id>.<language>.vtt`` (German),
and the Session page shows the one of the app's language over the clip.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtGui import QPainter
from session_fixtures import FakeClock, open_session_page, short_plan

from footgui.core.catalog import cue_track_path, load_catalog
from footgui.core.cuetrack import Cue, load_vtt
from footgui.demos.anim import AnimationError, ClipPlan, load_specs
from footgui.demos.render import (
    animations_dir,
    build_plans,
    cue_tracks,
    localize_plans,
    sample_times,
)
from footgui.demos.scene import FPS, ClipRenderer, frame_count
from footgui.demos.words import CUE_LANGUAGES, ClipWords, load_words, missing_words
from footgui.paths import assets_dir
from footgui.player.clip import split_cues
from footgui.player.own_clips import OwnClips

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog
    from footgui.ui.session.page import SessionPage


@pytest.fixture(scope="module")
def plans(catalog: Catalog) -> dict[str, ClipPlan]:
    found, errors = build_plans(catalog)
    assert errors == []
    return {p.exercise_id: p for p in found}


@pytest.fixture(scope="module")
def de_catalog() -> Catalog:
    return load_catalog(language="de")


def _form_cues(path: Path) -> list[Cue]:
    return [c for c in load_vtt(path).cues if c.identifier.startswith("form-")]


# -- the committed tracks --------------------------------------------------------------------


def test_every_exercise_has_a_track_per_language_and_they_parse(catalog: Catalog) -> None:
    for ex in catalog:
        for language in ("en", *CUE_LANGUAGES):
            path = assets_dir() / cue_track_path(ex.id, language)
            track = load_vtt(path)
            assert track.cues, path.name
    assert cue_track_path("toe-curls") == "clips/toe-curls.vtt"
    assert cue_track_path("toe-curls", "de") == "clips/toe-curls.de.vtt"


def test_german_form_cues_are_the_german_catalogs(catalog: Catalog, de_catalog: Catalog) -> None:
    for ex in catalog:
        english = _form_cues(assets_dir() / cue_track_path(ex.id))
        german = _form_cues(assets_dir() / cue_track_path(ex.id, "de"))
        de_cues = de_catalog[ex.id].cues
        assert len(de_cues) == len(ex.cues), ex.id
        assert [(c.start, c.end) for c in german] == [(c.start, c.end) for c in english], ex.id
        # each German cue is the German catalog's cue at the English cue's place
        wanted = [de_cues[ex.cues.index(c.text)] for c in english]
        assert [c.text for c in german] == wanted, ex.id
        assert set(de_cues) <= {c.text for c in german}, ex.id


def test_german_tracks_use_german_words_with_the_same_timing(catalog: Catalog) -> None:
    words = load_words(animations_dir(), "de")
    for ex in catalog:
        english = load_vtt(assets_dir() / cue_track_path(ex.id)).cues
        german = load_vtt(assets_dir() / cue_track_path(ex.id, "de")).cues
        assert [(c.identifier, c.start, c.end) for c in german] == [
            (c.identifier, c.start, c.end) for c in english
        ], ex.id
        for en, de in zip(english, german, strict=True):
            if en.identifier.startswith("switch-"):
                assert de.text == "Seite wechseln"
            elif en.identifier.startswith("phase-"):
                match = re.fullmatch(r"(.+?)(?: (\d+(?:\.\d+)?) s)?", en.text)
                assert match is not None
                name, seconds = match.groups()
                expected = words.words[name]
                if seconds is not None:
                    expected += " " + seconds.replace(".", ",") + " s"
                assert de.text == expected, ex.id


def test_committed_tracks_are_what_the_renderer_writes(plans: dict[str, ClipPlan]) -> None:
    """A stale track (catalog edited, tracks not rewritten) fails here: run --cues-only."""
    local, errors = localize_plans(list(plans.values()))
    assert errors == []
    for exercise_id, plan in plans.items():
        clip_s = frame_count(plan.duration, FPS) / FPS
        for name, text in cue_tracks(plan, clip_s, local[exercise_id]).items():
            committed = (assets_dir() / "clips" / name).read_text(encoding="utf-8")
            assert committed == text, f"{name} is out of date: footgui render-demos --cues-only"


# -- the German words --------------------------------------------------------------------------


def test_every_phase_word_has_a_german_entry() -> None:
    specs, errors = load_specs(animations_dir())
    assert errors == []
    assert missing_words(specs.values(), load_words(animations_dir(), "de")) == []


def test_a_missing_word_is_named(plans: dict[str, ClipPlan], tmp_path: Path) -> None:
    text = (animations_dir() / "words.de.toml").read_text(encoding="utf-8")
    (tmp_path / "words.de.toml").write_text(text.replace('"Curl" = "Krallen"\n', ""), "utf-8")
    words = load_words(tmp_path, "de")
    assert missing_words([plans["toe-curls"].spec], words) == ["Curl"]
    local, errors = localize_plans([plans["toe-curls"]], tmp_path)
    assert [str(e) for e in errors] and "'Curl'" in str(errors[0])
    assert len(errors) == 1 and local["toe-curls"] == []  # no half-English German track
    with pytest.raises(AnimationError, match="no de word for the phase 'Curl'"):
        words.word("Curl")
    (tmp_path / "words.fr.toml").write_text("[words]\nUp = ''\n", "utf-8")
    with pytest.raises(AnimationError, match="non-empty strings"):
        load_words(tmp_path, "fr")


def test_doses_use_the_languages_decimal_mark() -> None:
    words = ClipWords("de", {"Hold": "Halten"}, ",")
    assert words.seconds(2.5) == "2,5" and words.seconds(3.0) == "3"


# -- no words in the picture -------------------------------------------------------------------


def _texts_drawn(plan: ClipPlan, monkeypatch: pytest.MonkeyPatch, times: list[float]) -> set[str]:
    drawn: set[str] = set()
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> None:
        drawn.update(a for a in args if isinstance(a, str))
        original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    renderer = ClipRenderer(plan)
    for t in times:
        renderer.render_at(t)
    monkeypatch.undo()
    return drawn


def test_no_frame_draws_words(
    plans: dict[str, ClipPlan], monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    allowed = re.compile(r"[LR]|\d+")  # foot markers, the ruler's centimetres
    markers: set[str] = set()
    for plan in plans.values():
        drawn = _texts_drawn(plan, monkeypatch, sample_times(plan, 4))
        markers |= drawn
        assert {t for t in drawn if not allowed.fullmatch(t)} == set(), plan.exercise_id
    assert {"L", "R"} <= markers  # the recorder saw the text that is drawn


def test_the_word_check_sees_text(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """The recorder above catches text drawn through QPainter, so the check can fail."""
    from PySide6.QtGui import QImage

    seen: set[str] = set()
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> None:
        seen.update(a for a in args if isinstance(a, str))
        original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.drawText(2, 15, "UP")
    painter.end()
    assert seen == {"UP"}


# -- the player picks the app's language -------------------------------------------------------


def _assets(root: Path, *names: str) -> Path:
    clips = root / "clips"
    clips.mkdir(parents=True)
    for name in names:
        (clips / name).write_text("WEBVTT\n", encoding="utf-8")
    return root


def test_source_for_picks_the_language_track_or_english(tmp_path: Path) -> None:
    assets = _assets(tmp_path / "a", "toe-curls.vtt", "toe-curls.de.vtt", "ankle-pumps.vtt")
    own = OwnClips(tmp_path / "own")
    de = own.source_for("toe-curls", assets, "de")
    assert de.cue_track == assets / "clips" / "toe-curls.de.vtt" and not de.own
    assert own.source_for("toe-curls", assets, "en").cue_track == assets / "clips/toe-curls.vtt"
    # no German track yet: the English one rather than no cues
    assert own.source_for("ankle-pumps", assets, "de").cue_track == (
        assets / "clips" / "ankle-pumps.vtt"
    )
    (tmp_path / "own").mkdir()
    (tmp_path / "own" / "toe-curls.mp4").write_bytes(b"x")
    mine = own.source_for("toe-curls", assets, "de")
    assert mine.own and mine.cue_track is None


def test_source_for_follows_the_app_language(german: object, tmp_path: Path) -> None:
    assets = _assets(tmp_path, "toe-curls.vtt", "toe-curls.de.vtt")
    track = OwnClips(tmp_path / "own").source_for("toe-curls", assets).cue_track
    assert track == assets / "clips" / "toe-curls.de.vtt"


def test_split_cues_puts_the_phase_word_first() -> None:
    cues = [Cue(0, 3, "Hoch 3 s", "phase-1"), Cue(0, 1.5, "Zehen auf das Handtuch", "form-1")]
    assert split_cues(cues) == ("Hoch 3 s", "Zehen auf das Handtuch")
    assert split_cues([Cue(0, 1, "A"), Cue(0, 1, "B")]) == ("A\nB", "")
    assert split_cues([Cue(0, 1, "Knie gestreckt", "form-2")]) == ("", "Knie gestreckt")


# -- the German Session page -------------------------------------------------------------------


@pytest.fixture
def real_assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The committed heel-raise clip and its tracks (the others are not needed)."""
    clips = tmp_path / "assets" / "clips"
    clips.mkdir(parents=True)
    for name in ("heel-raise-323.webm", "heel-raise-323.vtt", "heel-raise-323.de.vtt"):
        shutil.copy(assets_dir() / "clips" / name, clips / name)
    monkeypatch.setenv("FOOTGUI_ASSETS", str(tmp_path / "assets"))
    return tmp_path / "assets"


@pytest.fixture
def de_page(qtbot: Any, german_ctx: Any, real_assets: Path) -> Iterator[SessionPage]:
    yield from open_session_page(qtbot, german_ctx)


@pytest.fixture
def en_page(qtbot: Any, app_ctx: Any, real_assets: Path) -> Iterator[SessionPage]:
    yield from open_session_page(qtbot, app_ctx)


def _overlay_after_start(qtbot: Any, page: SessionPage) -> str:
    from session_fixtures import HEEL

    page.clock = FakeClock()
    page.start_plan(short_plan(HEEL))
    video = page.run_view.video
    qtbot.waitUntil(lambda: video.cue != "", timeout=8000)
    return video.cue


def test_the_german_overlay_shows_the_german_track(
    qtbot: Any, de_page: SessionPage, real_assets: Path
) -> None:
    de_track = load_vtt(real_assets / "clips" / "heel-raise-323.de.vtt")
    text = _overlay_after_start(qtbot, de_page)
    video = de_page.run_view.video
    german = {c.text for c in de_track.cues}
    assert set(text.split("\n")) <= german
    assert any(w in video.cue for w in ("Hoch", "Halten", "Runter", "Seite wechseln"))
    assert not any(w in video.cue for w in ("Up ", "Hold ", "Down ", "Switch sides"))


def test_the_english_overlay_shows_the_english_track(
    qtbot: Any, en_page: SessionPage, real_assets: Path
) -> None:
    text = _overlay_after_start(qtbot, en_page)
    english = {c.text for c in load_vtt(real_assets / "clips" / "heel-raise-323.vtt").cues}
    assert set(text.split("\n")) <= english
