"""WebVTT cue tracks for the clips: phases and form cues at the moments they matter.

Cue identifiers say what a cue is ("phase-3", "form-2", "switch-1") so the
player can treat phases and form cues differently; overlapping cues are
allowed by WebVTT and the player shows all that are active. Times are
rounded to milliseconds and clamped inside the clip.

A track in another language is written from the plan of the same exercise
in that language's catalog (same timing, translated form cues) with the
phase words of ``words.<language>.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from footgui.core.cuetrack import format_timestamp
from footgui.demos.anim import ClipPlan, TimedText

if TYPE_CHECKING:
    from footgui.demos.words import ClipWords


def _clean(text: str) -> str:
    """Cue text cannot hold a blank line or an arrow; markup characters are escaped."""
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "->")


def phase_text(item: TimedText, words: ClipWords | None = None) -> str:
    """A phase or switch cue: its word (translated by ``words``) and its dose in seconds."""
    name = item.text if words is None else words.word(item.text)
    if item.dose_s is None:
        return name
    seconds = f"{item.dose_s:g}" if words is None else words.seconds(item.dose_s)
    return f"{name} {seconds} s"


def cue_items(
    plan: ClipPlan, clip_s: float | None = None, words: ClipWords | None = None
) -> list[tuple[str, float, float, str]]:
    """(identifier, start, end, text) for every cue, in time order, inside ``clip_s``.

    Form cues are the plan's own (from its catalog language); phase and
    switch words are translated with ``words`` when given.
    """
    limit = plan.duration if clip_s is None else min(plan.duration, clip_s)
    counters: dict[str, int] = {}
    items: list[tuple[str, float, float, str]] = []
    entries: Iterable[TimedText] = sorted(
        [*plan.phases, *plan.cues], key=lambda c: (c.start, c.kind != "phase", c.end)
    )
    for item in entries:
        start = min(max(item.start, 0.0), limit)
        end = min(max(item.end, 0.0), limit)
        if end - start < 0.05:
            continue
        counters[item.kind] = counters.get(item.kind, 0) + 1
        text = item.text if item.kind == "form" else phase_text(item, words)
        items.append((f"{item.kind}-{counters[item.kind]}", start, end, text))
    return items


def render_vtt(plan: ClipPlan, clip_s: float | None = None, words: ClipWords | None = None) -> str:
    language = f", {words.language}" if words is not None else ""
    lines = [
        "WEBVTT",
        "",
        f"NOTE footgui demo cues for {plan.exercise_id}{language} ({plan.duration:.3f} s loop)",
        "",
    ]
    for ident, start, end, text in cue_items(plan, clip_s, words):
        lines += [ident, f"{format_timestamp(start)} --> {format_timestamp(end)}", _clean(text), ""]
    return "\n".join(lines)
