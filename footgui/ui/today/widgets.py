"""The Today page's building blocks: cards for the session, reasons, targets and week.

Each card is rebuilt from a ``Recommendation`` on every refresh (a few dozen
labels), which keeps them stateless: what is on screen is always exactly what
the engine said. The engine's sentences are messages: every one goes through
``i18n.localize`` on its way to a label, so it reads in the app's language.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footgui.core.pain_monitor import RUN
from footgui.core.recommendation import GateCheck, PlannedSession, Reason, WeekView
from footgui.ui import i18n
from footgui.ui.style import ACCENT
from footgui.ui.vocab import plan_name, planned_dose, source_label

translate = QCoreApplication.translate

#: Badge colours by action: calm green for going on, amber to red as caution grows.
ACTION_COLOURS: dict[str, str] = {
    "start": "#2e8b57",
    "continue": "#2e8b57",
    "advance": ACCENT,
    "hold": "#b7860b",
    "reduce": "#d2691e",
    "regress": "#c0531b",
    "reintroduce": "#7b5cc4",
    "rest": "#c62828",
}
MET_MARK = {True: ("✓", "#2e8b57"), False: ("○", "#b7860b"), None: ("?", "#8a8a8a")}

STYLE = f"""
#todayHero, #todayCard {{
    background: palette(base); border: 1px solid palette(mid); border-radius: 14px;
}}
#todayBadge {{
    color: white; font-size: 17px; font-weight: 800; padding: 5px 16px; border-radius: 15px;
}}
#todayContext {{ font-size: 18px; color: palette(placeholder-text); }}
#todayHeadline {{ font-size: 36px; font-weight: 800; }}
#todayMeta {{ font-size: 20px; }}
#todayStart {{
    font-size: 26px; font-weight: 800; padding: 18px 38px; min-width: 250px;
    background: {ACCENT}; color: white; border: 2px solid {ACCENT}; border-radius: 12px;
}}
#todayStart:hover {{ background: #1f6cc7; }}
#todayStart:focus {{ border: 3px solid palette(text); }}
#todayStart:disabled {{ background: palette(mid); border-color: palette(mid); }}
#todayBig {{ font-size: 18px; font-weight: 700; padding: 12px 22px; }}
#cardTitle {{ font-size: 20px; font-weight: 800; }}
#exName, #exDose {{ font-size: 17px; }}
#exDose {{ font-weight: 700; color: {ACCENT}; }}
#exNote, #reasonRule, #gateDetail, #dayItem, #smallNote {{
    font-size: 14px; color: palette(placeholder-text);
}}
#reasonText, #gateLabel {{ font-size: 16px; }}
#ownTag {{
    font-size: 12px; font-weight: 700; padding: 1px 6px; border-radius: 6px;
    border: 1px solid palette(mid); color: palette(placeholder-text);
}}
#warnBanner {{
    font-size: 17px; padding: 12px 16px; border-radius: 12px;
    background: rgba(224, 160, 48, 0.18); border: 1px solid #e0a030;
}}
#dayTile {{ border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }}
#dayTileToday {{ border: 3px solid {ACCENT}; border-radius: 10px; background: palette(base); }}
#dayName {{ font-size: 16px; font-weight: 800; }}
#adherence {{ font-size: 34px; font-weight: 800; }}
"""


def clear(layout: QLayout) -> None:
    """Remove and delete every item of ``layout`` (child layouts included)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # gone from findChildren at once, not at the next loop
            widget.deleteLater()
        elif item.layout() is not None:
            child = item.layout()
            assert child is not None
            clear(child)


