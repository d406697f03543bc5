"""The five chart tabs: balance, pain, mobility & strength, symmetry, load.

Each tab builds its panels and items once; ``update_data`` turns a
``TrendData`` into series with ``footgui.core.series`` and feeds them in.
Reference values come from ``footgui.core.norms`` and each caption names its
source, marks the Springer table as provisional and says when a band is
wider than the user's own because the profile lacks age or sex.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footgui.core import norms, series
from footgui.core.units import figure
from footgui.store.trend_data import PAIN_FIELDS, SIDES, TrendData
from footgui.ui import i18n, vocab
from footgui.ui.trends import plotkit
from footgui.ui.trends.panel import ChartPanel, EmptyState
from footgui.ui.trends.plotkit import day_x

MEDIAN_WINDOW_DAYS = 28  # footgui's own choice: a month smooths week-to-week noise
LINE_GAP_DAYS = 28  # a line stops rather than bridge a month without tests
PAIN_GAP_DAYS = 7
CM_PER_INCH = 2.54
GREEN_BAND = "#4CAF50"
NORM_GREEN = "#2E7D32"
M_PER_MILE = 1609.344
translate = QCoreApplication.translate
BALANCE_HOW = QT_TRANSLATE_NOOP(
    "Trends",
    "How: stand on one leg, arms free, the other foot off the floor. The timer stops when "
    "the lifted foot touches down or the stance foot moves (eyes closed: when you open your "
    "eyes). Up to 45 s; best of 3 trials per side. The balance test in a session times it.",
)
OPEN_DIARY = QT_TRANSLATE_NOOP("Trends", "Open the diary")
START_BALANCE = QT_TRANSLATE_NOOP("Trends", "Start the balance test")
GO_SESSION = QT_TRANSLATE_NOOP("Trends", "Go to a session")


@dataclass(frozen=True)
class ChartInputs:
    """Data plus what the charts need to present it: stages, units, today."""

    data: TrendData
    periods: list[series.StagePeriod]
    changes: list[series.StageChange]
    today: int
    length_unit: str = "cm"  # "cm" | "in"
    distance_unit: str = "km"  # "km" | "mi"

    @property
    def length_factor(self) -> float:
        return 1 / CM_PER_INCH if self.length_unit == "in" else 1.0

    @property
    def distance_factor(self) -> float:
        return 1 / M_PER_MILE if self.distance_unit == "mi" else 1 / 1000


Navigate = Callable[..., None]


class ChartTab(QWidget):
    """A tab of one or more panels sharing the x axis."""

    key = ""
    title = ""  # tab text (English, marked for translation); "&" marks the Alt+letter shortcut

    @classmethod
    def tab_title(cls) -> str:
        return translate("Trends", cls.title)

    def __init__(self, go: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.go = go
        self.panels: list[ChartPanel] = []
        self.stage_items: list[plotkit.Backdrop] = []
        self._linking = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        # on a small screen the panels keep a readable height and the tab scrolls
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(8, 4, 8, 4)
        self.column.setSpacing(6)

    def add_panel(
        self,
        panel: ChartPanel,
        mark_changes: bool = False,
        stage_label_top: bool = True,
        stage_fill: bool = True,
    ) -> ChartPanel:
        self.panels.append(panel)
        panel.view.sigXRangeChanged.connect(lambda _vb, rng, p=panel: self._follow(p, rng))
        bands = plotkit.Backdrop(
            panel.plot.getAxis("bottom"),
            panel.plot.getAxis("left"),
            mark_changes,
            stage_label_top,
            stage_fill,
        )
        panel.plot.addItem(bands, ignoreBounds=True)
        self.stage_items.append(bands)
        self.column.addWidget(panel, 1)
        return panel

    def _follow(self, source: ChartPanel, rng: tuple[float, float]) -> None:
        """Keep the tab's panels on one x range.

        pyqtgraph's own ``setXLink`` aligns views by their on-screen geometry,
        which is stale for a panel showing its empty state; copying the range
        is exact and just as cheap.
        """
        if self._linking:
            return
        self._linking = True
        try:
            for panel in self.panels:
                if panel is not source:
                    panel.view.setXRange(float(rng[0]), float(rng[1]), padding=0)
        finally:
            self._linking = False

    @property
    def master(self) -> ChartPanel:
        return self.panels[0]

    def update_data(self, inputs: ChartInputs) -> None:
        for bands in self.stage_items:
            bands.set_periods(inputs.periods, inputs.changes)
        self.fill(inputs)
        for panel in self.panels:
            panel.fit_y()
            panel.describe()

    def fill(self, inputs: ChartInputs) -> None:
        raise NotImplementedError


def _side_gap_notes(data: TrendData, kinds: tuple[str, ...], what: str) -> str:
    """Say which side has no entries, so a missing line is never a silent omission."""
    notes = []
    for side in SIDES:
        if not any(len(data.best[(k, side)]) for k in kinds):
            other = "right" if side == "left" else "left"
            if any(len(data.best[(k, other)]) for k in kinds):
                notes.append(
                    translate("Trends", "Left side: no tests recorded yet.")
                    if side == "left"
                    else translate("Trends", "Right side: no tests recorded yet.")
                )
    return " ".join(notes)


class BalanceTab(ChartTab):
    key = "balance"
    title = QT_TRANSLATE_NOOP("Trends", "&Balance")

    def __init__(self, go: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(go, parent)
        self.bands: dict[str, pg.LinearRegionItem] = {}
        self.centres: dict[str, pg.InfiniteLine] = {}
        self.norm: dict[str, norms.NormBand] = {}
        for kind, title, empty in (
            (
                "balance_eo",
                translate("Trends", "Balance, eyes open"),
                translate("Trends", "No eyes open balance tests yet."),
            ),
            (
                "balance_ec",
                translate("Trends", "Balance, eyes closed"),
                translate("Trends", "No eyes closed balance tests yet."),
            ),
        ):
            panel = ChartPanel(
                kind,
                title,
                translate("Trends", "Stance time (s)"),
                EmptyState(
                    empty,
                    translate("Trends", BALANCE_HOW),
                    translate("Trends", START_BALANCE),
                    lambda: go("session", balance_test=True),
                ),
            )
            band = plotkit.h_band(0, 0, GREEN_BAND, 45)
            centre = plotkit.h_line(0, NORM_GREEN, translate("Trends", "norm"), right=True)
            panel.plot.addItem(band, ignoreBounds=True)
            panel.plot.addItem(centre, ignoreBounds=True)
            panel.plot.addItem(
                plotkit.h_line(
                    norms.BALANCE_CAP_S, plotkit.GREY, translate("Trends", "45 s test cap")
                ),
                ignoreBounds=True,
            )
            self.bands[kind], self.centres[kind] = band, centre
            for side in SIDES:
                colour = plotkit.SIDE_COLOURS[side]
                panel.add_series(
                    f"{side}_best",
                    translate("Trends", "{side}: best of day").format(side=vocab.side(side)),
                    "s",
                    "points",
                    colour,
                    symbol=plotkit.SIDE_SYMBOLS[side],
                    legend=vocab.side(side),
                )
                panel.add_series(
                    f"{side}_median",
                    translate("Trends", "{side}: {days}-day median").format(
                        side=vocab.side(side), days=MEDIAN_WINDOW_DAYS
                    ),
                    "s",
                    "line",
                    colour,
                    legend=translate("Trends", "median"),
                )
            panel.add_series(
                "over_cap",
                translate("Trends", "Above the 45 s cap"),
                "s",
                "points",
                plotkit.RED,
                symbol="t1",
                size=13,
                legend=translate("Trends", "over 45 s"),
            )
            self.add_panel(panel, stage_label_top=False)

    def fill(self, inputs: ChartInputs) -> None:
        data = inputs.data
        cap = norms.BALANCE_CAP_S
        for panel in self.panels:
            kind = panel.key
            band = norms.balance_band(kind == "balance_ec", data.age, data.sex)
            self.norm[kind] = band
            over_x: list[float] = []
            over_notes: list[str] = []
            any_data = False
            for side in SIDES:
                dv = data.best[(kind, side)]
                any_data = any_data or len(dv) > 0
                shown, over = series.clamp_to_cap(dv.values, cap)
                notes = {
                    int(i): translate(
                        "Trends", "recorded {value} s: above the {cap} s test cap, drawn at the cap"
                    ).format(value=_g(float(dv.values[i])), cap=_g(cap))
                    for i in np.flatnonzero(over)
                }
                x = day_x(dv.days)
                panel.set_data(f"{side}_best", x, shown, notes)
                median = series.rolling_median(dv.days, shown, MEDIAN_WINDOW_DAYS)
                mx, my = series.break_gaps(dv.days, median, LINE_GAP_DAYS)
                panel.set_data(f"{side}_median", day_x(mx), my)
                over_x.extend(x[over].tolist())
                over_notes.extend(
                    f"{vocab.side(side)}: {notes[int(i)]}" for i in np.flatnonzero(over)
                )
            order = np.argsort(np.asarray(over_x), kind="stable")
            xs = np.asarray(over_x, dtype=np.float64)[order]
            panel.set_data(
                "over_cap",
                xs,
                np.full(xs.size, cap),
                {k: over_notes[int(j)] for k, j in enumerate(order)},
            )
            self.bands[kind].setRegion((band.low, band.high))
            self.bands[kind].setVisible(not band.is_single_value)
            centre = self.centres[kind]
            centre.setVisible(band.center is not None)
            if band.center is not None:
                centre.setPos(band.center)
                centre.label.setFormat(
                    translate("Trends", "norm {value} s").format(value=_g(band.center))
                )
            panel.y_include = [0.0, band.low, band.high]
            panel.show_empty(not any_data)
            panel.set_caption(self._caption(band, data, kind))

    @staticmethod
    def _caption(band: norms.NormBand, data: TrendData, kind: str) -> str:
        if band.is_single_value:
            ref = translate("Trends", "Green line: {label}: {low} s.").format(
                label=i18n.localize(band.label), low=_g(band.low)
            )
        else:
            ref = translate("Trends", "Green band: {label}: {low}-{high} s.").format(
                label=i18n.localize(band.label), low=_g(band.low), high=_g(band.high)
            )
        parts = [ref, translate("Trends", "Table values are provisional (a second-hand copy).")]
        if band.note:
            parts.append(i18n.localize(band.note))
        gaps = _side_gap_notes(data, (kind,), "tests")
        if gaps:
            parts.append(gaps)
        return " ".join(parts)


PAIN_NAMES = {
    "first_step_pain": (
        QT_TRANSLATE_NOOP("Trends", "First-step pain"),
        QT_TRANSLATE_NOOP("Trends", "first steps"),
        plotkit.BLUE,
        "o",
    ),
    "pain_during": (
        QT_TRANSLATE_NOOP("Trends", "Pain during exercise"),
        QT_TRANSLATE_NOOP("Trends", "during"),
        plotkit.ORANGE,
        "s",
    ),
    "pain_after": (
        QT_TRANSLATE_NOOP("Trends", "Pain after exercise"),
        QT_TRANSLATE_NOOP("Trends", "after"),
        plotkit.VERMILLION,
        "t",
    ),
    "next_morning_pain": (
        QT_TRANSLATE_NOOP("Trends", "Next-morning pain"),
        QT_TRANSLATE_NOOP("Trends", "next morning"),
        plotkit.GREEN,
        "d",
    ),
}


class PainTab(ChartTab):
    key = "pain"
    title = QT_TRANSLATE_NOOP("Trends", "&Pain")

    def __init__(self, go: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(go, parent)
        panel = ChartPanel(
            "pain",
            translate("Trends", "Pain (0-10)"),
            translate("Trends", "Pain (0-10)"),
            EmptyState(
                translate("Trends", "No pain recorded yet."),
                translate(
                    "Trends",
                    "How: each morning, note the pain of your first steps out of bed (0 = none, "
                    "10 = worst imaginable) in the Diary; on training days also the pain during "
                    "and after exercise.",
                ),
                translate("Trends", OPEN_DIARY),
                lambda: go("diary"),
            ),
            fixed_y=(-0.5, 10.5),
        )
        for zone, colour in zip(norms.PAIN_ZONES, ("#4CAF50", "#FFC107", "#F44336"), strict=True):
            panel.plot.addItem(
                plotkit.h_band(zone.low - 0.5, zone.high + 0.5, colour, 40), ignoreBounds=True
            )
        panel.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11)]])
        for name in PAIN_FIELDS:
            label, short, colour, symbol = PAIN_NAMES[name]
            panel.add_series(
                name,
                translate("Trends", label),
                "/10",
                "line",
                colour,
                symbol=symbol,
                decimals=0,
                legend=translate("Trends", short),
            )
        self.add_panel(panel, mark_changes=True, stage_fill=False)

    def fill(self, inputs: ChartInputs) -> None:
        panel = self.master
        any_data = False
        for name in PAIN_FIELDS:
            dv = inputs.data.pain[name]
            any_data = any_data or len(dv) > 0
            x, y = series.break_gaps(dv.days, dv.values, PAIN_GAP_DAYS)
            panel.set_data(name, day_x(x), y)
        panel.show_empty(not any_data)
        zones = ", ".join(i18n.localize(z.name) for z in norms.PAIN_ZONES)
        panel.set_caption(
            translate(
                "Trends", "Zones: {zones}. {source}. Dashed lines: stage changes (▲ up, ▼ back)."
            ).format(zones=zones, source=i18n.localize(norms.PAIN_ZONES_SOURCE))
        )


def _g(value: float) -> str:
    """A reference figure as "%g" with the language's decimal mark ("2,8" in German)."""
    return i18n.localize(figure("{value:g}", value=value))


