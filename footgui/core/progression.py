"""The progression engine: from the diary to today's recommendation, with reasons.

``recommend(history, catalog, today)`` is a pure function. It reads the facts
(pain around recent exercise, morning pain against the user's usual, the
week's trend, test results against the stage's targets, progress over the
stall window, run lengths) and applies the rules in order of safety:

1. rest and seek advice - sharp (severe) or persistent pain;
2. regress to the foundation moves - morning pain stays up, or the week's
   pain or stiffness rises;
3. reduce volume - the last exercise broke a pain rule (during or after above
   5/10, or not settled by the next morning);
4. hold the dose - pain in the 4-5 "acceptable" zone, or the diary is too thin
   to check the pain rules;
5. advance - every target of the stage is met (unless the user chose to stay);
6. reintroduce earlier moves - no test improved beyond its change threshold
   over the stall window;
7. continue (or start, before the program has begun).

Every number comes from ``program.toml``; every reason names its rule and
source, and rules without research behind them carry the source "footgui".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from footgui.core.catalog import Catalog
from footgui.core.gates import StageContext, Stall, evaluate_gates, stall_check
from footgui.core.history import DiaryHistory, StageEventEntry
from footgui.core.pain_monitor import (
    Bout,
    MorningStreak,
    Usual,
    WeeklyTrend,
    bouts,
    day_label,
    morning_streak,
    score,
    usual_pain,
    weekly_trends,
)
from footgui.core.planner import (
    HEEL_RAISE_LABEL,
    HEEL_RAISE_SESSION_ID,
    Choice,
    HeelRaiseState,
    Item,
    StageState,
    build_session,
    choose_template,
    finisher_items,
    heel_raise_item,
    heel_raise_state,
    is_run_template,
    reduce_item,
    reintroduce_items,
    stage_state,
    template_items,
    template_names,
    week_view,
)
from footgui.core.program import Program, SessionTemplate, Stage
from footgui.core.recommendation import (
    APP_SOURCE,
    Action,
    GateCheck,
    PlannedSession,
    Reason,
    Recommendation,
)

PAIN_RULE = (
    "pain-monitoring model (studied in Achilles tendinopathy; used for the plantar fascia "
    "as an extrapolation)"
)
USER_SOURCE = "your choice"
#: Test kinds -> exercise categories worth bringing back when that test stalls.
STALL_CATEGORIES = {
    "balance_eo": "balance",
    "balance_ec": "balance",
    "knee_to_wall": "mobility",
    "heel_rises": "strength",
}


@dataclass
class _Facts:
    """Everything the rules look at, gathered once."""

    today: date
    state: StageState
    stage: Stage
    usual: Usual
    all_bouts: list[Bout]
    recent: list[Bout]
    streak: MorningStreak
    trends: tuple[WeeklyTrend, ...]
    last_checkin: date | None
    heel: HeelRaiseState
    stall: Stall
    gate: tuple[GateCheck, ...]
    latest_first_step: tuple[date, int] | None = None
    plan_from: date | None = None
    unknowns: list[str] = field(default_factory=list)


@dataclass
class _Decision:
    action: Action
    reasons: list[Reason]
    fraction: float | None = None
    headline: str = ""


def recommend(history: DiaryHistory, catalog: Catalog, today: date) -> Recommendation:
    """Today's recommendation from a diary snapshot; never raises on odd or missing data."""
    program = catalog.program
    facts = _gather(history, catalog, today)
    decision = _decide(facts, program)
    session, session_reasons = _session(history, catalog, facts, decision)
    warnings = _run_warnings(history, program, today)
    if facts.stage.number == 4 or (session is not None and _is_run(session, catalog)):
        limit = _run_limit(history, program, today)
        if limit is not None:
            session_reasons.append(limit)
        elif not any(
            r.day >= today - timedelta(days=program.rules.running.window_days) for r in history.runs
        ):
            facts.unknowns.append(
                f"No run logged in the last {program.rules.running.window_days} days: "
                "a run spike cannot be checked."
            )
    week = week_view(history, catalog, facts.stage, facts.heel, today, plan_from=facts.plan_from)
    stage = facts.stage
    alternatives = tuple((t.id, t.name) for t in stage.templates)
    if stage.number != 1:
        alternatives += tuple((t.id, t.name) for t in program.stage(1).templates if not t.daily)
    return Recommendation(
        today=today,
        action=decision.action,
        stage=stage.number,
        stage_name=stage.name,
        headline=_headline(decision, session, stage),
        reasons=tuple(decision.reasons + session_reasons),
        session=session,
        gate=facts.gate,
        next_stage=stage.number + 1 if stage.number < len(program.stages) else None,
        warnings=tuple(warnings),
        unknowns=tuple(dict.fromkeys(facts.unknowns)),
        fraction=decision.fraction,
        week=week,
        alternatives=alternatives,
    )


