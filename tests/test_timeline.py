"""The session timeline: layout, cues, questions at time t, edits, and playback on a fake clock."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footgui.core.session_plan import pacing_for, plan_for_exercises, plan_for_template
from footgui.core.timeline import (
    ADD_REST_S,
    FORM_GAP_S,
    SPEECH_GAP_S,
    Pacing,
    PlanItem,
    Playback,
    Tempo,
    Timeline,
    Unit,
    describe_dose,
    sanitize,
)

P = Pacing()
HEEL = PlanItem(
    "heel-raise-323",
    "Heel raise",
    sets=3,
    reps=12,
    tempo=Tempo(3, 2, 3),
    rest_s=120,
    one_sided=True,
    cues=("Rise tall", "Pause at the top", "Lower slowly"),
)
TOES = PlanItem("toe-spreading", "Toe spreading", sets=2, reps=4, hold_s=5, rest_s=20)
HOPS = PlanItem("forefoot-hops", "Forefoot hops", sets=2, reps=20, rest_s=60, count_unit="hops")
BALANCE = PlanItem("single-leg-balance-eo", "Balance", sets=2, hold_s=30, rest_s=15, one_sided=True)
WALK = PlanItem("heel-walk", "Heel walk", sets=1, duration_s=30, rest_s=0)
STRETCH = PlanItem("calf-stretch", "Calf stretch", sets=1, hold_s=30, block="finisher")


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def kinds(tl: Timeline) -> list[str]:
    return [s.kind for s in tl.segments]


def assert_contiguous(tl: Timeline) -> None:
    for a, b in zip(tl.segments, tl.segments[1:], strict=False):
        assert b.start == pytest.approx(a.end, abs=1e-9)
        assert b.end >= b.start
    assert tl.segments[0].start == 0.0
    times = [e.t for e in tl.events]
    assert times == sorted(times)


# -- layout ---------------------------------------------------------------------------
def test_one_sided_tempo_exercise_layout() -> None:
    tl = Timeline.build([HEEL])
    assert kinds(tl) == [
        "get_ready", "work", "switch_sides", "work",
        "rest", "work", "switch_sides", "work",
        "rest", "work", "switch_sides", "work",
    ]  # fmt: skip
    rep = 3 + 2 + 3
    g, w1, sw, w2, rest = tl.segments[:5]
    assert (g.start, g.end) == (0, P.get_ready_s)
    assert w1.duration == 12 * rep
    assert (w1.unit, w2.unit) == (Unit(0, 1, "left"), Unit(0, 1, "right"))
    assert sw.duration == P.switch_sides_s
    assert rest.duration == 120
    assert rest.unit == Unit(0, 2, "left")
    expected = P.get_ready_s + 6 * 12 * rep + 3 * P.switch_sides_s + 2 * 120
    assert tl.total_s == pytest.approx(expected)
    assert_contiguous(tl)


def test_tempo_phases_are_up_hold_down_per_rep() -> None:
    tl = Timeline.build([HEEL])
    work = tl.segments[1]
    assert [p.name for p in work.phases[:6]] == ["up", "hold", "down", "up", "hold", "down"]
    assert work.phases[0].start == work.start
    assert work.phases[1].start == work.start + 3
    assert work.phases[2].start == work.start + 5
    assert work.phases[3].rep == 2
    m = tl.at(work.start + 8 + 4.5)  # rep 2, 1.5 s into its hold
    assert (m.phase.name, m.rep, m.reps_total) == ("hold", 2, 12)  # type: ignore[union-attr]
    assert m.phase_remaining_s == pytest.approx(0.5)
    assert m.remaining_s == pytest.approx(work.duration - 12.5)


def test_held_reps_release_between_but_not_after_the_last() -> None:
    tl = Timeline.build([TOES])
    work = tl.segments[1]
    names = [p.name for p in work.phases]
    assert names == ["hold", "release"] * 3 + ["hold"]
    assert work.duration == 4 * 5 + 3 * P.rep_s


def test_counted_reps_use_the_rep_pace_and_hops_their_own() -> None:
    tl = Timeline.build([HOPS, replace(HOPS, exercise_id="x", count_unit="reps")])
    hop_work = tl.segments[1]
    assert hop_work.duration == 20 * P.hop_s
    assert len(hop_work.phases) == 20
    rep_work = next(s for s in tl.segments if s.kind == "work" and s.unit.item == 1)
    assert rep_work.duration == 20 * P.rep_s
    m = tl.at(hop_work.start + 3 * P.hop_s + 0.1)
    assert m.rep == 4


def test_holds_and_durations_are_one_phase_with_halfway() -> None:
    tl = Timeline.build([BALANCE, WALK])
    hold = tl.segments[1]
    assert [p.name for p in hold.phases] == ["hold"]
    assert hold.duration == 30
    halfway = [e for e in tl.events if e.text == "Halfway."]
    work_starts = [s.start for s in tl.segments if s.kind == "work"]
    assert [e.t for e in halfway] == [t + 15 for t in work_starts]
    short = Timeline.build([replace(BALANCE, hold_s=15)])
    assert not [e for e in short.events if e.text == "Halfway."]


def test_transitions_show_the_next_exercise_and_finisher_is_announced() -> None:
    tl = Timeline.build([TOES, HOPS, STRETCH])
    transitions = [s for s in tl.segments if s.kind == "transition"]
    assert [s.unit.item for s in transitions] == [1, 2]
    assert all(s.duration == P.transition_s for s in transitions)
    said = {e.t: e.text for e in tl.events if e.channel == "voice"}
    assert said[transitions[0].start].startswith("Next up: Forefoot hops. 2 sets of 20 hops")
    assert said[transitions[1].start].startswith("Finisher: mobility. Next up: Calf stretch")
    # during a rest of the first exercise, "next up" points at the next exercise
    rest = next(s for s in tl.segments if s.kind == "rest")
    m = tl.at(rest.start + 1)
    assert m.item is not None and m.item.name == "Toe spreading"
    assert m.next_item is not None and m.next_item.name == "Forefoot hops"
    assert m.next_work is not None and m.next_work.unit == Unit(0, 2, None)


def test_rest_zero_still_leaves_a_countdown() -> None:
    tl = Timeline.build([replace(TOES, rest_s=0)])
    rest = next(s for s in tl.segments if s.kind == "rest")
    assert rest.duration == P.countdown_s


# -- cue events ------------------------------------------------------------------------
def test_countdown_go_end_and_finish_beeps() -> None:
    tl = Timeline.build([TOES, WALK])
    beeps = [(e.t, e.sound) for e in tl.events if e.channel == "beep"]
    for seg in tl.segments:
        if seg.is_lead_in:
            for k in (3, 2, 1):
                assert (seg.end - k, "countdown") in beeps
        else:
            assert (seg.start, "go") in beeps
            assert (seg.end, "end") in beeps
    assert (tl.total_s, "finish") in beeps
    assert tl.events[-1].t == tl.total_s
    assert any(e.text == "Session complete. Well done." for e in tl.events)


def test_ticks_follow_reps_and_tempo_phases() -> None:
    tl = Timeline.build([HOPS])
    work = tl.segments[1]
    ticks = [e.t for e in tl.events if e.channel == "tick" and work.start <= e.t < work.end]
    assert ticks == [p.start for p in work.phases[1:]]
    tempo = Timeline.build([HEEL])
    w = tempo.segments[1]
    phase_ticks = [e.t for e in tempo.events if e.channel == "tick" and w.start <= e.t < w.end]
    assert phase_ticks == [p.start for p in w.phases[1:]]
    spoken = [e.text for e in tempo.events if e.channel == "voice" and w.start <= e.t < w.start + 8]
    assert spoken == ["Up.", "Hold.", "Down."]


def test_spoken_lines_name_the_exercise_and_sides() -> None:
    tl = Timeline.build([HEEL])
    voice = [e for e in tl.events if e.channel == "voice"]
    assert voice[0].t == 0
    assert voice[0].text == (
        "Get ready. Heel raise. 3 sets of 12, 3-2-3 tempo, each side. Left side first."
    )
    switch = next(s for s in tl.segments if s.kind == "switch_sides")
    assert any(e.t == switch.start and e.text == "Switch sides. Right side." for e in voice)
    rest = next(s for s in tl.segments if s.kind == "rest")
    assert any(e.t == rest.start and e.text.startswith("Rest. Next: set 2 of 3") for e in voice)


def test_form_cues_once_each_spaced_and_clear_of_speech() -> None:
    tl = Timeline.build([HEEL])
    form = [e for e in tl.events if e.channel == "form"]
    assert [e.text for e in form] == list(HEEL.cues)
    works = [s for s in tl.segments if s.kind == "work"]
    others = [e.t for e in tl.events if e.channel == "voice"]
    for a, b in itertools.pairwise(form):
        assert b.t - a.t >= FORM_GAP_S - 1e-9
    for e in form:
        assert any(w.start < e.t < w.end for w in works)
        assert all(abs(e.t - o) >= SPEECH_GAP_S - 1e-9 for o in others)


def test_form_cues_spread_over_sets_when_a_set_is_short() -> None:
    item = replace(WALK, sets=3, duration_s=10, cues=("one", "two", "three"))
    tl = Timeline.build([item])
    form = [e for e in tl.events if e.channel == "form"]
    works = [s for s in tl.segments if s.kind == "work"]
    owners = [next(i for i, w in enumerate(works) if w.start <= e.t < w.end) for e in form]
    assert [e.text for e in form] == ["one", "two", "three"]
    assert owners == [0, 1, 2]


def test_events_between_is_half_open() -> None:
    tl = Timeline.build([TOES])
    t = tl.segments[1].start  # the go beep
    assert any(e.sound == "go" for e in tl.events_between(t - 0.5, t))
    assert not any(e.sound == "go" for e in tl.events_between(t, t + 0.5))
    everything = tl.events_between(-1, tl.total_s)
    assert everything == tl.events


def test_next_wakeup_is_the_next_boundary_or_event() -> None:
    tl = Timeline.build([HEEL])
    work = tl.segments[1]
    assert tl.next_wakeup(work.start + 0.5) == work.start + 3  # the hold phase
    assert tl.next_wakeup(0.0) == P.get_ready_s - 3  # first countdown beep
    assert tl.next_wakeup(tl.total_s + 1) is None


# -- questions at t ------------------------------------------------------------------
def test_at_before_start_and_after_end() -> None:
    tl = Timeline.build([WALK])
    first = tl.at(-5)
    assert first.segment is tl.segments[0] and first.progress == 0.0
    end = tl.at(tl.total_s)
    assert end.finished and end.progress == 1.0 and end.session_remaining_s == 0
    mid = tl.at(tl.total_s / 2)
    assert mid.progress == pytest.approx(0.5)


def test_results_of_complete_sets() -> None:
    tl = Timeline.build([HEEL, TOES, BALANCE, WALK])
    results = [tl.result_of(i) for i, _ in tl.work_segments()]
    assert all(r is not None and r.status == "done" for r in results)
    heel = results[0]
    assert heel is not None
    assert (heel.reps, heel.side, heel.set_number) == (12, "left", 1)
    toes = next(r for r in results if r and r.exercise_id == "toe-spreading")
    assert (toes.reps, toes.hold_s) == (4, 5)
    bal = next(r for r in results if r and r.exercise_id == "single-leg-balance-eo")
    assert (bal.hold_s, bal.reps) == (30, None)
    walk = next(r for r in results if r and r.exercise_id == "heel-walk")
    assert walk.duration_s == 30
    assert tl.result_of(0) is None  # a lead-in is not a set


# -- playback on a fake clock ------------------------------------------------------------
def test_position_is_clock_minus_origin_and_pause_moves_the_origin() -> None:
    clock = FakeClock()
    pb = Playback(Timeline.build([TOES]), clock)
    assert pb.position() == 0.0 and not pb.started
    pb.start()
    clock.advance(7.25)
    assert pb.position() == 7.25
    pb.pause()
    clock.advance(100)
    assert pb.position() == 7.25 and pb.paused
    pb.resume()
    clock.advance(2)
    assert pb.position() == pytest.approx(9.25)
    assert pb.clock_at(9.25) == pytest.approx(clock.now)
    assert pb.toggle_pause() is True
    assert pb.toggle_pause() is False


def test_reading_often_or_rarely_gives_the_same_position() -> None:
    """No accumulation: 10,000 small steps end exactly where one big step does."""
    a, b = FakeClock(), FakeClock()
    pa, pb = Playback(Timeline.build([HEEL]), a), Playback(Timeline.build([HEEL]), b)
    pa.start()
    pb.start()
    for _ in range(10_000):
        a.advance(0.0173)
        pa.position()
    b.advance(0.0173 * 10_000)
    assert pa.position() == pytest.approx(pb.position(), abs=1e-6)
    assert pa.moment().index == pb.moment().index


def test_finished_after_the_last_segment() -> None:
    clock = FakeClock()
    pb = Playback(Timeline.build([WALK]), clock)
    pb.start()
    clock.advance(pb.timeline.total_s - 0.01)
    assert not pb.finished
    clock.advance(0.02)
    assert pb.finished and pb.moment().finished


# -- edits ---------------------------------------------------------------------------------
def test_skip_in_work_ends_the_set_as_partial_and_keeps_the_past() -> None:
    tl = Timeline.build([HEEL])
    work = tl.segments[1]
    t = work.start + 3 * 8 + 4  # 3 reps done, inside rep 4
    edited = tl.skip(t)
    assert edited.segments[0] == tl.segments[0]
    cut = edited.segments[1]
    assert (cut.end, cut.cut) == (t, "skip")
    assert edited.segments[2].kind == "switch_sides" and edited.segments[2].start == t
    assert edited.total_s == pytest.approx(tl.total_s - (work.end - t))
    result = edited.result_of(1)
    assert result is not None and (result.status, result.reps) == ("partial", 3)
    assert [e for e in edited.events if e.t < t] == [e for e in tl.events if e.t < t]
    assert not any(e.sound == "end" and e.t == t for e in edited.events)
    assert_contiguous(edited)


def test_skip_at_the_start_of_a_set_logs_it_as_skipped() -> None:
    tl = Timeline.build([TOES])
    start = tl.segments[1].start
    edited = tl.skip(start + 0.2)
    result = edited.result_of(1)
    assert result is not None and result.status == "skipped" and result.reps == 0


def test_skip_in_a_long_rest_keeps_the_countdown_then_starts() -> None:
    tl = Timeline.build([HEEL])
    rest = next(s for s in tl.segments if s.kind == "rest")
    t = rest.start + 10
    once = tl.skip(t)
    i = once.index_at(t)
    assert once.segments[i].end == t + P.countdown_s
    assert once.segments[i + 1].kind == "work" and once.segments[i + 1].start == t + 3
    countdown = [e.t for e in once.events if e.sound == "countdown" and t <= e.t < t + 3]
    assert countdown == [t, t + 1, t + 2]
    twice = once.skip(t + 1)
    j = twice.index_at(t + 1)
    assert twice.segments[j].kind == "work" and twice.segments[j].start == t + 1
    assert_contiguous(twice)


def test_previous_in_work_redoes_the_set_before() -> None:
    tl = Timeline.build([HEEL])
    right = tl.segments[3]  # set 1, right side
    t = right.start + 10
    edited = tl.previous(t)
    i = edited.index_at(t)
    assert edited.segments[i - 1].cut == "previous"
    assert edited.result_of(i - 1) is None  # not logged: it is done again later
    back = edited.segments[i]
    assert (back.kind, back.back, back.duration) == ("get_ready", True, P.back_s)
    works = [s.unit for s in edited.segments[i:] if s.kind == "work"]
    assert works[:3] == [Unit(0, 1, "left"), Unit(0, 1, "right"), Unit(0, 2, "left")]
    said = [e.text for e in edited.events if e.t == t and e.channel == "voice"]
    assert said == ["Again: Heel raise, set 1, left side."]
    assert_contiguous(edited)


def test_previous_in_a_rest_redoes_the_set_just_done() -> None:
    tl = Timeline.build([TOES])
    rest = next(s for s in tl.segments if s.kind == "rest")
    edited = tl.previous(rest.start + 3)
    works = [s.unit for s in edited.segments if s.kind == "work"]
    assert works == [Unit(0, 1, None), Unit(0, 1, None), Unit(0, 2, None)]


def test_previous_at_the_first_set_restarts_it_and_before_it_does_nothing() -> None:
    tl = Timeline.build([TOES])
    assert tl.previous(2.0) is tl  # in the get-ready: nothing before
    t = tl.segments[1].start + 4
    edited = tl.previous(t)
    assert edited.segments[1].cut == "restart"


def test_restart_set_in_work_and_not_outside_it() -> None:
    tl = Timeline.build([HOPS])
    work = tl.segments[1]
    t = work.start + 5
    edited = tl.restart_set(t)
    assert edited.segments[1].cut == "restart" and edited.result_of(1) is None
    again = edited.segments[3]
    assert edited.segments[2].kind == "get_ready" and again.unit == work.unit
    assert again.duration == work.duration
    assert edited.total_s == pytest.approx(tl.total_s - (work.end - t) + P.back_s + work.duration)
    assert tl.restart_set(1.0) is tl


def test_add_rest_in_a_rest_and_during_work() -> None:
    tl = Timeline.build([TOES])
    rest = next(s for s in tl.segments if s.kind == "rest")
    longer = tl.add_rest(rest.start + 2)
    assert longer.segments[2].end == rest.end + ADD_REST_S
    assert longer.total_s == tl.total_s + ADD_REST_S
    assert [e.t for e in longer.events if e.sound == "countdown"][-1] == rest.end + ADD_REST_S - 1
    work = tl.segments[1]
    ahead = tl.add_rest(work.start + 1)
    assert ahead.segments[1] == work
    assert ahead.segments[2].duration == rest.duration + ADD_REST_S
    last_work = tl.segments[-1]
    assert tl.add_rest(last_work.start + 1) is tl  # nothing after the last set


def test_edits_after_the_end_change_nothing_but_previous() -> None:
    tl = Timeline.build([WALK])
    end = tl.total_s + 1
    assert tl.skip(end) is tl and tl.restart_set(end) is tl and tl.add_rest(end) is tl
    again = tl.previous(end)
    assert again.total_s > tl.total_s
    assert again.segments[-1].unit == Unit(0, 1, None)


def test_playback_edit_reports_change() -> None:
    clock = FakeClock()
    pb = Playback(Timeline.build([TOES]), clock)
    pb.start()
    clock.advance(2)
    assert not pb.restart_set()
    assert pb.add_rest(30)
    assert pb.timeline.segments[0].end == P.get_ready_s + 30
    assert pb.skip()
    assert pb.timeline.segments[0].end == pytest.approx(2 + P.countdown_s)


def kept(tl: Timeline, t: float, current_start: float) -> list[object]:
    """Events an edit at t must leave alone: speech before t, beeps before the touched segment."""
    return [
        e
        for e in tl.events
        if e.t < t - 1e-9 and (e.channel != "beep" or e.t < current_start - 1e-9)
    ]


ACTIONS = st.sampled_from(["skip", "previous", "restart_set", "add_rest", "pause", "resume"])


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.floats(0.0, 90.0), ACTIONS), max_size=25))
def test_random_edits_keep_the_timeline_whole(steps: list[tuple[float, str]]) -> None:
    clock = FakeClock()
    original = Timeline.build([HEEL, TOES, HOPS, BALANCE, STRETCH])
    pb = Playback(original, clock)
    pb.start()
    planned = {s.unit for s in original.segments if s.kind == "work"}
    for dt, action in steps:
        clock.advance(dt)
        t = pb.position()
        before = pb.timeline
        if action in ("pause", "resume"):
            getattr(pb, action)()
            assert pb.position() == pytest.approx(t)
            continue
        getattr(pb, action)()
        after = pb.timeline
        assert_contiguous(after)
        # the past never changes: segments that ended before t stay as they were
        past = [s for s in before.segments if s.end < t]
        assert list(after.segments[: len(past)]) == past
        # spoken lines before t stay; beeps too, up to the segment the edit touched
        current_start = before.segments[min(before.index_at(t), len(before.segments) - 1)].start

        assert kept(after, t, current_start) == kept(before, t, current_start)
        assert pb.position() == pytest.approx(t)
    final = pb.timeline
    # nothing planned is ever lost: every set still has a work segment
    assert planned <= {s.unit for s in final.segments if s.kind == "work"}
    for i, seg in final.work_segments():
        result = final.result_of(i)
        if seg.cut in ("restart", "previous"):
            assert result is None
        else:
            assert result is not None
            if seg.cut is None:
                assert result.status == "done"


# -- impossible doses ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("item", "fragment"),
    [
        (replace(WALK, sets=0), "sets 0 is impossible"),
        (replace(TOES, reps=-3), "reps -3 is impossible"),
        (replace(BALANCE, hold_s=math.nan), "not a time"),
        (PlanItem("x", "Nothing", sets=2), "no reps, hold or duration"),
        (replace(WALK, duration_s=1e9), "capped"),
        (replace(HEEL, tempo=Tempo(0, 0, 0)), "no time in it"),
        (replace(HEEL, sets=99), "too many"),
        (replace(TOES, rest_s=-5), "not a time"),
    ],
)
def test_impossible_doses_still_run_and_say_what_changed(item: PlanItem, fragment: str) -> None:
    tl = Timeline.build([item])
    assert tl.total_s > 0 and math.isfinite(tl.total_s)
    assert any(fragment in note for _, note in tl.notes)
    assert_contiguous(tl)
    assert tl.at(tl.total_s / 2).segment is not None


@given(
    sets=st.integers(-5, 50),
    reps=st.none() | st.integers(-5, 1000),
    hold=st.none() | st.floats(allow_nan=True, allow_infinity=True),
    duration=st.none() | st.floats(allow_nan=True, allow_infinity=True),
    rest=st.floats(allow_nan=True, allow_infinity=True),
)
@settings(max_examples=150, deadline=None)
def test_any_dose_gives_a_runnable_timeline(
    sets: int, reps: int | None, hold: float | None, duration: float | None, rest: float
) -> None:
    item = PlanItem("x", "X", sets=sets, reps=reps, hold_s=hold, duration_s=duration, rest_s=rest)
    clean = sanitize(item)
    assert 1 <= clean.sets <= 20
    tl = Timeline.build([item])
    assert 0 < tl.total_s < 20 * (4 * 3600 + 700) and math.isfinite(tl.total_s)
    assert_contiguous(tl)


def test_describe_dose() -> None:
    assert describe_dose(HEEL) == "3 sets of 12, 3-2-3 tempo, each side"
    assert describe_dose(TOES) == "2 sets of 4, hold 5 seconds"
    assert describe_dose(HOPS) == "2 sets of 20 hops"
    assert describe_dose(BALANCE) == "2 sets, hold 30 seconds, each side"
    assert describe_dose(replace(WALK, duration_s=120)) == "1 set of 2 minutes"


# -- from the program ---------------------------------------------------------------------------
def test_every_template_builds_a_clean_timeline(catalog) -> None:  # type: ignore[no-untyped-def]
    for _stage, template in catalog.program.templates():
        plan = plan_for_template(catalog, template.id)
        tl = Timeline.build(plan.items, plan.pacing)
        assert not tl.notes, (template.id, tl.notes)
        assert_contiguous(tl)
        blocks = [i.block for i in plan.items]
        assert blocks[-len(catalog.program.finisher.items) :] == ["finisher"] * len(
            catalog.program.finisher.items
        )
        if template.warmup:
            assert blocks[0] == "warmup"
        names = {i.exercise_id for i in plan.items}
        assert {i.exercise_id for i in template.items} <= names


def test_pacing_comes_from_the_program(catalog) -> None:  # type: ignore[no-untyped-def]
    pacing = pacing_for(catalog.program)
    assert pacing.rep_s == catalog.program.rules.timing.rep_s
    assert pacing.switch_sides_s == catalog.program.rules.timing.side_switch_s


def test_plan_for_exercises(catalog) -> None:  # type: ignore[no-untyped-def]
    plan = plan_for_exercises(catalog, ["heel-raise-323", "forefoot-hops"])
    assert [i.exercise_id for i in plan.items] == ["heel-raise-323", "forefoot-hops"]
    heel, hops = plan.items
    assert heel.tempo == Tempo(3, 2, 3) and heel.one_sided
    assert hops.count_unit == "hops"
    with pytest.raises(KeyError, match="no-such"):
        plan_for_exercises(catalog, ["no-such"])
    with pytest.raises(KeyError):
        plan_for_template(catalog, "no-such-template")
