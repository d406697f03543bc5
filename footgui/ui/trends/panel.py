"""One chart on the Trends page: title, caption, plot or empty state, legend, exports.

The legend is made of real check boxes (big, keyboard reachable, readable from
across a room) rather than pyqtgraph's small in-plot legend; unticking one
hides its series, drops it from the hover search and from the CSV export.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footgui.ui.trends import plotkit
from footgui.ui.trends.plotkit import Series

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

HOVER_RADIUS_PX = 48.0


@dataclass(frozen=True)
class EmptyState:
    """What to tell the user when a chart has nothing to show, and where to go."""

    message: str
    how: str
    button: str
    action: Callable[[], None]


def _swatch(colour: str, style: str, symbol: str | None) -> QIcon:
    pix = QPixmap(28, 18)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(colour)
    if style == "bars":
        painter.fillRect(QRectF(6, 2, 16, 14), c)
    elif style == "line" and not symbol:
        painter.setPen(pg.mkPen(c, width=3))
        painter.drawLine(QPointF(2, 9), QPointF(26, 9))
    else:
        painter.setBrush(c)
        painter.setPen(Qt.PenStyle.NoPen)
        if symbol == "s":
            painter.drawRect(QRectF(8, 3, 12, 12))
        elif symbol in ("t1", "t"):
            painter.drawPolygon([QPointF(14, 2), QPointF(22, 16), QPointF(6, 16)])
        else:
            painter.drawEllipse(QRectF(8, 3, 12, 12))
    painter.end()
    return QIcon(pix)


class ChartPanel(QWidget):
    """A chart whose series are created once and refilled with ``set_data``."""

    def __init__(
        self,
        key: str,
        title: str,
        y_label: str,
        empty: EmptyState,
        *,
        fixed_y: tuple[float, float] | None = None,
        y_floor: float | None = 0.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.fixed_y = fixed_y
        self.y_floor = y_floor
        self.y_include: list[float] = []
        self.series: list[Series] = []
        self._boxes: dict[str, QCheckBox] = {}
        self.setObjectName(f"chart_{key}")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(2)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        # The title takes the row's free space and wraps only when even that is too
        # narrow (a small window, a long German title), so it never pushes the export
        # buttons out of sight; the legend then sits just left of the buttons.
        self.title_label.setWordWrap(True)
        header.addWidget(self.title_label, 1)
        # The legend's check boxes sit in their own widget between the title and the
        # stretch; when title, legend and buttons do not fit one row (a narrow window,
        # a longer language) the legend moves to a row of its own below.
        self.legend_row_widget = QWidget()
        self.legend_row_widget.setObjectName("chartLegend")
        self.legend = QHBoxLayout(self.legend_row_widget)
        self.legend.setContentsMargins(0, 0, 0, 0)
        self.legend.setSpacing(12)
        self._legend_at = 0
        header.addWidget(self.legend_row_widget)
        self._header = header
        self._legend_row = QHBoxLayout()
        self._legend_row.addStretch(1)
        header.addStretch(0)
        self.png_button = QPushButton("PNG")
        self.png_button.setToolTip(
            self.tr("Save the {chart} chart as a picture (PNG)").format(chart=title)
        )
        self.png_button.setAccessibleName(self.tr("Save {chart} as PNG").format(chart=title))
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton("CSV")
        self.csv_button.setToolTip(
            self.tr("Save the points visible in the {chart} chart as a table (CSV)").format(
                chart=title
            )
        )
        self.csv_button.setAccessibleName(self.tr("Save {chart} points as CSV").format(chart=title))
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the {chart} chart to the clipboard as a picture").format(chart=title)
        )
        self.copy_button.setAccessibleName(self.tr("Copy {chart} chart").format(chart=title))
        self.copy_button.clicked.connect(self.copy_chart)
        self.svg_button = QPushButton("SVG")
        self.svg_button.setToolTip(
            self.tr("Save the {chart} chart as a scalable drawing (SVG)").format(chart=title)
        )
        self.svg_button.setAccessibleName(self.tr("Save {chart} as SVG").format(chart=title))
        self.svg_button.clicked.connect(self.export_svg_dialog)
        for button in self._export_buttons():
            header.addWidget(button)
        outer.addLayout(header)
        outer.addLayout(self._legend_row)

        self.content = QWidget()
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        self.caption = QLabel()
        self.caption.setObjectName("chartCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        body.addWidget(self.caption)
        self.stack = QStackedWidget()
        self.plot_widget = plotkit.make_plot(y_label)
        self.plot_widget.setObjectName(f"plot_{key}")
        self.plot_widget.setAccessibleName(self.tr("{chart} chart").format(chart=title))
        self.plot_widget.setAccessibleDescription(self.tr("No data yet."))
        self.plot = self.plot_widget.getPlotItem()
        self.view = self.plot.getViewBox()
        self.stack.addWidget(self.plot_widget)
        self.empty_widget = self._build_empty(empty)
        self.stack.addWidget(self.empty_widget)
        body.addWidget(self.stack, 1)
        outer.addWidget(self.content, 1)

        self.hover = Hover(self)
        self.view.sigXRangeChanged.connect(self.fit_y)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self) -> None:
        """The legend beside the title when the row fits (title on one line), else below."""
        spacing = self._header.spacing()
        title = self.title_label
        row = (
            title.fontMetrics().horizontalAdvance(title.text())
            + 2 * title.margin()
            + self.legend_row_widget.sizeHint().width()
            + sum(b.sizeHint().width() for b in self._export_buttons())
            + (2 + len(self._export_buttons())) * spacing
        )
        below = row > self.width()
        if below == (self._legend_row.indexOf(self.legend_row_widget) >= 0):
            return
        if below:
            self._header.removeWidget(self.legend_row_widget)
            self._legend_row.insertWidget(0, self.legend_row_widget)
        else:
            self._legend_row.removeWidget(self.legend_row_widget)
            self._header.insertWidget(1, self.legend_row_widget)

    # -- building -----------------------------------------------------------
    def _build_empty(self, empty: EmptyState) -> QWidget:
        box = QWidget()
        box.setObjectName("emptyState")
        col = QVBoxLayout(box)
        col.setContentsMargins(24, 16, 24, 16)
        message = QLabel(empty.message)
        message.setObjectName("emptyMessage")
        message.setWordWrap(True)
        how = QLabel(empty.how)
        how.setWordWrap(True)
        how.setObjectName("emptyHow")
        self.empty_button = QPushButton(empty.button)
        self.empty_button.setObjectName("emptyAction")
        self.empty_button.setAccessibleDescription(f"{empty.message} {empty.how}")
        self.empty_button.clicked.connect(empty.action)
        col.addStretch(1)
        col.addWidget(message)
        col.addWidget(how)
        row = QHBoxLayout()
        row.addWidget(self.empty_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(2)
        self.empty_message = message
        return box

    def add_series(
        self,
        key: str,
        name: str,
        unit: str,
        style: str,
        colour: str,
        *,
        symbol: str | None = None,
        size: int = 8,
        bar_width: float = 0.0,
        dashed: bool = False,
        decimals: int = 1,
        legend: str = "",
    ) -> Series:
        """Create a series' item once; ``name`` is for tooltips and CSV, ``legend`` is short."""
        if style == "points":
            item = plotkit.make_points(colour, symbol or "o", size)
        elif style == "bars":
            item = plotkit.make_bars(colour, bar_width)
        else:
            item = plotkit.make_line(colour, dashed=dashed)
        self.plot.addItem(item)
        s = Series(key, name, unit, item, style, colour, symbol, bar_width, decimals=decimals)
        if style == "line" and symbol:
            s.markers = plotkit.make_points(colour, symbol, 6, outline=False)
            self.plot.addItem(s.markers)
        self.series.append(s)
        box = QCheckBox(legend or name)
        box.setProperty("legendText", legend or name)
        box.setChecked(True)
        box.setIcon(_swatch(colour, style, symbol))
        box.setObjectName(f"legend_{key}")
        box.setToolTip(self.tr("Show or hide \u201c{series}\u201d").format(series=name))
        box.setAccessibleName(self.tr("Show {series}").format(series=name))
        box.toggled.connect(lambda on, s=s: self._toggle(s, on))
        self.legend.insertWidget(self._legend_at, box)
        self._legend_at += 1
        self._boxes[key] = box
        return s

    def get(self, key: str) -> Series:
        return next(s for s in self.series if s.key == key)

    def legend_box(self, key: str) -> QCheckBox:
        return self._boxes[key]

    def set_data(
        self,
        key: str,
        x: plotkit.FloatArray,
        y: plotkit.FloatArray,
        notes: dict[int, str] | None = None,
    ) -> None:
        s = self.get(key)
        plotkit.set_series(s, x, y, notes)
        box = self._boxes[key]
        box.setEnabled(s.has_data)
        text = str(box.property("legendText"))
        box.setText(text if s.has_data else self.tr("{series} (none)").format(series=text))
        for item in s.items:
            item.setVisible(box.isChecked() and s.has_data)

    def _toggle(self, s: Series, on: bool) -> None:
        for item in s.items:
            item.setVisible(on and s.has_data)
        self.hover.hide()
        self.fit_y()

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text) and not self.is_empty)

    def show_empty(self, empty: bool) -> None:
        """The empty state replaces plot and caption (which describes lines not drawn)."""
        self.stack.setCurrentIndex(1 if empty else 0)
        self.caption.setVisible(bool(self.caption.text()) and not empty)
        for button in self._export_buttons():
            button.setEnabled(not empty)
        for box in self._boxes.values():
            box.setVisible(not empty)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 1

    def latest(self) -> list[tuple[Series, int]]:
        """Each series' latest drawn point (series with data only), in legend order."""
        out = []
        for s in self.series:
            finite = np.flatnonzero(np.isfinite(s.y))
            if finite.size:
                out.append((s, int(finite[-1])))
        return out

    def describe(self) -> str:
        """Tell a screen reader what the chart shows: its latest values, or why it is empty.

        Called after every refill, so the description is never older than the data.
        """
        if self.is_empty:
            text = self.tr("{chart}: no data yet. {message}").format(
                chart=self.title, message=self.empty_message.text()
            )
        else:
            parts = []
            for s, i in self.latest():
                x = float(s.x[i])
                if s.style == "bars":
                    when = self.tr("week of {day}").format(
                        day=plotkit.date_text(x - plotkit.WEEK_S / 2)
                    )
                else:
                    when = plotkit.date_text(x)
                parts.append(
                    self.tr("{series}: {value} on {day}").format(
                        series=s.name, value=s.value_text(i), day=when
                    )
                )
            latest = "; ".join(parts) if parts else self.tr("nothing recorded")
            text = self.tr("{chart}. Latest values: {latest}.").format(
                chart=self.title, latest=latest
            )
        self.plot_widget.setAccessibleName(self.tr("{chart} chart").format(chart=self.title))
        self.plot_widget.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        return text

    # -- view ---------------------------------------------------------------
    def shown_series(self) -> list[Series]:
        return [s for s in self.series if s.has_data and self._boxes[s.key].isChecked()]

    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.view.viewRange()
        return float(x0), float(x1)

    def fit_y(self) -> None:
        """Fit y to what is visible: the view's own auto-range would scan all data."""
        if self.fixed_y is not None:
            self.view.setYRange(*self.fixed_y, padding=0)
            return
        x0, x1 = self.x_range()
        lo, hi = np.inf, -np.inf
        for s in self.shown_series():
            idx = s.visible_indices(x0, x1)
            if idx.size:
                ys = s.y[idx]
                lo, hi = min(lo, float(ys.min())), max(hi, float(ys.max()))
                if s.style == "bars":
                    lo = min(lo, 0.0)
        for v in self.y_include:
            lo, hi = min(lo, v), max(hi, v)
        if not np.isfinite(lo):
            lo, hi = 0.0, 1.0
        if self.y_floor is not None:
            lo = min(lo, self.y_floor)
        span = hi - lo if hi > lo else max(abs(hi), 1.0)
        bottom = lo if self.y_floor is not None and lo == self.y_floor else lo - 0.06 * span
        # headroom for the stage labels and line labels drawn along the top
        self.view.setYRange(bottom, hi + 0.16 * span, padding=0)

    # -- export -------------------------------------------------------------
    def visible_rows(self) -> list[list[str]]:
        """The visible points as CSV rows: series, date, value, unit, note."""
        x0, x1 = self.x_range()
        rows: list[list[str]] = []
        for s in self.shown_series():
            for i in s.visible_indices(x0, x1):
                x = float(s.x[i])
                day = plotkit.x_day(x - (plotkit.WEEK_S / 2 if s.style == "bars" else 0.0))
                rows.append(
                    [
                        s.name,
                        day.isoformat(),
                        f"{float(s.y[i]):.{max(s.decimals, 0)}f}",
                        s.unit,
                        s.notes.get(int(i), ""),
                    ]
                )
        return rows

    def export_csv(self, path: str | Path) -> int:
        rows = self.visible_rows()
        with Path(path).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["chart", "series", "date", "value", "unit", "note"])
            for row in rows:
                writer.writerow([self.title, *row])
        log.info("saved %d points of %s to %s", len(rows), self.title, path)
        return len(rows)

    def _export_buttons(self) -> tuple[QPushButton, ...]:
        return (self.png_button, self.svg_button, self.copy_button, self.csv_button)

    @contextmanager
    def _without_buttons(self) -> Iterator[None]:
        """Hide hover and buttons while drawing: a saved chart is a picture, not a form."""
        self.hover.hide()
        for button in self._export_buttons():
            button.setVisible(False)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        try:
            yield
        finally:
            for button in self._export_buttons():
                button.setVisible(True)
            if layout is not None:
                layout.activate()

    def render_png(self) -> QPixmap:
        """The chart as the user sees it (title, legend, caption, plot), minus the buttons."""
        with self._without_buttons():
            return self.grab()

    def copy_chart(self) -> None:
        """Put the chart picture on the clipboard, to paste into a message or document."""
        QApplication.clipboard().setPixmap(self.render_png())
        log.info("copied %s chart to the clipboard", self.title)

    def export_svg(self, path: str | Path) -> bool:
        """Draw the whole panel into an SVG, so a chart scales cleanly when printed."""
        with self._without_buttons():
            size = self.size()
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.title)
            painter = QPainter()
            if not painter.begin(generator):
                log.warning("could not write %s", path)
                return False
            try:
                self.render(painter, QPoint(0, 0))
            finally:
                ok = bool(painter.end())
        log.info("saved %s chart to %s: %s", self.title, path, ok)
        return ok

    def export_png(self, path: str | Path) -> bool:
        ok = bool(self.render_png().save(str(path), "PNG"))
        log.info("saved %s chart to %s: %s", self.title, path, ok)
        return ok

    def _dialog(self, caption: str, suffix: str, save: Callable[[str], object]) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"footgui-{self.key}.{suffix}"
        dialog = QFileDialog(
            self, caption, str(Path(folder) / name), f"{suffix.upper()} (*.{suffix})"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)

        def done(result: int) -> None:
            files = dialog.selectedFiles()
            if result and files:
                save(files[0])
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def export_png_dialog(self) -> None:
        self._dialog(
            self.tr("Save the {chart} chart").format(chart=self.title), "png", self.export_png
        )

    def export_svg_dialog(self) -> None:
        self._dialog(
            self.tr("Save the {chart} chart").format(chart=self.title), "svg", self.export_svg
        )

    def export_csv_dialog(self) -> None:
        self._dialog(
            self.tr("Save the {chart} points").format(chart=self.title), "csv", self.export_csv
        )


