"""The report's charts, drawn with QPainter on any paint device.

Drawn rather than grabbed from the Trends page's pyqtgraph widgets: on a PDF
the lines and labels stay vectors (sharp when printed or zoomed), the
command line needs no widgets at all, and the look is fixed for paper (white
background, dark ink) whatever the app's theme. All sizes are in points and
scaled by the device's resolution, so the same code draws a 600 dpi PDF page
and a screen-sized PNG.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from footgui.core.report_data import ChartSpec
from footgui.ui import i18n, vocab

translate = QCoreApplication.translate
_YMap = Callable[[float], float]
_XMap = Callable[..., float]

INK = QColor("#222222")
GRID = QColor("#d9d9d9")
BAND = QColor(42, 125, 225, 40)
COLOURS: dict[str, QColor] = {
    "left": QColor("#1f6fd1"),
    "right": QColor("#d9611c"),
    "first_step_pain": QColor("#7d3c98"),
    "pain_after": QColor("#c0392b"),
    "next_morning_pain": QColor("#148f77"),
    "done": QColor("#1f6fd1"),
}
ZONE_COLOURS = (QColor(39, 174, 96, 38), QColor(243, 156, 18, 45), QColor(192, 57, 43, 38))
GAP_DAYS = 21  # a line stops across a longer gap instead of implying values never recorded


def series_label(name: str) -> str:
    labels = {
        "left": vocab.side("left"),
        "right": vocab.side("right"),
        "first_step_pain": translate("Report", "First-step pain"),
        "pain_after": translate("Report", "Pain after"),
        "next_morning_pain": translate("Report", "Next-morning pain"),
        "done": translate("Report", "Sessions done"),
        "planned": translate("Report", "Planned"),
    }
    return labels.get(name, name)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    steps = [m * power for m in (0.1, 0.2, 0.5, 1, 2, 5, 10)]
    index = next(i for i, s in enumerate(steps) if s >= raw)
    while True:  # a coarse step may leave fewer than two ticks inside: refine it
        step = steps[index]
        first = math.ceil(low / step - 1e-9) * step
        ticks = []
        value = first
        while value <= high + step * 1e-9:
            ticks.append(round(value, 10))
            value = first + step * len(ticks)
        if len(ticks) >= 2 or index == 0:
            return ticks
        index -= 1


def date_ticks(start: date, end: date) -> list[date]:
    """Month starts for long ranges, Mondays for short ones, never more than ~8 labels."""
    span = (end - start).days
    if span <= 62:
        step = 7 if span > 21 else 1 if span <= 7 else 3
        first = start + timedelta(days=(7 - start.weekday()) % 7) if step == 7 else start
        days = (first + timedelta(days=i) for i in range(0, span + 1, step))
        return [d for d in days if d <= end]
    months: list[date] = []
    d = date(start.year, start.month, 1)
    while d <= end:
        if d >= start:
            months.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    every = max(1, math.ceil(len(months) / 8))
    return months[::every]


class ChartPainter:
    """Draws one ChartSpec in a rectangle; sizes given in points."""

    def __init__(self, painter: QPainter, base_pt: float = 8.0) -> None:
        self.p = painter
        device = painter.device()
        self.unit = (device.logicalDpiX() if device is not None else 72) / 72.0
        self.base_pt = base_pt

    def pt(self, points: float) -> float:
        return points * self.unit

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def draw(self, rect: QRectF, spec: ChartSpec, start: date, end: date, title: str) -> None:
        p = self.p
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(rect, Qt.GlobalColor.white)
        title_font = self.font(self.base_pt + 2, bold=True)
        p.setFont(title_font)
        p.setPen(INK)
        title_h = QFontMetricsF(title_font, p.device()).height()
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), title)

        label_font = self.font(self.base_pt)
        p.setFont(label_font)
        fm = QFontMetricsF(label_font, p.device())
        y_max = spec.y_max if spec.y_max is not None else 1.0
        y_ticks = nice_ticks(spec.y_min, y_max)
        y_top = max(y_max, y_ticks[-1] if y_ticks else y_max)
        left_w = max(fm.horizontalAdvance(f"{t:g}") for t in y_ticks) + self.pt(6)
        legend_h = fm.height() + self.pt(4)
        plot = QRectF(
            rect.left() + left_w,
            rect.top() + title_h + legend_h + self.pt(2),
            rect.width() - left_w - self.pt(4),
            rect.height() - title_h - legend_h - fm.height() * 2 - self.pt(6),
        )
        x0 = start.toordinal() - (0.5 if spec.style == "bars" else 0)
        x1 = end.toordinal() + (0.5 if spec.style == "bars" else 0)
        if x1 <= x0:
            x1 = x0 + 1

        def px(day: date, offset: float = 0.0) -> float:
            return plot.left() + (day.toordinal() + offset - x0) / (x1 - x0) * plot.width()

        def py(value: float) -> float:
            frac = (value - spec.y_min) / ((y_top - spec.y_min) or 1.0)
            return plot.bottom() - min(max(frac, 0.0), 1.0) * plot.height()

        self._backgrounds(plot, spec, py)
        self._grid(plot, fm, y_ticks=y_ticks, py=py, start=start, end=end, px=px)
        if spec.style == "bars":
            self._bars(spec, px, py, plot)
        else:
            self._lines(spec, px, py, plot)
        self._legend(rect, title_h, fm, spec)
        p.setPen(QPen(INK, self.pt(0.6)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(plot)
        p.restore()

    def _backgrounds(self, plot: QRectF, spec: ChartSpec, py: _YMap) -> None:
        p = self.p
        for (low, high, _name), colour in zip(spec.zones, ZONE_COLOURS, strict=False):
            top, bottom = py(high + 0.5 if high < 10 else high), py(max(low - 0.5, 0))
            p.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), colour)
        band = spec.band
        if band is not None:
            top, bottom = py(band.high), py(band.low)
            if bottom - top < self.pt(1.5):  # a single published value: draw it as a line
                top -= self.pt(0.75)
                bottom += self.pt(0.75)
            p.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), BAND)
            if band.center is not None:
                pen = QPen(QColor("#1f6fd1"), self.pt(0.6), Qt.PenStyle.DashLine)
                p.setPen(pen)
                y = py(band.center)
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _grid(
        self,
        plot: QRectF,
        fm: QFontMetricsF,
        *,
        y_ticks: Sequence[float],
        py: _YMap,
        start: date,
        end: date,
        px: _XMap,
    ) -> None:
        p = self.p
        for tick in y_ticks:
            y = py(tick)
            p.setPen(QPen(GRID, self.pt(0.4)))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(INK)
            text = f"{tick:g}"
            p.drawText(
                QPointF(plot.left() - fm.horizontalAdvance(text) - self.pt(3), y + fm.ascent() / 3),
                text,
            )
        long_range = (end - start).days > 62
        for n, tick_day in enumerate(date_ticks(start, end)):
            x = px(tick_day)
            p.setPen(QPen(GRID, self.pt(0.4)))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(INK)
            if long_range:
                text = i18n.format_date(
                    tick_day, "MMM yyyy" if n == 0 or tick_day.month == 1 else "MMM"
                )
            else:
                text = i18n.format_date(tick_day, "dd MMM")
            p.drawText(
                QPointF(x - fm.horizontalAdvance(text) / 2, plot.bottom() + fm.height()), text
            )

    def _lines(self, spec: ChartSpec, px: _XMap, py: _YMap, plot: QRectF) -> None:
        p = self.p
        p.setClipRect(plot.adjusted(-self.pt(2), -self.pt(2), self.pt(2), self.pt(2)))
        radius = self.pt(1.3)
        for series in spec.series:
            colour = COLOURS.get(series.name, INK)
            path = QPainterPath()
            previous: date | None = None
            for day, value in zip(series.days, series.values, strict=True):
                point = QPointF(px(day), py(value))
                if previous is None or (day - previous).days > GAP_DAYS:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
                previous = day
            p.setPen(QPen(colour, self.pt(0.9)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            if len(series.days) <= 120:  # markers only where they stay readable
                p.setBrush(colour)
                p.setPen(Qt.PenStyle.NoPen)
                for day, value in zip(series.days, series.values, strict=True):
                    p.drawEllipse(QPointF(px(day), py(value)), radius, radius)
        p.setClipping(False)

    def _bars(self, spec: ChartSpec, px: _XMap, py: _YMap, plot: QRectF) -> None:
        p = self.p
        series = spec.series[0]
        colour = COLOURS.get(series.name, INK)
        plan_pen = QPen(INK, self.pt(1.0))
        for i, (monday, value) in enumerate(zip(series.days, series.values, strict=True)):
            left, right = px(monday, -0.5), px(monday, 6.5)
            gap = (right - left) * 0.15
            bar = QRectF(left + gap, py(value), right - left - 2 * gap, py(0) - py(value))
            p.fillRect(bar.intersected(plot), colour)
            if i < len(spec.planned) and spec.planned[i] > 0:
                p.setPen(plan_pen)
                y = py(spec.planned[i])
                p.drawLine(QPointF(max(left, plot.left()), y), QPointF(min(right, plot.right()), y))

    def _legend(self, rect: QRectF, title_h: float, fm: QFontMetricsF, spec: ChartSpec) -> None:
        p = self.p
        entries = [(series_label(s.name), COLOURS.get(s.name, INK)) for s in spec.series]
        if spec.style == "bars":
            entries.append((series_label("planned"), INK))
        if spec.band is not None:
            entries.append((spec.band.label, QColor(42, 125, 225, 110)))
        x = rect.left()
        y = rect.top() + title_h + fm.ascent()
        swatch = self.pt(7)
        for text, colour in entries:
            p.fillRect(QRectF(x, y - fm.ascent() * 0.7, swatch, fm.ascent() * 0.6), colour)
            x += swatch + self.pt(3)
            p.setPen(INK)
            p.drawText(QPointF(x, y), text)
            x += fm.horizontalAdvance(text) + self.pt(10)
