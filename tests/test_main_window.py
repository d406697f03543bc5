"""The main window as a shell: pages built on first visit, navigation, first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from footgui.ui.main_window import MainWindow
from footgui.ui.pages import PAGES


@pytest.fixture
def window(qtbot, app_ctx):
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    return win


def test_first_paint_is_announced_before_any_data(qtbot) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_painted, timeout=5000):
        win.show()
    assert not win._rail.isEnabled()  # nothing to click until the data is attached
    with pytest.raises(RuntimeError):
        _ = win.ctx


def test_opens_on_today_and_builds_other_pages_lazily(window) -> None:
    assert window.current_key() == "today"
    assert set(window._pages) == {"today"}


def test_every_page_can_be_visited_by_shortcut(window, qtbot) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for number, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window._buttons[spec.key].isChecked()


def test_pages_can_ask_for_navigation(window, app_ctx, catalog) -> None:
    target = list(catalog)[3]
    app_ctx.go("library", exercise_id=target.id)
    assert window.current_key() == "library"
    assert window.page("library").current_id() == target.id


def test_file_menu_opens_the_diary_export(window, qtbot) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a for a in file_menu.actions() if a.text().startswith("&Export"))
    export.trigger()
    assert window.current_key() == "diary"
    dialogs = [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert dialogs, "no export dialog opened"
    for dialog in dialogs:
        dialog.reject()


def test_settings_have_a_shortcut_even_where_the_platform_defines_none(window) -> None:
    """Preferences has no standard key outside KDE and macOS; Ctrl+, stands in for it."""
    from PySide6.QtGui import QKeySequence

    action = next(a for a in window.actions() if a.text().startswith("&Settings"))
    assert action.shortcuts(), "Settings must be reachable from the keyboard"
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    expected = standard or [QKeySequence("Ctrl+,")]
    assert action.shortcuts() == expected
