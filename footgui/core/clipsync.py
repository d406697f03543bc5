"""Keeping the demo clip in step with the session timer.

A demo clip loops on its own clock while the timeline counts reps, so left
alone the figure goes down while the timer panel says "UP". The fix is to
jump the clip to the start of a movement cycle whenever the session starts
one. This module holds both halves of that decision, without Qt:

- ``find_cycles`` reads where the cycles start from the clip's cue track: a
  cycle starts at each repeat of a side's first timed phase cue ("Hold 2 s";
  the first phase cue when none is timed). A held rep's clip opens with an
  untimed lead-in ("Curl") the timeline has no phase for, so anchoring on
  the timed phase lets the clip say "Hold" when the timer does. Clips of
  one-sided exercises show the left side first, then a "switch-N" cue, then
  the right side (``footgui.demos.anim.plan_clip``), so the phases before
  the first switch are the left side's.
- ``cycle_key`` says which movement cycle the session is in, so the runner
  can tell when a new one starts.

A side with a single phase word (walking, hops, circles) has nothing the
timer could contradict, so it has no cycles and the clip is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from footgui.core.cuetrack import CueTrack
from footgui.core.timeline import Moment, Side

PHASE_PREFIX = "phase-"
SWITCH_PREFIX = "switch-"
BOTH = ""  # the key of a clip that shows both feet (no switch cue)
#: A phase cue with its length ("Hold 2 s", "Halten 2,5 s"): a phase the timeline times too.
TIMED = re.compile(r"\d+(?:[.,]\d+)? s$")


@dataclass(frozen=True)
class ClipCycles:
    """Cycle start times (seconds into the clip) per side the clip shows.

    Keys are "left" and "right" for a one-sided clip, ``BOTH`` otherwise.
    ``length`` is the loop's length, for measuring distance across the loop.
    """

    starts: dict[str, tuple[float, ...]]
    length: float

    def __bool__(self) -> bool:
        return any(self.starts.values())

    def for_side(self, side: Side | None) -> tuple[float, ...]:
        """The cycles showing ``side``; all of them when the clip does not show it alone.

        A both-feet clip, or a one-sided session item played without a side,
        still benefits from starting its rep at the start of a cycle.
        """
        if side is not None and self.starts.get(side):
            return self.starts[side]
        return tuple(sorted(t for times in self.starts.values() for t in times))

    def nearest(self, side: Side | None, t: float) -> float | None:
        """The cycle start for ``side`` closest to clip time ``t``, counting across the loop.

        The closest one is the smallest jump for the eye; across the loop
        because the clip repeats, so 0.1 s before the end is next to 0.
        """
        candidates = self.for_side(side)
        if not candidates:
            return None

        def distance(start: float) -> float:
            d = abs(start - t)
            return min(d, abs(self.length - d)) if self.length > 0 else d

        return min(candidates, key=distance)


def find_cycles(track: CueTrack) -> ClipCycles:
    """Where each side's movement cycles start in a demo clip's cue track."""
    phases = [c for c in track.cues if c.identifier.startswith(PHASE_PREFIX)]
    switches = [c for c in track.cues if c.identifier.startswith(SWITCH_PREFIX)]
    groups: dict[str, list[tuple[float, str]]] = {}
    if not switches:
        groups[BOTH] = [(c.start, c.text) for c in phases]
    else:
        first = switches[0]
        second_start = switches[1].start if len(switches) > 1 else track.end
        groups["left"] = [(c.start, c.text) for c in phases if c.start < first.start]
        groups["right"] = [(c.start, c.text) for c in phases if first.end <= c.start < second_start]
    starts: dict[str, tuple[float, ...]] = {}
    for side, group in groups.items():
        if len({text for _, text in group}) < 2:
            starts[side] = ()
            continue
        opener = next((text for _, text in group if TIMED.search(text)), group[0][1])
        starts[side] = tuple(start for start, text in group if text == opener)
    return ClipCycles(starts, track.end)


def cycle_key(moment: Moment) -> tuple[int, int] | None:
    """Which movement cycle the session is in: (segment index, rep); None outside work.

    Tempo and held reps start a cycle with every rep, so the clip's phase
    words can match the timer's. Counted reps (every 2 s, or every hop) have
    no phase word to contradict and would only chop the picture if the clip
    jumped with each one, so they start one cycle per set, like holds and
    timed work.
    """
    segment, item = moment.segment, moment.item
    if segment is None or item is None or segment.kind != "work":
        return None
    if item.work_kind in ("tempo", "held_reps"):
        return moment.index, moment.rep
    return moment.index, 0
