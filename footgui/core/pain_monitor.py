"""The pain-monitoring model (Silbernagel 2007; Thomee 1997) applied to a diary.

The model's rules come from ``[rules.pain]``: pain during and after exercise
at most 5/10, settled by the next morning, weekly pain and stiffness not
rising. How a gappy diary is read against them ("usual" pain, how many
mornings make "stays up") is footgui's own, from ``[rules.monitoring]``.
Everything here returns facts with the user's numbers; ``progression``
decides what they mean for today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean, median

from footgui.core.history import CheckInEntry, DiaryHistory
from footgui.core.program import Rules
from footgui.core.text import Msg, join, translate


def morning_after(history: DiaryHistory, day: date) -> int | None:
    """Pain the morning after ``day``: that day's "next-morning" field, else the next first step."""
    own = history.checkin(day)
    if own is not None and own.next_morning_pain is not None:
        return own.next_morning_pain
    nxt = history.checkin(day + timedelta(days=1))
    return nxt.first_step_pain if nxt is not None else None


#: What the diary's ratings are called in a sentence ("Too few stiffness ratings").
FIRST_STEP_PAIN = translate("PainMonitor", "first-step pain")
STIFFNESS = translate("PainMonitor", "stiffness")
#: A run as one exercise of a day ("Foundation strength + run 8.2 km").
RUN = translate("PainMonitor", "run {km:.1f} km")


@dataclass(frozen=True)
class Usual:
    """The user's usual first-step pain and how it was found."""

    value: float | None
    count: int
    basis: Msg  # plain words: "median of 12 check-ins, Mon 2 Oct - Sun 29 Oct"


def usual_pain(history: DiaryHistory, today: date, rules: Rules) -> Usual:
    """Median first-step pain before the recent days, widening the window when data is thin."""
    mon = rules.monitoring
    cutoff = today - timedelta(days=mon.recent_days)
    start = cutoff - timedelta(days=mon.usual_window_days)

    def values(entries: list[CheckInEntry]) -> list[int]:
        return [c.first_step_pain for c in entries if c.first_step_pain is not None]

    window = [c for c in history.checkins if start <= c.day < cutoff]
    found = values(window)
    if len(found) < mon.usual_min_checkins:
        window = [c for c in history.checkins if c.day < cutoff]
        found = values(window)
    if len(found) < mon.usual_min_checkins:
        # A new diary: the check-ins so far (before today) are all there is.
        window = [c for c in history.checkins if c.day < today]
        found = values(window)
    if len(found) < mon.usual_min_checkins:
        basis = translate("PainMonitor", "only {count} first-step pain ratings so far")
        return Usual(None, len(found), basis.format(count=len(found)))
    days = [c.day for c in window if c.first_step_pain is not None]
    basis = translate("PainMonitor", "median of {count} check-ins, {first} - {last}")
    return Usual(
        float(median(found)),
        len(found),
        basis.format(count=len(found), first=min(days), last=max(days)),
    )


@dataclass(frozen=True)
class Bout:
    """One day's exercise (sessions and runs) with the pains recorded around it."""

    day: date
    what: str  # a Msg: "Foundation strength", "run 8.2 km", ... joined with " + "
    during: int | None
    after: int | None
    next_morning: int | None

    @property
    def worst(self) -> int | None:
        known = [p for p in (self.during, self.after) if p is not None]
        return max(known) if known else None


def bouts(history: DiaryHistory, names: dict[str, str], since: date, today: date) -> list[Bout]:
    """Exercise days in [since, today], oldest first, with pain during/after/next morning."""
    days = sorted(
        {s.day for s in history.sessions if s.done and since <= s.day <= today}
        | {r.day for r in history.runs if since <= r.day <= today}
    )
    out = []
    for day in days:
        sessions = [s for s in history.sessions_on(day) if s.done]
        runs = history.runs_on(day)
        checkin = history.checkin(day)
        during = _max(
            *(s.pain_during for s in sessions),
            *(s.max_set_pain for s in sessions),
            checkin.pain_during if checkin else None,
        )
        after = _max(*(r.pain_after for r in runs), checkin.pain_after if checkin else None)
        what = [names.get(s.template_id, s.template_id) for s in sessions]
        what += [RUN.format(km=r.distance_m / 1000) for r in runs]
        out.append(Bout(day, join(what, " + "), during, after, morning_after(history, day)))
    return out


