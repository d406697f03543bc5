"""Keyboard and screen readers: names on every control, Tab through every page, charts read out.

The pages are walked with a year of demo data, so tables, charts and lists
hold what a user would see. The Session page is left out (it is still being
built); everything else, dialogs included, must give each interactive widget
a name a screen reader can say:

- an explicit ``accessibleName``, or
- a label whose buddy it is (Qt reads the label's text as the name), or
- for a button, its own visible text (Qt's accessible name of a button).

Widgets that are parts of another control (a combo box's list, a spin box's
line edit, a table's header) are named by their owner and skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from footgui.core.catalog import load_catalog
from footgui.paths import user_paths
from footgui.store.db import Database, open_database
from footgui.store.demo_data import generate_demo_data, templates_from_catalog
from footgui.ui.context import AppBus, AppContext
from footgui.ui.main_window import MainWindow
from footgui.ui.pages import PAGES

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # QDateEdit, QTimeEdit and QSpinBox are spin boxes
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
    QSlider,
)
#: Controls whose child widgets are their own parts (named through the owner).
OWNERS = (
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QCalendarWidget,
)
CHECKED_PAGES = [spec for spec in PAGES if spec.key != "session"]
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a year of demo history, made once for the module."""
    folder = tmp_path_factory.mktemp("demo")
    db = open_database(f"sqlite:///{folder / 'footgui.sqlite3'}", backup_dir=folder / "backups")
    try:
        generate_demo_data(db, 1, today=TODAY, templates=templates_from_catalog(load_catalog()))
    finally:
        db.close()
    return folder


@pytest.fixture
def demo_ctx(qapp: QApplication, demo_folder: Path, tmp_path: Path) -> Iterator[AppContext]:
    """An app context on a copy of the demo database (tests may write)."""
    import shutil

    shutil.copy(demo_folder / "footgui.sqlite3", tmp_path / "footgui.sqlite3")
    db: Database = open_database(
        f"sqlite:///{tmp_path / 'footgui.sqlite3'}", backup_dir=tmp_path / "backups"
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    bus = AppBus()
    ctx = AppContext(db, load_catalog(), user_paths(tmp_path), settings, bus)
    yield ctx
    ctx.db.close()
    bus.deleteLater()


@pytest.fixture
def window(qtbot, demo_ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    return win


# -- names ---------------------------------------------------------------------------------


def _is_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, OWNERS):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget, root: QWidget) -> str:
    """What a screen reader announces as the widget's name ("" = nothing)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "").strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    return ""


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_part(widget, root):
            continue
        if type(widget).__name__ == "QTableCornerButton":
            continue
        if not spoken_name(widget, root):
            missing.append(
                f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"
                f" in {type(widget.parentWidget()).__name__}"
            )
    return missing


def build_everything(window: MainWindow, key: str) -> QWidget:
    """The page with its lazily built parts (diary forms, every chart tab) made."""
    page = window.show_page(key)
    if key == "diary":
        for tab in range(page.tabs.count()):  # type: ignore[attr-defined]
            page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
    if key == "trends":
        _ = page.tabs  # type: ignore[attr-defined]  # builds every chart tab
    return page


@pytest.mark.parametrize("spec", CHECKED_PAGES, ids=[s.key for s in CHECKED_PAGES])
def test_every_interactive_widget_of_a_page_has_a_name(window, spec) -> None:  # type: ignore[no-untyped-def]
    window.show()
    page = build_everything(window, spec.key)
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    assert len(controls) > 3, f"the {spec.key} page has almost no controls: built wrong?"
    assert unnamed(page) == []


def test_the_window_itself_is_named(window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    rail_and_menus = [w for w in window.findChildren(QWidget) if w.parentWidget() is not None]
    assert rail_and_menus
    outside_pages = [
        w for w in window.findChildren(QAbstractButton) if not window.stack.isAncestorOf(w)
    ]
    assert outside_pages  # the navigation rail
    for button in outside_pages:
        assert spoken_name(button, window), button.objectName()
    for button in window._buttons.values():
        assert button.accessibleDescription(), button.text()


def test_dialogs_name_their_controls(window, demo_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.ui.about import show_about
    from footgui.ui.settings_dialog import open_settings
    from footgui.ui.shortcuts_dialog import show_shortcuts
    from footgui.ui.today.dialogs import ChooseDialog, ReasonDialog, ReminderDialog

    window.show()
    checked: list[QDialog] = []

    def check(dialog: QDialog) -> None:
        assert unnamed(dialog) == [], type(dialog).__name__
        checked.append(dialog)
        dialog.close()

    settings = open_settings(window, demo_ctx)
    for tab in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(tab)
    check(settings)
    check(show_about(window, demo_ctx))
    check(show_shortcuts(window))
    check(window.open_restore())  # type: ignore[arg-type]
    program = demo_ctx.catalog.program
    for dialog in (
        ChooseDialog(program, 1, None, window),
        ReasonDialog("Stay in this stage", "Why stay?", window),
        ReminderDialog(demo_ctx.settings, demo_ctx.paths.data, window),
    ):
        dialog.open()
        check(dialog)
    diary = window.show_page("diary")
    export = diary.export_dialog()  # type: ignore[attr-defined]
    check(export)
    history = diary.history  # type: ignore[attr-defined]
    history.table.selectRow(0)
    key = history.selected_key()
    assert key is not None
    editor = diary.open_editor(*key)  # type: ignore[attr-defined]
    check(editor)
    from footgui.ui.report_dialog import export_report_dialog

    check(export_report_dialog(window, demo_ctx))
    assert len(checked) == 10


# -- keyboard --------------------------------------------------------------------------------


def _grouped(widget: QWidget) -> bool:
    """A button of an exclusive group: Tab stops at the checked one, arrows reach the rest."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    return (group is not None and group.exclusive()) or widget.autoExclusive()