# ------------------------------------------------------------------ the facts


def _gather(history: DiaryHistory, catalog: Catalog, today: date) -> _Facts:
    program = catalog.program
    rules = program.rules
    mon = rules.monitoring
    state = stage_state(history)
    number = min(max(state.stage, 1), len(program.stages))
    stage = program.stage(number)
    names = template_names(program)
    usual = usual_pain(history, today, rules)
    all_bouts = bouts(history, names, history.since, today)
    recent_start = today - timedelta(days=mon.recent_days)
    recent = [b for b in all_bouts if b.day >= recent_start]
    streak = (
        morning_streak(history, today, usual.value, rules)
        if usual.value is not None
        else MorningStreak((), ())
    )
    trends = weekly_trends(history, today, rules)
    rated = [c.day for c in history.checkins if c.day <= today]
    last_checkin = rated[-1] if rated else None
    in_stage = tuple(
        s for s in history.sessions if s.done and (state.entered is None or s.day >= state.entered)
    )
    stage_bouts = tuple(b for b in all_bouts if state.entered is None or b.day >= state.entered)
    ctx = StageContext(number, state.entered, in_stage, stage_bouts, usual)
    templates = {t.id: t for _, t in program.templates()}
    gate, gate_unknowns = evaluate_gates(program, history, ctx, today, templates)
    facts = _Facts(
        today=today,
        state=state,
        stage=stage,
        usual=usual,
        all_bouts=all_bouts,
        recent=recent,
        streak=streak,
        trends=trends,
        last_checkin=last_checkin,
        heel=heel_raise_state(history, program, today),
        stall=stall_check(program, history, today, state.entered),
        gate=gate,
        latest_first_step=next(
            (
                (c.day, c.first_step_pain)
                for c in reversed(history.checkins)
                if c.day <= today and c.first_step_pain is not None
            ),
            None,
        ),
    )
    facts.plan_from = _plan_from(history, state, today)
    if state.started:
        facts.unknowns += _data_gaps(history, facts, program)
    facts.unknowns += gate_unknowns
    if history.profile is None:
        facts.unknowns.append("No profile yet: age and sex are unknown.")
    return facts


def _data_gaps(history: DiaryHistory, facts: _Facts, program: Program) -> list[str]:
    notes = []
    mon = program.rules.monitoring
    if facts.usual.value is None:
        notes.append(
            f"I do not know your usual first-step pain yet ({facts.usual.basis}; "
            f"{mon.usual_min_checkins} needed)."
        )
    for trend in facts.trends:
        if trend.this_week is None or trend.last_week is None:
            notes.append(
                f"Too few {trend.what} ratings to compare this week with last "
                f"({trend.this_count} and {trend.last_count}; {mon.weekly_min_checkins} "
                "a week needed)."
            )
    judged = [b for b in facts.all_bouts if b.day < facts.today]
    if judged and judged[-1].next_morning is None:
        notes.append(
            f"No check-in the morning after {judged[-1].what} on {day_label(judged[-1].day)}: "
            "I could not tell whether the pain settled."
        )
    return notes


# ------------------------------------------------------------------ the rules


def _decide(facts: _Facts, program: Program) -> _Decision:
    if not facts.state.started:
        stage = facts.stage
        return _Decision(
            "start",
            [
                Reason(
                    f"You have not started the program yet. Stage {stage.number}, {stage.name}: "
                    f"{stage.aim}",
                    "start with the foundation stage",
                    APP_SOURCE,
                )
            ],
        )
    for rule in (_rest, _regress, _reduce, _hold, _advance, _reintroduce):
        decision = rule(facts, program)
        if decision is not None:
            return decision
    return _continue(facts, program)