def _max(*values: int | None) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


@dataclass(frozen=True)
class MorningStreak:
    """The latest check-ins in a row whose first-step pain was above usual."""

    days: tuple[date, ...]
    values: tuple[int, ...]

    @property
    def length(self) -> int:
        return len(self.days)


def morning_streak(history: DiaryHistory, today: date, usual: float, rules: Rules) -> MorningStreak:
    """Consecutive days up to the latest check-in (if recent) with pain above usual + margin.

    A missing day ends the streak: the engine never assumes pain it was not told.
    """
    limit = usual + rules.monitoring.morning_margin
    rated = [c for c in history.checkins if c.first_step_pain is not None and c.day <= today]
    if not rated or (today - rated[-1].day).days > 1:
        return MorningStreak((), ())
    days: list[date] = []
    values: list[int] = []
    expected = rated[-1].day
    for entry in reversed(rated):
        pain = entry.first_step_pain
        if entry.day != expected or pain is None or pain <= limit:
            break
        days.append(entry.day)
        values.append(pain)
        expected = entry.day - timedelta(days=1)
    return MorningStreak(tuple(reversed(days)), tuple(reversed(values)))


@dataclass(frozen=True)
class WeeklyTrend:
    """Mean pain and stiffness this week (the 7 days to today) against the 7 before."""

    what: Msg  # "first-step pain" | "stiffness"
    this_week: float | None
    last_week: float | None
    this_count: int
    last_count: int

    def rising(self, margin: float) -> bool | None:
        if self.this_week is None or self.last_week is None:
            return None
        return self.this_week > self.last_week + margin


def weekly_trends(history: DiaryHistory, today: date, rules: Rules) -> tuple[WeeklyTrend, ...]:
    need = rules.monitoring.weekly_min_checkins
    this_start = today - timedelta(days=6)
    last_start = today - timedelta(days=13)
    out = []
    for attr, label in (("first_step_pain", FIRST_STEP_PAIN), ("stiffness", STIFFNESS)):
        this = [
            v
            for c in history.checkins
            if this_start <= c.day <= today
            if (v := getattr(c, attr)) is not None
        ]
        last = [
            v
            for c in history.checkins
            if last_start <= c.day < this_start
            if (v := getattr(c, attr)) is not None
        ]
        out.append(
            WeeklyTrend(
                label,
                mean(this) if len(this) >= need else None,
                mean(last) if len(last) >= need else None,
                len(this),
                len(last),
            )
        )
    return tuple(out)


def bout_within_rules(bout: Bout, usual: float | None, rules: Rules) -> bool | None:
    """Whether one exercise day kept every pain rule; None when a needed number is missing."""
    pain = rules.pain
    if bout.during is not None and bout.during > pain.during_max:
        return False
    if bout.after is not None and bout.after > pain.after_max:
        return False
    if bout.next_morning is not None and usual is not None:
        if bout.next_morning > usual + rules.monitoring.morning_margin:
            return False
    elif bout.next_morning is not None and bout.next_morning > pain.after_max:
        return False
    if bout.during is None and bout.after is None:
        return None
    if bout.next_morning is None or usual is None:
        return None
    return True


def score(value: float) -> Msg:
    """A pain score as the user reads it: "4/10", "1.5/10" (a decimal comma in German)."""
    number: float = int(value) if value == int(value) else round(value, 1)
    return translate("PainMonitor", "{score}/10").format(score=number)
