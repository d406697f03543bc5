"""A long session on a fast fake clock: 500+ segments, clip switches, no leak, no error."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from session_fixtures import FakeClock, make_assets, short_plan

from footgui.core.timeline import PlanItem, Tempo
from footgui.ui.session.page import SessionPage

IDS = ["toe-curls", "towel-scrunches", "forefoot-hops"]


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.slow
def test_five_hundred_segments_without_growth_or_errors(
    qtbot, app_ctx, tmp_path: Path, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FOOTGUI_ASSETS", str(make_assets(tmp_path / "assets", IDS)))
    app_ctx.settings.setValue("sound/engine", "mock")
    items = tuple(
        PlanItem(IDS[n % 3], f"Move {n}", sets=2, reps=2, tempo=Tempo(1, 0, 1), rest_s=3)
        for n in range(130)
    )
    page = SessionPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    clock = FakeClock()
    page.clock = clock
    page.start_plan(short_plan(*items))
    runner = page.runner
    assert runner is not None
    segments = len(runner.timeline.segments)
    assert segments >= 500
    switches = 0
    last_clip = None
    baseline = None
    with caplog.at_level(logging.WARNING):
        for step in range(20_000):
            if page.stack.currentWidget() is not page.run_view:
                break
            clock.advance(0.5)
            runner.process()
            if page.clip.path != last_clip and page.clip.path is not None:
                last_clip = page.clip.path
                switches += 1
                qtbot.waitUntil(lambda: page.clip.state.name in ("PLAYING", "ERROR"), timeout=5000)
            if step == 400:
                baseline = rss_mb()
    assert page.stack.currentWidget() is page.checkin, "the session did not reach its end"
    assert switches >= 130
    assert baseline is not None and rss_mb() - baseline < 20
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]
    page.shutdown()
