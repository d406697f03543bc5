"""Small widgets for reading the session from across a room."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)


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


class ShrinkLabel(QLabel):
    """A wrapped label in a fixed box whose font shrinks until the whole text fits.

    For "next up" lines in the coloured box: German exercise names are long,
    and a clipped last line ("Danach: Barfuß-Marschieren auf") hides what comes
    next. Refitted only when the text or the size changes, never per tick.

    The size goes into the label's own style sheet: the app's style sheet sets
    every Session label's font size, and would override ``setFont``.
    """

    def __init__(
        self, max_px: int = 22, min_px: int = 12, parent: QWidget | None = None, style: str = ""
    ) -> None:
        super().__init__(parent)
        self._max_px = max_px
        self._min_px = min_px
        self._style = style
        self._px = 0
        self.setWordWrap(True)
        self._apply(max_px)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        box = self.contentsRect()
        flags = int(Qt.TextFlag.TextWordWrap | self.alignment())
        px = self._max_px
        font = QFont(self.font())
        while px > self._min_px:
            font.setPixelSize(px)
            used = QFontMetrics(font).boundingRect(box, flags, self.text())
            if used.height() <= box.height() and used.width() <= box.width():
                break
            px -= 1
        self._apply(px)

    def _apply(self, px: int) -> None:
        if px != self._px:
            self._px = px
            self.setStyleSheet(f"{self._style} font-size: {px}px;")

    def font_px(self) -> int:
        return self._px


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


class FlowRow(QLayout):
    """Buttons in a row that wraps onto another line when the page is too narrow for them.

    German labels are longer than English ones: a plain row made the running
    session wider than a 1366-pixel laptop screen and cut the timer off. A
    wrapping row keeps every button whole and the page within the window.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out left to right, wrapping, centred in each line; returns the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        space = self.spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + space
        y = area.y()
        for line in (ln for ln in lines if ln):
            height = max(hint.height() for _, hint in line)
            if apply:
                x = area.x()
                for item, hint in line:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                    x += hint.width() + space
            y += height + space
        return max(y - space, area.y()) - rect.y() + margins.bottom()