def _rest(facts: _Facts, program: Program) -> _Decision | None:
    mon = program.rules.monitoring
    reasons = []
    severe = mon.severe_pain
    rule = (
        "sharp or persistent pain: rest and seek professional advice (seed routine); "
        f"{severe}/10 or more counts as sharp"
    )
    if facts.latest_first_step is not None:
        day, first_step = facts.latest_first_step
        if (facts.today - day).days <= 1 and first_step >= severe:
            reasons.append(
                Reason(
                    f"First-step pain {first_step}/10 on {day_label(day)}: at or above "
                    f"{severe}/10, treat it as sharp pain.",
                    rule,
                    APP_SOURCE,
                )
            )
    if facts.recent:
        bout = facts.recent[-1]
        worst = bout.worst
        settled = (
            bout.next_morning is not None
            and facts.usual.value is not None
            and bout.next_morning <= facts.usual.value + mon.morning_margin
        )
        if worst is not None and worst >= severe and not settled:
            reasons.append(
                Reason(
                    f"Pain {worst}/10 with {bout.what} on {day_label(bout.day)}: at or above "
                    f"{severe}/10, treat it as sharp pain.",
                    rule,
                    APP_SOURCE,
                )
            )
    if facts.streak.length >= mon.persistent_days:
        reasons.append(
            Reason(
                f"First-step pain has been above your usual {score(facts.usual.value or 0)} "
                f"for {facts.streak.length} mornings in a row "
                f"({_values(facts.streak.values)}): persistent pain "
                f"({mon.persistent_days} mornings or more).",
                rule.split(";", maxsplit=1)[0]
                + f"; {mon.persistent_days} mornings counts as persistent",
                APP_SOURCE,
            )
        )
    if not reasons:
        return None
    reasons.append(
        Reason(
            "Rest from training today and have the foot checked by a physiotherapist or "
            "doctor before loading it again.",
            "seed routine: treat sharp or persistent pain with rest",
            APP_SOURCE,
        )
    )
    return _Decision("rest", reasons)


def _regress(facts: _Facts, program: Program) -> _Decision | None:
    mon = program.rules.monitoring
    pain = program.rules.pain
    reasons = []
    if facts.streak.length >= mon.stays_up_days and facts.usual.value is not None:
        reasons.append(
            Reason(
                f"First-step pain above your usual {score(facts.usual.value)} on the last "
                f"{facts.streak.length} mornings ({_values(facts.streak.values)}): it is not "
                f"settling by the next morning ({mon.stays_up_days} mornings in a row counts "
                "as staying up).",
                "regress when next-morning pain stays up",
                APP_SOURCE,
            )
        )
    if not pain.weekly_may_rise:
        for trend in _rising(facts, program, above_safe=True):
            reasons.append(
                Reason(
                    f"Your {trend.what} averaged {score(trend.this_week or 0)} this week "
                    f"against {score(trend.last_week or 0)} the week before: it is rising "
                    f"(more than {mon.weekly_rise_margin:g} point counts as a rise).",
                    f"week to week, pain and stiffness must not increase; {PAIN_RULE}",
                    pain.source,
                )
            )
    if not reasons:
        return None
    foundation = program.stage(1).name
    reasons.append(
        Reason(
            f"Go back to the {foundation.lower()} moves and lighter volume until the pain "
            "settles, then pick up where you left off.",
            "regress: return to foundation moves when pain rises (seed routine)",
            APP_SOURCE,
        )
    )
    return _Decision("regress", reasons, fraction=_fraction(program))


def _rising(facts: _Facts, program: Program, *, above_safe: bool) -> list[WeeklyTrend]:
    """Weekly trends that rose, ending above the safe zone (``above_safe``) or inside it."""
    safe = program.rules.pain.zones[0].high
    margin = program.rules.monitoring.weekly_rise_margin
    return [
        t for t in facts.trends if t.rising(margin) and ((t.this_week or 0) > safe) == above_safe
    ]


def _fraction(program: Program) -> float:
    return round(1 - program.rules.progression.regress_volume_factor, 2)


