"""Help > About and Help > Keyboard shortcuts, and the icon set they and the rail use."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication

from footgui.paths import resources_dir
from footgui.ui.pages import PAGES


@pytest.fixture
def window(qtbot, app_ctx):
    from footgui.ui.main_window import MainWindow

    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    return win


# -- about ----------------------------------------------------------------------------------


def test_about_names_version_data_folder_and_licences(qtbot, window, app_ctx) -> None:
    from footgui import __version__
    from footgui.ui.about import show_about

    dialog = show_about(window, app_ctx)
    assert dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.versions)))
    assert f"footgui {__version__}" in texts and str(app_ctx.paths.data) in texts
    names = [c.name for c in dialog.components]
    for wanted in ("Qt", "PySide6", "FFmpeg", "pyqtgraph", "SQLAlchemy"):
        assert any(n.startswith(wanted) for n in names), wanted
    by_name = {c.name.split()[0]: c for c in dialog.components}
    assert by_name["Qt"].licence == by_name["PySide6"].licence == "LGPL-3.0"
    assert by_name["FFmpeg"].licence.startswith("LGPL-2.1")
    assert re.match(r"\d+\.\d+", by_name["Qt"].version)
    ffmpeg_row = names.index(next(n for n in names if n.startswith("FFmpeg")))
    dialog.list.setCurrentRow(ffmpeg_row)
    text = dialog.text.toPlainText()
    assert "replace" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "libavcodec" in by_name["FFmpeg"].version  # the libraries Qt Multimedia ships
    dialog.list.setCurrentRow(0)
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()  # LGPL-3 needs GPL-3's text
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_every_licence_file_named_exists() -> None:
    from footgui.ui.about import components

    for comp in components():
        for filename in comp.files:
            path = resources_dir() / "licenses" / filename
            assert path.is_file() and path.stat().st_size > 500, path


# -- shortcuts ------------------------------------------------------------------------------


def test_shortcuts_list_menus_pages_and_session_keys(qtbot, window) -> None:
    from footgui.ui.shortcuts_dialog import show_shortcuts

    dialog = show_shortcuts(window)
    rows = dialog.visible_rows()
    shown = dict(rows)
    native = QKeySequence.SequenceFormat.NativeText
    for number, spec in enumerate(PAGES, start=1):
        assert shown.get(QKeySequence(f"Ctrl+{number}").toString(native)) == spec.title
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.shortcut().isEmpty():  # Quit has no key on the offscreen platform
                assert action.shortcut().toString(native) in shown, action.text()
    for key in ("Space", "R", "M", "F", "S"):
        assert QKeySequence(key).toString(native) in shown, key
    assert any("Right" in keys and "N" in keys for keys, _ in rows)
    dialog.filter.setText("mirror")
    assert dialog.visible_rows() == [("M", "Mirror the video")]
    dialog.filter.setText("")
    assert len(dialog.visible_rows()) == len(rows)
    dialog.reject()


def test_a_new_menu_action_and_a_registered_page_appear(qtbot, window) -> None:
    from PySide6.QtGui import QAction

    from footgui.ui import shortcuts_dialog as sd

    action = QAction("&Export report…", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    window.menuBar().actions()[0].menu().addAction(action)
    saved = sd.registered()
    try:
        sd.register_shortcuts("Trends", [("Ctrl+C", "Copy the chart")])
        entries = sd.collect_shortcuts(window)
    finally:
        sd._REGISTRY.clear()
        sd._REGISTRY.update(saved)
    assert sd.ShortcutEntry("File", ("Ctrl+Shift+R",), "Export report") in entries
    assert sd.ShortcutEntry("Trends", ("Ctrl+C",), "Copy the chart") in entries


def test_listed_session_keys_match_the_session_page(qtbot, window) -> None:
    """The list is written down for a page built lazily; it must not drift from the page."""
    from footgui.ui.shortcuts_dialog import registered

    page = window.page("session")
    portable = QKeySequence.SequenceFormat.PortableText
    live = {s.key().toString(portable) for s in page.findChildren(QShortcut)}
    listed = {k for e in registered()["Session"] for k in e.keys}
    assert live - {"Shift+="} <= listed  # Shift+= is "+" on layouts that need Shift for it
    assert listed <= live


# -- icons ----------------------------------------------------------------------------------


def test_every_icon_exists_and_draws(qapp) -> None:
    from footgui.ui.icons import ICON_NAMES, icon

    for page in PAGES:
        assert page.key in ICON_NAMES, page.key
    for name in ICON_NAMES:
        assert (resources_dir() / "icons" / f"{name}.svg").is_file(), name
        image = icon(name).pixmap(QSize(32, 32), 2.0).toImage()
        assert image.size() == QSize(64, 64)  # drawn at the screen's pixel ratio: sharp on HiDPI
        inked = sum(
            image.pixelColor(x, y).alpha() > 128 for x in range(0, 64, 2) for y in range(0, 64, 2)
        )
        assert inked > 20, name


def test_icons_take_the_palette_colour(qapp) -> None:
    from footgui.ui.icons import icon

    def ink(pixmap) -> QColor:
        image = pixmap.toImage()
        return max(
            (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
            key=lambda c: c.alpha(),
        )

    before = QApplication.palette()
    try:
        palette = QPalette(before)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff0000"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, "#0000ff")
        QApplication.setPalette(palette)
        assert ink(icon("trends").pixmap(24, 24)).red() > 200
        on = icon("trends", on_colour="#00ff00").pixmap(
            QSize(24, 24), 1.0, mode=icon("trends").Mode.Normal, state=icon("trends").State.On
        )
        assert ink(on).green() > 200
        disabled = icon("trends").pixmap(QSize(24, 24), 1.0, mode=icon("trends").Mode.Disabled)
        assert ink(disabled).blue() > 200
    finally:
        QApplication.setPalette(before)


def test_missing_icon_is_a_null_icon_not_a_crash(qapp) -> None:
    from footgui.ui.icons import icon

    assert icon("no-such-icon").isNull()
    assert icon("today").isNull() is False


# -- keyboard and screen readers in these dialogs ------------------------------------------


def unnamed_controls(dialog) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QScrollBar,
        QTabBar,
        QWidget,
    )

    kinds = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
    )
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w, QScrollBar | QTabBar | QHeaderView)  # parts of a named view
        and not isinstance(w.parent(), QLineEdit)  # the line edit's own clear button
        and not w.objectName().startswith("qt_")
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]


def test_dialog_controls_have_accessible_names(qtbot, window, app_ctx) -> None:
    from footgui.ui.about import show_about
    from footgui.ui.report_dialog import export_report_dialog
    from footgui.ui.shortcuts_dialog import show_shortcuts

    for dialog in (
        show_about(window, app_ctx),
        show_shortcuts(window),
        export_report_dialog(window, app_ctx),
    ):
        assert unnamed_controls(dialog) == [], dialog.objectName()
        dialog.reject()
