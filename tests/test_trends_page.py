"""The Trends page on a real SQLite file: plotted values, reference bands, edge data, exports."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from footgui.core import series
from footgui.store import repos
from footgui.ui.context import AppContext
from footgui.ui.pages.trends import TrendsPage
from footgui.ui.trends.plotkit import DAY_S, day_x

TODAY = dt.date.today()


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def xs(*days_ago: int) -> list[float]:
    return day_x([series.to_day(ago(n)) for n in days_ago]).tolist()


def plotted(page: TrendsPage, tab: str, panel: str, key: str) -> tuple[list[float], list[float]]:
    """What the curve item really holds (x, y), NaN break points included."""
    p = next(p for p in page.tab(tab).panels if p.key == panel)
    item = p.get(key).item
    if p.get(key).style == "bars":
        return list(item.opts["x"]), list(item.opts["height"])
    x, y = item.getData()
    if x is None:
        return [], []
    return list(np.asarray(x, float)), list(np.asarray(y, float))


def panel_of(page: TrendsPage, tab: str, key: str):  # type: ignore[no-untyped-def]
    return next(p for p in page.tab(tab).panels if p.key == key)


@pytest.fixture
def make_page(app_ctx: AppContext, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    pages: list[TrendsPage] = []

    def make() -> TrendsPage:
        page = TrendsPage(app_ctx)
        qtbot.addWidget(page)
        page.resize(1280, 900)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield make


def balance(ctx: AppContext, kind: str, side: str, n_ago: int, values: list[float]) -> None:
    repos.add_trials(ctx.db, kind=kind, side=side, values=values, day=ago(n_ago))  # type: ignore[arg-type]


def one(ctx: AppContext, kind: str, side: str, n_ago: int, value: float) -> None:
    repos.add_measurement(ctx.db, kind=kind, side=side, value=value, day=ago(n_ago))  # type: ignore[arg-type]


# -- no data -------------------------------------------------------------------


def test_no_data_every_chart_explains_what_to_record(make_page, app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = make_page()
    for tab in page.tabs:
        for panel in tab.panels:
            assert panel.is_empty, panel.key
            assert panel.empty_message.text()
            assert not panel.png_button.isEnabled() and not panel.csv_button.isEnabled()
    eo = panel_of(page, "balance", "balance_eo")
    assert "45 s" in eo.empty_widget.findChild(type(eo.caption), "emptyHow").text()
    page.show_tab("balance")
    with qtbot.waitSignal(app_ctx.bus.navigate) as sig:
        qtbot.mouseClick(eo.empty_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["session", {"balance_test": True}]
    page.show_tab("pain")
    pain = panel_of(page, "pain", "pain")
    with qtbot.waitSignal(app_ctx.bus.navigate) as sig:
        qtbot.mouseClick(pain.empty_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["diary", {}]


# -- balance -------------------------------------------------------------------


def test_balance_best_of_day_median_and_springer_band(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.update_profile(app_ctx.db, age=45, sex="male")
    balance(app_ctx, "balance_eo", "left", 3, [20.0, 25.0, 22.0])
    balance(app_ctx, "balance_eo", "left", 2, [30.0, 28.0, 31.0])
    balance(app_ctx, "balance_eo", "left", 1, [26.0])
    balance(app_ctx, "balance_eo", "right", 3, [18.0, 19.0, 17.0])
    balance(app_ctx, "balance_ec", "right", 3, [9.0])
    page = make_page()
    x, y = plotted(page, "balance", "balance_eo", "left_best")
    assert x == xs(3, 2, 1) and y == [25.0, 31.0, 26.0]
    # 28-day trailing medians, by hand: [25] -> 25; [25, 31] -> 28; [25, 31, 26] -> 26
    assert plotted(page, "balance", "balance_eo", "left_median")[1] == [25.0, 28.0, 26.0]
    assert plotted(page, "balance", "balance_eo", "right_best")[1] == [19.0]
    tab = page.tab("balance")
    # Springer 2007, age 40-49: eyes open 41.9 s; eyes closed men 12.0 s (a single value)
    assert tab.centres["balance_eo"].value() == 41.9 and tab.centres["balance_eo"].isVisible()
    assert not tab.bands["balance_eo"].isVisible()
    assert tab.centres["balance_ec"].value() == 12.0
    eo = panel_of(page, "balance", "balance_eo")
    assert "41.9" in eo.caption.text() and "provisional" in eo.caption.text()
    ec = panel_of(page, "balance", "balance_ec")
    assert not ec.is_empty
    assert "Left side: no tests recorded yet." in ec.caption.text()
    assert not ec.legend_box("left_best").isEnabled()
    assert ec.legend_box("left_best").text().endswith("(none)")


def test_no_age_shows_the_all_ages_band_and_says_so(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    balance(app_ctx, "balance_eo", "left", 1, [30.0])
    balance(app_ctx, "balance_ec", "left", 1, [5.0])
    page = make_page()
    tab = page.tab("balance")
    assert tab.bands["balance_eo"].getRegion() == (9.4, 44.7)
    assert tab.bands["balance_eo"].isVisible()
    assert not tab.centres["balance_eo"].isVisible()
    # sex unknown too: eyes closed spans women's and men's values over all ages
    assert tab.bands["balance_ec"].getRegion() == (1.8, 16.9)
    caption = panel_of(page, "balance", "balance_ec").caption.text()
    assert "No age in your profile" in caption and "No sex in your profile" in caption


def test_female_eyes_closed_band_is_the_womens_value(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.update_profile(app_ctx.db, age=65, sex="female")
    balance(app_ctx, "balance_ec", "left", 1, [4.0])
    page = make_page()
    assert page.tab("balance").centres["balance_ec"].value() == 3.6
    assert page.tab("balance").centres["balance_eo"].value() == 32.1


def test_a_600_s_balance_time_is_drawn_at_the_cap_and_flagged(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.update_profile(app_ctx.db, age=30, sex="female")
    balance(app_ctx, "balance_eo", "left", 2, [40.0])
    balance(app_ctx, "balance_eo", "left", 1, [600.0, 12.0])
    page = make_page()
    assert plotted(page, "balance", "balance_eo", "left_best")[1] == [40.0, 45.0]
    assert plotted(page, "balance", "balance_eo", "left_median")[1] == [40.0, 42.5]
    x, y = plotted(page, "balance", "balance_eo", "over_cap")
    assert x == xs(1) and y == [45.0]
    eo = panel_of(page, "balance", "balance_eo")
    assert "recorded 600 s" in eo.get("over_cap").notes[0]
    text = eo.hover.show_at(QPointF(xs(1)[0], 45.0))
    assert "600 s" in text and ago(1).strftime("%d %b %Y") in text
    _, (y0, y1) = eo.view.viewRange()
    assert y0 <= 0 and 45 < y1 < 60  # the outlier does not stretch the axis


def test_single_point_and_gap(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    one(app_ctx, "knee_to_wall", "left", 100, 10.0)
    one(app_ctx, "knee_to_wall", "left", 10, 11.0)
    one(app_ctx, "heel_rises", "right", 5, 20.0)
    page = make_page()
    page.set_range("all")
    page.show_tab("mobility")
    x, y = plotted(page, "mobility", "knee_to_wall", "left")
    assert x[0] == xs(100)[0] and x[2] == xs(10)[0]
    assert np.isnan(y[1]) and y[0] == 10.0 and y[2] == 11.0  # the line breaks at the gap
    assert plotted(page, "mobility", "heel_rises", "right")[1] == [20.0]
    heel = panel_of(page, "mobility", "heel_rises")
    (x0, x1), (y0, y1) = heel.view.viewRange()
    assert x0 <= xs(5)[0] <= x1 and y0 <= 20.0 <= y1


# -- mobility & strength -------------------------------------------------------


def test_knee_to_wall_norm_and_mdc_bands_and_heel_rise_norm(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.update_profile(app_ctx.db, age=40, sex="female")
    one(app_ctx, "knee_to_wall", "left", 20, 9.0)
    one(app_ctx, "knee_to_wall", "left", 10, 10.5)
    one(app_ctx, "knee_to_wall", "right", 20, 11.0)
    one(app_ctx, "heel_rises", "left", 20, 18.0)
    page = make_page()
    tab = page.tab("mobility")
    assert tab.ktw_band.getRegion() == pytest.approx((9.2, 14.8))
    assert tab.ktw_mean.value() == 12.0
    lo, hi = tab.mdc_lines["left"]
    assert (lo.value(), hi.value()) == pytest.approx((7.1, 10.9))
    lo, hi = tab.mdc_lines["right"]
    assert (lo.value(), hi.value()) == pytest.approx((9.1, 12.9))
    assert plotted(page, "mobility", "knee_to_wall", "left")[1] == [9.0, 10.5]
    # Hebert-Losier 2017: women median 21, +/- 6 reps
    assert tab.heel_band.getRegion() == (15.0, 27.0) and tab.heel_median.value() == 21.0
    heel = panel_of(page, "mobility", "heel_rises")
    assert "Right side: no tests recorded yet." in heel.caption.text()


def test_inches_setting_converts_knee_to_wall(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    app_ctx.settings.setValue("units/length", "in")
    one(app_ctx, "knee_to_wall", "left", 3, 12.7)
    page = make_page()
    assert plotted(page, "mobility", "knee_to_wall", "left")[1] == pytest.approx([5.0])
    assert page.tab("mobility").ktw_band.getRegion() == pytest.approx((9.2 / 2.54, 14.8 / 2.54))


# -- pain ----------------------------------------------------------------------


def test_pain_on_zones_with_stage_changes(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    repos.upsert_checkin(app_ctx.db, ago(3), first_step_pain=4, pain_after=2)
    repos.upsert_checkin(app_ctx.db, ago(2), first_step_pain=3)
    repos.upsert_checkin(app_ctx.db, ago(1), first_step_pain=1, next_morning_pain=0)
    repos.add_stage_event(app_ctx.db, day=ago(30), stage=1, kind="start")
    repos.add_stage_event(app_ctx.db, day=ago(2), stage=2, kind="advance")
    page = make_page()
    page.show_tab("pain")
    x, y = plotted(page, "pain", "pain", "first_step_pain")
    assert x == xs(3, 2, 1) and y == [4.0, 3.0, 1.0]
    assert plotted(page, "pain", "pain", "pain_after")[1] == [2.0]
    assert plotted(page, "pain", "pain", "pain_during") == ([], [])
    pain = panel_of(page, "pain", "pain")
    assert pain.legend_box("pain_during").text() == "during (none)"
    assert pain.view.viewRange()[1] == [-0.5, 10.5]
    bands = page.tab("pain").stage_items[0]
    assert bands.changes == [(series.to_day(ago(2)) * DAY_S, "▲ stage 2 (advance)", False)]
    assert [p[2] for p in bands.periods] == [1, 2]
    assert "0-3 safe" in pain.caption.text() and "extrapolation" in pain.caption.text()


# -- symmetry ------------------------------------------------------------------


def test_symmetry_flags_differences_over_the_threshold(make_page, app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    one(app_ctx, "knee_to_wall", "left", 5, 12.0)
    one(app_ctx, "knee_to_wall", "right", 5, 10.0)  # 2.0 cm: over 1.5
    one(app_ctx, "knee_to_wall", "left", 3, 11.0)
    one(app_ctx, "knee_to_wall", "right", 3, 10.5)  # 0.5 cm: within
    one(app_ctx, "knee_to_wall", "left", 2, 11.0)  # left only: not paired
    one(app_ctx, "heel_rises", "left", 4, 20.0)
    one(app_ctx, "heel_rises", "right", 4, 27.0)  # -7 reps: over 6 (app's own rule)
    page = make_page()
    page.show_tab("symmetry")
    tab = page.tab("symmetry")
    assert plotted(page, "symmetry", "symmetry", "over") == (xs(5), [2.0])
    assert plotted(page, "symmetry", "symmetry", "within") == (xs(3), [0.5])
    panel = tab.master
    assert (tab.limit_high.value(), tab.limit_low.value()) == (1.5, -1.5)
    assert "1 day(s) with only the left side" in panel.caption.text()
    assert "Hoch" in panel.caption.text()
    tab.chooser.setCurrentIndex(tab.chooser.findData("heel_rises"))
    assert plotted(page, "symmetry", "symmetry", "over") == (xs(4), [-7.0])
    assert "footgui's own rule" in panel.caption.text()
    tab.chooser.setCurrentIndex(tab.chooser.findData("balance_ec"))
    assert panel.is_empty


# -- load ----------------------------------------------------------------------


def _session(ctx: AppContext, day: dt.date, minutes: int, status: str = "finished") -> None:
    start = dt.datetime.combine(day, dt.time(7, 0))
    row = repos.start_session(ctx.db, "t", 1, started_at=start)
    if status != "in_progress":
        repos.finish_session(
            ctx.db,
            row.id,
            status=status,
            ended_at=start + dt.timedelta(minutes=minutes),  # type: ignore[arg-type]
        )


def test_weekly_load_bars_and_run_spikes(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    monday = TODAY - dt.timedelta(days=TODAY.weekday()) - dt.timedelta(days=14)
    _session(app_ctx, monday, 30)
    _session(app_ctx, monday + dt.timedelta(days=2), 45, "abandoned")
    _session(app_ctx, monday + dt.timedelta(days=3), 0, "in_progress")  # no length: not counted
    repos.add_run(app_ctx.db, day=monday, distance_m=10000)
    repos.add_run(app_ctx.db, day=monday + dt.timedelta(days=8), distance_m=12000)  # 120%: spike
    repos.add_run(app_ctx.db, day=monday + dt.timedelta(days=9), distance_m=5000)
    page = make_page()
    page.show_tab("load")
    week = series.to_day(monday)
    centre = week * DAY_S + 3.5 * DAY_S
    x, counts = plotted(page, "load", "sessions_week", "sessions")
    assert x[0] == centre and counts[:3] == [2.0, 0.0, 0.0]
    assert plotted(page, "load", "minutes_week", "minutes")[1][:2] == [75.0, 0.0]
    assert plotted(page, "load", "running_week", "distance")[1][:3] == [10.0, 17.0, 0.0]
    sx, sy = plotted(page, "load", "running_week", "spikes")
    assert sx == day_x([week + 8]).tolist() and sy == [12.0]
    runs = panel_of(page, "load", "running_week")
    assert "20% longer" in runs.get("spikes").notes[0] and "1.64" in runs.get("spikes").notes[0]


def test_miles_setting(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    app_ctx.settings.setValue("units/distance", "mi")
    repos.add_run(app_ctx.db, day=ago(1), distance_m=1609.344)
    page = make_page()
    assert sum(plotted(page, "load", "running_week", "distance")[1]) == pytest.approx(1.0)


# -- interaction ---------------------------------------------------------------


def test_range_buttons_move_every_tab(make_page, app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    one(app_ctx, "knee_to_wall", "left", 700, 10.0)
    one(app_ctx, "knee_to_wall", "left", 1, 11.0)
    page = make_page()
    end = (series.to_day(TODAY) + 1) * DAY_S
    qtbot.mouseClick(page.range_buttons["4w"], Qt.MouseButton.LeftButton)
    page.show_tab("mobility")
    x0, x1 = panel_of(page, "mobility", "knee_to_wall").x_range()
    assert (x0, x1) == pytest.approx((end - 28 * DAY_S, end))
    qtbot.mouseClick(page.range_buttons["1y"], Qt.MouseButton.LeftButton)
    assert panel_of(page, "mobility", "heel_rises").x_range() == pytest.approx(
        (end - 365 * DAY_S, end)
    )
    qtbot.mouseClick(page.range_buttons["all"], Qt.MouseButton.LeftButton)
    page.show_tab("pain")
    x0, _ = panel_of(page, "pain", "pain").x_range()
    assert x0 == pytest.approx(series.to_day(ago(700)) * DAY_S)


def test_old_data_only_shows_the_period_up_to_the_last_entry(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    one(app_ctx, "knee_to_wall", "left", 400, 10.0)
    page = make_page()
    page.set_range("4w")
    assert page.note.isVisible() and "up to your last entry" in page.note.text()
    page.show_tab("mobility")
    x0, x1 = panel_of(page, "mobility", "knee_to_wall").x_range()
    assert x0 < xs(400)[0] < x1


def test_hover_names_value_and_date_and_legend_toggle_hides(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    balance(app_ctx, "balance_eo", "right", 4, [33.5])
    page = make_page()
    eo = panel_of(page, "balance", "balance_eo")
    text = eo.hover.show_at(QPointF(xs(4)[0] + DAY_S * 0.2, 33.0))
    assert text.startswith("Right: best of day: 33.5 s") and ago(4).strftime("%a %d %b %Y") in text
    assert eo.hover.vline.isVisible()
    eo.legend_box("right_best").setChecked(False)
    eo.legend_box("right_median").setChecked(False)
    assert not eo.get("right_best").item.isVisible()
    assert eo.hover.show_at(QPointF(xs(4)[0], 33.5)) == ""
    assert eo.visible_rows() == []


def test_exports_png_and_csv_with_the_visible_points(make_page, app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    balance(app_ctx, "balance_eo", "left", 60, [20.0])  # outside 4 weeks
    balance(app_ctx, "balance_eo", "left", 10, [25.0, 27.5])
    balance(app_ctx, "balance_eo", "left", 5, [700.0])
    page = make_page()
    page.set_range("4w")
    eo = panel_of(page, "balance", "balance_eo")
    png = tmp_path / "balance.png"
    assert eo.export_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600 and image.height() > 200
    out = tmp_path / "balance.csv"
    assert eo.export_csv(out) == 5
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    by_series: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        assert row["chart"] == "Balance, eyes open" and row["unit"] == "s"
        by_series[row["series"]].append((row["date"], row["value"]))
    assert by_series["Left: best of day"] == [
        (ago(10).isoformat(), "27.5"),
        (ago(5).isoformat(), "45.0"),
    ]
    assert by_series["Left: 28-day median"] == [
        (ago(10).isoformat(), "27.5"),  # 60 days ago is outside the 28-day window
        (ago(5).isoformat(), "36.2"),  # median of 27.5 and 45 (the capped 700)
    ]
    assert by_series["Above the 45 s cap"] == [(ago(5).isoformat(), "45.0")]
    over = next(r for r in rows if r["series"] == "Above the 45 s cap")
    assert "recorded 700 s" in over["note"]


def test_data_changed_redraws_the_visible_page(make_page, app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = make_page()
    assert panel_of(page, "balance", "balance_eo").is_empty
    balance(app_ctx, "balance_eo", "left", 0, [12.0])
    with qtbot.waitSignal(page.reloaded):
        app_ctx.changed("measurement")
    assert plotted(page, "balance", "balance_eo", "left_best")[1] == [12.0]
    assert not panel_of(page, "balance", "balance_eo").is_empty
    page.hide()
    balance(app_ctx, "balance_eo", "left", 0, [14.0])
    app_ctx.changed("measurement")
    assert plotted(page, "balance", "balance_eo", "left_best")[1] == [12.0]  # stale while hidden
    with qtbot.waitSignal(page.reloaded):
        page.show()
    assert plotted(page, "balance", "balance_eo", "left_best")[1] == [14.0]


def test_demo_history_plots_the_diary_as_recorded(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    from footgui.store.demo_data import generate_demo_data

    ids = [ex.id for ex in app_ctx.catalog]
    generate_demo_data(app_ctx.db, 1.0, exercise_ids=ids, today=TODAY)
    page = make_page()
    for tab in page.tabs:
        for panel in tab.panels:
            assert not panel.is_empty, panel.key
    best: dict[int, float] = {}
    for m in repos.list_measurements(app_ctx.db, kind="balance_ec", side="left"):
        d = series.to_day(m.day)
        best[d] = max(best.get(d, 0.0), min(m.value, 45.0))
    x, y = plotted(page, "balance", "balance_ec", "left_best")
    assert x == day_x(sorted(best)).tolist()
    assert y == [best[d] for d in sorted(best)]
    page.set_range("all")
    for tab in page.tabs:
        page.show_tab(tab.key)
        tab.repaint()


def test_main_window_opens_the_page(app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    page = window.show_page("trends", chart="load")
    assert isinstance(page, TrendsPage)
    assert page.current_tab.key == "load"


def test_bar_chart_csv_gives_week_starts(make_page, app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monday = TODAY - dt.timedelta(days=TODAY.weekday()) - dt.timedelta(days=7)
    repos.add_run(app_ctx.db, day=monday + dt.timedelta(days=2), distance_m=8000)
    page = make_page()
    page.show_tab("load")
    runs = panel_of(page, "load", "running_week")
    assert panel_of(page, "load", "sessions_week").is_empty  # runs but no sessions
    out = tmp_path / "runs.csv"
    runs.export_csv(out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    weekly = [(r["date"], r["value"]) for r in rows if r["series"] == "Weekly distance"]
    assert (monday.isoformat(), "8.0") in weekly
    assert all(dt.date.fromisoformat(d).weekday() == 0 for d, _ in weekly)
    text = runs.hover.show_at(QPointF(day_x([series.to_day(monday) + 3])[0], 4.0))
    assert text.startswith("Weekly distance: 8 km") and "week of Mon" in text


def test_a_zoom_on_one_tab_carries_to_the_next(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    one(app_ctx, "knee_to_wall", "left", 300, 10.0)
    repos.upsert_checkin(app_ctx.db, ago(300), first_step_pain=2)
    page = make_page()
    page.set_range("all")
    page.show_tab("mobility")
    x0, x1 = xs(200)[0], xs(100)[0]
    panel_of(page, "mobility", "knee_to_wall").view.setXRange(x0, x1, padding=0)  # as a wheel zoom
    assert panel_of(page, "mobility", "heel_rises").x_range() == pytest.approx((x0, x1))
    page.show_tab("pain")
    assert panel_of(page, "pain", "pain").x_range() == pytest.approx((x0, x1))


def test_date_axis_ticks_fit_the_span() -> None:
    from footgui.ui.trends.plotkit import date_ticks, tick_label

    end = (series.to_day(dt.date(2026, 3, 1)) + 1) * DAY_S
    (unit, _), major, minor = date_ticks(end - 28 * DAY_S, end, 1100)
    assert unit == "W" and len(major) == 5 and len(minor) == 29  # both ends included
    assert all(series.from_day(int(x // DAY_S)).weekday() == 0 for x in major)
    assert tick_label(major[0], unit) == "2 Feb"
    (unit, _), major, _ = date_ticks(end - 365 * DAY_S, end, 1100)
    assert unit == "M" and len(major) == 12
    assert [tick_label(x, unit) for x in major[:2]] == ["Apr", "May"]
    assert tick_label(major[9], unit) == "Jan 2026"
    (unit, step), major, _ = date_ticks(end - 3652 * DAY_S, end, 1100)
    assert (unit, step) == ("Y", 1) and tick_label(major[-1], unit) == "2026"
    assert date_ticks(end, end, 1100)[1].size == 0


def test_png_button_saves_through_a_file_dialog(make_page, app_ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    balance(app_ctx, "balance_eo", "left", 2, [30.0])
    page = make_page()
    eo = panel_of(page, "balance", "balance_eo")
    for button, name in ((eo.png_button, "chart.png"), (eo.csv_button, "chart.csv")):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        # open(), not a nested exec(): the click returns with the dialog showing
        qtbot.waitUntil(lambda: any(d.isVisible() for d in eo.findChildren(QFileDialog)))
        dialog = next(d for d in eo.findChildren(QFileDialog) if d.isVisible())
        dialog.selectFile(str(tmp_path / name))
        dialog.accept()
        qtbot.waitUntil(lambda name=name: (tmp_path / name).exists())
    assert not QImage(str(tmp_path / "chart.png")).isNull()
    assert "30.0" in (tmp_path / "chart.csv").read_text(encoding="utf-8")


def test_moving_the_mouse_shows_the_crosshair_and_label(make_page, app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    balance(app_ctx, "balance_eo", "left", 3, [20.0])
    page = make_page()
    eo = panel_of(page, "balance", "balance_eo")
    target = eo.view.mapViewToScene(QPointF(xs(3)[0], 20.0))
    pos = eo.plot_widget.mapFromScene(target)
    viewport = eo.plot_widget.viewport()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)  # QTest's mouseMove moves no cursor offscreen
    qtbot.waitUntil(lambda: eo.hover.text != "")
    assert eo.hover.text.startswith("Left: best of day: 20 s")
    assert eo.hover.label.isVisible() and eo.hover.hline.isVisible()


def test_copy_puts_the_chart_picture_on_the_clipboard(make_page, app_ctx) -> None:  # type: ignore[no-untyped-def]
    balance(app_ctx, "balance_eo", "left", 10, [25.0, 27.5])
    page = make_page()
    eo = panel_of(page, "balance", "balance_eo")
    QApplication.clipboard().clear()
    assert eo.copy_button.isEnabled() and eo.copy_button.accessibleName()
    eo.copy_button.click()
    image = QApplication.clipboard().image()
    assert not image.isNull()
    assert image.size() == eo.render_png().size() == eo.size() * eo.devicePixelRatio()


def test_svg_export_writes_an_svg_document(make_page, app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    balance(app_ctx, "balance_eo", "left", 10, [25.0, 27.5])
    page = make_page()
    eo = panel_of(page, "balance", "balance_eo")
    assert eo.svg_button.isEnabled() and "SVG" in eo.svg_button.accessibleName()
    out = tmp_path / "balance.svg"
    assert eo.export_svg(out)
    root = ElementTree.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == f"0 0 {eo.width()} {eo.height()}"
    assert len(list(root.iter())) > 20  # the plot's shapes and text, not an empty page
    assert eo.svg_button.isVisible() and eo.copy_button.isVisible()
