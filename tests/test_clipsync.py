"""Where demo clips' movement cycles start, read from the committed cue tracks."""

from __future__ import annotations

import pytest

from footgui.core.catalog import Catalog, cue_track_path
from footgui.core.clipsync import BOTH, ClipCycles, cycle_key, find_cycles
from footgui.core.cuetrack import load_vtt, parse_vtt
from footgui.core.timeline import Pacing, PlanItem, Tempo, Timeline
from footgui.paths import assets_dir


def cycles_of(exercise_id: str, language: str = "en") -> ClipCycles:
    return find_cycles(load_vtt(assets_dir() / cue_track_path(exercise_id, language)))


@pytest.mark.parametrize(
    ("exercise_id", "starts"),
    [
        # one-sided tempo reps: one cycle a side, left first, right after the switch
        ("heel-raise-323", {"left": (0.0,), "right": (8.8,)}),
        # both feet, tempo reps: one cycle from the start
        ("heel-raise-323-double", {BOTH: (0.0,)}),
        # two reps a side shown: a cycle at each repeat of the first phase
        ("heel-rise-test", {"left": (0.0, 2.0), "right": (4.8, 6.8)}),
        # holds, one-sided, no switch after the right side: the cycle starts at the timed
        # hold, after the untimed "Lift" the timeline has no phase for
        ("single-leg-balance-eo", {"left": (0.8,), "right": (6.2,)}),
        # a hold per rep, both feet: "Hold 5 s" after the "Spread" lead-in
        ("toe-spreading", {BOTH: (1.0,)}),
        # counted reps shown twice in the loop
        ("ankle-pumps", {BOTH: (0.0, 3.2)}),
        # duration and hops: one phase word for the whole loop, nothing to keep in step
        ("barefoot-marches", {BOTH: ()}),
        ("forefoot-hops", {BOTH: ()}),
        ("easy-run", {BOTH: ()}),
        ("suitcase-carry", {"left": (), "right": ()}),
    ],
)
def test_cycles_of_committed_tracks(exercise_id: str, starts: dict[str, tuple[float, ...]]) -> None:
    cycles = cycles_of(exercise_id)
    assert cycles.starts.keys() == starts.keys()
    for side, times in starts.items():
        assert cycles.starts[side] == pytest.approx(times), side
    assert bool(cycles) == any(starts.values())


def test_every_track_has_the_same_cycles_in_every_language(catalog: Catalog) -> None:
    for ex in catalog:
        english = cycles_of(ex.id)
        assert cycles_of(ex.id, "de") == english, ex.id
        if ex.sides == "each":
            assert set(english.starts) == {"left", "right"}, ex.id
        for side, times in english.starts.items():
            assert list(times) == sorted(times) and all(0 <= t < english.length for t in times)
            if side == "right":
                assert all(t > max(english.starts["left"], default=0.0) for t in times), ex.id


def test_each_cycle_starts_with_the_sides_first_phase_word() -> None:
    track = load_vtt(assets_dir() / cue_track_path("calf-raise-sequence"))
    cycles = find_cycles(track)
    for side in ("left", "right"):
        assert len(cycles.starts[side]) == 2
        for start in cycles.starts[side]:
            heads = [c.text for c in track.active(start) if c.identifier.startswith("phase-")]
            assert heads == ["Up 1 s"]


def test_nearest_counts_across_the_loop() -> None:
    cycles = cycles_of("heel-raise-323")
    assert cycles.nearest("right", 1.0) == 8.8
    assert cycles.nearest("left", 9.5) == 0.0
    assert cycles.nearest("left", 17.5) == 0.0
    # a side the clip does not show alone: any cycle start will do
    assert cycles.nearest(None, 8.0) == 8.8
    twice = cycles_of("heel-rise-test")
    assert twice.nearest("left", 1.8) == 2.0
    assert twice.nearest("left", 9.5) == 0.0  # 0.1 s from the loop's end is next to its start
    assert cycles_of("forefoot-hops").nearest(None, 1.0) is None


def test_a_track_without_identifiers_has_no_cycles() -> None:
    track = parse_vtt("WEBVTT\n\n00:00.000 --> 00:01.000\nUp\n\n00:01.000 --> 00:02.000\nDown\n")
    assert not find_cycles(track)


def _keys(item: PlanItem) -> list[tuple[int, int]]:
    """The distinct cycle keys a session of ``item`` passes through, sampled every 0.1 s."""
    timeline = Timeline.build([item], Pacing(get_ready_s=3))
    keys: list[tuple[int, int]] = []
    for n in range(int(timeline.total_s * 10)):
        key = cycle_key(timeline.at(n / 10 + 0.05))
        if key is not None and (not keys or keys[-1] != key):
            keys.append(key)
    return keys


def test_tempo_and_held_reps_start_a_cycle_every_rep() -> None:
    tempo = PlanItem("x", "x", sets=1, reps=3, tempo=Tempo(1, 1, 1), one_sided=True)
    assert _keys(tempo) == [(1, 1), (1, 2), (1, 3), (3, 1), (3, 2), (3, 3)]
    held = PlanItem("x", "x", sets=2, reps=2, hold_s=2, rest_s=5)
    assert _keys(held) == [(1, 1), (1, 2), (3, 1), (3, 2)]


def test_counted_reps_holds_and_timed_work_start_one_cycle_a_set() -> None:
    hops = PlanItem("x", "x", sets=2, reps=8, count_unit="hops", rest_s=5)
    assert _keys(hops) == [(1, 0), (3, 0)]
    hold = PlanItem("x", "x", sets=1, hold_s=5, one_sided=True)
    assert _keys(hold) == [(1, 0), (3, 0)]
    assert _keys(PlanItem("x", "x", duration_s=4)) == [(1, 0)]
    lead_in = Timeline.build([hold], Pacing(get_ready_s=3)).at(1.0)
    assert cycle_key(lead_in) is None
