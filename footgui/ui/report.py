"""The physio report as a PDF: gathered, laid out and written in one call.

Text sections are HTML laid out by QTextDocument (tables split across pages
with their header row repeated); the charts are drawn straight onto the PDF
by ``report_charts`` so they stay vectors. Every page is counted before the
first is painted, so each footer can say "page 2 of 5".

The file is written to a temporary name beside the target and renamed when
complete: a failure (disk full, a range with nothing in it) never leaves an
empty or half-written PDF where the user expects a report.
"""

from __future__ import annotations

import html
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from footgui import __version__
from footgui.core.report_data import (
    ChartSpec,
    MeasurementSummary,
    PainRow,
    ReportData,
    ReportRangeError,
    build_report,
    plan_from_program,
)
from footgui.core.units import REPS, Units, figure
from footgui.ui import i18n
from footgui.ui.report_charts import ChartPainter
from footgui.ui.vocab import action_title, source_label

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog
    from footgui.core.recommendation import Recommendation
    from footgui.store.db import Database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

RESOLUTION = 600  # dpi of the PDF's coordinate system; text and charts are vectors anyway
MARGIN_PT = 42.0  # ~15 mm
FOOTER_PT = 22.0
CHARTS_PER_PAGE = 2
BODY_PT = 9.5


class ReportError(Exception):
    """A report could not be written; the message is for the user."""


@dataclass(frozen=True)
class RecommendationInfo:
    """The engine's advice for the report, or why there is none."""

    recommendation: Recommendation | None
    unavailable: str = ""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    data: ReportData


# -- gathering ----------------------------------------------------------------------------


def units_from(settings: QSettings | None) -> Units:
    if settings is None:
        return Units()
    return Units.from_settings(
        settings.value("units/distance", "km"), settings.value("units/length", "cm")
    )


def gather(
    db: Database, catalog: Catalog, start: date, end: date, *, today: date, units: Units
) -> ReportData:
    """The report's content; ReportRangeError when the range is backwards or empty."""
    from footgui.store.report_query import load_report_inputs

    plan, names = plan_from_program(catalog.program)
    inputs = load_report_inputs(db, start, end, plan, names)
    return build_report(
        inputs,
        start,
        end,
        today=today,
        length_unit=units.length,
        distance_unit=units.distance,
    )


def recommendation_for(db: Database, catalog: Catalog, today: date) -> RecommendationInfo:
    """Today's advice from the progression engine, as the Today page shows it."""
    try:
        from footgui.core.progression import recommend
        from footgui.store.history import load_history
    except ImportError:
        return RecommendationInfo(
            None,
            translate(
                "Report",
                "This version of footgui has no progression engine, so the report gives "
                "the current stage without a recommendation.",
            ),
        )
    try:
        rec = recommend(load_history(db, today), catalog, today)
    except Exception:  # the report must not fail because advice could not be computed
        log.exception("the progression engine failed while writing the report")
        return RecommendationInfo(
            None,
            translate("Report", "No recommendation: the progression engine failed (see the log)."),
        )
    return RecommendationInfo(rec)


# -- text ---------------------------------------------------------------------------------


def test_name(kind: str) -> str:
    names = {
        "balance_eo": translate("Report", "Single-leg stance, eyes open"),
        "balance_ec": translate("Report", "Single-leg stance, eyes closed"),
        "knee_to_wall": translate("Report", "Knee-to-wall distance"),
        "heel_rises": translate("Report", "Single-leg heel rises to fatigue"),
    }
    return names.get(kind, kind)


def chart_title(spec: ChartSpec) -> str:
    titles = {
        "balance_eo": translate("Report", "Single-leg stance, eyes open (best of each day, s)"),
        "balance_ec": translate("Report", "Single-leg stance, eyes closed (best of each day, s)"),
        "knee_to_wall": translate("Report", "Knee-to-wall distance (best of each day, {unit})"),
        "heel_rises": translate("Report", "Single-leg heel rises to fatigue (reps)"),
        "pain": translate("Report", "Pain from the daily check-in (0-10)"),
        "sessions": translate("Report", "Sessions per week against the plan"),
    }
    return titles.get(spec.key, spec.key).format(unit=spec.unit)


