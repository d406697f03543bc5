"""Bad media never stops a session: each broken clip gets a plain message, and nothing hangs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from media_fixtures import garbage, make_audio_only, make_clip, make_vtt, truncate
from session_fixtures import HOPS, STRETCH, FakeClock, short_plan

from footgui.core.timeline import PlanItem
from footgui.player import clip as clip_module
from footgui.player.clip import ClipPlayer, ClipState
from footgui.store import repos
from footgui.ui.session.page import SessionPage


@pytest.fixture
def player(qtbot) -> Iterator[ClipPlayer]:  # type: ignore[no-untyped-def]
    p = ClipPlayer()
    yield p
    p.close()
    p.deleteLater()


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("media")
    good = make_clip(d / "good.webm", 3.0)
    empty = d / "empty.webm"
    empty.write_bytes(b"")
    return {
        "good": good,
        "missing": d / "missing.webm",
        "empty": empty,
        "garbage": garbage(d / "garbage.webm"),
        "cut_header": truncate(good, d / "cut_header.webm", 0.02),
        "cut_middle": truncate(good, d / "cut_middle.webm", 0.4),
        "audio_only": make_audio_only(d / "audio_only.webm"),
        "good_vtt": make_vtt(d / "good.vtt", [(0.0, 1.5, "Up"), (1.5, 3.0, "Down")]),
        "bad_vtt": (d / "bad.vtt"),
    }


def wait_state(qtbot, player: ClipPlayer, *states: ClipState, timeout: int = 8000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: player.state in states, timeout=timeout)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("missing", "missing: missing.webm was not found"),
        ("empty", "empty (0 bytes)"),
        ("garbage", "cannot be played"),
        ("cut_header", "cannot be played"),
        ("audio_only", "no picture"),
    ],
)
def test_unplayable_clips_say_what_is_wrong(
    qtbot, player: ClipPlayer, media: dict[str, Path], name: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    states: list[tuple[ClipState, str]] = []
    player.stateChanged.connect(lambda s, m: states.append((s, m)))
    player.load(media[name], None, label="demo clip")
    wait_state(qtbot, player, ClipState.ERROR)
    assert words in player.message
    assert player.message.startswith("The demo clip")
    assert states[-1] == (ClipState.ERROR, player.message)
    # a good clip afterwards plays: the player is not left stuck
    player.load(media["good"], None)
    wait_state(qtbot, player, ClipState.PLAYING)


def test_a_cut_file_plays_what_it_has_and_says_it_is_cut(
    qtbot, player: ClipPlayer, media: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    player.load(media["cut_middle"], None)
    wait_state(qtbot, player, ClipState.PLAYING)
    qtbot.waitUntil(lambda: "cut short" in player.notice, timeout=8000)
    assert "of 3.0 s" in player.notice


def test_cue_overlay_follows_the_frames(qtbot, player: ClipPlayer, media: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    player.cueShown.connect(lambda head, form: seen.append("\n".join(t for t in (head, form) if t)))
    player.load(media["good"], media["good_vtt"])
    wait_state(qtbot, player, ClipState.PLAYING)
    qtbot.waitUntil(lambda: "Down" in seen, timeout=8000)
    qtbot.waitUntil(lambda: seen.count("Up") >= 2, timeout=8000)  # it loops, and so do the cues
    assert player.notice == ""


def test_a_bad_cue_track_is_reported_and_the_clip_still_plays(
    qtbot, player: ClipPlayer, media: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    bad = media["bad_vtt"]
    bad.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nUp\n\n00:01.0 --> 00:02.000\nDown\n")
    seen: list[str] = []
    player.cueShown.connect(lambda head, form: seen.append("\n".join(t for t in (head, form) if t)))
    player.load(media["good"], bad)
    assert player.notice == "Cue track not shown: bad.vtt, line 6: bad timestamp '00:01.0' " + (
        "(expected mm:ss.ttt or hh:mm:ss.ttt)"
    )
    wait_state(qtbot, player, ClipState.PLAYING)
    qtbot.wait(300)
    assert [s for s in seen if s] == []


def test_no_answer_from_the_backend_times_out(
    qtbot, player: ClipPlayer, media: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Simulate a backend that never reports: the watchdog ends the wait with a message."""
    monkeypatch.setattr(clip_module, "FIRST_FRAME_TIMEOUT_MS", 400)
    player._player.mediaStatusChanged.disconnect(player._on_status)
    player.load(media["audio_only"], None)
    wait_state(qtbot, player, ClipState.ERROR, timeout=3000)
    assert "showed no picture within 0.4 s" in player.message


# -- the whole page -----------------------------------------------------------------------
@pytest.fixture
def broken_assets(tmp_path: Path, media: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    clips = tmp_path / "assets" / "clips"
    clips.mkdir(parents=True)
    (clips / "forefoot-hops.webm").write_bytes(media["garbage"].read_bytes())
    (clips / "forefoot-hops.vtt").write_text("WEBVTT\n\nnot a cue\n")
    # calf-soleus-stretch: no clip at all
    monkeypatch.setenv("FOOTGUI_ASSETS", str(tmp_path / "assets"))
    return tmp_path / "assets"


def test_a_session_with_broken_clips_runs_to_the_end(qtbot, app_ctx, broken_assets: Path) -> None:  # type: ignore[no-untyped-def]
    app_ctx.settings.setValue("sound/engine", "mock")
    page = SessionPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    clock = FakeClock()
    page.clock = clock
    spoken: list[str] = []
    impossible = PlanItem("short-foot", "Short foot", sets=0)  # no measure, no sets
    page.start_plan(short_plan(HOPS, impossible, STRETCH))
    assert page.voice is not None
    page.voice.spoken.connect(spoken.append)
    video = page.run_view.video
    qtbot.waitUntil(lambda: bool(video.error), timeout=8000)
    assert "forefoot-hops.webm cannot be played" in video.error
    assert "Cue track not shown" in video.notice
    messages: list[str] = []
    app_ctx.bus.status.connect(messages.append)
    for _ in range(400):
        if page.stack.currentWidget() is not page.run_view:
            break
        clock.advance(0.5)
        page.runner.process()  # type: ignore[union-attr]
        if page.clip.path is not None and page.clip.path.name == "calf-soleus-stretch.webm":
            assert "missing" in video.error
    assert page.stack.currentWidget() is page.checkin
    assert "Session complete. Well done." in spoken
    sets = repos.get_session(app_ctx.db, page.recorder.session_id).sets  # type: ignore[union-attr]
    assert [(s.exercise_id, s.status) for s in sets] == [
        ("forefoot-hops", "done"),
        ("short-foot", "done"),
        ("calf-soleus-stretch", "done"),
    ]
    assert sets[1].duration_s == 30  # the impossible dose ran as a 30 s timed set
    page.shutdown()