def _reduce(facts: _Facts, program: Program) -> _Decision | None:
    pain = program.rules.pain
    mon = program.rules.monitoring
    reasons = []
    if facts.recent:
        bout = facts.recent[-1]
        if bout.during is not None and bout.during > pain.during_max:
            reasons.append(
                Reason(
                    f"Pain during {bout.what} on {day_label(bout.day)} was {bout.during}/10: "
                    f"above the {pain.during_max}/10 allowed.",
                    f"pain during exercise at most {pain.during_max}/10; {PAIN_RULE}",
                    pain.source,
                )
            )
        if bout.after is not None and bout.after > pain.after_max:
            reasons.append(
                Reason(
                    f"Pain after {bout.what} on {day_label(bout.day)} was {bout.after}/10: "
                    f"above the {pain.after_max}/10 allowed.",
                    f"pain after exercise at most {pain.after_max}/10; {PAIN_RULE}",
                    pain.source,
                )
            )
    judged = [b for b in facts.recent if b.day < facts.today]
    if judged and judged[-1].next_morning is not None:
        bout = judged[-1]
        morning = bout.next_morning or 0
        usual = facts.usual.value
        if usual is not None and morning > usual + mon.morning_margin:
            reasons.append(
                Reason(
                    f"Next-morning pain {morning}/10 after {bout.what} on {day_label(bout.day)}, "
                    f"against your usual {score(usual)}: it had not settled by the next "
                    f"morning (more than {mon.morning_margin} point above usual).",
                    f"pain must settle by the next morning; {PAIN_RULE}",
                    pain.source,
                )
            )
        elif usual is None and morning > pain.after_max:
            reasons.append(
                Reason(
                    f"Next-morning pain {morning}/10 after {bout.what} on {day_label(bout.day)}: "
                    f"above {pain.after_max}/10 (your usual morning pain is not known yet).",
                    f"pain must settle by the next morning; {PAIN_RULE}",
                    pain.source,
                )
            )
    if not reasons:
        return None
    fraction = _fraction(program)
    reasons.append(
        Reason(
            f"Reduce today's volume by {round(fraction * 100)}%, then build back up once the "
            "pain rules hold again.",
            "how much to reduce (regress_volume_factor "
            f"{program.rules.progression.regress_volume_factor:g})",
            program.rules.progression.source,
        )
    )
    return _Decision("reduce", reasons, fraction=fraction)


def _hold(facts: _Facts, program: Program) -> _Decision | None:
    mon = program.rules.monitoring
    pain = program.rules.pain
    today = facts.today
    # Days without a check-in, counted from the program's start for a new user.
    reference = facts.last_checkin or facts.plan_from or today
    if (today - reference).days >= mon.checkin_gap_days:
        since = "ever" if facts.last_checkin is None else f"since {day_label(facts.last_checkin)}"
        return _Decision(
            "hold",
            [
                Reason(
                    f"No check-in {since}: I cannot check the pain rules, so keep the same "
                    "dose until you log how your foot feels "
                    f"({mon.checkin_gap_days} days without a check-in stops progress).",
                    "no progression without pain data",
                    APP_SOURCE,
                )
            ],
        )
    if not pain.weekly_may_rise:
        for trend in _rising(facts, program, above_safe=False):
            safe = pain.zones[0]
            return _Decision(
                "hold",
                [
                    Reason(
                        f"Your {trend.what} averaged {score(trend.this_week or 0)} this week "
                        f"against {score(trend.last_week or 0)} the week before: a rise, though "
                        f"still in the {safe.low}-{safe.high} '{safe.name}' zone. Keep the same "
                        "dose until it settles.",
                        f"week to week, pain and stiffness must not increase; {PAIN_RULE}",
                        pain.source,
                    )
                ],
            )
    if facts.recent:
        bout = facts.recent[-1]
        worst = bout.worst
        if worst is not None:
            zone = pain.zone(worst)
            safe = pain.zones[0]
            if worst > safe.high and worst <= max(pain.during_max, pain.after_max):
                return _Decision(
                    "hold",
                    [
                        Reason(
                            f"Pain {worst}/10 with {bout.what} on {day_label(bout.day)}: in the "
                            f"{zone.low}-{zone.high} '{zone.name}' zone. Repeat the same dose; "
                            "do not increase it yet.",
                            f"pain zones 0-{safe.high} safe, {zone.low}-{zone.high} {zone.name}; "
                            "settled: repeat or slightly increase",
                            zone.source,
                        )
                    ],
                )
    return None