def _day(d: date | None) -> str:
    return i18n.format_date(d, i18n.report_date_format()) if d is not None else "–"


def _num(value: float | None, unit: str = "") -> str:
    """A figure with its unit in the app's language: "10.5 cm", "24 Wdh.", German "10,5 cm"."""
    if value is None:
        return "–"
    text = i18n.number(value, ".1f").rstrip("0").rstrip(".,") if unit != REPS else f"{value:.0f}"
    return f"{text} {i18n.localize(unit)}".strip()


def _heading(level: int, text: str) -> str:
    """A section heading (kept out of f-strings, so that lupdate sees the translate call)."""
    return f"<h{level}>{html.escape(text)}</h{level}>"


def _t(text: str) -> str:
    """Core text (a ``Msg``: a reason, a norm's label) in the app's language, HTML-escaped."""
    return html.escape(i18n.localize(text))


def _side(side: str | None) -> str:
    return {
        "left": translate("Report", "left"),
        "right": translate("Report", "right"),
        "female": translate("Report", "female"),
        "male": translate("Report", "male"),
    }.get(side or "", translate("Report", "not given"))


def _position(m: MeasurementSummary) -> str:
    return {
        "below": translate("Report", "below"),
        "within": translate("Report", "within"),
        "above": translate("Report", "above"),
    }.get(m.position, "–")


