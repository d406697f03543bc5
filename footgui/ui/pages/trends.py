"""The Trends page: the diary as charts, against research reference values.

The page reads everything once (``store.trend_data``, a few narrow queries)
and hands it to tabs whose curves, once built, are only ever refilled. A tab
is built the first time it is shown (each plot costs ~15 ms to construct) and
refilled only when shown after new data, so opening the page or reloading
after a diary edit pays for the visible tab only. A range change moves the
visible tab's x axis and nothing else; other tabs catch up when shown. Data
changes elsewhere reload the page if it is on screen, or mark it stale until
it is shown again.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from footgui.core import series
from footgui.store.trend_data import TrendData, load_trend_data
from footgui.ui import i18n
from footgui.ui.context import AppContext
from footgui.ui.trends import plotkit
from footgui.ui.trends.charts import TAB_CLASSES, ChartInputs, ChartTab, Navigate

log = logging.getLogger(__name__)

# key -> (button text, days shown; None = everything)
RANGES: dict[str, tuple[str, int | None]] = {
    "4w": (QT_TRANSLATE_NOOP("Trends", "&4 weeks"), 28),
    "12w": (QT_TRANSLATE_NOOP("Trends", "1&2 weeks"), 84),
    "1y": (QT_TRANSLATE_NOOP("Trends", "1 &year"), 365),
    "all": (QT_TRANSLATE_NOOP("Trends", "&All"), None),
}


def range_text(key: str) -> str:
    """A range button's text in the app's language, "&" marking its Alt+key."""
    return QCoreApplication.translate("Trends", RANGES[key][0])


DEFAULT_RANGE = "12w"
IGNORED_KINDS = frozenset({"shoe"})  # nothing on this page depends on shoes

PAGE_STYLE = """
#chartCaption { font-size: 14px; color: #444; }
#emptyMessage { font-size: 22px; font-weight: 700; }
#emptyHow { font-size: 17px; }
#emptyAction { font-size: 17px; padding: 10px 20px; }
#rangeButton { font-size: 16px; font-weight: 600; padding: 8px 16px; }
#rangeButton:checked { background: #2a7de1; color: white; }
#chartLegend QCheckBox { font-size: 15px; }
QTabBar::tab { font-size: 17px; font-weight: 600; padding: 8px 18px; }
"""


class TrendsPage(QWidget):
    """Charts of balance, pain, mobility, symmetry and load."""

    reloaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(PAGE_STYLE)
        self.data: TrendData | None = None
        self.range_key = DEFAULT_RANGE
        self._stale = True
        self._x_range: tuple[float, float] | None = None
        self._applying = False
        self.last_load_ms = 0.0

        col = QVBoxLayout(self)
        col.setContentsMargins(20, 12, 20, 8)
        col.setSpacing(4)
        top = QHBoxLayout()
        title = QLabel(self.tr("Trends"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        for key in RANGES:
            text = range_text(key)
            button = QPushButton(text)
            button.setObjectName("rangeButton")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show {span}").format(span=text.replace("&", "")))
            button.setAccessibleDescription(self.tr("Sets the time span of every chart."))
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            top.addWidget(button)
        self.range_buttons[self.range_key].setChecked(True)
        col.addLayout(top)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.hide()
        col.addWidget(self.note)

        self.tabs_widget = QTabWidget()
        self.tabs_widget.setDocumentMode(True)
        self.tabs_widget.setAccessibleName(self.tr("Charts"))
        self.tabs_widget.tabBar().setAccessibleName(self.tr("Charts"))
        self._inputs: ChartInputs | None = None
        self._hosts: list[_TabHost] = []
        for cls in TAB_CLASSES:
            host = _TabHost(cls, ctx.go)
            self._hosts.append(host)
            self.tabs_widget.addTab(host, cls.tab_title())
        self.tabs_widget.currentChanged.connect(self._tab_changed)
        col.addWidget(self.tabs_widget, 1)
        ctx.bus.data_changed.connect(self._data_changed)

    # -- public ---------------------------------------------------------------
    def activate(self, chart: str | None = None, **_kwargs: Any) -> None:
        """Shown by navigation; ``chart`` picks a tab by key ("balance", "pain", ...)."""
        if chart:
            self.show_tab(chart)
        if self._stale:
            self.reload()

    def tab(self, key: str) -> ChartTab:
        """The tab ``key`` ("balance", "pain", "mobility", "symmetry", "load"), built if needed."""
        return self._ensure(next(h for h in self._hosts if h.cls.key == key))

    @property
    def tabs(self) -> list[ChartTab]:
        """Every tab, built if needed."""
        return [self._ensure(h) for h in self._hosts]

    def show_tab(self, key: str) -> None:
        self.tabs_widget.setCurrentWidget(next(h for h in self._hosts if h.cls.key == key))

    @property
    def current_tab(self) -> ChartTab:
        host = self.tabs_widget.currentWidget()
        assert isinstance(host, _TabHost)
        return self._ensure(host)

    def reload(self) -> None:
        """Read the database again and refill every chart."""
        start = time.perf_counter()
        data = load_trend_data(self.ctx.db)
        self.data = data
        today = series.to_day(dt.date.today())
        last = max(today, data.last_day if data.last_day is not None else today)
        periods, changes = series.stage_periods(
            [(e.day, e.stage, e.kind) for e in data.stage_events], last
        )
        inputs = ChartInputs(
            data=data,
            periods=periods,
            changes=changes,
            today=today,
            length_unit=self._setting("units/length", "cm", ("cm", "in")),
            distance_unit=self._setting("units/distance", "km", ("km", "mi")),
        )
        self._inputs = inputs
        self._stale = False
        self.set_range(self.range_key, apply=False)
        current = self.tabs_widget.currentWidget()
        assert isinstance(current, _TabHost)
        self._ensure(current)  # builds or refills the visible tab; the others when shown
        self.last_load_ms = (time.perf_counter() - start) * 1000
        log.debug("trends reloaded in %.1f ms: %s", self.last_load_ms, data.counts)
        self.reloaded.emit()

    def _setting(self, key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = str(self.ctx.settings.value(key, default))
        return value if value in allowed else default

    def range_days(self, key: str) -> tuple[int, int]:
        """First day and day after the last shown for a range key."""
        today = series.to_day(dt.date.today())
        data = self.data
        first = data.first_day if data and data.first_day is not None else today - 28
        last_data = data.last_day if data and data.last_day is not None else today
        days = RANGES[key][1]
        if days is None:
            return min(first, today), max(today, last_data) + 1
        end = max(today, last_data) + 1
        if last_data < end - 1 - days:  # nothing recent: show the span up to the last entry
            end = last_data + 1
        return end - days, end

    def set_range(self, key: str, apply: bool = True) -> None:
        """Show the last 4 weeks / 12 weeks / year / everything on every chart."""
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        start, end = self.range_days(key)
        today = series.to_day(dt.date.today())
        if end - 1 < today and RANGES[key][1] is not None:
            self.note.setText(
                self.tr(
                    "Nothing recorded in this period up to today; showing the {span} up to "
                    "your last entry ({day})."
                ).format(
                    span=range_text(key).replace("&", ""),
                    day=i18n.short_date(series.from_day(end - 1)),
                )
            )
            self.note.show()
        else:
            self.note.hide()
        self._x_range = (start * plotkit.DAY_S, end * plotkit.DAY_S)
        if apply:
            self._apply_range(self.current_tab)

    # -- internals ------------------------------------------------------------
    def _ensure(self, host: _TabHost) -> ChartTab:
        """The host's chart tab, built on first use and filled with the latest data."""
        if host.chart is None:
            chart = host.build()
            chart.master.view.sigXRangeChanged.connect(
                lambda _vb, rng, tab=chart: self._user_moved(tab, rng)
            )
        assert host.chart is not None
        if self._inputs is not None and host.filled_with is not self._inputs:
            host.filled_with = self._inputs
            self._fill(host.chart)
        return host.chart

    def _fill(self, chart: ChartTab) -> None:
        """Limits and range first, data second: curves then clip to the range once."""
        inputs = self._inputs
        assert inputs is not None
        data = inputs.data
        first = data.first_day if data.first_day is not None else inputs.today - 28
        last = max(inputs.today, data.last_day if data.last_day is not None else inputs.today)
        self._applying = True  # the moves below are ours, not the user's
        try:
            for panel in chart.panels:
                panel.view.setLimits(
                    xMin=(first - 30) * plotkit.DAY_S,
                    xMax=(last + 15) * plotkit.DAY_S,
                    minXRange=7 * plotkit.DAY_S,
                )
        finally:
            self._applying = False
        self._apply_range(chart)
        chart.update_data(inputs)

    def _apply_range(self, tab: ChartTab) -> None:
        if self._x_range is None:
            return
        self._applying = True
        try:
            tab.master.view.setXRange(*self._x_range, padding=0)
        finally:
            self._applying = False

    def _user_moved(self, tab: ChartTab, rng: object) -> None:
        """A wheel zoom or drag on the visible tab carries over to the other tabs."""
        host = self.tabs_widget.currentWidget()
        if self._applying or not isinstance(host, _TabHost) or tab is not host.chart:
            return
        x0, x1 = tab.master.x_range()
        self._x_range = (x0, x1)

    def _tab_changed(self, _index: int) -> None:
        if self._inputs is not None:
            self._apply_range(self.current_tab)

    def _data_changed(self, kind: str) -> None:
        if kind in IGNORED_KINDS:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()


class _TabHost(QWidget):
    """A tab's place in the tab widget; the chart tab itself is built on first use."""

    def __init__(self, cls: type[ChartTab], go: Navigate) -> None:
        super().__init__()
        self.cls = cls
        self._go = go
        self.chart: ChartTab | None = None
        self.filled_with: ChartInputs | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> ChartTab:
        chart = self.cls(self._go)
        self._layout.addWidget(chart)
        chart.show()  # a child added to a visible parent is otherwise shown only later
        self.chart = chart
        return chart
