"""Light or dark: follow the system, or keep the user's choice.

Qt 6.8+ lets an app ask the platform for a colour scheme
(``QStyleHints.setColorScheme``); Windows, macOS and GNOME/KDE with a
platform theme honour it and repaint native widgets. Where the platform does
not (a bare X11 session, the offscreen platform used by tests), the request
is silently ignored, so the override falls back to an explicit Fusion
palette. The stylesheet uses ``palette()`` colours, so it follows either way;
it is re-applied after each change because Qt caches resolved stylesheet
colours per widget.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from footgui.ui.style import build_style

log = logging.getLogger(__name__)

KEY_THEME = "look/theme"
KEY_LARGE_TEXT = "look/large_text"
THEMES = ("system", "light", "dark")
LARGE_TEXT_SCALE = 1.4
"""How much larger the Session page's text gets in large-text mode."""

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def theme_setting(settings: QSettings) -> str:
    """The saved choice; anything unknown (a hand-edited file) means "system"."""
    value = str(settings.value(KEY_THEME, "system") or "system").strip().lower()
    return value if value in THEMES else "system"


def large_text(settings: QSettings) -> bool:
    value = settings.value(KEY_LARGE_TEXT, False)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A Fusion dark palette with enough contrast to read from a few metres."""
    p = QPalette()
    window, base, text = QColor("#202326"), QColor("#17191b"), QColor("#eceff1")
    mid = QColor("#3a3f44")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#2a2e32"),
        QPalette.ColorRole.ToolTipBase: QColor("#2f3438"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#a4adb5"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2c3035"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#4a5056"),
        QPalette.ColorRole.Midlight: QColor("#353a3f"),
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.Dark: QColor("#101214"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3b8eea"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6fb1ff"),
        QPalette.ColorRole.LinkVisited: QColor("#b39ddb"),
        QPalette.ColorRole.Accent: QColor("#3b8eea"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d858c"))
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette: what most users of a light desktop expect."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    return palette


class ThemeState(QObject):
    """Remembers what was applied and re-applies when the system scheme changes."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.custom_palette = False
        self.effective = "light"
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if theme_setting(self.settings) == "system":
            log.info("the system colour scheme changed; following it")
            self.apply()

    def apply(self) -> str:
        app, hints = self.app, self.app.styleHints()
        choice = theme_setting(self.settings)
        if choice == "system":
            hints.unsetColorScheme()
            if self.custom_palette:
                app.setPalette(QPalette())  # an empty palette means the platform's again
                self.custom_palette = False
            dark = hints.colorScheme() == Qt.ColorScheme.Dark or is_dark(app.palette())
            if dark and not is_dark(app.palette()):
                # The platform says dark but gives a light palette (Fusion on X11).
                app.setPalette(dark_palette())
                self.custom_palette = True
        else:
            wanted = _SCHEMES[choice]
            hints.setColorScheme(wanted)
            honoured = hints.colorScheme() == wanted and is_dark(app.palette()) == (
                choice == "dark"
            )
            if not honoured:
                app.setPalette(dark_palette() if choice == "dark" else light_palette())
                self.custom_palette = True
            dark = choice == "dark"
        self.effective = "dark" if dark else "light"
        app.setStyleSheet(
            build_style(large_text=large_text(self.settings), dark=dark, scale=LARGE_TEXT_SCALE)
        )
        return self.effective


def apply_theme(app: QApplication, settings: QSettings) -> str:
    """Apply the saved theme and large-text choice; returns "light" or "dark".

    Safe to call again after any change in settings: the first call also starts
    following the system scheme while the choice is "system".
    """
    state = app.findChild(ThemeState, "footguiTheme")
    if state is None:
        state = ThemeState(app, settings)
        state.setObjectName("footguiTheme")
    state.settings = settings
    return state.apply()


def current_theme(app: QApplication) -> str:
    """ "dark" or "light", as last applied (or as the palette looks if never applied)."""
    state = app.findChild(ThemeState, "footguiTheme")
    if state is not None:
        return state.effective
    return "dark" if is_dark(app.palette()) else "light"
