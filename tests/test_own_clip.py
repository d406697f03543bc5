"""'Use my own video': a good file is copied in and played; a bad one is refused, the demo stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from media_fixtures import garbage, make_clip
from PySide6.QtWidgets import QMessageBox
from session_fixtures import HOPS, FakeClock, make_assets, short_plan

from footgui.player.clip import ClipState
from footgui.player.own_clips import OwnClips
from footgui.ui.session.page import SessionPage

EX = HOPS.exercise_id


@pytest.fixture
def page(qtbot, app_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionPage]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FOOTGUI_ASSETS", str(make_assets(tmp_path / "assets", [EX])))
    app_ctx.settings.setValue("sound/engine", "mock")
    widget = SessionPage(app_ctx)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def import_video(qtbot, page: SessionPage, path: Path) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.ownVideoResult, timeout=10_000) as blocker:
        page.import_own_video(EX, path)
    ok, message = blocker.args
    return bool(ok), str(message)


def test_a_good_video_is_copied_in_and_played(
    qtbot, page: SessionPage, app_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mine = make_clip(tmp_path / "me doing hops.mp4", 1.5, codec="libx264", size=(640, 360))
    page.clock = FakeClock()
    page.start_plan(short_plan(HOPS))
    qtbot.waitUntil(lambda: page.clip.state is ClipState.PLAYING, timeout=5000)
    assert page.clip.path is not None and page.clip.path.name == f"{EX}.webm"
    ok, message = import_video(qtbot, page, mine)
    assert ok, message
    installed = app_ctx.paths.clips / f"{EX}.mp4"
    assert installed.read_bytes() == mine.read_bytes()
    assert OwnClips(app_ctx.paths.clips).path_for(EX) == installed
    # the running session switches to it at once, without the demo's cue overlay
    qtbot.waitUntil(lambda: page.clip.path == installed, timeout=5000)
    qtbot.waitUntil(lambda: page.clip.state is ClipState.PLAYING, timeout=5000)
    assert page.clip.cue_track is None
    assert "Your video" in page.run_view.video._badge
    assert not list(app_ctx.paths.clips.glob(".*.part"))

    page.remove_own_video(EX)
    assert not installed.exists()
    qtbot.waitUntil(
        lambda: page.clip.path is not None and page.clip.path.suffix == ".webm", timeout=5000
    )


def test_a_file_qt_cannot_decode_is_refused(
    qtbot, page: SessionPage, app_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = garbage(tmp_path / "holiday.mp4")
    ok, message = import_video(qtbot, page, bad)
    assert not ok
    assert "cannot use this video" in message and "The demo clip stays." in message
    assert OwnClips(app_ctx.paths.clips).path_for(EX) is None
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "cannot be played" in boxes[0].text()
    boxes[0].accept()


def test_not_a_video_file_is_refused_before_probing(
    qtbot, page: SessionPage, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    ok, message = import_video(qtbot, page, notes)
    assert not ok and "footgui takes" in message
    for box in page.findChildren(QMessageBox):
        box.accept()


def test_picker_buttons_follow_the_own_video(qtbot, page: SessionPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.picker.select_template("s1-strength")
    rows = [page.picker.items.item(i).data(0x0100) for i in range(page.picker.items.count())]
    page.picker.items.setCurrentRow(rows.index(EX))
    assert page.picker.own_video.isEnabled() and not page.picker.remove_video.isEnabled()
    import_video(qtbot, page, make_clip(tmp_path / "mine.webm", 1.0))
    assert page.picker.remove_video.isEnabled()
    page.picker.remove_video.click()
    assert not page.picker.remove_video.isEnabled()


def test_own_clips_files(tmp_path: Path) -> None:
    own = OwnClips(tmp_path / "clips")
    src = tmp_path / "a.MOV"
    src.write_bytes(b"x" * 10)
    path = own.install("ankle-circles", src)
    assert path.name == "ankle-circles.mov"
    again = tmp_path / "b.webm"
    again.write_bytes(b"y" * 10)
    assert own.install("ankle-circles", again).name == "ankle-circles.webm"
    assert not path.exists()  # one own video per exercise
    with pytest.raises(ValueError, match="takes"):
        own.install("ankle-circles", tmp_path / "x.gif")
    empty = tmp_path / "e.mp4"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        own.install("ankle-circles", empty)
    source = own.source_for("ankle-circles", tmp_path / "assets")
    assert source.own and source.cue_track is None
    assert own.remove("ankle-circles") and not own.remove("ankle-circles")
    demo = own.source_for("ankle-circles", tmp_path / "assets")
    assert not demo.own and demo.clip == tmp_path / "assets" / "clips" / "ankle-circles.webm"
