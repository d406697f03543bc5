"""The Today page as a user meets it: today's advice, starting it, choosing otherwise."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from today_story import write_story

from footgui.core.session_plan import SessionPlan
from footgui.store.repos import get_profile, list_stage_events, upsert_checkin
from footgui.ui.today import autostart
from footgui.ui.today.dialogs import ChooseDialog, ReasonDialog, ReminderDialog
from footgui.ui.today.page import TodayPage

TODAY = date(2026, 6, 16)  # a Tuesday: the daily activation is due, strength is not
assert TODAY.weekday() == 1


def make_page(qtbot, app_ctx, today: date = TODAY) -> TodayPage:
    page = TodayPage(app_ctx)
    qtbot.addWidget(page)
    page.clock = lambda: today
    page.resize(1280, 900)
    page.show()
    page.refresh()
    return page


def texts_of(widget) -> str:
    """Text of every label the page shows (or is about to: new labels appear on the next loop)."""
    explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    return "\n".join(
        label.text()
        for label in widget.findChildren(QLabel)
        if not (label.isHidden() and label.testAttribute(explicit))
    )


@pytest.fixture
def story_page(qtbot, app_ctx) -> TodayPage:
    write_story(app_ctx.db, TODAY)
    return make_page(qtbot, app_ctx)


def test_shows_the_recommendation_and_why(story_page: TodayPage) -> None:
    page = story_page
    assert page.badge.text() == "REDUCE VOLUME BY 30%"
    assert page.headline.text() == "Daily foot activation"
    assert "30% less volume than usual today" in page.meta.text()
    why = texts_of(page.reasons)
    assert "Next-morning pain 4/10 after Foundation strength on Mon 15 Jun" in why
    assert "your usual 1/10" in why
    assert "Silbernagel 2007" in why
    assert "footgui's own rule" in why  # the 30% is labelled as the app's own
    warnings = texts_of(page)
    assert "22% longer than your longest in the 30 days before (9.0 km)" in warnings
    exercises = texts_of(page.exercises)
    assert "Toe curls" in exercises and "Reduced from 1 x 10." in exercises
    assert page.start_button.isEnabled()


def test_gate_checklist_shows_numbers(story_page: TodayPage) -> None:
    gate = story_page.gate
    assert gate.title.text() == "To reach stage 2: 3 of 5 met"
    rows = texts_of(gate)
    assert "Single-leg heel rises to fatigue (reps) ≥ 15 reps" in rows
    assert "not yet: weaker side left 13 reps (right 16 reps)" in rows
    assert "met: weaker side left 34.5 s (right 40.1 s)" in rows


def test_start_opens_the_session_page_with_todays_doses(qtbot, story_page: TodayPage) -> None:
    bus = story_page.ctx.bus
    with qtbot.waitSignal(bus.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(story_page.start_button, Qt.MouseButton.LeftButton)
    key, kwargs = blocker.args
    assert key == "session"
    assert kwargs["template_id"] == "s1-activation"
    plan = kwargs["plan"]
    assert isinstance(plan, SessionPlan)
    assert plan.template_id == "s1-activation" and plan.stage == 1
    by_id = {item.exercise_id: item for item in plan.items}
    assert by_id["toe-curls"].reps == 7  # 10 less 30%
    heel = by_id["heel-raise-323"]
    assert (heel.sets, heel.reps, heel.one_sided) == (2, 12, True)
    assert heel.tempo is not None and heel.tempo.rep_s == 8  # 3-2-3
    assert [i.block for i in plan.items][-3:] == ["finisher"] * 3


def test_first_start_records_the_program_start(qtbot, app_ctx) -> None:
    page = make_page(qtbot, app_ctx)
    assert page.badge.text() == "START THE PROGRAM"
    with qtbot.waitSignal(app_ctx.bus.navigate, timeout=2000):
        page.start_button.click()
    events = list_stage_events(app_ctx.db)
    assert [(e.stage, e.kind, e.day) for e in events] == [(1, "start", TODAY)]
    assert get_profile(app_ctx.db).program_start == TODAY
    assert page.badge.text() != "START THE PROGRAM"  # refreshed from the new event


def test_choose_another_session_is_recorded_and_respected(qtbot, story_page, app_ctx) -> None:
    page = story_page
    page.open_choose()
    dialog = page.findChild(ChooseDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.use_session.isEnabled()  # a reason is required
    items = [dialog.sessions.item(r) for r in range(dialog.sessions.count())]
    strength = next(i for i in items if i.text() == "Stage 1 · Foundation strength")
    dialog.sessions.setCurrentItem(strength)
    qtbot.keyClicks(dialog.reason, "Only day I have a step today")
    assert dialog.use_session.isEnabled()
    with qtbot.waitSignal(app_ctx.bus.data_changed, timeout=2000):
        dialog.use_session.click()
    events = list_stage_events(app_ctx.db)
    assert events[-1].kind == "override"
    assert (events[-1].template_id, events[-1].reason) == (
        "s1-strength",
        "Only day I have a step today",
    )
    assert page.headline.text() == "Foundation strength"
    assert "your choice" in page.meta.text()
    assert "You chose Foundation strength today: Only day I have a step today." in texts_of(
        page.reasons
    )
    # Respected next time too: a fresh page (the app started again) shows the same choice.
    again = make_page(qtbot, app_ctx)
    assert again.headline.text() == "Foundation strength"
    # ... but only for that day.
    tomorrow = make_page(qtbot, app_ctx, TODAY + timedelta(days=1))
    assert tomorrow.headline.text() == "Foundation strength"  # Wednesday's planned one
    assert "your choice" not in tomorrow.meta.text()


def test_choose_another_stage_is_recorded_and_respected(qtbot, story_page, app_ctx) -> None:
    page = story_page
    page.open_choose()
    dialog = page.findChild(ChooseDialog)
    dialog.stage.setCurrentIndex(1)
    qtbot.keyClicks(dialog.reason, "Physio cleared me")
    with qtbot.waitSignal(app_ctx.bus.data_changed, timeout=2000):
        dialog.use_stage.click()
    assert get_profile(app_ctx.db).current_stage == 2
    assert list_stage_events(app_ctx.db)[-1].reason == "Physio cleared me"
    assert "Stage 2 of 4: Stability and spring" in page.context.text()
    assert page.gate.title.text().startswith("To reach stage 3")


def test_advance_and_not_yet(qtbot, app_ctx) -> None:
    write_story(app_ctx.db, TODAY, flare=False, spike=False, heel_rises=(18, 19))
    page = make_page(qtbot, app_ctx)
    assert page.badge.text() == "READY FOR THE NEXT STAGE"
    assert page.advance_button.isVisible() and page.not_yet_button.isVisible()
    assert page.advance_button.text() == "Move to stage 2"
    page.not_yet_button.click()
    dialog = page.findChild(ReasonDialog)
    assert dialog is not None and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Race on Sunday")
    with qtbot.waitSignal(app_ctx.bus.data_changed, timeout=2000):
        dialog.ok.click()
    assert list_stage_events(app_ctx.db)[-1].kind == "hold"
    assert page.badge.text() == "CONTINUE"
    assert "you chose to stay in stage 1: Race on Sunday" in texts_of(page.reasons)
    assert not page.advance_button.isVisible()
    # A week later (check-ins kept up) the page asks again, and moving on is one click.
    for n in range(1, 8):
        upsert_checkin(app_ctx.db, TODAY + timedelta(days=n), first_step_pain=1)
    later = make_page(qtbot, app_ctx, TODAY + timedelta(days=7))
    assert later.advance_button.isVisible()
    with qtbot.waitSignal(app_ctx.bus.data_changed, timeout=2000):
        later.advance_button.click()
    assert get_profile(app_ctx.db).current_stage == 2
    assert list_stage_events(app_ctx.db)[-1].kind == "advance"
    assert "Stage 2 of 4" in later.context.text()


def test_week_view_shows_planned_done_and_adherence(story_page: TodayPage) -> None:
    page = story_page
    week = page.rec.week
    assert week is not None
    tiles = sorted(
        (w for w in page.week.findChildren(QFrame) if w.property("weekIndex") is not None),
        key=lambda w: w.property("weekIndex"),
    )
    assert len(tiles) == 7
    assert [t.objectName() for t in tiles].count("dayTileToday") == 1
    assert tiles[1].objectName() == "dayTileToday"  # Tuesday
    monday = tiles[0].accessibleName()
    assert "Foundation strength" in monday and "done Foundation strength" in monday
    # Monday: strength and activation planned, strength done; Tuesday's not yet due.
    assert (week.planned_so_far, week.done_so_far) == (2, 1)
    assert page.week.pct.text() == "50%"
    assert page.week.detail.text() == "1 of 2 done so far"


def test_data_changes_refresh_the_page(qtbot, story_page, app_ctx) -> None:
    page = story_page
    upsert_checkin(app_ctx.db, TODAY, first_step_pain=9)
    page.hide()
    app_ctx.changed("checkin")
    assert page.badge.text() == "REDUCE VOLUME BY 30%"  # hidden: refresh waits
    page.show()
    page.activate()
    assert page.badge.text() == "REST AND SEEK ADVICE"
    assert not page.start_button.isEnabled()


def test_a_broken_database_shows_a_message_not_a_crash(qtbot, app_ctx, monkeypatch) -> None:
    import footgui.ui.today.page as module

    def broken(*_args, **_kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(module, "load_history", broken)
    page = TodayPage(app_ctx)
    qtbot.addWidget(page)
    assert page.headline.text() == "Today's plan could not be worked out"
    assert not page.start_button.isEnabled()


# ------------------------------------------------------------- reminder


def test_reminder_settings_and_login_start(qtbot, app_ctx, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(autostart, "supported", lambda: True)
    page = make_page(qtbot, app_ctx)
    page.reminder_button.click()
    dialog = page.findChild(ReminderDialog)
    assert dialog is not None
    dialog.enabled.setChecked(True)
    dialog.time.setTime(dialog.time.time().fromString("07:45", "HH:mm"))
    dialog.login.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save()
    settings = app_ctx.settings
    assert settings.value("reminder/time") == "07:45"
    assert str(settings.value("reminder/enabled")).lower() == "true"
    entry = tmp_path / "config" / "autostart" / "footgui.desktop"
    text = entry.read_text()
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert f"--data-dir {app_ctx.paths.data}" in text
    expected_flag = autostart.cli_has_minimized_flag()
    assert ("--minimized" in text) == expected_flag
    # Turning it off removes the file.
    page.reminder_button.click()
    dialog = [d for d in page.findChildren(ReminderDialog) if d.isVisible()][-1]
    assert dialog.login.isChecked()
    dialog.login.setChecked(False)
    dialog.save()
    assert not entry.exists()


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/footgui", "/usr/bin/footgui"),
        ("/home/a b/data", '"/home/a b/data"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("100%", "100%%"),
        ("$HOME", '"\\$HOME"'),
    ],
)
def test_exec_arguments_are_quoted_per_the_desktop_entry_spec(arg: str, quoted: str) -> None:
    assert autostart.quote_exec_arg(arg) == quoted


def test_autostart_path_follows_xdg() -> None:
    assert autostart.autostart_path({"XDG_CONFIG_HOME": "/x"}) == Path(
        "/x/autostart/footgui.desktop"
    )
    assert autostart.autostart_path({"HOME": "/home/u"}) == Path(
        "/home/u/.config/autostart/footgui.desktop"
    )


def test_buttons_are_reachable_by_keyboard(story_page: TodayPage) -> None:
    buttons = [b for b in story_page.findChildren(QPushButton) if b.isVisible()]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert story_page.start_button.accessibleName() == "Start Daily foot activation"
