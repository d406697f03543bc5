"""The demo clip keeps in step with the session: real clips, decoded by Qt Multimedia.

At every rep start the clip jumps to a movement cycle of the side being
worked, so the overlay's phase word and the timer panel's agree.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from session_fixtures import HEEL, FakeClock, open_session_page, short_plan

from footgui.core.timeline import PlanItem, Side
from footgui.paths import assets_dir
from footgui.player.clip import ClipPlayer, ClipState
from footgui.ui.session.page import SessionPage

CLIP = "heel-raise-323"
EXTENSIONS = (".webm", ".vtt", ".de.vtt")
#: Held reps: the clip opens each rep with an untimed "Spread" the timeline has no phase for.
HELD = PlanItem("toe-spreading", "Toe spreading", sets=1, reps=3, hold_s=2, rest_s=5)
LANDED_S = 0.5  # the clip plays on in real time while the test looks at it


@pytest.fixture
def real_assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    clips = tmp_path / "assets" / "clips"
    clips.mkdir(parents=True)
    for name in (f"{c}{ext}" for c in (CLIP, HELD.exercise_id) for ext in EXTENSIONS):
        shutil.copy(assets_dir() / "clips" / name, clips / name)
    monkeypatch.setenv("FOOTGUI_ASSETS", str(tmp_path / "assets"))
    return tmp_path / "assets"


@pytest.fixture(params=["en", "de"])
def page(request: pytest.FixtureRequest, qtbot: Any, real_assets: Path) -> Iterator[SessionPage]:
    ctx = request.getfixturevalue("app_ctx" if request.param == "en" else "german_ctx")
    yield from open_session_page(qtbot, ctx)


@pytest.fixture
def player(qtbot: Any, real_assets: Path) -> Iterator[ClipPlayer]:
    clip = ClipPlayer()
    yield clip
    clip.close()


def go(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert page.runner is not None
    page.runner.process()


def _landed(clip: ClipPlayer, side: Side) -> bool:
    assert clip.cycles is not None
    return any(0 <= clip.frame_s - s < LANDED_S for s in clip.cycles.for_side(side))


def _headline(page: SessionPage) -> str:
    return page.run_view.video.cue.split("\n")[0]


def _in_step(qtbot: Any, page: SessionPage, side: Side) -> None:
    """The picture is at the start of a cycle of ``side`` and says what the timer says."""
    qtbot.waitUntil(lambda: _landed(page.clip, side), timeout=3000)
    timer_word = page.run_view.phase.text().split()[0]  # "UP 1" / "HOCH 1"
    qtbot.waitUntil(lambda: _headline(page).split()[0].upper() == timer_word, timeout=3000)
    assert _landed(page.clip, side), page.clip.frame_s


def test_each_rep_starts_the_clip_at_a_cycle_of_the_side(qtbot: Any, page: SessionPage) -> None:
    clock = FakeClock()
    page.clock = clock
    page.start_plan(short_plan(HEEL))
    clip, view = page.clip, page.run_view
    qtbot.waitUntil(lambda: clip.state is ClipState.PLAYING, timeout=5000)
    assert clip.cycles is not None and clip.cycles.starts["right"] == (8.8,)

    go(page, clock, 4.05)  # left side, set 1, rep 1 going up
    assert page.runner is not None and page.runner.current().phase.name == "up"  # type: ignore[union-attr]
    _in_step(qtbot, page, "left")

    go(page, clock, 3.0)  # rep 2: the clip has played on, it starts the cycle again
    assert view.counters.text().endswith("2/2")
    _in_step(qtbot, page, "left")

    go(page, clock, 6.0)  # 13.05: right side, rep 1: a jump forward past the switch
    assert page.runner.current().segment.unit.side == "right"  # type: ignore[union-attr]
    _in_step(qtbot, page, "right")
    assert page.clip.frame_s > 8.0

    go(page, clock, 1.0)  # hold: no rep starts, the clip plays on
    assert page.runner.current().phase.name == "hold"  # type: ignore[union-attr]

    go(page, clock, 10.0)  # 24.05: left side, set 2: a jump back across the loop
    assert page.runner.current().segment.unit.side == "left"  # type: ignore[union-attr]
    _in_step(qtbot, page, "left")
    assert clip.notice == ""  # jumping back is not mistaken for a cut file's early loop
    assert clip.state is ClipState.PLAYING


def test_held_reps_start_the_clip_at_its_hold_not_its_lead_in(
    qtbot: Any, page: SessionPage
) -> None:
    clock = FakeClock()
    page.clock = clock
    page.start_plan(short_plan(HELD))
    qtbot.waitUntil(lambda: page.clip.state is ClipState.PLAYING, timeout=5000)
    go(page, clock, 4.05)  # rep 1: the timer says HOLD at once
    assert page.runner is not None and page.runner.current().phase.name == "hold"  # type: ignore[union-attr]
    _in_step(qtbot, page, "left")  # a both-feet clip: any cycle
    go(page, clock, 3.0)  # rep 2, after the 1 s release
    assert page.run_view.counters.text().endswith("2/3")
    _in_step(qtbot, page, "left")


def test_a_paused_session_stays_paused(qtbot: Any, page: SessionPage) -> None:
    clock = FakeClock()
    page.clock = clock
    page.start_plan(short_plan(HEEL))
    clip = page.clip
    qtbot.waitUntil(lambda: clip.state is ClipState.PLAYING, timeout=5000)
    go(page, clock, 10.5)  # switching sides
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert page.runner is not None and page.runner.paused
    qtbot.keyClick(page.run_view, Qt.Key.Key_Right)  # next, while paused: the right side starts
    assert page.runner.current().segment.unit.side == "right"  # type: ignore[union-attr]
    assert page.runner.paused
    qtbot.waitUntil(lambda: _landed(clip, "right"), timeout=3000)
    assert clip._player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert clip._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState


def test_slow_mode_plays_on_at_half_speed_after_a_jump(qtbot: Any, page: SessionPage) -> None:
    clock = FakeClock()
    page.clock = clock
    page.start_plan(short_plan(HEEL))
    clip = page.clip
    qtbot.waitUntil(lambda: clip.state is ClipState.PLAYING, timeout=5000)
    qtbot.keyClick(page.run_view, Qt.Key.Key_S)
    assert clip.rate == 0.5
    go(page, clock, 13.05)  # right side
    _in_step(qtbot, page, "right")
    start_s, start = clip.frame_s, time.perf_counter()
    qtbot.waitUntil(lambda: clip.frame_s >= start_s + 0.3, timeout=3000)
    assert time.perf_counter() - start >= 0.5  # 0.3 s of clip took at least 0.5 s


def test_a_jump_asked_while_loading_waits_for_the_first_frame(
    qtbot: Any, player: ClipPlayer, real_assets: Path
) -> None:
    clips = real_assets / "clips"
    player.load(clips / f"{CLIP}.webm", clips / f"{CLIP}.vtt", label="demo clip")
    assert player.state is ClipState.LOADING
    assert not player.sync_to_cycle("right")
    qtbot.waitUntil(lambda: _landed(player, "right"), timeout=5000)
    assert player.sync_to_cycle("right") is False  # already in step: no seek


def test_a_clip_without_a_cue_track_is_never_moved(
    qtbot: Any, player: ClipPlayer, real_assets: Path
) -> None:
    player.load(real_assets / "clips" / f"{CLIP}.webm", None, label="video")
    qtbot.waitUntil(lambda: player.state is ClipState.PLAYING, timeout=5000)
    assert player.cycles is None
    assert player.sync_to_cycle("right") is False
    qtbot.waitUntil(lambda: player.frame_s > 0.2, timeout=3000)
    assert player.frame_s < 8.0
