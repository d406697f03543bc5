"""pyqtgraph pieces shared by every Trends chart: axes, stage shading, series, hover.

Speed rules (the page must redraw in a frame): every curve is created once
and fed with ``setData``; curves clip to the view and peak-downsample; pens
are 1 px; shading of stage periods is one item that paints only what is in
view, in device pixels, instead of dozens of region items.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from footgui.core import series
from footgui.ui import i18n

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
GRID = "#d9d9d9"
LABEL_FONT = "13pt"


def day_x(days: npt.ArrayLike) -> FloatArray:
    """Chart x (seconds since 1970, UTC) for day numbers; NaN-safe for gap markers."""
    return np.asarray(days, dtype=np.float64) * DAY_S + DAY_S / 2


def x_day(x: float) -> dt.date:
    return series.from_day(int(np.floor(x / DAY_S)))


def date_text(x: float) -> str:
    return i18n.format_date(x_day(x), i18n.chart_date_format())


@functools.lru_cache(maxsize=8)
def _month_names(locale_name: str) -> tuple[str, ...]:
    locale = QLocale(locale_name)
    short = QLocale.FormatType.ShortFormat
    return tuple(locale.standaloneMonthName(m, short) for m in range(1, 13))


#: Stage event kinds as a chart marker names them.
STAGE_CHANGES = {
    "start": QT_TRANSLATE_NOOP("Trends", "start"),
    "advance": QT_TRANSLATE_NOOP("Trends", "advance"),
    "regress": QT_TRANSLATE_NOOP("Trends", "regress"),
    "override": QT_TRANSLATE_NOOP("Trends", "override"),
    "hold": QT_TRANSLATE_NOOP("Trends", "hold"),
}


def stage_change_name(kind: str) -> str:
    name = STAGE_CHANGES.get(kind)
    return QCoreApplication.translate("Trends", name) if name else kind


def opaque_on_white(colour: QColor) -> QColor:
    """The colour a translucent ``colour`` shows on the white plot background."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        1 - a * (1 - colour.redF()), 1 - a * (1 - colour.greenF()), 1 - a * (1 - colour.blueF())
    )


def _opaque(pen: QPen) -> QPen:
    if pen.color().alpha() == 255:
        return pen
    flat = QPen(pen)
    flat.setColor(opaque_on_white(pen.color()))
    return flat


class _DirectAxisPaint:
    """Axis painting without pyqtgraph's QPicture cache.

    pyqtgraph records an axis into a QPicture and replays it on every paint;
    replaying the tick labels cost ~3.5 ms per axis here, more than the whole
    rest of a redraw. The tick layout is still computed only when the axis
    changes (pyqtgraph resets ``picture`` to None then); drawing it directly
    takes a fraction of a millisecond.
    """

    picture: object
    style: dict[str, Any]
    _specs: Any = None

    def paint(self, painter: QPainter, *args: Any) -> None:
        font = self.style["tickFont"]
        painter.save()
        if font:
            painter.setFont(font)
        if self.picture is None:
            specs = self.generateDrawSpecs(painter)  # type: ignore[attr-defined]
            if specs is not None:
                axis_spec, tick_specs, text_specs = specs
                tick_specs = [(_opaque(pen), a, b) for pen, a, b in tick_specs]
                specs = (axis_spec, tick_specs, text_specs)
            self._specs = specs
            self.picture = True  # a valid layout; pyqtgraph sets None to invalidate
        if self._specs is not None:
            self.drawPicture(painter, *self._specs)  # type: ignore[attr-defined]
        painter.restore()


class FastAxis(_DirectAxisPaint, pg.AxisItem):  # type: ignore[misc]
    pass


# (unit, step, approximate length in days); tried from the finest to the coarsest
_STEPS: tuple[tuple[str, int, float], ...] = (
    ("D", 1, 1.0),
    ("D", 2, 2.0),
    ("W", 1, 7.0),
    ("W", 2, 14.0),
    ("M", 1, 30.4),
    ("M", 3, 91.3),
    ("M", 6, 182.6),
    ("Y", 1, 365.25),
    ("Y", 2, 730.5),
    ("Y", 5, 1826.0),
    ("Y", 10, 3652.5),
)
MIN_LABEL_PX = 84.0  # room for "30 Sep" at the tick font size
MIN_TICK_PX = 10.0


def _boundaries(unit: str, step: int, lo: float, hi: float) -> FloatArray:
    """Chart x of each day/week/month/year start in [lo, hi], every ``step`` units."""
    first = np.datetime64(int(np.floor(lo / DAY_S)), "D")
    last = np.datetime64(int(np.ceil(hi / DAY_S)), "D")
    if unit == "D":
        days = np.arange(first, last + 1, step).astype(np.int64)
    elif unit == "W":  # Mondays (1970-01-05 was one); biweekly counts from that Monday
        start = int(first.astype(np.int64))
        start -= (start - 4) % (7 * step)
        days = np.arange(start, int(last.astype(np.int64)) + 1, 7 * step)
    else:
        kind = "M" if unit == "M" else "Y"
        a = first.astype(f"datetime64[{kind}]").astype(np.int64)
        b = last.astype(f"datetime64[{kind}]").astype(np.int64) + 1
        a -= a % step
        days = np.arange(a, b + 1, step).astype(f"datetime64[{kind}]").astype("datetime64[D]")
        days = days.astype(np.int64)
    x = days.astype(np.float64) * DAY_S
    result: FloatArray = x[(x >= lo) & (x <= hi)]
    return result


