"""Shared pieces for the Session page tests: a fake clock, short plans, made-up clips."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from media_fixtures import make_clip, make_vtt

from footgui.core.session_plan import SessionPlan
from footgui.core.timeline import Pacing, PlanItem, Tempo

if TYPE_CHECKING:
    from footgui.ui.session.page import SessionPage

FAST = Pacing(get_ready_s=4, back_s=3, countdown_s=3, switch_sides_s=3, transition_s=4, rep_s=1)

# Catalog ids (their clips are made below), with doses short enough to play in a test.
HEEL = PlanItem(
    "heel-raise-323",
    "Single-leg heel raise",
    sets=2,
    reps=2,
    tempo=Tempo(1, 1, 1),
    rest_s=5,
    one_sided=True,
    cues=("Rise tall", "Lower slowly"),
)
HOPS = PlanItem("forefoot-hops", "Forefoot hops", sets=1, reps=4, rest_s=5, count_unit="hops")
STRETCH = PlanItem("calf-soleus-stretch", "Calf stretch", sets=1, hold_s=5, block="finisher")


def short_plan(*items: PlanItem) -> SessionPlan:
    return SessionPlan("s1-strength", "Test session", 1, items or (HEEL, HOPS, STRETCH), FAST)


class FakeClock:
    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_session_page(qtbot: Any, ctx: Any) -> Iterator[SessionPage]:
    """A shown Session page on ``ctx`` with the silent mock voice; shut down after the test."""
    from footgui.ui.session.page import SessionPage

    ctx.settings.setValue("sound/engine", "mock")
    widget = SessionPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.shutdown()


def make_assets(root: Path, exercise_ids: list[str]) -> Path:
    """An assets folder with a short clip and cue track for each id."""
    clips = root / "clips"
    for n, exercise_id in enumerate(exercise_ids):
        make_clip(clips / f"{exercise_id}.webm", 1.0, shade=n * 40)
        make_vtt(
            clips / f"{exercise_id}.vtt", [(0.0, 0.5, f"{exercise_id} first"), (0.5, 1.0, "second")]
        )
    return root