class MobilityTab(ChartTab):
    key = "mobility"
    title = QT_TRANSLATE_NOOP("Trends", "&Mobility && strength")

    def __init__(self, go: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(go, parent)
        ktw = ChartPanel(
            "knee_to_wall",
            translate("Trends", "Ankle mobility: knee-to-wall"),
            translate("Trends", "Toe to wall"),
            EmptyState(
                translate("Trends", "No knee-to-wall tests yet."),
                translate(
                    "Trends",
                    "How: face a wall, foot flat, and bend the knee to touch the wall without the "
                    "heel lifting; move the foot back until you only just touch. Record the "
                    "toe-to-wall distance for each foot in the Diary.",
                ),
                translate("Trends", OPEN_DIARY),
                lambda: go("diary"),
            ),
        )
        self.ktw_band = plotkit.h_band(0, 0, GREEN_BAND, 45)
        self.ktw_mean = plotkit.h_line(
            0, NORM_GREEN, translate("Trends", "healthy mean"), right=True
        )
        ktw.plot.addItem(self.ktw_band, ignoreBounds=True)
        ktw.plot.addItem(self.ktw_mean, ignoreBounds=True)
        self.mdc_lines: dict[str, tuple[pg.InfiniteLine, pg.InfiniteLine]] = {}
        for side in SIDES:
            colour = plotkit.SIDE_COLOURS[side]
            lo = plotkit.h_line(0, colour)
            hi = plotkit.h_line(0, colour)
            ktw.plot.addItem(lo, ignoreBounds=True)
            ktw.plot.addItem(hi, ignoreBounds=True)
            self.mdc_lines[side] = (lo, hi)
            ktw.add_series(
                side, vocab.side(side), "cm", "line", colour, symbol=plotkit.SIDE_SYMBOLS[side]
            )
        heel = ChartPanel(
            "heel_rises",
            translate("Trends", "Calf endurance: single-leg heel rises to fatigue"),
            translate("Trends", "Repetitions"),
            EmptyState(
                translate("Trends", "No heel-rise tests yet."),
                translate(
                    "Trends",
                    "How: on one leg, rise as high as you can and lower, in time with a 60 bpm "
                    "metronome, until you cannot keep the height or pace. Record the count for "
                    "each leg in the Diary.",
                ),
                translate("Trends", OPEN_DIARY),
                lambda: go("diary"),
            ),
        )
        self.heel_band = plotkit.h_band(0, 0, GREEN_BAND, 45)
        self.heel_median = plotkit.h_line(0, NORM_GREEN, translate("Trends", "median"), right=True)
        heel.plot.addItem(self.heel_band, ignoreBounds=True)
        heel.plot.addItem(self.heel_median, ignoreBounds=True)
        for side in SIDES:
            heel.add_series(
                side,
                vocab.side(side),
                translate("Trends", "reps"),
                "line",
                plotkit.SIDE_COLOURS[side],
                symbol=plotkit.SIDE_SYMBOLS[side],
                decimals=0,
            )
        self.add_panel(ktw, stage_label_top=False)
        self.add_panel(heel, stage_label_top=False)
        self.ktw_norm: norms.NormBand | None = None
        self.mdc: dict[str, norms.NormBand] = {}
        self.heel_norm: norms.NormBand | None = None

    def fill(self, inputs: ChartInputs) -> None:
        data = inputs.data
        f = inputs.length_factor
        unit = inputs.length_unit
        ktw, heel = self.panels
        ktw.plot.setLabel(
            "left",
            translate("Trends", "Toe to wall ({unit})").format(unit=unit),
            **{"font-size": plotkit.LABEL_FONT},
        )
        band = norms.knee_to_wall_band()
        self.ktw_norm = band
        self.ktw_band.setRegion((band.low * f, band.high * f))
        self.ktw_mean.setPos(KTW_MEAN * f)
        include = [0.0, band.low * f, band.high * f]
        self.mdc = {}
        for side in SIDES:
            dv = data.best[("knee_to_wall", side)]
            ktw.get(side).unit = unit
            x, y = series.break_gaps(dv.days, dv.values * f, LINE_GAP_DAYS)
            ktw.set_data(side, day_x(x), y)
            lo, hi = self.mdc_lines[side]
            if len(dv):
                mdc = norms.knee_to_wall_mdc_band(float(dv.values[0]))
                self.mdc[side] = mdc
                lo.setPos(mdc.low * f)
                hi.setPos(mdc.high * f)
                include += [mdc.low * f, mdc.high * f]
            lo.setVisible(len(dv) > 0)
            hi.setVisible(len(dv) > 0)
        ktw.y_include = include
        ktw.show_empty(not data.has_measurements("knee_to_wall"))
        unit_text = (
            "cm"
            if unit == "cm"
            else translate("Trends", "in (converted from cm, {cm} cm = 1 in)").format(
                cm=CM_PER_INCH
            )
        )
        caption = translate(
            "Trends",
            "Green: healthy adults 12 ± 2.8 cm (Hoch & McKeon 2011). Dashed, per side: your "
            "first test ± 1.9 cm, the minimal detectable change (Powden 2015): a change "
            "inside these lines may be measurement noise. Units: {units}.",
        ).format(units=unit_text)
        gaps = _side_gap_notes(data, ("knee_to_wall",), "tests")
        ktw.set_caption(f"{caption} {gaps}".strip())

        hb = norms.heel_rise_band(data.sex)
        self.heel_norm = hb
        self.heel_band.setRegion((hb.low, hb.high))
        self.heel_median.setVisible(hb.center is not None)
        if hb.center is not None:
            self.heel_median.setPos(hb.center)
        for side in SIDES:
            dv = data.best[("heel_rises", side)]
            x, y = series.break_gaps(dv.days, dv.values, LINE_GAP_DAYS)
            heel.set_data(side, day_x(x), y)
        heel.y_include = [0.0, hb.low, hb.high]
        heel.show_empty(not data.has_measurements("heel_rises"))
        parts = [
            translate("Trends", "Green: {label}: {low}-{high} reps.").format(
                label=i18n.localize(hb.label), low=_g(hb.low), high=_g(hb.high)
            )
        ]
        if hb.note:
            parts.append(i18n.localize(hb.note))
        gaps = _side_gap_notes(data, ("heel_rises",), "tests")
        if gaps:
            parts.append(gaps)
        heel.set_caption(" ".join(parts))


KTW_MEAN = norms.KNEE_TO_WALL_MEAN_CM

SYMMETRY_KINDS: tuple[tuple[str, str], ...] = (
    ("knee_to_wall", QT_TRANSLATE_NOOP("Trends", "Knee-to-wall")),
    ("heel_rises", QT_TRANSLATE_NOOP("Trends", "Heel rises")),
    ("balance_eo", QT_TRANSLATE_NOOP("Trends", "Balance, eyes open")),
    ("balance_ec", QT_TRANSLATE_NOOP("Trends", "Balance, eyes closed")),
)


class SymmetryTab(ChartTab):
    key = "symmetry"
    title = QT_TRANSLATE_NOOP("Trends", "&Symmetry")

    def __init__(self, go: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(go, parent)
        row = QHBoxLayout()
        label = QLabel(translate("Trends", "Measu&rement:"))
        self.chooser = QComboBox()
        self.chooser.setObjectName("symmetryKind")
        self.chooser.setAccessibleName(translate("Trends", "Measurement"))
        for kind, name in SYMMETRY_KINDS:
            self.chooser.addItem(translate("Trends", name), kind)
        label.setBuddy(self.chooser)
        row.addWidget(label)
        row.addWidget(self.chooser)
        row.addStretch(1)
        self.column.addLayout(row)
        panel = ChartPanel(
            "symmetry",
            translate("Trends", "Left minus right"),
            translate("Trends", "Left − right"),
            EmptyState(
                translate("Trends", "No day has both sides measured yet."),
                translate(
                    "Trends",
                    "The difference needs a left and a right result on the same day: the balance "
                    "test times both sides; record knee-to-wall and heel rises for both feet in "
                    "the Diary.",
                ),
                translate("Trends", START_BALANCE),
                lambda: go("session", balance_test=True),
            ),
            y_floor=None,
        )
        self.zero = plotkit.h_line(0, "#444444", dashed=False)
        self.limit_high = plotkit.h_line(0, plotkit.RED, "")
        self.limit_low = plotkit.h_line(0, plotkit.RED, "")
        for item in (self.zero, self.limit_high, self.limit_low):
            panel.plot.addItem(item, ignoreBounds=True)
        panel.add_series(
            "within",
            translate("Trends", "Within threshold"),
            "",
            "points",
            plotkit.GREY,
            symbol="o",
            legend=translate("Trends", "within"),
        )
        panel.add_series(
            "over",
            translate("Trends", "Over threshold (flagged)"),
            "",
            "points",
            plotkit.RED,
            symbol="t1",
            size=12,
            legend=translate("Trends", "flagged"),
        )
        self.add_panel(panel)
        self._inputs: ChartInputs | None = None
        self.chooser.currentIndexChanged.connect(self._rechoose)

    @property
    def kind(self) -> str:
        return str(self.chooser.currentData())

    def _rechoose(self) -> None:
        if self._inputs is not None:
            self.fill(self._inputs)
            self.master.fit_y()
            self.master.describe()

    def fill(self, inputs: ChartInputs) -> None:
        self._inputs = inputs
        data = inputs.data
        kind = self.kind
        panel = self.master
        threshold = norms.SYMMETRY_THRESHOLDS[kind]
        f = inputs.length_factor if kind == "knee_to_wall" else 1.0
        unit = inputs.length_unit if kind == "knee_to_wall" else i18n.localize(threshold.unit)
        left, right = data.best[(kind, "left")], data.best[(kind, "right")]
        sym = series.symmetry(left.days, left.values, right.days, right.values)
        diff = sym.difference * f
        limit = threshold.limit * f
        flagged = series.over_threshold(sym.difference, threshold.limit)
        x = day_x(sym.days)
        pattern = translate("Trends", "left {left} {unit}, right {right} {unit}")
        notes = [
            pattern.format(left=_g(float(lv * f)), right=_g(float(rv * f)), unit=unit)
            for lv, rv in zip(sym.left, sym.right, strict=True)
        ]
        for key, mask in (("within", ~flagged), ("over", flagged)):
            s = panel.get(key)
            s.unit = unit
            idx = np.flatnonzero(mask)
            panel.set_data(key, x[idx], diff[idx], {k: notes[int(i)] for k, i in enumerate(idx)})
        self.limit_high.setPos(limit)
        self.limit_low.setPos(-limit)
        panel.plot.setLabel(
            "left",
            translate("Trends", "Left − right ({unit})").format(unit=unit),
            **{"font-size": plotkit.LABEL_FONT},
        )
        panel.y_include = [-1.6 * limit, 1.6 * limit]
        panel.title = translate("Trends", "Symmetry: {measure}").format(
            measure=self.chooser.currentText()
        )
        panel.title_label.setText(panel.title)
        panel.show_empty(sym.days.size == 0)
        shown_limit = figure("{v:.2g}", v=limit) if f != 1.0 else figure("{v:g}", v=threshold.limit)
        limit_text = f"{i18n.localize(shown_limit)} {unit}"
        origin = (
            translate("Trends", "footgui's own rule") if threshold.own_rule else threshold.source
        )
        parts = [
            translate(
                "Trends",
                "Above 0: the left side did better. Red lines: ± {limit}; a larger difference "
                "is flagged ({origin}).",
            ).format(limit=limit_text, origin=origin),
        ]
        if sym.only_left or sym.only_right:
            parts.append(
                translate(
                    "Trends",
                    "Not shown: {left} day(s) with only the left side and {right} with only the "
                    "right side measured.",
                ).format(left=sym.only_left, right=sym.only_right)
            )
        if sym.days.size:
            parts.append(
                translate("Trends", "{flagged} of {days} days flagged.").format(
                    flagged=int(flagged.sum()), days=sym.days.size
                )
            )
        panel.set_caption(" ".join(parts))


class LoadTab(ChartTab):
    key = "load"
    title = QT_TRANSLATE_NOOP("Trends", "&Load")

    def __init__(self, go: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(go, parent)
        width = plotkit.WEEK_S * 0.8
        sessions = ChartPanel(
            "sessions_week",
            translate("Trends", "Training sessions per week"),
            translate("Trends", "Sessions"),
            EmptyState(
                translate("Trends", "No training sessions yet."),
                translate(
                    "Trends",
                    "Sessions you finish (or stop early) on the Session page are counted here.",
                ),
                translate("Trends", GO_SESSION),
                lambda: go("session"),
            ),
        )
        sessions.add_series(
            "sessions",
            translate("Trends", "Sessions"),
            "",
            "bars",
            plotkit.BLUE,
            bar_width=width,
            decimals=0,
        )
        minutes = ChartPanel(
            "minutes_week",
            translate("Trends", "Training minutes per week"),
            translate("Trends", "Minutes"),
            EmptyState(
                translate("Trends", "No training minutes yet."),
                translate(
                    "Trends",
                    "The time from the start to the end of each session is added up per week.",
                ),
                translate("Trends", GO_SESSION),
                lambda: go("session"),
            ),
        )
        minutes.add_series(
            "minutes",
            translate("Trends", "Minutes"),
            "min",
            "bars",
            plotkit.SKY,
            bar_width=width,
            decimals=0,
        )
        runs = ChartPanel(
            "running_week",
            translate("Trends", "Running distance per week"),
            translate("Trends", "Distance"),
            EmptyState(
                translate("Trends", "No runs logged yet."),
                translate(
                    "Trends",
                    "Log each run's distance in the Diary; footgui adds them up per week and "
                    "warns about a run much longer than your recent longest.",
                ),
                translate("Trends", OPEN_DIARY),
                lambda: go("diary"),
            ),
        )
        runs.add_series(
            "distance",
            translate("Trends", "Weekly distance"),
            "km",
            "bars",
            plotkit.GREEN,
            bar_width=width,
            legend=translate("Trends", "per week"),
        )
        runs.add_series(
            "spikes",
            translate("Trends", "Run spike"),
            "km",
            "points",
            plotkit.RED,
            symbol="t1",
            size=13,
            legend=translate("Trends", "run spikes"),
        )
        for panel in (sessions, minutes, runs):
            self.add_panel(panel)
        self.spikes = series.Spikes(np.empty(0), np.empty(0), np.empty(0, bool))

    def fill(self, inputs: ChartInputs) -> None:
        data = inputs.data
        sessions, minutes, runs = self.panels
        first = data.first_day
        last = max(inputs.today, data.last_day or inputs.today)
        centre = plotkit.WEEK_S / 2

        sm = data.session_minutes
        weeks, counts = series.weekly_counts(sm.days, first, last)
        sessions.set_data("sessions", day_x(weeks) - plotkit.DAY_S / 2 + centre, counts)
        weeks, total = series.weekly_sums(sm.days, sm.values, first, last)
        minutes.set_data("minutes", day_x(weeks) - plotkit.DAY_S / 2 + centre, np.round(total))
        sessions.show_empty(len(sm) == 0)
        minutes.show_empty(len(sm) == 0)
        sessions.set_caption(
            translate("Trends", "Finished sessions and sessions stopped early, Monday to Sunday.")
        )
        minutes.set_caption(
            translate("Trends", "Time from start to end of each session, Monday to Sunday.")
        )

        f = inputs.distance_factor
        unit = inputs.distance_unit
        r = data.runs_m
        weeks, dist = series.weekly_sums(r.days, r.values, first, last)
        runs.get("distance").unit = unit
        runs.get("spikes").unit = unit
        runs.set_data("distance", day_x(weeks) - plotkit.DAY_S / 2 + centre, dist * f)
        spikes = series.run_spikes(
            r.days, r.values, norms.RUN_SPIKE_WINDOW_DAYS, norms.RUN_SPIKE_RATIO
        )
        self.spikes = spikes
        idx = np.flatnonzero(spikes.is_spike)
        spike_note = translate(
            "Trends", "{pct}% longer than the longest run of the 30 days before ({ref} {unit}); "
        )
        notes = {
            k: spike_note.format(
                pct=f"{(spikes.ratio[i] - 1) * 100:.0f}",
                ref=i18n.localize(figure("{v:.1f}", v=float(spikes.reference[i] * f))),
                unit=unit,
            )
            + i18n.localize(norms.spike_hazard(float(spikes.ratio[i])))
            for k, i in enumerate(idx)
        }
        runs.set_data("spikes", day_x(r.days[idx]), r.values[idx] * f, notes)
        runs.plot.setLabel(
            "left",
            translate("Trends", "Distance ({unit})").format(unit=unit),
            **{"font-size": plotkit.LABEL_FONT},
        )
        runs.show_empty(len(r) == 0)
        runs.set_caption(
            translate(
                "Trends",
                "Red triangles: runs over 10% longer than the longest run of the previous 30 "
                "days ({count} in all); such spikes were linked with more injuries ({source}).",
            ).format(count=int(idx.size), source=norms.FRANDSEN_SOURCE)
        )


TAB_CLASSES: tuple[type[ChartTab], ...] = (
    BalanceTab,
    PainTab,
    MobilityTab,
    SymmetryTab,
    LoadTab,
)