def _focus_candidates(page: QWidget) -> list[QWidget]:
    """What Tab should visit on the page as it stands: shown, enabled, tab-focusable controls."""
    out = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page.window()) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if _is_part(widget, page):
            continue
        out.append(widget)
    return out


def _stop(widget: QWidget) -> object:
    """One Tab stop: a widget, or a whole exclusive button group (arrows move inside it)."""
    if _grouped(widget):
        group = widget.group()  # type: ignore[attr-defined]
        return group if group is not None else widget.parentWidget()
    return widget


def _owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    """The candidate that ``widget`` (the focus widget) belongs to, if any."""
    while widget is not None:
        if widget in candidates:
            return widget
        widget = widget.parentWidget()
    return None


def tab_through(qtbot, window: MainWindow, page: QWidget, start: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press Tab from ``start`` until every control of ``page`` had the focus."""
    candidates = _focus_candidates(page)
    assert candidates, "nothing on the page takes keyboard focus"
    stops = {id(_stop(w)) for w in candidates}
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: set[int] = set()
    same = 0
    previous: QWidget | None = start
    for _ in range(3 * len(candidates) + 20):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and window.isAncestorOf(now), "focus left the window"
        same = same + 1 if now is previous else 0
        assert same < 12, f"Tab is stuck in {type(now).__name__} {now.objectName()}"
        previous = now
        owner = _owner(now, candidates)
        if owner is not None:
            seen.add(id(_stop(owner)))
        if seen >= stops:
            return
    missed = [
        f"{type(w).__name__} {w.objectName()}" for w in candidates if id(_stop(w)) not in seen
    ]
    raise AssertionError(f"Tab never reached: {missed}")


@pytest.mark.parametrize("spec", CHECKED_PAGES, ids=[s.key for s in CHECKED_PAGES])
def test_keyboard_reaches_the_page_and_tabs_through_it(window, qtbot, spec) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    number = PAGES.index(spec) + 1
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == spec.key
    page = window.page(spec.key)
    button = window._buttons[spec.key]
    if spec.key == "diary":
        for tab in range(page.tabs.count()):  # type: ignore[attr-defined]
            page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            tab_through(qtbot, window, page, button)
    elif spec.key == "trends":
        for tab in range(page.tabs_widget.count()):  # type: ignore[attr-defined]
            page.tabs_widget.setCurrentIndex(tab)  # type: ignore[attr-defined]
            tab_through(qtbot, window, page, button)
    else:
        tab_through(qtbot, window, page, button)


def test_the_navigation_rail_works_from_the_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The rail is one Tab stop (like tabs): arrow keys move along it, Space opens a page."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    first = window._buttons["today"]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    for spec in CHECKED_PAGES[1:]:
        button = window._buttons[spec.key]
        for _ in range(len(PAGES)):
            if button.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert button.hasFocus(), spec.key
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert window.current_key() == spec.key
    # and Tab from the rail goes into the page that is shown
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.page(CHECKED_PAGES[-1].key).isAncestorOf(QApplication.focusWidget())


def test_range_buttons_are_reached_with_arrow_keys(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.show_page("trends")
    buttons = list(page.range_buttons.values())  # type: ignore[attr-defined]
    checked = next(b for b in buttons if b.isChecked())
    checked.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(checked.hasFocus)
    reached = {id(checked)}
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        for _ in range(len(buttons)):
            qtbot.keyClick(QApplication.focusWidget(), key)
            reached.add(id(QApplication.focusWidget()))
    assert {id(b) for b in buttons} <= reached
    assert page.range_key == "4w"  # type: ignore[attr-defined]  # moving also chooses the range


def test_focus_is_visible_on_every_kind_of_control() -> None:
    """The stylesheet draws a focus ring for the controls Tab lands on."""
    from footgui.ui.style import build_style

    for dark in (False, True):
        style = build_style(dark=dark)
        for selector in (
            "QPushButton:focus",
            "QToolButton:focus",
            "QLineEdit:focus",
            "#navButton:focus",
            "QComboBox:focus",
            "QAbstractSpinBox:focus",
            "QCheckBox:focus",
            "QTabBar::tab:focus",
            "QAbstractItemView:focus",
            "QPlainTextEdit:focus",
        ):
            assert selector in style, selector


# -- charts ----------------------------------------------------------------------------------


def test_every_chart_describes_its_latest_values(window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    window.show()
    page = window.show_page("trends")
    with_data = 0
    for tab in page.tabs:  # type: ignore[attr-defined]
        for panel in tab.panels:
            plot = panel.plot_widget
            assert plot.accessibleName(), panel.key
            text = plot.accessibleDescription()
            assert text.startswith(panel.title), (panel.key, text)
            if panel.is_empty:
                assert "no data yet" in text
                continue
            with_data += 1
            assert "Latest values" in text
            for series, i in panel.latest():
                assert f"{series.name}: {series.value_text(i)}" in text, (panel.key, text)
    assert with_data >= 6  # a year of demo data fills most charts


def test_the_pain_chart_reads_out_the_latest_check_in(window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """Checked against the diary itself, not against the chart's own arrays."""
    from footgui.store import diary
    from footgui.ui.trends.plotkit import date_text, day_x

    window.show()
    page = window.show_page("trends")
    page.show_tab("pain")  # type: ignore[attr-defined]
    latest = diary.history_page(demo_ctx.db, diary.HistoryFilter(frozenset({"checkin"})), limit=1)[
        0
    ]
    day, first_step = latest[2], latest[6]
    assert first_step is not None
    plot = page.tab("pain").master.plot_widget  # type: ignore[attr-defined]
    from footgui.core import series

    expected = f"First-step pain: {first_step} /10 on {date_text(day_x(series.to_day(day)))}"
    assert expected in plot.accessibleDescription()


def test_a_chart_description_follows_new_data(window, demo_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from footgui.store import diary

    window.show()
    page = window.show_page("trends")
    page.show_tab("load")  # type: ignore[attr-defined]
    runs = page.tab("load").panels[2]  # type: ignore[attr-defined]
    before = runs.plot_widget.accessibleDescription()
    diary.insert_record(
        demo_ctx.db,
        "run",
        {
            "day": TODAY,
            "distance_m": 42_195.0,
            "duration_s": None,
            "run_type": "long",
            "surface": None,
            "shoe_id": None,
            "pain_after": None,
            "note": "",
        },
    )
    with qtbot.waitSignal(page.reloaded, timeout=5000):
        demo_ctx.changed("run")
    after = runs.plot_widget.accessibleDescription()
    assert after != before
    assert "Run spike: 42.2 km" in after


def test_the_symmetry_chart_describes_the_chosen_measurement(window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    page = window.show_page("trends")
    tab = page.tab("symmetry")  # type: ignore[attr-defined]
    tab.chooser.setCurrentIndex(tab.chooser.findData("heel_rises"))
    text = tab.master.plot_widget.accessibleDescription()
    assert text.startswith("Symmetry: Heel rises")
