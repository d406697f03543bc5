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
Every sentence is a :class:`~footgui.core.text.Msg` (context "Progression"),
so the GUI can show it in the user's language and the CLI in English.
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
    morning_streak,
    score,
    usual_pain,
    weekly_trends,
)
from footgui.core.planner import (
    HEEL_RAISE_SESSION_ID,
    HEEL_RAISE_SESSION_NAME,
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
from footgui.core.text import Msg, join, translate

PAIN_RULE = translate(
    "Progression",
    "pain-monitoring model (studied in Achilles tendinopathy; used for the plantar fascia "
    "as an extrapolation)",
)
USER_SOURCE = translate("Progression", "your choice")
#: The weekly-trend rule; ``{model}`` is PAIN_RULE.
_WEEKLY_RULE = translate(
    "Progression", "week to week, pain and stiffness must not increase; {model}"
)
#: Why today's session is the one the weekly plan gives.
WEEKLY_PLAN = translate("Progression", "the stage's weekly plan")
#: The program's pain zones ("safe", "acceptable", "too much") by their name in program.toml.
ZONE_NAMES = {
    "safe": translate("Progression", "safe"),
    "acceptable": translate("Progression", "acceptable"),
    "too much": translate("Progression", "too much"),
}
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
    unknowns: list[Msg] = field(default_factory=list)


@dataclass
class _Decision:
    action: Action
    reasons: list[Reason]
    fraction: float | None = None


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
                translate(
                    "Progression",
                    "No run logged in the last {days} days: a run spike cannot be checked.",
                ).format(days=program.rules.running.window_days)
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
        facts.unknowns.append(translate("Progression", "No profile yet: age and sex are unknown."))
    return facts


def _data_gaps(history: DiaryHistory, facts: _Facts, program: Program) -> list[Msg]:
    notes = []
    mon = program.rules.monitoring
    if facts.usual.value is None:
        notes.append(
            translate(
                "Progression",
                "I do not know your usual first-step pain yet ({basis}; {needed} needed).",
            ).format(basis=facts.usual.basis, needed=mon.usual_min_checkins)
        )
    for trend in facts.trends:
        if trend.this_week is None or trend.last_week is None:
            notes.append(
                translate(
                    "Progression",
                    "Too few {what} ratings to compare this week with last "
                    "({this_count} and {last_count}; {needed} a week needed).",
                ).format(
                    what=trend.what,
                    this_count=trend.this_count,
                    last_count=trend.last_count,
                    needed=mon.weekly_min_checkins,
                )
            )
    judged = [b for b in facts.all_bouts if b.day < facts.today]
    if judged and judged[-1].next_morning is None:
        notes.append(
            translate(
                "Progression",
                "No check-in the morning after {what} on {day}: "
                "I could not tell whether the pain settled.",
            ).format(what=judged[-1].what, day=judged[-1].day)
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
                    translate(
                        "Progression",
                        "You have not started the program yet. Stage {stage}, {name}: {aim}",
                    ).format(stage=stage.number, name=stage.name, aim=stage.aim),
                    translate("Progression", "start with the foundation stage"),
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
    rule = translate(
        "Progression",
        "sharp or persistent pain: rest and seek professional advice (seed routine); "
        "{severe}/10 or more counts as sharp",
    ).format(severe=severe)
    if facts.latest_first_step is not None:
        day, first_step = facts.latest_first_step
        if (facts.today - day).days <= 1 and first_step >= severe:
            reasons.append(
                Reason(
                    translate(
                        "Progression",
                        "First-step pain {pain}/10 on {day}: at or above {severe}/10, "
                        "treat it as sharp pain.",
                    ).format(pain=first_step, day=day, severe=severe),
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
                    translate(
                        "Progression",
                        "Pain {pain}/10 with {what} on {day}: at or above {severe}/10, "
                        "treat it as sharp pain.",
                    ).format(pain=worst, what=bout.what, day=bout.day, severe=severe),
                    rule,
                    APP_SOURCE,
                )
            )
    if facts.streak.length >= mon.persistent_days:
        reasons.append(
            Reason(
                translate(
                    "Progression",
                    "First-step pain has been above your usual {usual} for {count} mornings "
                    "in a row ({values}): persistent pain ({persistent} mornings or more).",
                ).format(
                    usual=score(facts.usual.value or 0),
                    count=facts.streak.length,
                    values=_values(facts.streak.values),
                    persistent=mon.persistent_days,
                ),
                translate(
                    "Progression",
                    "sharp or persistent pain: rest and seek professional advice (seed routine); "
                    "{persistent} mornings counts as persistent",
                ).format(persistent=mon.persistent_days),
                APP_SOURCE,
            )
        )
    if not reasons:
        return None
    reasons.append(
        Reason(
            translate(
                "Progression",
                "Rest from training today and have the foot checked by a physiotherapist or "
                "doctor before loading it again.",
            ),
            translate("Progression", "seed routine: treat sharp or persistent pain with rest"),
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
                translate(
                    "Progression",
                    "First-step pain above your usual {usual} on the last {count} mornings "
                    "({values}): it is not settling by the next morning ({stays_up} mornings "
                    "in a row counts as staying up).",
                ).format(
                    usual=score(facts.usual.value),
                    count=facts.streak.length,
                    values=_values(facts.streak.values),
                    stays_up=mon.stays_up_days,
                ),
                translate("Progression", "regress when next-morning pain stays up"),
                APP_SOURCE,
            )
        )
    if not pain.weekly_may_rise:
        for trend in _rising(facts, program, above_safe=True):
            reasons.append(
                Reason(
                    translate(
                        "Progression",
                        "Your {what} averaged {this_week} this week against {last_week} the "
                        "week before: it is rising (more than {margin:g} point counts as a rise).",
                    ).format(
                        what=trend.what,
                        this_week=score(trend.this_week or 0),
                        last_week=score(trend.last_week or 0),
                        margin=mon.weekly_rise_margin,
                    ),
                    _WEEKLY_RULE.format(model=PAIN_RULE),
                    pain.source,
                )
            )
    if not reasons:
        return None
    reasons.append(
        Reason(
            # The foundation stage is stage 1; the action's title names it the same way.
            translate(
                "Progression",
                "Go back to the foundation moves and lighter volume until the pain settles, "
                "then pick up where you left off.",
            ),
            translate(
                "Progression", "regress: return to foundation moves when pain rises (seed routine)"
            ),
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
                    translate(
                        "Progression",
                        "Pain during {what} on {day} was {pain}/10: above the {limit}/10 allowed.",
                    ).format(what=bout.what, day=bout.day, pain=bout.during, limit=pain.during_max),
                    translate(
                        "Progression", "pain during exercise at most {limit}/10; {model}"
                    ).format(limit=pain.during_max, model=PAIN_RULE),
                    pain.source,
                )
            )
        if bout.after is not None and bout.after > pain.after_max:
            reasons.append(
                Reason(
                    translate(
                        "Progression",
                        "Pain after {what} on {day} was {pain}/10: above the {limit}/10 allowed.",
                    ).format(what=bout.what, day=bout.day, pain=bout.after, limit=pain.after_max),
                    translate(
                        "Progression", "pain after exercise at most {limit}/10; {model}"
                    ).format(limit=pain.after_max, model=PAIN_RULE),
                    pain.source,
                )
            )
    judged = [b for b in facts.recent if b.day < facts.today]
    if judged and judged[-1].next_morning is not None:
        bout = judged[-1]
        morning = bout.next_morning or 0
        usual = facts.usual.value
        settle_rule = translate(
            "Progression", "pain must settle by the next morning; {model}"
        ).format(model=PAIN_RULE)
        if usual is not None and morning > usual + mon.morning_margin:
            reasons.append(
                Reason(
                    translate(
                        "Progression",
                        "Next-morning pain {pain}/10 after {what} on {day}, against your usual "
                        "{usual}: it had not settled by the next morning (more than {margin} "
                        "point above usual).",
                    ).format(
                        pain=morning,
                        what=bout.what,
                        day=bout.day,
                        usual=score(usual),
                        margin=mon.morning_margin,
                    ),
                    settle_rule,
                    pain.source,
                )
            )
        elif usual is None and morning > pain.after_max:
            reasons.append(
                Reason(
                    translate(
                        "Progression",
                        "Next-morning pain {pain}/10 after {what} on {day}: above {limit}/10 "
                        "(your usual morning pain is not known yet).",
                    ).format(pain=morning, what=bout.what, day=bout.day, limit=pain.after_max),
                    settle_rule,
                    pain.source,
                )
            )
    if not reasons:
        return None
    fraction = _fraction(program)
    reasons.append(
        Reason(
            translate(
                "Progression",
                "Reduce today's volume by {pct}%, then build back up once the pain rules "
                "hold again.",
            ).format(pct=round(fraction * 100)),
            translate(
                "Progression", "how much to reduce (regress_volume_factor {factor:g})"
            ).format(factor=program.rules.progression.regress_volume_factor),
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
        if facts.last_checkin is None:
            text = translate(
                "Progression",
                "No check-in ever: I cannot check the pain rules, so keep the same dose until "
                "you log how your foot feels ({gap} days without a check-in stops progress).",
            ).format(gap=mon.checkin_gap_days)
        else:
            text = translate(
                "Progression",
                "No check-in since {day}: I cannot check the pain rules, so keep the same dose "
                "until you log how your foot feels ({gap} days without a check-in stops "
                "progress).",
            ).format(day=facts.last_checkin, gap=mon.checkin_gap_days)
        return _Decision(
            "hold",
            [
                Reason(
                    text,
                    translate("Progression", "no progression without pain data"),
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
                        translate(
                            "Progression",
                            "Your {what} averaged {this_week} this week against {last_week} the "
                            "week before: a rise, though still in the {low}-{high} '{zone}' zone. "
                            "Keep the same dose until it settles.",
                        ).format(
                            what=trend.what,
                            this_week=score(trend.this_week or 0),
                            last_week=score(trend.last_week or 0),
                            low=safe.low,
                            high=safe.high,
                            zone=_zone_name(safe.name),
                        ),
                        _WEEKLY_RULE.format(model=PAIN_RULE),
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
                            translate(
                                "Progression",
                                "Pain {pain}/10 with {what} on {day}: in the {low}-{high} "
                                "'{zone}' zone. Repeat the same dose; do not increase it yet.",
                            ).format(
                                pain=worst,
                                what=bout.what,
                                day=bout.day,
                                low=zone.low,
                                high=zone.high,
                                zone=_zone_name(zone.name),
                            ),
                            translate(
                                "Progression",
                                "pain zones 0-{safe_high} {safe}, {low}-{high} {zone}; "
                                "settled: repeat or slightly increase",
                            ).format(
                                safe_high=safe.high,
                                safe=_zone_name(safe.name),
                                low=zone.low,
                                high=zone.high,
                                zone=_zone_name(zone.name),
                            ),
                            zone.source,
                        )
                    ],
                )
    return None


def _zone_name(name: str) -> str:
    """A pain zone's name from program.toml, translated when it is one of the usual three."""
    return ZONE_NAMES.get(name, name)


def _advance(facts: _Facts, program: Program) -> _Decision | None:
    stage = facts.stage
    if stage.number >= len(program.stages) or not facts.gate:
        return None
    if not all(g.met is True for g in facts.gate):
        return None
    met = join((join([g.label, g.detail], ": ") for g in facts.gate), "; ")
    declined = _recent_decline(facts, program)
    if declined is not None:
        again = declined.day + timedelta(days=program.rules.monitoring.decline_hold_days)
        values = {"stage": stage.number, "day": declined.day, "again": again}
        if declined.reason:
            text = translate(
                "Progression",
                "Every stage {stage} target is met, but on {day} you chose to stay in stage "
                "{stage}: {why}. I will ask again on {again}.",
            ).format(why=declined.reason, **values)
        else:
            text = translate(
                "Progression",
                "Every stage {stage} target is met, but on {day} you chose to stay in stage "
                "{stage}. I will ask again on {again}.",
            ).format(**values)
        return _Decision(
            "continue",
            [
                Reason(
                    text,
                    translate("Progression", "your decision is respected"),
                    USER_SOURCE,
                )
            ],
        )
    nxt = program.stage(stage.number + 1)
    return _Decision(
        "advance",
        [
            Reason(
                translate("Progression", "Every stage {stage} target is met ({met}).").format(
                    stage=stage.number, met=met
                ),
                translate(
                    "Progression",
                    "advance only when the pain rules held and the stage's test targets are met",
                ),
                APP_SOURCE,
            ),
            Reason(
                translate("Progression", "Stage {stage}, {name}: {aim}").format(
                    stage=nxt.number, name=nxt.name, aim=nxt.aim
                ),
                translate("Progression", "the routine's next stage"),
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
            translate(
                "Progression",
                "{test} {baseline:g} -> best {best:g} (needs more than {threshold:g}, {source})",
            ).format(
                test=m.label,
                baseline=m.baseline[1],
                best=m.best_recent[1],
                threshold=m.threshold,
                source=m.source,
            )
        )
    reasons = [
        Reason(
            translate(
                "Progression",
                "No test improved beyond its change threshold in {weeks} weeks: {tests}.",
            ).format(weeks=weeks, tests=join(parts, "; ")),
            translate(
                "Progression",
                "stall: no real change in balance, knee-to-wall or heel rises for {weeks} weeks",
            ).format(weeks=weeks),
            APP_SOURCE,
        )
    ]
    rule = translate(
        "Progression", "reintroduce earlier progressions when progress stalls (seed routine)"
    )
    if facts.stage.number == 1:
        reasons.append(
            Reason(
                translate(
                    "Progression",
                    "There is no earlier stage to bring back: keep the foundation sessions going "
                    "and check your technique with the demo clips.",
                ),
                rule,
                APP_SOURCE,
            )
        )
        return _Decision("continue", reasons)
    reasons.append(
        Reason(
            translate(
                "Progression",
                "Add a few stage {stage} moves to today's session to wake the pathways that "
                "support steady mechanics.",
            ).format(stage=facts.stage.number - 1),
            rule,
            APP_SOURCE,
        )
    )
    return _Decision("reintroduce", reasons)


def _continue(facts: _Facts, program: Program) -> _Decision:
    reasons = []
    judged = [b for b in facts.recent if b.day < facts.today and b.worst is not None]
    if judged:
        bout = judged[-1]
        morning: str = ""
        if bout.next_morning is not None:
            morning = translate("Progression", ", next morning {pain}/10").format(
                pain=bout.next_morning
            )
        usual: str = ""
        if facts.usual.value is not None:
            usual = translate("Progression", " (usual {usual})").format(
                usual=score(facts.usual.value)
            )
        reasons.append(
            Reason(
                translate(
                    "Progression",
                    "The pain rules held: {what} on {day}, pain {pain}/10{next_morning}{usual}.",
                ).format(
                    what=bout.what,
                    day=bout.day,
                    pain=bout.worst,
                    next_morning=morning,
                    usual=usual,
                ),
                translate(
                    "Progression",
                    "pain at most {limit}/10, settled by the next morning; {model}",
                ).format(limit=program.rules.pain.during_max, model=PAIN_RULE),
                program.rules.pain.source,
            )
        )
    if facts.gate:
        met = sum(1 for g in facts.gate if g.met)
        reasons.append(
            Reason(
                translate("Progression", "{met} of {total} stage {stage} targets met.").format(
                    met=met, total=len(facts.gate), stage=facts.stage.number
                ),
                translate("Progression", "advance only when every target is met"),
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
                translate(
                    "Progression",
                    "The session you chose today ('{choice}') is no longer in the program.",
                ).format(choice=chosen.session_choice)
            )
        else:
            by_user = True
            if chosen.reason:
                chose = translate("Progression", "You chose {session} today: {why}.").format(
                    session=template.name, why=chosen.reason
                )
            else:
                chose = translate("Progression", "You chose {session} today.").format(
                    session=template.name
                )
            reasons.append(Reason(chose, USER_SOURCE, USER_SOURCE))
    if template is None and decision.action == "rest":
        return None, reasons
    if template is None and decision.action == "regress":
        template = next(t for t in program.stage(1).templates if not t.daily)
    if template is None:
        choice: Choice = choose_template(history, stage, facts.today, catalog)
        template = choice.template
        if template is not None:
            reasons.append(
                Reason(
                    translate("Progression", "{session}: {why}.").format(
                        session=template.name, why=choice.why
                    ),
                    WEEKLY_PLAN,
                    APP_SOURCE,
                )
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
                    translate("Progression", "Added from stage {stage}: {names}.").format(
                        stage=stage.number - 1, names=names
                    ),
                    translate(
                        "Progression", "reintroduce earlier progressions when progress stalls"
                    ),
                    APP_SOURCE,
                )
            )
    if heel_item is not None:
        items.append(heel_item)
    if not items:
        if not reasons:
            reasons.append(
                Reason(
                    translate(
                        "Progression",
                        "Everything planned for today is done, or today is a rest day in your "
                        "weekly plan.",
                    ),
                    WEEKLY_PLAN,
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
    template_id: str = HEEL_RAISE_SESSION_ID if template is None else template.id
    name: str = HEEL_RAISE_SESSION_NAME if template is None else template.name
    session = build_session(
        catalog, template_id, name, template_stage, items, chosen_by_user=by_user
    )
    return session, reasons


def _heel_raise(program: Program, facts: _Facts, hold: bool, reasons: list[Reason]) -> Item | None:
    schedule = program.heel_raise_schedule
    heel = facts.heel
    if heel.done_today:
        return None
    phases = join(
        (
            translate("Progression", "{sets} x {reps}RM from day {day}").format(
                sets=p.sets, reps=p.reps_rm, day=p.from_day
            )
            for p in schedule.phases
        ),
        ", ",
    )
    rule = translate("Progression", "every {every} days, tempo {tempo}; {phases}").format(
        every=schedule.every_days, tempo=schedule.tempo, phases=phases
    )
    if not heel.due(facts.today, schedule.every_days):
        assert heel.last is not None
        reasons.append(
            Reason(
                translate(
                    "Progression",
                    "No heel raise today: last done {day}, and it comes every {every} days.",
                ).format(day=heel.last, every=schedule.every_days),
                rule,
                schedule.source,
            )
        )
        return None
    item = heel_raise_item(program, heel, facts.today, hold)
    parts = [translate("Progression", "Heel raise today."), item.note]
    if heel.restarted:
        parts.append(
            translate("Progression", "Your last one was long ago, so the schedule starts again.")
        )
    reasons.append(Reason(join(parts), rule, schedule.source))
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
        ratio = run.distance_m / longest
        if ratio <= running.spike_ratio:
            continue
        hazard = running.hazard(ratio)
        parts = [
            translate(
                "Progression",
                "Your run on {day} ({km:.1f} km) was {pct}% longer than your longest in the "
                "{days} days before ({longest:.1f} km).",
            ).format(
                day=run.day,
                km=run.distance_m / 1000,
                pct=round((ratio - 1) * 100),
                days=running.window_days,
                longest=longest / 1000,
            )
        ]
        if hazard is not None:
            parts.append(
                translate(
                    "Progression",
                    "Frandsen 2025 found a hazard ratio of {ratio:g} for runs {band} longer.",
                ).format(ratio=hazard.hazard_ratio, band=_band(hazard.above, hazard.up_to))
            )
        parts.append(
            translate("Progression", "Keep the next runs shorter and watch how the foot responds.")
        )
        return [
            Reason(
                join(parts),
                _spike_rule(running.spike_ratio, running.window_days),
                hazard.source if hazard is not None else running.source,
            )
        ]
    return []


def _spike_rule(spike_ratio: float, window_days: int) -> Msg:
    return translate(
        "Progression", "single-run spike: over {pct}% of the longest run in {days} days"
    ).format(pct=round(spike_ratio * 100), days=window_days)


def _band(above: float, up_to: float | None) -> Msg:
    low = round((above - 1) * 100)
    if up_to is None:
        return translate("Progression", "more than {pct}%").format(pct=low)
    return translate("Progression", "{low}-{high}%").format(low=low, high=round((up_to - 1) * 100))


def _run_limit(history: DiaryHistory, program: Program, today: date) -> Reason | None:
    running = program.rules.running
    start = today - timedelta(days=running.window_days)
    before = [r.distance_m for r in history.runs if start <= r.day < today]
    if not before:
        return None
    longest = max(before)
    limit = longest * running.spike_ratio
    return Reason(
        translate(
            "Progression",
            "Keep any run today under {limit:.1f} km: your longest in the last {days} days was "
            "{longest:.1f} km.",
        ).format(limit=limit / 1000, days=running.window_days, longest=longest / 1000),
        _spike_rule(running.spike_ratio, running.window_days),
        running.source,
    )


# ------------------------------------------------------------------ headline


def _headline(decision: _Decision, session: PlannedSession | None, stage: Stage) -> Msg:
    if decision.action == "rest":
        return translate("Progression", "Rest today and get your foot checked")
    if session is None:
        return translate("Progression", "Nothing more planned today: a rest day")
    action = decision.action
    values: dict[str, object] = {"session": session.name, "minutes": session.minutes}
    if action == "start":
        line = translate(
            "Progression", "{session}, about {minutes} min: your first stage {stage} session"
        )
        values["stage"] = stage.number
    elif action == "advance":
        line = translate("Progression", "{session}, about {minutes} min; stage {stage} targets met")
        values["stage"] = stage.number
    elif action == "reduce" and decision.fraction is not None:
        line = translate("Progression", "{session}, about {minutes} min, {pct}% less volume")
        values["pct"] = round(decision.fraction * 100)
    elif action == "regress":
        line = translate("Progression", "{session}, about {minutes} min, until the pain settles")
    elif action == "hold":
        line = translate("Progression", "{session}, about {minutes} min, same dose as last time")
    elif action == "reintroduce":
        line = translate("Progression", "{session}, about {minutes} min, with earlier moves added")
    else:
        line = translate("Progression", "{session}, about {minutes} min")
    return line.format(**values)


def _values(values: tuple[int, ...]) -> str:
    return ", ".join(str(v) for v in values) + "/10"