class Hover:
    """Crosshair following the mouse, and a label for the nearest visible point."""

    def __init__(self, panel: ChartPanel) -> None:
        self.panel = panel
        pen = pg.mkPen("#333333", width=1, style=Qt.PenStyle.DotLine)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pen)
        self.hline = pg.InfiniteLine(angle=0, movable=False, pen=pen)
        self.marker = pg.ScatterPlotItem(
            size=14, pen=pg.mkPen("#111111", width=1), brush=pg.mkBrush(None)
        )
        self.label = pg.TextItem(
            color="#111111", fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#888888")
        )
        font = QFont()
        font.setPointSize(12)
        self.label.setFont(font)
        for item in (self.vline, self.hline, self.marker, self.label):
            item.setZValue(100)
            panel.plot.addItem(item, ignoreBounds=True)
        self.text = ""
        self.hide()
        self._proxy = pg.SignalProxy(
            panel.plot_widget.scene().sigMouseMoved, rateLimit=60, slot=self._moved
        )

    def hide(self) -> None:
        self.text = ""
        for item in (self.vline, self.hline, self.marker, self.label):
            item.hide()

    def _moved(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        if not self.panel.plot.sceneBoundingRect().contains(pos):
            self.hide()
            return
        self.show_at(self.panel.view.mapSceneToView(pos))

    def nearest(self, point: QPointF) -> tuple[Series, int] | None:
        """The shown point closest to ``point`` (view coordinates) within reach."""
        px_w, px_h = self.panel.view.viewPixelSize()
        if px_w <= 0 or px_h <= 0:
            return None
        x, y = point.x(), point.y()
        best: tuple[float, Series, int] | None = None
        for s in self.panel.shown_series():
            if s.x.size == 0:
                continue
            i = int(np.searchsorted(s.x, x))
            for j in (i - 1, i):
                if not 0 <= j < s.x.size or not np.isfinite(s.y[j]):
                    continue
                if s.style == "bars":
                    if abs(s.x[j] - x) > s.bar_width / 2:
                        continue
                    top = float(s.y[j])
                    dy = 0.0 if min(0.0, top) <= y <= max(0.0, top) else abs(y - top) / px_h
                    d = dy
                else:
                    d = float(np.hypot((s.x[j] - x) / px_w, (s.y[j] - y) / px_h))
                if d <= HOVER_RADIUS_PX and (best is None or d < best[0]):
                    best = (d, s, j)
        return None if best is None else (best[1], best[2])

    def show_at(self, point: QPointF) -> str:
        self.vline.setPos(point.x())
        self.hline.setPos(point.y())
        self.vline.show()
        self.hline.show()
        found = self.nearest(point)
        if found is None:
            self.marker.hide()
            self.label.hide()
            self.text = ""
            return ""
        s, i = found
        px, py = float(s.x[i]), float(s.y[i])
        if s.style == "bars":
            when = translate("ChartPanel", "week of {day}").format(
                day=plotkit.date_text(px - plotkit.WEEK_S / 2)
            )
        else:
            when = plotkit.date_text(px)
        lines = [f"{s.name}: {s.value_text(i)}", when]
        note = s.notes.get(i)
        if note:
            lines.append(note)
        self.text = "\n".join(lines)
        self.label.setText(self.text)
        (x0, x1), (y0, y1) = self.panel.view.viewRange()
        anchor_x = 0.0 if px < (x0 + x1) / 2 else 1.0
        anchor_y = 1.0 if py < (y0 + y1) / 2 else 0.0
        self.label.setAnchor((anchor_x, anchor_y))
        self.label.setPos(px, py)
        self.marker.setData([px], [py])
        self.marker.show()
        self.label.show()
        return self.text