def _advance(facts: _Facts, program: Program) -> _Decision | None:
    stage = facts.stage
    if stage.number >= len(program.stages) or not facts.gate:
        return None
    if not all(g.met is True for g in facts.gate):
        return None
    met = "; ".join(f"{g.label}: {g.detail}" for g in facts.gate)
    declined = _recent_decline(facts, program)
    if declined is not None:
        again = declined.day + timedelta(days=program.rules.monitoring.decline_hold_days)
        why = f": {declined.reason}" if declined.reason else ""
        return _Decision(
            "continue",
            [
                Reason(
                    f"Every stage {stage.number} target is met, but on {day_label(declined.day)} "
                    f"you chose to stay in stage {stage.number}{why}. I will ask again on "
                    f"{day_label(again)}.",
                    "your decision is respected",
                    USER_SOURCE,
                )
            ],
        )
    nxt = program.stage(stage.number + 1)
    return _Decision(
        "advance",
        [
            Reason(
                f"Every stage {stage.number} target is met ({met}).",
                "advance only when the pain rules held and the stage's test targets are met",
                APP_SOURCE,
            ),
            Reason(
                f"Stage {nxt.number}, {nxt.name}: {nxt.aim}",
                "the routine's next stage",
                APP_SOURCE,
            ),
        ],
    )


def _recent_decline(facts: _Facts, program: Program) -> StageEventEntry | None:
    last = facts.state.last
    if last is None or last.kind != "hold" or last.stage != facts.stage.number:
        return None
    if (facts.today - last.day).days < program.rules.monitoring.decline_hold_days:
        return last
    return None


def _reintroduce(facts: _Facts, program: Program) -> _Decision | None:
    stall = facts.stall
    if not stall.stalled:
        return None
    weeks = program.rules.progression.stall_window_weeks
    parts = []
    for m in stall.judged:
        assert m.baseline is not None and m.best_recent is not None
        parts.append(
            f"{m.label} {m.baseline[1]:g} -> best {m.best_recent[1]:g} "
            f"(needs more than {m.threshold:g}, {m.source})"
        )
    text = f"No test improved beyond its change threshold in {weeks} weeks: " + "; ".join(parts)
    reasons = [
        Reason(
            text + ".",
            f"stall: no real change in balance, knee-to-wall or heel rises for {weeks} weeks",
            APP_SOURCE,
        )
    ]
    if facts.stage.number == 1:
        reasons.append(
            Reason(
                "There is no earlier stage to bring back: keep the foundation sessions going "
                "and check your technique with the demo clips.",
                "reintroduce earlier progressions when progress stalls (seed routine)",
                APP_SOURCE,
            )
        )
        return _Decision("continue", reasons)
    reasons.append(
        Reason(
            f"Add a few stage {facts.stage.number - 1} moves to today's session to wake the "
            "pathways that support steady mechanics.",
            "reintroduce earlier progressions when progress stalls (seed routine)",
            APP_SOURCE,
        )
    )
    return _Decision("reintroduce", reasons)


def _continue(facts: _Facts, program: Program) -> _Decision:
    reasons = []
    judged = [b for b in facts.recent if b.day < facts.today and b.worst is not None]
    if judged:
        bout = judged[-1]
        morning = f", next morning {bout.next_morning}/10" if bout.next_morning is not None else ""
        usual = f" (usual {score(facts.usual.value)})" if facts.usual.value is not None else ""
        reasons.append(
            Reason(
                f"The pain rules held: {bout.what} on {day_label(bout.day)}, pain "
                f"{bout.worst}/10{morning}{usual}.",
                f"pain at most {program.rules.pain.during_max}/10, settled by the next "
                f"morning; {PAIN_RULE}",
                program.rules.pain.source,
            )
        )
    if facts.gate:
        met = sum(1 for g in facts.gate if g.met)
        reasons.append(
            Reason(
                f"{met} of {len(facts.gate)} stage {facts.stage.number} targets met.",
                "advance only when every target is met",
                APP_SOURCE,
            )
        )
    return _Decision("continue", reasons)


# ----------------------------------------------------------------- the session


