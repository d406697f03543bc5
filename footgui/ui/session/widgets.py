"""Small widgets for reading the session from across a room."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget


class FitText(QWidget):
    """Text drawn as large as its box allows, sized for a template ("88:88").

    Sizing from a fixed template keeps the glyphs from jumping as the digits
    change, and lets the timer grow to fill the screen in full-screen mode.
    """

    def __init__(
        self,
        template: str,
        parent: QWidget | None = None,
        bold: bool = True,
        max_px: int = 600,
        min_px: int = 12,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._template = template
        self._bold = bold
        self._max_px = max_px
        self._min_px = min_px
        self._color: QColor | None = None
        self._font_px = min_px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def set_template(self, template: str) -> None:
        if template != self._template:
            self._template = template
            self._refit()
            self.update()

    def set_color(self, color: QColor | None) -> None:
        self._color = color
        self.update()

    def font_px(self) -> int:
        """The pixel size the text is drawn at (tests check legibility with it)."""
        return self._font_px

    def sizeHint(self) -> QSize:
        return QSize(200, 60)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 20)

    def resizeEvent(self, event: object) -> None:
        self._refit()

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(px, 1))
        font.setBold(self._bold)
        return font

    def _refit(self) -> None:
        width, height = self.width() * 0.96, self.height() * 0.96
        lo, hi = self._min_px, self._max_px
        lines = max(1, self._template.count("\n") + 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            metrics = QFontMetricsF(self._font(mid))
            text_w = max(metrics.horizontalAdvance(line) for line in self._template.split("\n"))
            text_h = metrics.height() * lines
            if text_w <= width and text_h <= height:
                lo = mid
            else:
                hi = mid - 1
        self._font_px = lo

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self._font(self._font_px))
        painter.setPen(
            self._color if self._color is not None else self.palette().windowText().color()
        )
        painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self._text)
        painter.end()


class ScaleButtons(QWidget):
    """A 0-10 rating as eleven big buttons; nothing is chosen until the user clicks."""

    changed = Signal(int)

    def __init__(self, low: int = 0, high: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for value in range(low, high + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setObjectName("scaleButton")
            button.setMinimumSize(44, 40)
            button.setAccessibleName(str(value))
            self._group.addButton(button, value)
            row.addWidget(button)
        self._group.idClicked.connect(self.changed)

    def value(self) -> int | None:
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
            return
        button = self._group.button(value)
        if button is not None:
            button.setChecked(True)