def label(text: str, name: str = "", *, wrap: bool = False, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return widget


class Card(QFrame):
    """A rounded panel with a title and a body layout the page fills."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 16)
        outer.setSpacing(10)
        self.title = label(title, "cardTitle", wrap=True)
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body)
        outer.addStretch(1)


class ExerciseCard(Card):
    """Today's exercises with their doses; warm-up and finisher summed up in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Today", "Today's exercises"), parent)

    def show_session(self, session: PlannedSession | None) -> None:
        clear(self.body)
        if session is None:
            self.body.addWidget(
                label(translate("Today", "No session today."), "reasonText", wrap=True)
            )
            return
        for ex in session.main:
            item = QWidget()
            item.setObjectName("exercise")
            col = QVBoxLayout(item)
            col.setContentsMargins(0, 0, 0, 2)
            col.setSpacing(0)
            col.addWidget(label(ex.name, "exName", wrap=True))
            col.addWidget(label(planned_dose(ex), "exDose", wrap=True))
            if ex.note:
                col.addWidget(label(i18n.localize(ex.note), "exNote", wrap=True))
            self.body.addWidget(item)
        warmup = len([e for e in session.exercises if e.block == "warmup"])
        finisher = len([e for e in session.exercises if e.block == "finisher"])
        if warmup and finisher:
            text = translate(
                "Today",
                "Plus a warm-up of {warmup} moves first, a mobility finisher of {finisher} to end.",
            ).format(warmup=warmup, finisher=finisher)
        elif warmup:
            text = translate("Today", "Plus a warm-up of {warmup} moves first.").format(
                warmup=warmup
            )
        elif finisher:
            text = translate("Today", "Plus a mobility finisher of {finisher} to end.").format(
                finisher=finisher
            )
        else:
            text = ""
        if text:
            self.body.addWidget(label(text, "smallNote", wrap=True))


class ReasonsCard(Card):
    """Why: each reason in plain words, with its rule and source underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Today", "Why"), parent)

    def show_reasons(self, reasons: tuple[Reason, ...]) -> None:
        clear(self.body)
        for reason in reasons:
            self.body.addWidget(reason_widget(reason))


def reason_widget(reason: Reason) -> QWidget:
    box = QWidget()
    box.setObjectName("reason")
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 4)
    col.setSpacing(2)
    col.addWidget(label(i18n.localize(reason.text), "reasonText", wrap=True))
    rule = QHBoxLayout()
    rule.setSpacing(6)
    if reason.is_app_own:
        tag = label(source_label(reason), "ownTag")
        tag.setToolTip(
            translate("Today", "No research gives this threshold: it is footgui's own choice.")
        )
        rule.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        text = translate("Today", "Rule: {rule}").format(rule=i18n.localize(reason.rule))
    else:
        text = translate("Today", "Rule: {rule} · Source: {source}").format(
            rule=i18n.localize(reason.rule), source=source_label(reason)
        )
    rule.addWidget(label(text, "reasonRule", wrap=True), 1)
    col.addLayout(rule)
    return box


class GateCard(Card):
    """The stage's targets: met, not yet or unknown, each with the user's numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Today", "Stage targets"), parent)

    def show_gate(self, stage: int, next_stage: int | None, checks: tuple[GateCheck, ...]) -> None:
        clear(self.body)
        if next_stage is None:
            self.title.setText(translate("Today", "Stage {stage}: maintenance").format(stage=stage))
            self.body.addWidget(
                label(
                    translate(
                        "Today",
                        "This is the last stage: keep the weekly plan going. Retest balance, "
                        "ankle range and heel rises now and then to see that the gains hold.",
                    ),
                    "reasonText",
                    wrap=True,
                )
            )
            return
        met = sum(1 for c in checks if c.met)
        self.title.setText(
            translate("Today", "To reach stage {stage}: {met} of {total} met").format(
                stage=next_stage, met=met, total=len(checks)
            )
        )
        for check in checks:
            self.body.addWidget(gate_row(check))


def gate_row(check: GateCheck) -> QWidget:
    box = QWidget()
    box.setObjectName(f"gate_{check.measure}")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(10)
    mark, colour = MET_MARK[check.met]
    icon = label(mark)
    icon.setStyleSheet(f"color: {colour}; font-size: 24px; font-weight: 900;")
    icon.setFixedWidth(26)
    icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    row.addWidget(icon)
    col = QVBoxLayout()
    col.setSpacing(0)
    state = {
        True: translate("Today", "met"),
        False: translate("Today", "not yet"),
        None: translate("Today", "unknown"),
    }[check.met]
    target = i18n.localize(check.target).replace(">=", "≥").replace("<=", "≤")
    name = i18n.localize(check.label)
    col.addWidget(label(f"{name} {target}", "gateLabel", wrap=True))
    col.addWidget(label(f"{state}: {i18n.localize(check.detail)}", "gateDetail", wrap=True))
    row.addLayout(col, 1)
    box.setAccessibleName(f"{name} {target}: {state}")
    return box


class WeekStrip(QFrame):
    """Monday to Sunday: what was planned, what was done, and the share done so far.

    The summary sits above the tiles rather than beside them, so the seven
    tiles get the whole width: long session names (German compounds such as
    "Fußaktivierung" cannot wrap) still fit a 1366-pixel laptop screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 10, 16, 12)
        col.setSpacing(6)
        summary = QHBoxLayout()
        summary.setSpacing(14)
        self.title = label(translate("Today", "This week"), "cardTitle")
        self.pct = label("", "adherence")
        self.detail = label("", "smallNote", wrap=True)
        summary.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        summary.addWidget(self.pct, 0, Qt.AlignmentFlag.AlignVCenter)
        summary.addWidget(self.detail, 1, Qt.AlignmentFlag.AlignVCenter)
        col.addLayout(summary)
        self.tiles = QHBoxLayout()
        self.tiles.setSpacing(8)
        col.addLayout(self.tiles)

    def show_week(self, week: WeekView | None, today: date) -> None:
        clear(self.tiles)
        if week is None:
            return
        for index, day in enumerate(week.days):
            self.tiles.addWidget(
                day_tile(
                    index,
                    day.day,
                    planned=day.planned,
                    done=day.done,
                    run_km=day.run_km,
                    today=today,
                )
            )
        pct = week.adherence_pct
        self.pct.setText("–" if pct is None else translate("Today", "{pct}%").format(pct=pct))
        due = week.planned_so_far + week.runs_planned_so_far
        done = min(week.done_so_far, week.planned_so_far) + min(
            week.runs_done_so_far, week.runs_planned_so_far
        )
        nothing = translate("Today", "nothing due yet")
        text = (
            translate("Today", "{done} of {due} done so far").format(done=done, due=due)
            if due
            else nothing
        )
        if week.runs_planned_so_far:
            text += translate("Today", " (runs: {done} of {planned})").format(
                done=week.runs_done_so_far, planned=week.runs_planned_so_far
            )
        self.detail.setText(text)
        self.pct.setAccessibleName(
            translate("Today", "Adherence this week: {value}").format(
                value=nothing
                if pct is None
                else translate("Today", "{pct} percent").format(pct=pct)
            )
        )


def day_tile(
    index: int,
    day: date,
    *,
    planned: tuple[str, ...],
    done: tuple[str, ...],
    run_km: float,
    today: date,
) -> QWidget:
    tile = QFrame()
    tile.setObjectName("dayTileToday" if day == today else "dayTile")
    tile.setProperty("weekIndex", index)
    col = QVBoxLayout(tile)
    col.setContentsMargins(8, 6, 8, 8)
    col.setSpacing(2)
    name = label(i18n.weekday_day(day), "dayName")
    col.addWidget(name)
    lines = []
    tick = "<span style='color:#2e8b57'>✓</span> "
    for item in planned:
        if item in done:
            lines.append(tick + escape(plan_name(item)))
        elif day < today:
            lines.append("<span style='color:#c0531b'>✗</span> " + escape(plan_name(item)))
        else:
            lines.append("○ " + escape(plan_name(item)))
    lines += [tick + escape(plan_name(item)) for item in done if item not in planned]
    if run_km > 0:
        lines.append(tick + escape(i18n.localize(RUN.format(km=run_km))))
    if not lines:
        lines.append(escape(translate("Today", "rest")))
    items = label("<br>".join(lines), "dayItem", wrap=True, rich=True)
    items.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    col.addWidget(items, 1)
    tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tile.setAccessibleName(
        translate("Today", "{day}: planned {planned}; done {done}").format(
            day=i18n.weekday_name(day),
            planned="; ".join(map(plan_name, planned)) or translate("Today", "nothing planned"),
            done="; ".join(map(plan_name, done)) or translate("Today", "nothing"),
        )
    )
    return tile