def date_ticks(lo: float, hi: float, px: float) -> tuple[tuple[str, int], FloatArray, FloatArray]:
    """Labelled and unlabelled tick positions for the visible span and plot width.

    Labels go on the finest calendar unit whose ticks are at least
    ``MIN_LABEL_PX`` apart; minor ticks on the next finer unit that fits.
    """
    if hi <= lo or px <= 0:
        return ("Y", 1), np.empty(0), np.empty(0)
    px_per_day = px / ((hi - lo) / DAY_S)
    major_i = next(
        (i for i, (_, _, days) in enumerate(_STEPS) if days * px_per_day >= MIN_LABEL_PX),
        len(_STEPS) - 1,
    )
    unit, step, _ = _STEPS[major_i]
    major = _boundaries(unit, step, lo, hi)
    minor = np.empty(0)
    for m_unit, m_step, m_days in _STEPS[:major_i]:  # finest first; weeks don't nest in months
        if m_unit != "W" and m_days * px_per_day >= MIN_TICK_PX:
            minor = _boundaries(m_unit, m_step, lo, hi)
            break
    return (unit, step), major, minor


def tick_label(x: float, unit: str) -> str:
    day = x_day(x + DAY_S / 2)
    if unit == "Y":
        return f"{day.year}"
    month = _month_names(QLocale().name())[day.month - 1]
    if unit == "M":
        return f"{month} {day.year}" if day.month == 1 else month
    text = f"{day.day}. {month}" if i18n.current_language() == "de" else f"{day.day} {month}"
    return text if day.day != 1 or day.month != 1 else f"{text} {day.year}"


class DayAxis(_DirectAxisPaint, pg.AxisItem):  # type: ignore[misc]
    """A calendar axis for day data: Mondays, month starts or years, as fits.

    pyqtgraph's DateAxisItem spent ~6 ms per layout on ten years of ticks
    (time-zone conversions per candidate tick) and runs labels together at
    some spans; this one computes boundaries with numpy and reads dates as UTC
    days, so a point never shifts to the neighbouring date.
    """

    def __init__(self) -> None:
        super().__init__("bottom")
        self._unit = "Y"

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        (unit, step), major, minor = date_ticks(minVal, maxVal, size)
        self._unit = unit
        levels: list[Any] = [(step * DAY_S, major.tolist())]
        if minor.size:
            levels.append((DAY_S / 2, minor.tolist()))  # spacing only tells levels apart
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing == DAY_S / 2:
            return ["" for _ in values]
        return [tick_label(v, self._unit) for v in values]


class ChartView(pg.PlotWidget):  # type: ignore[misc]
    """A plot whose preferred height is its minimum, so a tab fills the space it has.

    Captions wrap, which makes the tab's layout height-for-width; a scroll area
    then sizes the tab from preferred heights, and pyqtgraph's default
    preference would make a tab scroll even when it would fit.
    """

    def sizeHint(self) -> QSize:
        return QSize(400, self.minimumHeight())


def make_plot(y_label: str, units: str = "") -> pg.PlotWidget:
    """A white plot with a date axis read as UTC days (no time-zone shift of dates)."""
    axes = {"bottom": DayAxis(), "left": FastAxis("left")}
    view = pg.ViewBox(enableMenu=False)  # its context menu costs ~5 ms to build, per plot
    widget = ChartView(background="w", axisItems=axes, viewBox=view)
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
    plot.setMenuEnabled(False)
    plot.hideButtons()
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


