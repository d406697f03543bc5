"""The video area: the clip's frames, the cue overlay, and plain words when it cannot play.

The demo clips carry no words; everything the runner reads over them comes
from the cue track in the app's language and is drawn here: the phase word
large (read at a glance from 3 m) and the form cue smaller below it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QTransform
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

OVERLAY_BG = QColor(0, 0, 0, 170)
NOTICE_BG = QColor(120, 80, 0, 210)
DETAIL_FG = QColor(255, 226, 170)  # the form cue: warm, apart from the white headline


class VideoView(QWidget):
    """Paints the latest frame (optionally mirrored) with the cue text over it.

    The frame is converted to an image only when painted, so a hidden page
    costs nothing but the decode.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame: QVideoFrame | None = None
        self._mirrored = False
        self._cue = ""
        self._detail = ""
        self._error = ""
        self._notice = ""
        self._badge = ""
        self._placeholder = ""
        self.frames_painted = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Exercise video"))

    # -- what to show -----------------------------------------------------------
    def set_frame(self, frame: QVideoFrame) -> None:
        self._frame = frame
        self.update()

    def clear(self) -> None:
        self._frame = None
        self.update()

    def set_mirrored(self, mirrored: bool) -> None:
        self._mirrored = mirrored
        self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_cue(self, text: str, detail: str = "") -> None:
        """``text`` is the headline (phase word); ``detail`` the form cue shown below it."""
        if (text, detail) != (self._cue, self._detail):
            self._cue = text
            self._detail = detail
            self.update()

    @property
    def cue(self) -> str:
        """All the cue text on screen, headline first."""
        return "\n".join(t for t in (self._cue, self._detail) if t)

    def set_error(self, text: str) -> None:
        """A reason the video cannot play; replaces the picture."""
        self._error = text
        if text:
            self._frame = None
        self.setAccessibleDescription(text)
        self.update()

    @property
    def error(self) -> str:
        return self._error

    def set_notice(self, text: str) -> None:
        """A problem shown above the picture that does not stop it (bad cue track, cut file)."""
        self._notice = text
        self.update()

    @property
    def notice(self) -> str:
        return self._notice

    def set_badge(self, text: str) -> None:
        """A small label in the corner ("Your video", "0.5x", "Mirrored")."""
        self._badge = text
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    # -- painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(16, 18, 22))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._frame is not None and not self._error:
            image = self._frame.toImage()
            if not image.isNull():
                self._draw_image(painter, image)
                self.frames_painted += 1
        elif not self._error and self._placeholder:
            self._draw_centered(painter, self._placeholder, QColor(200, 200, 200), 20)
        if self._error:
            self._draw_centered(painter, self._error, QColor(255, 235, 200), 22)
        if (self._cue or self._detail) and not self._error:
            self._draw_cue(painter)
        if self._notice:
            self._draw_notice(painter)
        if self._badge:
            self._draw_badge(painter)
        painter.end()

    def _target(self, image: QImage) -> QRect:
        size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def _draw_image(self, painter: QPainter, image: QImage) -> None:
        target = self._target(image)
        if self._mirrored:
            painter.save()
            transform = QTransform()
            transform.translate(target.x() * 2 + target.width(), 0)
            transform.scale(-1, 1)
            painter.setTransform(transform, combine=True)
            painter.drawImage(target, image)
            painter.restore()
        else:
            painter.drawImage(target, image)

    def _font(self, px: int, bold: bool = True) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def _draw_centered(self, painter: QPainter, text: str, color: QColor, px: int) -> None:
        painter.setFont(self._font(px))
        painter.setPen(color)
        box = self.rect().adjusted(32, 32, -32, -32)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)

    def _draw_cue(self, painter: QPainter) -> None:
        """One panel across the top: demo clips show the feet at the bottom, never cover them.

        The headline is big and bold, the form cue about 60 % of its size
        underneath, so the two read as one deliberate caption.
        """
        px = max(22, min(46, self.height() // 12))
        detail_px = max(18, round(px * 0.62))
        flags = int(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        area = QRectF(self.rect().adjusted(28, 14, -28, 0))
        parts = (
            (self._cue, self._font(px), QColor(255, 255, 255)),
            (self._detail, self._font(detail_px), DETAIL_FG),
        )
        lines: list[tuple[str, QFont, QColor, QRectF]] = []
        panel = QRectF()
        top = area.top()
        for text, font, colour in parts:
            if not text:
                continue
            painter.setFont(font)
            box = QRectF(area.left(), top, area.width(), area.bottom() - top)
            bound = painter.boundingRect(box, flags, text)
            lines.append((text, font, colour, box))
            panel = bound if panel.isNull() else panel.united(bound)
            top = bound.bottom() + px * 0.12
        pad = px * 0.4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OVERLAY_BG)
        painter.drawRoundedRect(panel.adjusted(-pad, -pad / 2, pad, pad / 2), pad / 2, pad / 2)
        for text, font, colour, box in lines:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(box, flags, text)

    def _draw_notice(self, painter: QPainter) -> None:
        painter.setFont(self._font(15, bold=False))
        flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        )
        area = QRectF(self.rect().adjusted(10, 0, -10, -8))
        bound = painter.boundingRect(area, flags, self._notice)
        painter.fillRect(bound.adjusted(-6, -4, 6, 4), NOTICE_BG)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(area, flags, self._notice)

    def _draw_badge(self, painter: QPainter) -> None:
        painter.setFont(self._font(15))
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        bottom = 8 if not self._notice else 44
        area = QRectF(self.rect().adjusted(0, 0, -10, -bottom))
        bound = painter.boundingRect(area, flags, self._badge)
        painter.fillRect(bound.adjusted(-6, -3, 6, 3), OVERLAY_BG)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(area, flags, self._badge)
