"""The single-leg balance test: trials, the 45 s cap, best of 3 vs the norm, every trial stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from session_fixtures import FakeClock

from footgui.core.balance_test import BalanceTest, Trial, trial_plan, verdict
from footgui.core.norms import balance_band
from footgui.store import repos
from footgui.ui.session.page import SessionPage


def test_the_plan_is_per_side_eyes_open_then_closed_three_trials() -> None:
    plan = trial_plan()
    assert len(plan) == 12
    assert plan[:2] == [Trial("balance_eo", "left", 1), Trial("balance_eo", "right", 1)]
    assert [t.condition for t in plan] == ["balance_eo"] * 6 + ["balance_ec"] * 6
    for condition in ("balance_eo", "balance_ec"):
        for side in ("left", "right"):
            assert [t.number for t in plan if t.condition == condition and t.side == side] == [
                1,
                2,
                3,
            ]


def test_start_stop_cap_and_best_of_three() -> None:
    test = BalanceTest()
    assert test.cap_s == 45.0
    assert test.toggle(10.0) is None and test.running
    assert test.elapsed(22.5) == 12.5
    assert test.toggle(22.5) == (Trial("balance_eo", "left", 1), 12.5)
    test.start(30.0)
    assert test.check_cap(74.9) is None
    assert test.check_cap(80.0) == (Trial("balance_eo", "right", 1), 45.0)  # stopped at the cap
    assert not test.running
    test.start(100.0)
    test.cancel()  # a false start leaves no result
    assert test.current == Trial("balance_eo", "left", 2)
    for start, held in ((100.0, 20.0), (200.0, 30.0), (300.0, 8.0), (400.0, 44.0)):
        test.start(start)
        test.stop(start + held)
    assert test.trials_of("balance_eo", "left") == (12.5, 20.0, 8.0)
    assert test.best("balance_eo", "left") == 20.0
    assert test.best("balance_eo", "right") == 45.0
    assert test.undo_last() == Trial("balance_eo", "right", 3)
    assert test.trials_of("balance_eo", "right") == (45.0, 30.0)
    assert test.current == Trial("balance_eo", "right", 3)


def test_complete_after_twelve_trials() -> None:
    test = BalanceTest()
    for n in range(12):
        test.start(n * 100.0)
        test.stop(n * 100.0 + 5 + n)
    assert test.complete and test.current is None
    assert test.start(5000.0) is None
    summary = test.summary(age=45, sex="female")
    assert len(summary) == 4
    closed_left = next(r for r in summary if r.condition == "balance_ec" and r.side == "left")
    assert closed_left.band.low == closed_left.band.high == 13.5
    assert closed_left.best == max(closed_left.trials)


def test_verdicts_against_single_values_and_ranges() -> None:
    open_30s = balance_band(False, 30, None)  # 44.7 s, one value
    assert verdict(44.7, open_30s) == "At or above the norm of 44.7 s."
    assert verdict(40.0, open_30s) == "Below the norm of 44.7 s by 4.7 s."
    closed_unknown_sex = balance_band(True, 30, None)  # 13.1-16.9 s
    assert verdict(20.0, closed_unknown_sex).startswith("Above the norm range (13.1-16.9 s)")
    assert verdict(15.0, closed_unknown_sex).startswith("Within")
    assert verdict(10.0, closed_unknown_sex) == "Below the norm range (13.1-16.9 s) by 3.1 s."


# -- the screen ----------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, app_ctx) -> Iterator[SessionPage]:  # type: ignore[no-untyped-def]
    app_ctx.settings.setValue("sound/engine", "mock")
    widget = SessionPage(app_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.shutdown()


def test_balance_screen_stores_every_trial(qtbot, page: SessionPage, app_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.update_profile(app_ctx.db, age=52, sex="male")
    clock = FakeClock()
    page.clock = clock
    page.activate(balance_test=True)
    view = page.balance
    assert page.stack.currentWidget() is view
    assert view.trial_label.text() == "Left foot, eyes open, trial 1 of 3"
    sounds: list[str] = []
    page.sounds.played.connect(sounds.append)

    def space() -> None:
        qtbot.keyClick(view, Qt.Key.Key_Space)

    space()  # start
    assert view.test.running and view.toggle_button.text() == "Stop (Space)"
    clock.advance(12.34)
    view.refresh()
    assert view.time.text() == "12.3"
    with qtbot.waitSignal(app_ctx.bus.data_changed, check_params_cb=lambda k: k == "measurement"):
        space()  # stop
    stored = repos.list_measurements(app_ctx.db, kind="balance_eo")
    assert [(m.side, m.trial, m.value) for m in stored] == [("left", 1, 12.34)]

    space()  # right foot, trial 1: runs into the cap by itself
    clock.advance(50)
    view.refresh()
    stored = repos.list_measurements(app_ctx.db, kind="balance_eo", side="right")
    assert [(m.trial, m.value) for m in stored] == [(1, 45.0)]
    assert sounds[:3] == ["go", "end", "go"] and sounds[3] == "finish"

    for held in (30.0, 41.0, 25.0, 44.0):  # left 2, right 2, left 3, right 3
        space()
        clock.advance(held)
        space()
    view.redo_button.click()  # redo right 3
    assert len(repos.list_measurements(app_ctx.db, kind="balance_eo", side="right")) == 2
    space()
    clock.advance(39.5)
    space()
    for held in (9.0, 6.0, 12.0, 7.5, 3.0, 8.25):  # eyes closed
        space()
        clock.advance(held)
        space()
    assert view.test.complete and not view.toggle_button.isEnabled()
    everything = repos.list_measurements(app_ctx.db)
    assert len(everything) == 12
    assert {(m.kind, m.side, m.trial) for m in everything} == {
        (k, s, n)
        for k in ("balance_eo", "balance_ec")
        for s in ("left", "right")
        for n in (1, 2, 3)
    }
    # the table shows best of 3 and the norm for a 52-year-old man
    table = view.table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 7)] for r in range(4)
    }
    assert rows["Left, eyes open"][3:5] == ["30.0 s", "41.2 s"]
    assert rows["Right, eyes open"][3] == "45.0 s"
    assert rows["Right, eyes open"][5] == "At or above the norm of 41.2 s."
    assert rows["Left, eyes closed"][3:5] == ["12.0 s", "8.6 s"]
    assert rows["Right, eyes closed"][3] == "8.2 s"
    view.done_button.click()
    assert page.stack.currentWidget() is page.picker


def test_without_a_profile_the_norm_range_is_wide_and_says_why(qtbot, page: SessionPage) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    page.clock = clock
    page.open_balance()
    view = page.balance
    view.toggle()
    clock.advance(20)
    view.toggle()
    assert "No age in your profile" in view.norm_note.text()
    norm = view.table.item(0, 5).text()
    assert norm == "9.4-44.7 s"