class Backdrop(pg.GraphicsObject):  # type: ignore[misc]
    """Everything behind the data: stage periods, the grid, stage-change markers.

    Stage periods are tinted columns with a "Stage n" label; the grid follows
    the axes' ticks. It is one item painted in device pixels inside the visible
    rectangle only, so ten years of stage changes cost a handful of rectangles
    per frame, and the grid stays behind the markers (pyqtgraph's own grid is
    drawn by the axes, on top of the data).
    """

    def __init__(
        self,
        bottom: DayAxis,
        left: pg.AxisItem,
        mark_changes: bool = False,
        label_at_top: bool = True,
        fill: bool = True,
    ) -> None:
        super().__init__()
        self._bottom = bottom
        self._left = left
        self._label_at_top = label_at_top
        self._fill = fill
        self._periods: list[tuple[float, float, int]] = []
        self._changes: list[tuple[float, str, bool]] = []  # x, text, is_regress
        self._mark_changes = mark_changes
        self._font = QFont()
        self._font.setPointSize(11)
        # opaque pale tints: translucent fills cost several times more to paint
        self._tints: dict[int, QColor] = {}
        for number, colour in STAGE_TINTS.items():
            tint = QColor(colour)
            tint.setAlpha(28)
            self._tints[number] = opaque_on_white(tint)
        self._grid_pen = QPen(QColor(GRID), 0)
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
                + QCoreApplication.translate("Trends", "stage {stage} ({change})").format(
                    stage=c.stage, change=stage_change_name(c.kind)
                ),
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

    def _y_ticks(self, y0: float, y1: float, height: float) -> list[float]:
        """The left axis's labelled values (its own ticks, or those set with setTicks)."""
        fixed = getattr(self._left, "_tickLevels", None)
        if fixed is not None:
            return [float(v) for v, _label in fixed[0]] if fixed else []
        levels = self._left.tickValues(y0, y1, height)
        return [float(v) for v in levels[0][1]] if levels else []

    def paint(self, painter: QPainter, *args: Any) -> None:
        view = self.getViewBox()
        if view is None:
            return
        rect = view.viewRect()
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        top_left = to_device.map(QPointF(rect.left(), rect.bottom()))
        bottom_right = to_device.map(QPointF(rect.right(), rect.top()))
        top, bottom = sorted((top_left.y(), bottom_right.y()))
        left_px, right_px = sorted((top_left.x(), bottom_right.x()))
        visible = [
            (x0, x1, stage)
            for x0, x1, stage in self._periods
            if x1 >= rect.left() and x0 <= rect.right()
        ]
        boxes = []
        for x0, x1, stage in visible:
            a = to_device.map(QPointF(max(x0, rect.left()), 0)).x()
            b = to_device.map(QPointF(min(x1, rect.right()), 0)).x()
            box = QRectF(a, top, b - a, bottom - top)
            boxes.append((box, stage))
            if self._fill:
                painter.fillRect(box, self._tints.get(stage, self._tints[1]))
        # grid
        _, major_x, _minor = date_ticks(rect.left(), rect.right(), right_px - left_px)
        painter.setPen(self._grid_pen)
        for x in major_x:
            px = to_device.map(QPointF(float(x), 0)).x()
            painter.drawLine(QPointF(px, top), QPointF(px, bottom))
        for y in self._y_ticks(rect.top(), rect.bottom(), bottom - top):
            py = to_device.map(QPointF(rect.left(), float(y))).y()
            painter.drawLine(QPointF(left_px, py), QPointF(right_px, py))
        vertical = Qt.AlignmentFlag.AlignTop if self._label_at_top else Qt.AlignmentFlag.AlignBottom
        painter.setPen(QColor("#555555"))
        for box, stage in boxes:
            if box.width() > 70:
                painter.drawText(
                    box.adjusted(6, 2, -2, -2),
                    int(Qt.AlignmentFlag.AlignLeft | vertical),
                    QCoreApplication.translate("Trends", "Stage {stage}").format(stage=stage),
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
                tx = px + 4 if px + 4 + width < right_px else px - 4 - width
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
    style: str  # "points", "line", "bars"; a line with a symbol also has ``markers``
    colour: str
    symbol: str | None = None
    bar_width: float = 0.0
    x: FloatArray = field(default_factory=lambda: np.empty(0))
    y: FloatArray = field(default_factory=lambda: np.empty(0))
    notes: dict[int, str] = field(default_factory=dict)
    decimals: int = 1
    markers: Any = None

    @property
    def items(self) -> list[Any]:
        return [self.item] if self.markers is None else [self.item, self.markers]

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
            i18n.number(value, f".{self.decimals}f").rstrip("0").rstrip(".,")
            if self.decimals
            else f"{value:.0f}"
        )
        return f"{text} {self.unit}".strip()


def make_points(
    colour: str, symbol: str, size: int = 8, outline: bool = True
) -> pg.ScatterPlotItem:
    """Markers, given all their data once.

    A bare ScatterPlotItem, not a PlotDataItem: the latter hands its scatter
    new data on every x or y range change, and pyqtgraph then re-styles each
    marker in Python (~2.5 µs each), which made a range change cost up to
    90 ms. The scatter item skips off-screen markers when it paints, so full
    data costs nothing per frame.
    """
    return pg.ScatterPlotItem(
        symbol=symbol,
        size=size,
        brush=pg.mkBrush(colour),
        pen=pg.mkPen("w", width=1) if outline else pg.mkPen(None),
    )


def make_line(colour: str, dashed: bool = False) -> pg.PlotDataItem:
    """A 1 px line clipped to the view and peak-downsampled (NaN in y breaks it)."""
    pen = pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    item = pg.PlotDataItem(pen=pen, connect="finite")
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    item.setDynamicRangeLimit(None)  # y is fitted by us; no need to re-process on y changes
    return item


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
    finite = np.isfinite(s.y)
    if s.style == "bars":
        s.item.setOpts(x=s.x, height=np.nan_to_num(s.y), width=s.bar_width)
    elif s.style == "points":
        s.item.setData(x=s.x[finite], y=s.y[finite])
    else:
        s.item.setData(s.x, s.y)
    if s.markers is not None:
        s.markers.setData(x=s.x[finite], y=s.y[finite])
