"""footgui's icons: one SVG set in ``resources/icons``, drawn in the palette's text colour.

The SVGs use ``currentColor``; this engine substitutes the colour of the
current palette when it draws, so one file serves light and dark schemes
(and disabled states) without a second set. Icons are rendered at the exact
size and device pixel ratio asked for, which keeps them sharp on high-DPI
screens and at the large sizes the Session page uses.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from footgui.paths import resources_dir

log = logging.getLogger(__name__)

#: The set: nav-rail pages first, then common actions.
ICON_NAMES: tuple[str, ...] = (
    "today",
    "session",
    "library",
    "diary",
    "trends",
    "settings",
    "report",
    "about",
    "keyboard",
    "play",
    "pause",
    "next",
    "previous",
    "restart",
    "add_rest",
    "mirror",
    "speed",
    "fullscreen",
    "sound",
    "sound_off",
    "folder",
    "backup",
    "export",
    "undo",
    "redo",
    "delete",
    "add",
    "quit",
    "test",
    "checkin",
)


@cache
def _svg_source(name: str) -> bytes:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        log.warning("icon %s is missing (%s)", name, path)
        return b""


class SvgIconEngine(QIconEngine):
    """Renders one ``currentColor`` SVG in the colour for the icon's mode and state."""

    def __init__(self, name: str, on_colour: QColor | None = None) -> None:
        super().__init__()
        self.name = name
        self.on_colour = on_colour
        self._renderers: dict[str, QSvgRenderer] = {}

    def colour(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        if state == QIcon.State.On and self.on_colour is not None:
            return self.on_colour
        return palette.color(QPalette.ColorRole.WindowText)

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(key)
        if renderer is None:
            source = _svg_source(self.name).replace(b"currentColor", colour.name().encode())
            renderer = QSvgRenderer(QByteArray(source))
            if colour.alpha() < 255:
                renderer.setProperty("opacity", colour.alphaF())
            self._renderers[key] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = self._renderer(self.colour(mode, state))
        if renderer.isValid():
            side = min(rect.width(), rect.height())
            square = QRectF(
                rect.x() + (rect.width() - side) / 2,
                rect.y() + (rect.height() - side) / 2,
                side,
                side,
            )
            renderer.render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def isNull(self) -> bool:
        return not _svg_source(self.name)

    def key(self) -> str:
        return "footgui-svg"

    def iconName(self) -> str:
        return self.name

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.on_colour)


def icon(name: str, *, on_colour: QColor | str | None = None) -> QIcon:
    """The named icon; ``on_colour`` colours its checked state (e.g. white on the accent)."""
    colour = QColor(on_colour) if on_colour is not None else None
    return QIcon(SvgIconEngine(name, colour))