def _session(
    history: DiaryHistory, catalog: Catalog, facts: _Facts, decision: _Decision
) -> tuple[PlannedSession | None, list[Reason]]:
    program = catalog.program
    reasons: list[Reason] = []
    stage = facts.stage
    chosen = _session_choice(history, facts.today)
    template: SessionTemplate | None = None
    by_user = False
    if chosen is not None:
        try:
            template = program.template(chosen.session_choice or "")
        except KeyError:
            facts.unknowns.append(
                f"The session you chose today ('{chosen.session_choice}') is no longer in "
                "the program."
            )
        else:
            by_user = True
            why = f": {chosen.user_reason}" if chosen.user_reason else ""
            reasons.append(
                Reason(f"You chose {template.name} today{why}.", "your choice", USER_SOURCE)
            )
    if template is None and decision.action == "rest":
        return None, reasons
    if template is None and decision.action == "regress":
        template = next(t for t in program.stage(1).templates if not t.daily)
    if template is None:
        choice: Choice = choose_template(history, stage, facts.today, catalog)
        template = choice.template
        if template is not None:
            reasons.append(
                Reason(f"{template.name}: {choice.why}.", "the stage's weekly plan", APP_SOURCE)
            )
    template_stage = _stage_of(program, template) if template is not None else stage.number
    hold = decision.action in ("hold", "reduce", "regress")
    items: list[Item] = template_items(program, template) if template is not None else []
    heel_item = _heel_raise(program, facts, hold, reasons)
    if decision.action == "reintroduce":
        present = [i.item.exercise_id for i in items]
        prefer = tuple(dict.fromkeys(STALL_CATEGORIES[m.kind] for m in facts.stall.judged))
        extra = reintroduce_items(
            program,
            catalog,
            stage.number,
            present=present,
            prefer_categories=prefer,
            count=program.rules.monitoring.reintroduce_count,
        )
        items += extra
        if extra:
            names = ", ".join(catalog[i.item.exercise_id].name for i in extra)
            reasons.append(
                Reason(
                    f"Added from stage {stage.number - 1}: {names}.",
                    "reintroduce earlier progressions when progress stalls",
                    APP_SOURCE,
                )
            )
    if heel_item is not None:
        items.append(heel_item)
    if not items:
        if not reasons:
            reasons.append(
                Reason(
                    "Everything planned for today is done, or today is a rest day in your "
                    "weekly plan.",
                    "the stage's weekly plan",
                    APP_SOURCE,
                )
            )
        return None, reasons
    if decision.action in ("reduce", "regress") and decision.fraction:
        factor = 1 - decision.fraction
        reduce_main = decision.action == "reduce"
        items = [
            reduce_item(i, catalog, factor)
            if i.block == "main" and (reduce_main or i is heel_item)
            else i
            for i in items
        ]
    items += finisher_items(program)
    if template is None:
        template_id, name = HEEL_RAISE_SESSION_ID, "High-load heel raise"
    else:
        template_id, name = template.id, template.name
    session = build_session(
        catalog, template_id, name, template_stage, items, chosen_by_user=by_user
    )
    return session, reasons


def _heel_raise(program: Program, facts: _Facts, hold: bool, reasons: list[Reason]) -> Item | None:
    schedule = program.heel_raise_schedule
    heel = facts.heel
    if heel.done_today:
        return None
    rule = f"every {schedule.every_days} days, tempo {schedule.tempo}; " + ", ".join(
        f"{p.sets} x {p.reps_rm}RM from day {p.from_day}" for p in schedule.phases
    )
    if not heel.due(facts.today, schedule.every_days):
        assert heel.last is not None
        reasons.append(
            Reason(
                f"No {HEEL_RAISE_LABEL.lower()} today: last done {day_label(heel.last)}, "
                f"and it comes every {schedule.every_days} days.",
                rule,
                schedule.source,
            )
        )
        return None
    item = heel_raise_item(program, heel, facts.today, hold)
    restarted = (
        " Your last one was long ago, so the schedule starts again." if heel.restarted else ""
    )
    reasons.append(
        Reason(f"{HEEL_RAISE_LABEL} today. {item.note}{restarted}", rule, schedule.source)
    )
    return item


