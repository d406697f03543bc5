"""The Session page end to end on a fake clock: start, pause, skip, previous, sides, check-in."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from session_fixtures import (
    HEEL,
    HOPS,
    STRETCH,
    FakeClock,
    make_assets,
    open_session_page,
    short_plan,
)

from footgui.player.clip import ClipState
from footgui.store import repos
from footgui.ui.session.page import SessionPage


@pytest.fixture
def assets(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_assets(
        tmp_path_factory.mktemp("assets"), [HEEL.exercise_id, HOPS.exercise_id, STRETCH.exercise_id]
    )
    monkeypatch.setenv("FOOTGUI_ASSETS", str(root))
    return root


@pytest.fixture
def page(qtbot, app_ctx, assets) -> Iterator[SessionPage]:  # type: ignore[no-untyped-def]
    yield from open_session_page(qtbot, app_ctx)


def go(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert page.runner is not None
    page.runner.process()


def key(qtbot, page: SessionPage, k: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.run_view, k)


def test_a_short_session_end_to_end(qtbot, page: SessionPage, app_ctx) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    page.clock = clock
    spoken: list[str] = []
    page.start_plan(short_plan())
    assert page.voice is not None and page.voice.available
    page.voice.spoken.connect(spoken.append)
    view = page.run_view
    assert page.stack.currentWidget() is view
    session_id = page.recorder.session_id  # type: ignore[union-attr]
    assert repos.get_session(app_ctx.db, session_id).status == "in_progress"  # type: ignore[union-attr]
    assert view.phase.text() == "GET READY" and view.kind == "get_ready"
    assert view.title.text() == "Single-leg heel raise"
    qtbot.waitUntil(lambda: page.clip.state is ClipState.PLAYING, timeout=5000)
    qtbot.waitUntil(lambda: view.video.frames_painted > 0, timeout=5000)
    assert page.clip.path is not None and page.clip.path.name == "heel-raise-323.webm"

    go(page, clock, 4.5)  # left side, set 1, first rep going up
    assert (view.phase.text(), view.kind) == ("UP 1", "work")
    assert view.counters.text() == "Set 1/2 · Rep 1/2"
    assert view.side.text() == "LEFT SIDE"
    assert view.timer.text() == "6"

    key(qtbot, page, Qt.Key.Key_Space)  # pause
    assert page.runner.paused and view.pause_button.text() == "Resume"  # type: ignore[union-attr]
    go(page, clock, 100)
    assert page.runner.position() == pytest.approx(4.5)  # type: ignore[union-attr]
    assert view.phase.text() == "PAUSED"
    key(qtbot, page, Qt.Key.Key_Space)  # resume
    assert not page.runner.paused  # type: ignore[union-attr]

    go(page, clock, 6.0)  # 10.5: switch sides
    assert view.phase.text() == "SWITCH SIDES" and view.kind == "switch_sides"
    assert "Switch sides. Right side." in spoken
    logged = repos.get_session(app_ctx.db, session_id).sets  # type: ignore[union-attr]
    assert [(s.side, s.set_number, s.reps, s.status) for s in logged] == [("left", 1, 2, "done")]

    go(page, clock, 6.0)  # 16.5: right side, rep 2
    assert view.side.text() == "RIGHT SIDE" and view.counters.text() == "Set 1/2 · Rep 2/2"
    key(qtbot, page, Qt.Key.Key_Right)  # next: end the set early
    assert view.phase.text() == "REST"
    assert "Next: Single-leg heel raise, set 2 of 2, left side" in view.next_up.text()
    last = repos.get_session(app_ctx.db, session_id).sets[-1]  # type: ignore[union-attr]
    assert (last.side, last.reps, last.status) == ("right", 1, "partial")

    key(qtbot, page, Qt.Key.Key_Left)  # previous: do the right side again
    assert view.phase.text() == "GET READY"
    assert view.side.text() == "RIGHT SIDE"
    go(page, clock, 3.5)
    assert view.kind == "work" and view.side.text() == "RIGHT SIDE"
    key(qtbot, page, Qt.Key.Key_R)  # restart that set
    assert view.phase.text() == "GET READY"

    before = page.runner.timeline.total_s  # type: ignore[union-attr]
    key(qtbot, page, Qt.Key.Key_Plus)  # +15 s on the rest after this set
    assert page.runner.timeline.total_s == before + 15  # type: ignore[union-attr]

    key(qtbot, page, Qt.Key.Key_M)
    assert view.video.mirrored
    key(qtbot, page, Qt.Key.Key_S)
    assert page.clip.rate == 0.5 and view.speed_button.text() == "Normal 1×"
    key(qtbot, page, Qt.Key.Key_S)
    assert page.clip.rate == 1.0

    seen_titles: set[str] = set()
    clips: set[str] = set()
    for _ in range(200):
        if page.stack.currentWidget() is not view:
            break
        go(page, clock, 0.5)
        seen_titles.add(view.title.text())
        if page.clip.path is not None:
            clips.add(page.clip.path.name)
    assert page.stack.currentWidget() is page.checkin
    assert "Next up: Forefoot hops" in seen_titles
    assert {"forefoot-hops.webm", "calf-soleus-stretch.webm"} <= clips
    assert "Session complete. Well done." in spoken
    assert "Session complete." in page.checkin.summary.text()

    sets = repos.get_session(app_ctx.db, session_id).sets  # type: ignore[union-attr]
    assert [(s.exercise_id, s.side, s.set_number, s.status) for s in sets] == [
        ("heel-raise-323", "left", 1, "done"),
        ("heel-raise-323", "right", 1, "partial"),
        ("heel-raise-323", "right", 1, "done"),
        ("heel-raise-323", "left", 2, "done"),
        ("heel-raise-323", "right", 2, "done"),
        ("forefoot-hops", "both", 1, "done"),
        ("calf-soleus-stretch", "both", 1, "done"),
    ]
    assert sets[-1].hold_s == 5 and sets[-2].reps == 4

    check = page.checkin
    qtbot.mouseClick(check.pain._group.button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.fatigue._group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.rpe._group.button(6), Qt.MouseButton.LeftButton)
    check.note.setText("felt fine")
    with qtbot.waitSignal(app_ctx.bus.data_changed, check_params_cb=lambda k: k == "checkin"):
        qtbot.mouseClick(check.save, Qt.MouseButton.LeftButton)
    row = repos.get_session(app_ctx.db, session_id)
    assert row is not None
    assert (row.status, row.pain_during, row.foot_fatigue, row.rpe, row.note) == (
        "finished",
        3,
        4,
        6,
        "felt fine",
    )
    today = repos.get_checkin(app_ctx.db, date.today())
    assert today is not None and (today.pain_during, today.foot_fatigue) == (3, 4)
    assert page.stack.currentWidget() is page.picker
    assert page.runner is None


def test_a_session_plays_through_the_event_loop_on_a_fast_clock(
    qtbot, page: SessionPage, app_ctx
) -> None:  # type: ignore[no-untyped-def]
    scale = 20.0
    t0 = time.monotonic()
    page.clock = lambda: t0 + (time.monotonic() - t0) * scale
    page.time_scale = scale
    cues: list[str] = []
    page.start_plan(short_plan(HOPS, STRETCH))
    assert page.runner is not None
    page.runner.cue.connect(lambda e: cues.append(e.sound or e.text))
    with qtbot.waitSignal(page.runner.finished, timeout=15_000):
        pass
    assert page.stack.currentWidget() is page.checkin
    assert cues.count("countdown") == 6 and "finish" in cues
    sets = repos.get_session(app_ctx.db, page.recorder.session_id).sets  # type: ignore[union-attr]
    assert [s.status for s in sets] == ["done", "done"]
    qtbot.mouseClick(page.checkin.skip, Qt.MouseButton.LeftButton)
    row = repos.get_session(app_ctx.db, sets[0].session_id)
    assert row is not None and row.status == "finished" and row.pain_during is None


def test_today_page_start_and_end_early(qtbot, page: SessionPage, app_ctx) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    page.clock = clock
    page.activate(template_id="s1-strength")
    runner = page.runner
    assert runner is not None and page.stack.currentWidget() is page.run_view
    assert page.plan is not None and page.plan.template_id == "s1-strength"
    assert page.plan.items[0].block == "warmup" and page.plan.items[-1].block == "finisher"
    # the real exercises have no clips in this assets folder: the page says so and runs on
    qtbot.waitUntil(lambda: page.clip.state is ClipState.ERROR, timeout=5000)
    assert "missing" in page.run_view.video.error
    go(page, clock, 20)
    assert page.run_view.kind == "work"
    page.activate(template_id="s2-spring")  # ignored while running
    assert page.plan.template_id == "s1-strength"
    qtbot.mouseClick(page.run_view.end_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.checkin
    assert "ended early" in page.checkin.summary.text()
    sets = repos.get_session(app_ctx.db, page.recorder.session_id).sets  # type: ignore[union-attr]
    assert [s.status for s in sets] == ["partial"]
    qtbot.mouseClick(page.checkin.skip, Qt.MouseButton.LeftButton)
    sessions = repos.list_sessions(app_ctx.db)
    assert [s.status for s in sessions] == ["abandoned"]


def test_activate_variants(qtbot, page: SessionPage) -> None:  # type: ignore[no-untyped-def]
    page.activate(template_id="no-such-template")
    assert page.stack.currentWidget() is page.picker
    assert "no-such-template" in page.picker.message.text()
    page.activate()
    assert page.stack.currentWidget() is page.picker
    page.activate(exercises=["forefoot-hops", "calf-soleus-stretch"])
    assert page.plan is not None and [i.exercise_id for i in page.plan.items] == [
        "forefoot-hops",
        "calf-soleus-stretch",
    ]
    page.end_session()
    page.checkin.skipped.emit()
    page.activate(balance_test=True)
    assert page.stack.currentWidget() is page.balance
    page.balance.close_test()
    assert page.stack.currentWidget() is page.picker


def test_picker_starts_the_chosen_template(qtbot, page: SessionPage) -> None:  # type: ignore[no-untyped-def]
    page.clock = FakeClock()
    picker = page.picker
    assert picker.select_template("s1-activation")
    assert picker.items.count() == len(picker.plan.items)  # type: ignore[union-attr]
    assert "about" in picker.summary.text() and "min" in picker.summary.text()
    qtbot.mouseClick(picker.start, Qt.MouseButton.LeftButton)
    assert page.plan is not None and page.plan.template_id == "s1-activation"


def test_timer_is_legible_from_three_metres(qtbot, page: SessionPage) -> None:  # type: ignore[no-untyped-def]
    """At 3 m, text needs about 15 mm to read at a glance; a laptop shows ~4.4 px per mm."""
    page.clock = FakeClock()
    page.start_plan(short_plan())
    qtbot.wait(10)
    view = page.run_view
    assert view.timer.font_px() >= 120
    assert view.phase.font_px() >= 40
    assert view.counters.font_px() >= 30


def test_sound_menu_switches_kinds_and_says_why_voice_is_off(
    qtbot, page: SessionPage, app_ctx
) -> None:  # type: ignore[no-untyped-def]
    from footgui.player.cues import SoundSettings

    page.set_sound_settings(SoundSettings(engine="none"))
    page.clock = FakeClock()
    page.start_plan(short_plan())
    lines = page.sound_status()
    assert any("Voice unavailable" in line and "switched off" in line for line in lines)
    menu = page.sound_menu
    menu.sync()
    menu.toggles["ticks"].setChecked(False)
    assert page.sound_settings.ticks is False
    assert app_ctx.settings.value("sound/ticks") in (False, "false")
    menu.volume.setValue(35)
    assert page.sound_settings.volume == 35
    played: list[tuple[str, str]] = []
    assert page.dispatcher is not None
    page.dispatcher.played.connect(lambda c, w: played.append((c, w)))
    from footgui.core.timeline import CueEvent

    page.dispatcher.play(CueEvent(0, "tick", sound="tick"))
    page.dispatcher.play(CueEvent(0, "voice", text="Switch sides. Right side."))
    page.dispatcher.play(CueEvent(0, "beep", sound="go"))
    assert played == [("beep", "notice"), ("beep", "go")]  # no tick; voice fell back to a beep
    assert page.run_view.caption.text() == "Switch sides. Right side."


def test_sets_are_committed_as_they_finish(qtbot, page: SessionPage, app_ctx) -> None:  # type: ignore[no-untyped-def]
    """If the app died now, a fresh connection would still find every finished set."""
    from footgui.store.db import open_database

    clock = FakeClock()
    page.clock = clock
    page.start_plan(short_plan())
    go(page, clock, 14.0)  # left side of set 1 done
    other = open_database(app_ctx.db.url, migrate=False)
    try:
        rows = repos.get_session(other, page.recorder.session_id)  # type: ignore[union-attr]
        assert rows is not None and rows.status == "in_progress"
        assert [(s.side, s.status) for s in rows.sets] == [("left", "done")]
    finally:
        other.close()


EXIT_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from session_fixtures import make_assets, short_plan
import os
os.environ["FOOTGUI_ASSETS"] = str(make_assets(Path({tmp!r}) / "assets",
    ["heel-raise-323", "forefoot-hops", "calf-soleus-stretch"]))
from footgui.core.catalog import load_catalog
from footgui.paths import user_paths
from footgui.store.db import open_database
from footgui.ui.context import AppBus, AppContext
from footgui.ui.session.page import SessionPage

app = QApplication([])
paths = user_paths(Path({tmp!r}) / "data")
db = open_database(f"sqlite:///{{paths.database}}", backup_dir=paths.backups)
settings = QSettings(str(Path({tmp!r}) / "s.ini"), QSettings.Format.IniFormat)
settings.setValue("sound/engine", "mock")
ctx = AppContext(db=db, catalog=load_catalog(), paths=paths, settings=settings, bus=AppBus())
page = SessionPage(ctx)
page.show()
page.start_plan(short_plan())
QTimer.singleShot(1500, app.quit)
code = app.exec()
db.close()
print("quit", code, page.runner is None)
"""


def test_quitting_mid_session_exits_cleanly(tmp_path: Path) -> None:
    """Media objects are released on quit: no abort at interpreter exit (PITFALLS.md)."""
    import os
    import subprocess
    import sys

    script = EXIT_SCRIPT.format(tests=str(Path(__file__).parent), tmp=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "quit 0 True" in result.stdout
    from footgui.store.db import open_database

    db = open_database(f"sqlite:///{tmp_path / 'data' / 'footgui.sqlite3'}", migrate=False)
    try:
        assert [s.status for s in repos.list_sessions(db)] == ["abandoned"]
    finally:
        db.close()


def test_the_today_page_plan_is_played_as_sent(qtbot, page: SessionPage, app_ctx) -> None:  # type: ignore[no-untyped-def]
    """Today's doses (the progression engine's) win over the template's own."""
    from dataclasses import replace

    page.clock = FakeClock()
    plan = replace(short_plan(HOPS), template_id="s1-strength", name="Today")
    page.activate(template_id="s1-strength", plan=plan)
    assert page.plan is plan
    assert [i.exercise_id for i in page.runner.timeline.items] == ["forefoot-hops"]  # type: ignore[union-attr]
