"""pyqtgraph pieces shared by every Trends chart: axes, stage shading, series, hover.

Speed rules (the page must redraw in a frame): every curve is created once
and fed with ``setData``; curves clip to the view and peak-downsample; pens
are 1 px; shading of stage periods is one item that paints only what is in
view, in device pixels, instead of dozens of region items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from footgui.core import series

FloatArray = npt.NDArray[np.float64]

DAY_S = float(series.SECONDS_PER_DAY)
WEEK_S = 7 * DAY_S

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
BLUE = "#0072B2"
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
GREEN = "#009E73"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
GREY = "#666666"
RED = "#C0392B"
SIDE_COLOURS = {"left": BLUE, "right": VERMILLION}
SIDE_SYMBOLS = {"left": "o", "right": "s"}
STAGE_TINTS = {1: "#5b9bd5", 2: "#70ad47", 3: "#ffc000", 4: "#a86ad6"}
TICK_FONT_PT = 12
LABEL_FONT = "13pt"


def day_x(days: npt.ArrayLike) -> FloatArray:
    """Chart x (seconds since 1970, UTC) for day numbers; NaN-safe for gap markers."""
    return np.asarray(days, dtype=np.float64) * DAY_S + DAY_S / 2


def x_day(x: float) -> dt.date:
    return series.from_day(int(np.floor(x / DAY_S)))


def date_text(x: float) -> str:
    return x_day(x).strftime("%a %d %b %Y")


def make_plot(y_label: str, units: str = "") -> pg.PlotWidget:
    """A white plot with a date axis read as UTC days (no time-zone shift of dates)."""
    axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
    widget = pg.PlotWidget(background="w", axisItems={"bottom": axis})
    widget.setMinimumHeight(150)
    plot = widget.getPlotItem()
    font = QFont()
    font.setPointSize(TICK_FONT_PT)
    for name in ("left", "bottom"):
        ax = plot.getAxis(name)
        ax.setTickFont(font)
        ax.setTextPen(pg.mkPen("#222222"))
        ax.setPen(pg.mkPen("#444444"))
    plot.getAxis("left").setWidth(64)
    plot.setLabel(
        "left", y_label, units=units or None, **{"font-size": LABEL_FONT, "color": "#222"}
    )
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    view = plot.getViewBox()
    view.setMouseEnabled(x=True, y=False)
    view.disableAutoRange()
    return widget


def h_band(low: float, high: float, colour: str, alpha: int) -> pg.LinearRegionItem:
    """A fixed horizontal band (reference range) behind the data."""
    brush = QColor(colour)
    brush.setAlpha(alpha)
    region = pg.LinearRegionItem(
        values=(low, high),
        orientation="horizontal",
        movable=False,
        brush=brush,
        pen=pg.mkPen(None),
    )
    region.setZValue(-50)
    for line in region.lines:
        line.setPen(pg.mkPen(None))
        line.setHoverPen(pg.mkPen(None))
    return region


def h_line(
    y: float, colour: str, label: str = "", dashed: bool = True, right: bool = False
) -> pg.InfiniteLine:
    """A horizontal reference line; its label sits at the left or right end, just above it."""
    pen = pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    line = pg.InfiniteLine(pos=y, angle=0, movable=False, pen=pen)
    if label:
        anchor = (1, 1) if right else (0, 1)
        line.label = pg.InfLineLabel(
            line,
            text=label,
            position=0.98 if right else 0.02,
            anchors=[anchor, anchor],
            color=colour,
        )
        font = QFont()
        font.setPointSize(11)
        line.label.setFont(font)
    line.setZValue(-10)
    return line


class StageBands(pg.GraphicsObject):  # type: ignore[misc]
    """Stage periods as tinted columns with a "Stage n" label; optionally change lines.

    Painted in device pixels inside the visible rectangle only, so ten years of
    stage changes cost a handful of rectangles per frame.
    """

    def __init__(
        self, mark_changes: bool = False, label_at_top: bool = True, fill: bool = True
    ) -> None:
        super().__init__()
        self._label_at_top = label_at_top
        self._fill = fill
        self._periods: list[tuple[float, float, int]] = []
        self._changes: list[tuple[float, str, bool]] = []  # x, text, is_regress
        self._mark_changes = mark_changes
        self._font = QFont()
        self._font.setPointSize(11)
        self.setZValue(-100)

    def set_periods(
        self, periods: list[series.StagePeriod], changes: list[series.StageChange]
    ) -> None:
        self.prepareGeometryChange()
        self._periods = [(p.start * DAY_S, p.end * DAY_S, p.stage) for p in periods]
        self._changes = [
            (
                c.day * DAY_S,
                ("▲ " if c.previous is not None and c.stage > c.previous else "▼ ")
                + f"stage {c.stage} ({c.kind})",
                c.previous is not None and c.stage < c.previous,
            )
            for c in changes
            if c.previous is not None
        ]
        self.update()

    @property
    def periods(self) -> list[tuple[float, float, int]]:
        return list(self._periods)

    @property
    def changes(self) -> list[tuple[float, str, bool]]:
        return list(self._changes)

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return QRectF() if view is None else QRectF(view.viewRect())

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewTransformChanged()

    def paint(self, painter: QPainter, *args: Any) -> None:
        view = self.getViewBox()
        if view is None or not self._periods:
            return
        rect = view.viewRect()
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        top = to_device.map(QPointF(rect.left(), rect.bottom())).y()
        bottom = to_device.map(QPointF(rect.left(), rect.top())).y()
        top, bottom = min(top, bottom), max(top, bottom)
        for x0, x1, stage in self._periods:
            if x1 < rect.left() or x0 > rect.right():
                continue
            left = to_device.map(QPointF(max(x0, rect.left()), 0)).x()
            right = to_device.map(QPointF(min(x1, rect.right()), 0)).x()
            box = QRectF(left, top, right - left, bottom - top)
            if self._fill:
                tint = QColor(STAGE_TINTS.get(stage, "#999999"))
                tint.setAlpha(28)
                painter.fillRect(box, tint)
            if box.width() > 70:
                painter.setPen(QColor("#555555"))
                vertical = (
                    Qt.AlignmentFlag.AlignTop
                    if self._label_at_top
                    else Qt.AlignmentFlag.AlignBottom
                )
                painter.drawText(
                    box.adjusted(6, 2, -2, -2),
                    int(Qt.AlignmentFlag.AlignLeft | vertical),
                    f"Stage {stage}",
                )
        if self._mark_changes:
            for x, text, regress in self._changes:
                if not rect.left() <= x <= rect.right():
                    continue
                px = to_device.map(QPointF(x, 0)).x()
                colour = QColor(RED if regress else "#2E7D32")
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(px, top), QPointF(px, bottom))
                painter.setPen(colour)
                width = painter.fontMetrics().horizontalAdvance(text)
                right_edge = to_device.map(QPointF(rect.right(), 0)).x()
                tx = px + 4 if px + 4 + width < right_edge else px - 4 - width
                painter.drawText(QPointF(tx, top + 34), text)
        painter.restore()


@dataclass(eq=False)
class Series:
    """One drawable, exportable, hoverable series of a chart.

    ``x``/``y`` are exactly what is plotted (seconds, display units); NaN in
    ``y`` marks a deliberate break in a line. ``notes`` maps a point index to
    extra tooltip/CSV text (e.g. the recorded value of a clamped outlier).
    """

    key: str
    name: str
    unit: str
    item: Any
    style: str  # "points", "line", "bars"
    colour: str
    symbol: str | None = None
    bar_width: float = 0.0
    x: FloatArray = field(default_factory=lambda: np.empty(0))
    y: FloatArray = field(default_factory=lambda: np.empty(0))
    notes: dict[int, str] = field(default_factory=dict)
    decimals: int = 1

    @property
    def has_data(self) -> bool:
        return bool(np.isfinite(self.y).any())

    def visible_indices(self, x0: float, x1: float) -> npt.NDArray[np.intp]:
        """Indices of finite points inside [x0, x1] (bars: any bar overlapping it)."""
        half = self.bar_width / 2
        lo = int(np.searchsorted(self.x, x0 - half, side="left"))
        hi = int(np.searchsorted(self.x, x1 + half, side="right"))
        idx = np.arange(lo, hi)
        return idx[np.isfinite(self.y[lo:hi])]

    def value_text(self, i: int) -> str:
        value = float(self.y[i])
        text = (
            f"{value:.{self.decimals}f}".rstrip("0").rstrip(".")
            if self.decimals
            else f"{value:.0f}"
        )
        return f"{text} {self.unit}".strip()


def make_points(colour: str, symbol: str, size: int = 8) -> pg.PlotDataItem:
    item = pg.PlotDataItem(
        pen=None,
        symbol=symbol,
        symbolSize=size,
        symbolBrush=pg.mkBrush(colour),
        symbolPen=pg.mkPen("w", width=1),
    )
    _fast(item)
    return item


def make_line(colour: str, dashed: bool = False, symbol: str | None = None) -> pg.PlotDataItem:
    pen = pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    kwargs: dict[str, Any] = {"pen": pen, "connect": "finite"}
    if symbol:
        kwargs.update(
            symbol=symbol, symbolSize=6, symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(None)
        )
    item = pg.PlotDataItem(**kwargs)
    _fast(item)
    return item


def _fast(item: pg.PlotDataItem) -> None:
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    item.setSkipFiniteCheck(False)


def make_bars(colour: str, width: float) -> pg.BarGraphItem:
    return pg.BarGraphItem(
        x=np.empty(0), height=np.empty(0), width=width, brush=pg.mkBrush(colour), pen=pg.mkPen(None)
    )


def set_series(
    s: Series, x: FloatArray, y: FloatArray, notes: dict[int, str] | None = None
) -> None:
    """Feed new data to an existing item (never recreate items: that is what costs)."""
    s.x = np.ascontiguousarray(x, dtype=np.float64)
    s.y = np.ascontiguousarray(y, dtype=np.float64)
    s.notes = notes or {}
    if s.style == "bars":
        s.item.setOpts(x=s.x, height=np.nan_to_num(s.y), width=s.bar_width)
    else:
        s.item.setData(s.x, s.y)