STYLE = f"""
body {{ font-size: {BODY_PT}pt; color: #222; }}
h1 {{ font-size: 17pt; margin-bottom: 2pt; }}
h2 {{ font-size: 12.5pt; margin-top: 12pt; margin-bottom: 4pt; color: #1a4f8f; }}
h3 {{ font-size: 10.5pt; margin-top: 8pt; margin-bottom: 2pt; }}
p {{ margin-top: 2pt; margin-bottom: 3pt; }}
table {{ border-collapse: collapse; }}
th {{ background-color: #e8eef7; font-weight: 600; text-align: left; }}
td {{ border-bottom-width: 0.6px; border-bottom-style: solid; border-bottom-color: #c8d0da; }}
table.small {{ font-size: {BODY_PT - 1}pt; }}
.muted {{ color: #666; font-size: {BODY_PT - 1}pt; }}
.warn {{ color: #a32a1c; font-weight: 600; }}
"""


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int] = (),
    css_class: str = "",
) -> str:
    head = "".join(
        f'<th width="{widths[i]}%">{h}</th>' if i < len(widths) else f"<th>{h}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def summary_html(data: ReportData, advice: RecommendationInfo, generated: datetime) -> str:
    e = html.escape
    p = data.profile
    weeks = data.days / 7
    parts = [
        _heading(1, translate("Report", "Foot and ankle training report")),
        "<p>"
        + e(
            translate("Report", "Period: {start} to {end} ({days} days, {weeks} weeks).").format(
                start=_day(data.start),
                end=_day(data.end),
                days=data.days,
                weeks=i18n.localize(figure("{w:.1f}", w=weeks)),
            )
        )
        + "</p>",
        '<p class="muted">'
        + e(
            translate("Report", "Written {when} by footgui {version}.").format(
                when=f"{_day(generated.date())} {generated:%H:%M}", version=__version__
            )
        )
        + "</p>",
        _heading(2, translate("Report", "Profile")),
        _table(
            [
                e(translate("Report", "Age")),
                e(translate("Report", "Sex")),
                e(translate("Report", "Dominant foot")),
                e(translate("Report", "Program started")),
            ],
            [
                [
                    str(p.age) if p.age is not None else e(translate("Report", "not given")),
                    e(_side(p.sex)),
                    e(_side(p.dominant_foot)),
                    e(_day(p.program_start)),
                ]
            ],
        ),
    ]
    parts += _stage_html(data, advice)
    parts += _adherence_html(data)
    parts += _measurements_html(data)
    if data.counts.get("run"):
        parts.append(_heading(2, translate("Report", "Running")))
        parts.append(
            "<p>"
            + e(
                translate("Report", "{runs} runs, {distance:.1f} {unit} in the period.").format(
                    runs=data.counts["run"], distance=data.run_distance, unit=data.distance_unit
                )
            )
            + "</p>"
        )
    return "".join(parts)


def _stage_html(data: ReportData, advice: RecommendationInfo) -> list[str]:
    e = html.escape
    out = [_heading(2, translate("Report", "Stage and recommendation"))]
    if data.stage_now is None:
        out.append(
            "<p>"
            + e(translate("Report", "The program had not started by the end of the period."))
            + "</p>"
        )
    else:
        text = translate("Report", "Stage {stage} of 4: {name}").format(
            stage=data.stage_now, name=data.stage_name
        )
        if data.stage_since is not None:
            text += translate("Report", ", since {day}").format(day=_day(data.stage_since))
        out.append(f"<p><b>{e(text)}.</b></p>")
    rec = advice.recommendation
    if rec is not None:
        when = translate("Report", "Recommendation for {day}").format(day=_day(rec.today))
        out.append(f"<p>{e(when)}: <b>{e(action_title(rec))}</b>. {_t(rec.headline)}</p>")
        if rec.reasons:
            out.append(
                "<ul>"
                + "".join(
                    f"<li>{_t(r.text)} <span class='muted'>({_t(source_label(r))})</span></li>"
                    for r in rec.reasons
                )
                + "</ul>"
            )
        for warning in rec.warnings:
            out.append(f'<p class="warn">{_t(warning.text)}</p>')
        if rec.unknowns:
            out.append(
                '<p class="muted">'
                + e(
                    translate("Report", "What the advice did not know: {items}").format(
                        items="; ".join(i18n.localize(u) for u in rec.unknowns)
                    )
                )
                + "</p>"
            )
        if rec.gate:
            out.append(
                _table(
                    [
                        e(translate("Report", "Target for the next stage")),
                        e(translate("Report", "Goal")),
                        e(translate("Report", "Now")),
                        e(translate("Report", "Met")),
                    ],
                    [
                        [
                            _t(g.label),
                            _t(g.target),
                            _t(g.detail) if g.detail else e(_num(g.value)),
                            e(
                                translate("Report", "yes")
                                if g.met
                                else translate("Report", "not yet")
                                if g.met is False
                                else translate("Report", "no data")
                            ),
                        ]
                        for g in rec.gate
                    ],
                    (46, 16, 26, 12),
                )
            )
    else:
        out.append(f'<p class="muted">{e(advice.unavailable)}</p>')
    if data.stage_steps:
        out.append(
            "<p>"
            + e(translate("Report", "Stage decisions in the period:"))
            + "</p><ul>"
            + "".join(
                f"<li>{e(_day(s.day))}: {e(_stage_kind(s.kind))} "
                + e(translate("Report", "stage {stage}").format(stage=s.stage))
                + (f" – {_t(s.reason)}" if s.reason else "")
                + "</li>"
                for s in data.stage_steps
            )
            + "</ul>"
        )
    return out


def _stage_kind(kind: str) -> str:
    return {
        "start": translate("Report", "started at"),
        "advance": translate("Report", "moved up to"),
        "regress": translate("Report", "moved back to"),
        "override": translate("Report", "set by hand to"),
        "hold": translate("Report", "stayed at"),
    }.get(kind, kind)


def _adherence_html(data: ReportData) -> list[str]:
    e = html.escape
    adh = data.adherence
    out = [_heading(2, translate("Report", "Adherence"))]
    if adh.percent is None:
        out.append(
            "<p>" + e(translate("Report", "No sessions were planned in this period.")) + "</p>"
        )
    else:
        out.append(
            "<p>"
            + e(
                translate(
                    "Report", "{done} of {planned:.0f} planned sessions done ({percent:.0f}%)."
                ).format(done=adh.done, planned=adh.planned, percent=adh.percent)
            )
            + "</p>"
        )
    rows = [
        [
            e(r.name),
            str(r.stage),
            f"{r.planned:.0f}",
            str(r.done),
            str(r.stopped_early),
            f"{r.percent:.0f}%" if r.percent is not None else "–",
        ]
        for r in adh.rows
    ]
    if rows:
        out.append(
            _table(
                [
                    e(translate("Report", "Session")),
                    e(translate("Report", "Stage")),
                    e(translate("Report", "Planned")),
                    e(translate("Report", "Done")),
                    e(translate("Report", "Stopped early")),
                    e(translate("Report", "Share")),
                ],
                rows,
                (40, 10, 12, 12, 14, 12),
            )
        )
    if adh.other_sessions:
        out.append(
            '<p class="muted">'
            + e(
                translate(
                    "Report", "Also {n} sessions outside the plan (own exercise lists)."
                ).format(n=adh.other_sessions)
            )
            + "</p>"
        )
    out.append(
        '<p class="muted">'
        + e(
            translate(
                "Report",
                "Planned counts follow the program's sessions per week for the stage in effect "
                "each day, from the program start up to today.",
            )
        )
        + "</p>"
    )
    return out


def _measurements_html(data: ReportData) -> list[str]:
    e = html.escape
    out = [_heading(2, translate("Report", "Latest tests against reference values"))]
    if not data.measurements:
        out.append(
            "<p>" + e(translate("Report", "No tests were recorded in this period.")) + "</p>"
        )
        return out
    rows = []
    for m in data.measurements:
        change = _num(m.change, m.unit) if m.tests > 1 else "–"
        if m.tests > 1 and m.change > 0:
            change = "+" + change
        if m.change_is_noise:
            change += " " + translate("Report", "(within test noise)")
        band = m.band
        ref = "–"
        if band is not None:
            ref = (
                _num(band.low, band.unit)
                if band.is_single_value
                else f"{_num(band.low)}–{_num(band.high, band.unit)}"
            )
        rows.append(
            [
                e(test_name(m.kind)),
                e(_side(m.side)),
                f"<b>{e(_num(m.latest, m.unit))}</b><br/>{e(_day(m.latest_day))}",
                f"{e(_num(m.first, m.unit))}<br/>{e(_day(m.first_day))}",
                e(change),
                e(ref),
                e(_position(m)),
            ]
        )
    out.append(
        _table(
            [
                e(translate("Report", "Test")),
                e(translate("Report", "Side")),
                e(translate("Report", "Latest")),
                e(translate("Report", "First in period")),
                e(translate("Report", "Change")),
                e(translate("Report", "Reference")),
                e(translate("Report", "Position")),
            ],
            rows,
            (23, 8, 13, 13, 17, 15, 11),
        )
    )
    notes: list[str] = []
    seen: set[str] = set()
    for m in data.measurements:
        band = m.band
        if band is None or band.label in seen:
            continue
        seen.add(band.label)
        text = f"{i18n.localize(band.label)}. {band.source}."
        if band.note:
            text += " " + i18n.localize(band.note)
        if band.provisional:
            text += " " + translate("Report", "(Provisional: these table values are second-hand.)")
        notes.append(text)
    if data.symmetry:
        sym_rows = [
            [
                e(test_name(s.kind)),
                e(_day(s.day)),
                e(_num(s.difference, s.unit)),
                e(_num(s.limit, s.unit))
                + (" " + e(translate("Report", "(footgui's own rule)")) if s.own_rule else ""),
                '<span class="warn">' + e(translate("Report", "yes")) + "</span>"
                if s.flagged
                else e(translate("Report", "no")),
            ]
            for s in data.symmetry
        ]
        out.append("<p>" + e(translate("Report", "Left minus right on the latest test:")) + "</p>")
        out.append(
            _table(
                [
                    e(translate("Report", "Test")),
                    e(translate("Report", "Day")),
                    e(translate("Report", "Left − right")),
                    e(translate("Report", "Flag above")),
                    e(translate("Report", "Flagged")),
                ],
                sym_rows,
                (36, 16, 16, 20, 12),
            )
        )
    out.append(
        '<p class="muted">'
        + "<br/>".join(e(n) for n in notes)
        + "<br/>"
        + e(
            translate(
                "Report",
                "Test noise: knee-to-wall changes within 1.9 cm and heel-rise changes within "
                "6 reps may be measurement error (Powden 2015; Hébert-Losier 2017).",
            )
        )
        + "</p>"
    )
    return out


PAIN_WIDTHS = (9, 9, 10, 9, 11, 12, 10, 10, 20)  # room for German headers ("Steifigkeit")


def pain_intro_html(data: ReportData) -> str:
    e = html.escape
    out = [_heading(2, translate("Report", "Pain history"))]
    if not data.pain_rows:
        out.append(
            "<p>" + e(translate("Report", "No pain scores were recorded in this period.")) + "</p>"
        )
    else:
        out.append(
            '<p class="muted">'
            + e(
                translate(
                    "Report",
                    "Scores 0-10. Pain zones: 0-3 safe, 4-5 acceptable, above 5 too much "
                    "(pain-monitoring model, Silbernagel 2007). Scores above 5 are in bold.",
                )
            )
            + "</p>"
        )
    return "".join(out)


def pain_months(data: ReportData) -> list[tuple[str, list[PainRow]]]:
    """The pain rows by month, in order, each with its heading."""
    by_month: dict[tuple[int, int], list[PainRow]] = {}
    for r in data.pain_rows:
        by_month.setdefault((r.day.year, r.day.month), []).append(r)
    return [
        (i18n.format_date(date(year, month, 1), "MMMM yyyy"), rows)
        for (year, month), rows in by_month.items()
    ]


def pain_table_html(heading: str, rows: Sequence[PainRow]) -> str:
    e = html.escape

    def cell(value: int | None) -> str:
        if value is None:
            return ""
        return f"<b>{value}</b>" if value > 5 else str(value)

    headers = [
        e(translate("Report", "Day")),
        e(translate("Report", "First step")),
        e(translate("Report", "During")),
        e(translate("Report", "After")),
        e(translate("Report", "Next morning")),
        e(translate("Report", "Stiffness")),
        e(translate("Report", "Session")),
        e(translate("Report", "Run, after")),
        e(translate("Report", "Note")),
    ]
    cells = [
        [
            e(i18n.format_date(r.day, "ddd dd")),
            cell(r.first_step),
            cell(r.during),
            cell(r.after),
            cell(r.next_morning),
            cell(r.stiffness),
            cell(r.session_during),
            cell(r.run_after),
            e(r.note[:160] + ("…" if len(r.note) > 160 else "")),
        ]
        for r in rows
    ]
    return f"<h3>{e(heading)}</h3>" + _table(headers, cells, PAIN_WIDTHS, "small")


# -- layout and painting ------------------------------------------------------------------


def _points_device() -> QImage:
    """A paint device at 72 dpi, so that the documents' CSS sizes are points."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(72 / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class _Document:
    """An HTML section paginated to the report's body size (in points)."""

    def __init__(self, body_html: str, size: QSizeF, device: QImage) -> None:
        self.doc = _block(body_html, size.width(), device)
        self.doc.setPageSize(size)  # paginates at the page size (the width stays the same)
        self.height = size.height()

    @property
    def pages(self) -> int:
        return self.doc.pageCount()

    def paint_page(self, painter: QPainter, index: int) -> None:
        painter.save()
        painter.translate(0, -index * self.height)
        clip = QRectF(0, index * self.height, self.doc.pageSize().width(), self.height)
        painter.setClipRect(clip)
        context = _paint_context()
        context.clip = clip
        self.doc.documentLayout().draw(painter, context)
        painter.restore()


def _paint_context() -> QAbstractTextDocumentLayout.PaintContext:
    """Report text is dark grey on white whatever the desktop's theme."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(context.palette.ColorRole.Text, QColor("#222222"))
    return context


def _block(body_html: str, width: float, device: QImage) -> QTextDocument:
    """A section laid out unpaginated at ``width`` points; ``size().height()`` is its height."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setUseDesignMetrics(True)
    font = QFont()
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(f"<body>{body_html}</body>")
    doc.setTextWidth(width)
    return doc


def pain_blocks(
    data: ReportData, width: float, height: float, device: QImage
) -> list[QTextDocument]:
    """The pain history as blocks no taller than a page: the intro, then a table per month.

    Many small documents instead of one long table: Qt lays a long paginated
    table out in super-linear time (ten years of days took 7 s); months are
    also what a reader looks a date up by. A month too tall for a page (long
    notes) is halved until each part fits.
    """
    out = [_block(pain_intro_html(data), width, device)]
    pending = [(heading, rows, False) for heading, rows in pain_months(data)]
    while pending:
        heading, rows, continued = pending.pop(0)
        label = (
            translate("Report", "{month} (continued)").format(month=heading)
            if continued
            else heading
        )
        doc = _block(pain_table_html(label, rows), width, device)
        if doc.size().height() > height and len(rows) > 1:
            half = len(rows) // 2
            pending[:0] = [(heading, rows[:half], continued), (heading, rows[half:], True)]
            continue
        out.append(doc)
    return out


def pack(heights: Sequence[float], page_height: float) -> list[list[tuple[int, float]]]:
    """Blocks onto pages top to bottom, a new page when the next does not fit: (index, top)."""
    pages: list[list[tuple[int, float]]] = [[]]
    y = 0.0
    for index, height in enumerate(heights):
        if pages[-1] and y + height > page_height:
            pages.append([])
            y = 0.0
        pages[-1].append((index, y))
        y += height
    return pages


def _check_folder(directory: Path) -> None:
    if not directory.is_dir():
        raise ReportError(
            translate("Report", "The folder {folder} does not exist.").format(folder=directory)
        )
    if not os.access(directory, os.W_OK):
        raise ReportError(
            translate("Report", "Cannot write in {folder}: permission denied.").format(
                folder=directory
            )
        )


def render_pdf(
    data: ReportData, path: Path, advice: RecommendationInfo, generated: datetime
) -> int:
    """Write the report to ``path`` (atomically) and return its number of pages."""
    directory = path.parent
    _check_folder(directory)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=".footgui-report-", suffix=".pdf", dir=directory)
        os.close(handle)
    except OSError as exc:
        raise ReportError(
            translate("Report", "Cannot write in {folder}: {reason}.").format(
                folder=directory, reason=exc.strerror or exc
            )
        ) from exc
    tmp = Path(tmp_name)
    try:
        pages = _paint(data, tmp, advice, generated)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(
            translate("Report", "Cannot write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("report written: %s (%d pages)", path, pages)
    return pages


def _paint(data: ReportData, path: Path, advice: RecommendationInfo, generated: datetime) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(translate("Report", "Foot and ankle training report"))
    writer.setCreator(f"footgui {__version__}")
    scale = RESOLUTION / 72.0
    page_pt = QSizeF(writer.width() / scale, writer.height() / scale)
    body = QRectF(
        MARGIN_PT,
        MARGIN_PT,
        page_pt.width() - 2 * MARGIN_PT,
        page_pt.height() - 2 * MARGIN_PT - FOOTER_PT,
    )
    device = _points_device()
    summary = _Document(summary_html(data, advice, generated), body.size(), device)
    pain = pain_blocks(data, body.width(), body.height(), device)
    pain_pages = pack([doc.size().height() for doc in pain], body.height())
    chart_pages = -(-len(data.charts) // CHARTS_PER_PAGE)
    total = summary.pages + chart_pages + len(pain_pages)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("Report", "the PDF file could not be opened for writing"))
    try:
        page = 0

        def next_page() -> None:
            nonlocal page
            if page:
                writer.newPage()
            page += 1

        for i in range(summary.pages):
            next_page()
            _document_page(painter, scale, body, summary, i)
            _footer(painter, scale, page_pt=page_pt, body=body, data=data, page=page, total=total)
        for first in range(0, len(data.charts), CHARTS_PER_PAGE):
            next_page()
            _chart_page(painter, scale, body, data, data.charts[first : first + CHARTS_PER_PAGE])
            _footer(painter, scale, page_pt=page_pt, body=body, data=data, page=page, total=total)
        for placed in pain_pages:
            next_page()
            for index, top in placed:
                _block_at(painter, scale, body, pain[index], top)
            _footer(painter, scale, page_pt=page_pt, body=body, data=data, page=page, total=total)
    finally:
        painter.end()
    return total


def _document_page(
    painter: QPainter, scale: float, body: QRectF, document: _Document, index: int
) -> None:
    """One page of a document laid out in points, drawn on the PDF's device pixels."""
    painter.save()
    painter.scale(scale, scale)
    painter.translate(body.topLeft())
    document.paint_page(painter, index)
    painter.restore()


def _block_at(
    painter: QPainter, scale: float, body: QRectF, doc: QTextDocument, top: float
) -> None:
    painter.save()
    painter.scale(scale, scale)
    painter.translate(body.left(), body.top() + top)
    doc.documentLayout().draw(painter, _paint_context())
    painter.restore()


def _footer(
    painter: QPainter,
    scale: float,
    *,
    page_pt: QSizeF,
    body: QRectF,
    data: ReportData,
    page: int,
    total: int,
) -> None:
    painter.save()
    font = QFont()
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    top = (page_pt.height() - MARGIN_PT - FOOTER_PT / 2) * scale
    rect = QRectF(body.left() * scale, top, body.width() * scale, FOOTER_PT * scale)
    left = translate("Report", "footgui report, {start} to {end}").format(
        start=_day(data.start), end=_day(data.end)
    )
    right = translate("Report", "Page {page} of {total}").format(page=page, total=total)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)
    painter.restore()


def _chart_page(
    painter: QPainter, scale: float, body: QRectF, data: ReportData, specs: Sequence[ChartSpec]
) -> None:
    gap = 14.0
    caption_pt = 30.0
    height = (body.height() - gap * (CHARTS_PER_PAGE - 1)) / CHARTS_PER_PAGE
    charts = ChartPainter(painter, base_pt=8.0)
    for n, spec in enumerate(specs):
        top = body.top() + n * (height + gap)
        rect = QRectF(body.left(), top, body.width(), height - caption_pt)
        device_rect = QRectF(
            rect.left() * scale, rect.top() * scale, rect.width() * scale, rect.height() * scale
        )
        charts.draw(device_rect, _localized(spec), data.start, data.end, chart_title(spec))
        caption = _chart_caption(spec)
        if caption:
            painter.save()
            font = QFont()
            font.setPointSizeF(7.5)
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            caption_rect = QRectF(
                rect.left() * scale,
                (rect.bottom() + 3) * scale,
                rect.width() * scale,
                (caption_pt - 3) * scale,
            )
            painter.drawText(caption_rect, int(Qt.TextFlag.TextWordWrap), caption)
            painter.restore()


def _localized(spec: ChartSpec) -> ChartSpec:
    """The chart with its band's label (drawn in the legend) in the app's language."""
    if spec.band is None:
        return spec
    return replace(spec, band=replace(spec.band, label=i18n.localize(spec.band.label)))


def _chart_caption(spec: ChartSpec) -> str:
    if spec.band is not None:
        band = spec.band
        text = translate("Report", "Shaded: {label}. Source: {source}.").format(
            label=i18n.localize(band.label), source=band.source
        )
        return f"{text} {i18n.localize(band.note)}".strip()
    if spec.key == "pain":
        return translate(
            "Report",
            "Shaded: pain zones 0-3 safe (green), 4-5 acceptable (amber), above 5 too much (red).",
        )
    if spec.key == "sessions":
        return translate(
            "Report",
            "Bars: finished sessions per week (Monday to Sunday). Black line: sessions the "
            "program planned for that week.",
        )
    return ""


# -- one call for the command line and the dialog -----------------------------------------


def export_report(
    db: Database,
    catalog: Catalog,
    out: Path,
    start: date,
    end: date,
    *,
    units: Units,
    today: date | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Gather and write; ReportError (with a message for the user) on any expected failure."""
    today = today or date.today()
    out = out.expanduser()
    if out.is_dir():
        raise ReportError(
            translate("Report", "{path} is a folder; give a file name ending in .pdf.").format(
                path=out
            )
        )
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    _check_folder(out.parent)  # before the work, so a typo in the path is reported at once
    try:
        data = gather(db, catalog, start, end, today=today, units=units)
    except ReportRangeError as exc:
        raise ReportError(
            translate("Report", "Nothing to report: {reason}. Choose another date range.").format(
                reason=i18n.error_text(exc)
            )
        ) from exc
    advice = recommendation_for(db, catalog, today)
    pages = render_pdf(data, out.resolve(), advice, now or datetime.now())
    return ReportResult(out.resolve(), pages, data)