def _session_choice(history: DiaryHistory, today: date) -> StageEventEntry | None:
    for event in reversed(history.stage_events):
        if event.day == today and event.session_choice is not None:
            return event
        if event.day < today:
            break
    return None


def _stage_of(program: Program, template: SessionTemplate) -> int:
    for stage, t in program.templates():
        if t.id == template.id:
            return stage.number
    return 1


def _is_run(session: PlannedSession, catalog: Catalog) -> bool:
    try:
        template = catalog.program.template(session.template_id)
    except KeyError:
        return False
    return is_run_template(template, catalog)


def _plan_from(history: DiaryHistory, state: StageState, today: date) -> date | None:
    if not state.started:
        return None
    days = [e.day for e in history.stage_events]
    if history.profile is not None and history.profile.program_start is not None:
        days.append(history.profile.program_start)
    if history.sessions:
        days.append(history.sessions[0].day)
    return min(days) if days else today


# ----------------------------------------------------------------------- runs


def _run_warnings(history: DiaryHistory, program: Program, today: date) -> list[Reason]:
    """The latest run of the recent days that was a spike against its 30-day window."""
    running = program.rules.running
    recent_start = today - timedelta(days=program.rules.monitoring.recent_days)
    for run in reversed(history.runs):
        if run.day > today:
            continue
        if run.day < recent_start:
            break
        window_start = run.day - timedelta(days=running.window_days)
        before = [r.distance_m for r in history.runs if window_start <= r.day < run.day]
        # Under a metre is no run to compare with (and would overflow the ratio).
        if not before or max(before) < 1.0:
            continue
        longest = max(before)
        ratio = round(run.distance_m / longest, 6)  # 11 km / 10 km is exactly 110%
        if ratio <= running.spike_ratio:
            continue
        hazard = running.hazard(ratio)
        cited = (
            f" Frandsen 2025 found a hazard ratio of {hazard.hazard_ratio:g} for runs "
            f"{_band(hazard.above, hazard.up_to)} longer."
            if hazard is not None
            else ""
        )
        return [
            Reason(
                f"Your run on {day_label(run.day)} ({run.distance_m / 1000:.1f} km) was "
                f"{round((ratio - 1) * 100)}% longer than your longest in the "
                f"{running.window_days} days before ({longest / 1000:.1f} km).{cited} "
                "Keep the next runs shorter and watch how the foot responds.",
                f"single-run spike: over {round(running.spike_ratio * 100)}% of the longest run "
                f"in {running.window_days} days",
                hazard.source if hazard is not None else running.source,
            )
        ]
    return []


def _band(above: float, up_to: float | None) -> str:
    low = round((above - 1) * 100)
    if up_to is None:
        return f"more than {low}%"
    return f"{low}-{round((up_to - 1) * 100)}%"


def _run_limit(history: DiaryHistory, program: Program, today: date) -> Reason | None:
    running = program.rules.running
    start = today - timedelta(days=running.window_days)
    before = [r.distance_m for r in history.runs if start <= r.day < today]
    if not before:
        return None
    longest = max(before)
    limit = longest * running.spike_ratio
    return Reason(
        f"Keep any run today under {limit / 1000:.1f} km: your longest in the last "
        f"{running.window_days} days was {longest / 1000:.1f} km.",
        f"single-run spike: over {round(running.spike_ratio * 100)}% of the longest run in "
        f"{running.window_days} days",
        running.source,
    )


# ------------------------------------------------------------------ headline


def _headline(decision: _Decision, session: PlannedSession | None, stage: Stage) -> str:
    if decision.action == "rest":
        return "Rest today and get your foot checked"
    if session is None:
        return "Nothing more planned today: a rest day"
    what = f"{session.name}, about {session.minutes} min"
    action = decision.action
    if action == "start":
        return f"{what}: your first stage {stage.number} session"
    if action == "advance":
        return f"{what}; stage {stage.number} targets met"
    if action == "reduce" and decision.fraction is not None:
        return f"{what}, {round(decision.fraction * 100)}% less volume"
    if action == "regress":
        return f"{what}, until the pain settles"
    if action == "hold":
        return f"{what}, same dose as last time"
    if action == "reintroduce":
        return f"{what}, with earlier moves added"
    return what


def _values(values: tuple[int, ...]) -> str:
    return ", ".join(str(v) for v in values) + "/10"
