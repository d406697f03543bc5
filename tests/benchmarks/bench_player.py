"""The session player's timing and memory, through the real Session page.

- ``timer_drift_ms``: a 3-minute session at real speed in the Qt event loop,
  clip playing and the page repainting; |observed - scheduled| time of the
  last segment boundary (the largest over all boundaries is logged, to show
  the error does not grow with time).
- ``cue_latency_p95_ms``: p95 of (fire time - scheduled time) over every cue
  of that session, measured in a slot connected after the page's own, so it
  includes handing the cue to the sound and voice objects.
- ``clip_switch_ms``: median time from "next exercise" (the Next control,
  which moves to the next exercise's preview) to the first frame of its clip.
- ``rss_growth_mb``: resident memory after 100 such switches minus before.
- ``sync_seek_ms``: median time from ``ClipPlayer.sync_to_cycle`` (a rep
  starts) to the first frame at the cycle start, on a real demo clip,
  alternating sides so every call is a real jump. ``sync_overhead_ms`` is
  that minus a plain ``QMediaPlayer.setPosition`` to the same places on a
  bare player in the same run (what the cue-track lookup and the state
  checks add); the time the call blocks the UI is logged.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: media_fixtures

log = logging.getLogger("bench.player")

CLIP_IDS = ("bench-a", "bench-b", "bench-c", "bench-d")
SWITCHES = 100
WARMUP_SWITCHES = 10
SYNC_CLIP = "heel-raise-323"  # a one-sided demo: its two sides' cycles are 8.8 s apart
SEEKS = 40


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


def _wait(app: Any, done: Any, timeout_s: float) -> bool:
    """Run the event loop until ``done()`` or the timeout (no processEvents(maxtime))."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    poll.start()
    limit.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    limit.stop()
    return bool(done())


def _setup(root: Path) -> tuple[Any, Any]:
    from media_fixtures import make_clip, make_vtt
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from footgui.core.catalog import load_catalog
    from footgui.paths import assets_dir, user_paths
    from footgui.store.db import open_database
    from footgui.ui.context import AppBus, AppContext
    from footgui.ui.style import STYLE

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE)  # type: ignore[union-attr]
    clips = root / "assets" / "clips"
    for n, clip_id in enumerate(CLIP_IDS):
        make_clip(clips / f"{clip_id}.webm", 2.0, size=(854, 480), shade=n * 50)
        make_vtt(clips / f"{clip_id}.vtt", [(0.0, 1.0, "Up"), (1.0, 2.0, "Down")])
    for suffix in (".webm", ".vtt"):
        shutil.copy(assets_dir() / "clips" / f"{SYNC_CLIP}{suffix}", clips / f"{SYNC_CLIP}{suffix}")
    os.environ["FOOTGUI_ASSETS"] = str(root / "assets")
    paths = user_paths(root / "data")
    db = open_database(f"sqlite:///{paths.database}", backup_dir=paths.backups)
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/engine", "mock")
    ctx = AppContext(db=db, catalog=load_catalog(), paths=paths, settings=settings, bus=AppBus())
    return app, ctx


def _three_minute_plan() -> Any:
    from footgui.core.session_plan import SessionPlan
    from footgui.core.timeline import Pacing, PlanItem, Tempo

    a, b, c, d = CLIP_IDS
    items = (
        PlanItem(a, "Tempo raise", sets=2, reps=2, tempo=Tempo(3, 2, 3), rest_s=8,
                 one_sided=True, cues=("Rise tall", "Pause at the top", "Lower slowly")),
        PlanItem(b, "Hops", sets=2, reps=16, rest_s=8, count_unit="hops",
                 cues=("Soft knees", "Quiet landings")),
        PlanItem(c, "Balance", sets=1, hold_s=15, one_sided=True, cues=("Eyes on a spot",)),
        PlanItem(d, "Toe spread", sets=1, reps=2, hold_s=4, cues=("Spread wide",)),
    )  # fmt: skip
    return SessionPlan("bench", "Bench session", 1, items, Pacing(get_ready_s=5, transition_s=10))


def _timing(app: Any, ctx: Any) -> dict[str, float]:
    from footgui.core.timeline import CueEvent, Timeline
    from footgui.ui.session.page import SessionPage

    page = SessionPage(ctx)
    page.resize(1280, 760)
    page.show()
    plan = _three_minute_plan()
    total = Timeline.build(plan.items, plan.pacing).total_s
    log.info("timing session: %.0f s at real speed", total)
    page.start_plan(plan)
    runner = page.runner
    assert runner is not None
    boundaries: list[float] = []
    lateness: list[float] = []

    def on_segment(index: int) -> None:
        seg = runner.timeline.segments[index]
        boundaries.append(time.monotonic() - runner.playback.clock_at(seg.start))

    def on_cue(event: CueEvent) -> None:
        lateness.append(time.monotonic() - runner.playback.clock_at(event.t))

    runner.segmentChanged.connect(on_segment)
    runner.cue.connect(on_cue)
    finished_at: list[float] = []
    runner.finished.connect(lambda: finished_at.append(time.monotonic()))
    painted_before = page.run_view.video.frames_painted
    ok = _wait(app, lambda: bool(finished_at), total + 30)
    if not ok:
        raise RuntimeError("the benchmark session did not finish")
    frames = page.run_view.video.frames_painted - painted_before
    end_drift = finished_at[0] - runner.playback.clock_at(runner.timeline.total_s)
    boundaries_seen = list(runner.boundaries)
    page.shutdown()
    page.deleteLater()
    observed = [t - scheduled for scheduled, t in boundaries_seen]
    log.info(
        "runner: %d boundaries, last %.2f ms, worst %.2f ms; in slots after the page's: "
        "last %.2f ms, worst %.2f ms; end of session %.2f ms; cues: %d, max %.2f ms; "
        "frames painted: %d",
        len(observed), observed[-1] * 1000, max(observed) * 1000,
        boundaries[-1] * 1000, max(abs(b) for b in boundaries) * 1000,
        end_drift * 1000, len(lateness), max(lateness) * 1000, frames,
    )  # fmt: skip
    return {
        "drift_ms": abs(observed[-1]) * 1000,
        "cue_p95_ms": statistics.quantiles([x * 1000 for x in lateness], n=20)[-1],
    }


def _switches(app: Any, ctx: Any) -> dict[str, float]:
    from footgui.core.session_plan import SessionPlan
    from footgui.core.timeline import Pacing, PlanItem
    from footgui.player.clip import ClipState
    from footgui.ui.session.page import SessionPage

    page = SessionPage(ctx)
    page.resize(1280, 760)
    page.show()
    count = WARMUP_SWITCHES + SWITCHES + 1
    items = tuple(
        PlanItem(CLIP_IDS[i % len(CLIP_IDS)], f"Exercise {i}", sets=1, duration_s=60)
        for i in range(count)
    )
    page.start_plan(SessionPlan("bench", "Switches", 1, items, Pacing(get_ready_s=5)))
    runner = page.runner
    assert runner is not None
    clip = page.clip
    first_frames: list[float] = []
    clip.firstFrame.connect(lambda: first_frames.append(time.perf_counter()))
    _wait(app, lambda: clip.state is ClipState.PLAYING, 5)
    times: list[float] = []
    rss_start = 0.0
    for n in range(WARMUP_SWITCHES + SWITCHES):
        if n == WARMUP_SWITCHES:
            gc.collect()
            rss_start = _rss_mb()
        # get ready / transition -> its work: same clip, then work -> next transition: new clip
        while runner.current().segment is not None and runner.current().segment.kind != "work":  # type: ignore[union-attr]
            page.skip()
        before = len(first_frames)
        start = time.perf_counter()
        page.skip()  # next exercise: its preview starts
        if not _wait(app, lambda b=before: len(first_frames) > b, 3):  # type: ignore[misc]
            raise RuntimeError(f"no first frame after switch {n}: {clip.state} {clip.message}")
        if n >= WARMUP_SWITCHES:
            times.append((first_frames[-1] - start) * 1000)
        _wait(app, lambda: False, 0.03)  # let a few frames paint
    gc.collect()
    rss_end = _rss_mb()
    page.shutdown()
    page.deleteLater()
    log.info(
        "clip switches: %d, median %.1f ms, max %.1f ms; RSS %.1f -> %.1f MB",
        len(times), statistics.median(times), max(times), rss_start, rss_end,
    )  # fmt: skip
    return {"switch_ms": statistics.median(times), "rss_growth_mb": rss_end - rss_start}


def _seeks(app: Any, root: Path) -> dict[str, float]:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from footgui.player.clip import ClipPlayer, ClipState

    clips = root / "assets" / "clips"
    clip = ClipPlayer()
    clip.load(clips / f"{SYNC_CLIP}.webm", clips / f"{SYNC_CLIP}.vtt", label="demo clip")
    if not _wait(app, lambda: clip.state is ClipState.PLAYING, 5) or not clip.cycles:
        raise RuntimeError(f"the sync clip did not play: {clip.state} {clip.message}")
    targets = {side: clip.cycles.starts[side][0] for side in ("left", "right")}
    synced: list[float] = []
    calls: list[float] = []
    for n in range(SEEKS):
        side = ("right", "left")[n % 2]
        start = time.perf_counter()
        if not clip.sync_to_cycle(side):
            raise RuntimeError(f"sync {n} to the {side} side did not seek")
        calls.append((time.perf_counter() - start) * 1000)
        if not _wait(app, lambda s=side: 0 <= clip.frame_s - targets[s] < 0.1, 3):  # type: ignore[misc]
            raise RuntimeError(f"sync {n} did not land: frame at {clip.frame_s} s")
        synced.append((time.perf_counter() - start) * 1000)
        _wait(app, lambda: False, 0.03)
    clip.close()

    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    player.setLoops(QMediaPlayer.Loops.Infinite)
    shown = [-1.0]
    sink.videoFrameChanged.connect(lambda f: shown.__setitem__(0, max(f.startTime(), 0) / 1e6))
    player.setSource(QUrl.fromLocalFile(str(clips / f"{SYNC_CLIP}.webm")))
    player.play()
    _wait(app, lambda: shown[0] >= 0, 5)
    plain: list[float] = []
    for n in range(SEEKS):
        target = targets[("right", "left")[n % 2]]
        start = time.perf_counter()
        player.setPosition(round(target * 1000) + 10)  # as ClipPlayer does: into the frame
        if not _wait(app, lambda t=target: 0 <= shown[0] - t < 0.1, 3):  # type: ignore[misc]
            raise RuntimeError(f"plain seek {n} did not land: frame at {shown[0]} s")
        plain.append((time.perf_counter() - start) * 1000)
        _wait(app, lambda: False, 0.03)
    player.stop()
    player.setVideoSink(None)  # type: ignore[arg-type]
    player.setSource(QUrl())
    player.deleteLater()
    sink.deleteLater()
    log.info(
        "sync seeks: %d, median %.1f ms, max %.1f ms (call blocks median %.2f ms, max %.2f ms); "
        "plain setPosition: median %.1f ms, max %.1f ms",
        len(synced), statistics.median(synced), max(synced), statistics.median(calls),
        max(calls), statistics.median(plain), max(plain),
    )  # fmt: skip
    return {
        "sync_ms": statistics.median(synced),
        "overhead_ms": statistics.median(synced) - statistics.median(plain),
    }


def run() -> dict[str, dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="footgui-bench-player-") as tmp:
        app, ctx = _setup(Path(tmp))
        switching = _switches(app, ctx)
        seeking = _seeks(app, Path(tmp))
        timing = _timing(app, ctx)
        ctx.db.close()
    return {
        "timer_drift_ms": {"value": round(timing["drift_ms"], 3), "unit": "ms", "target": 5},
        "cue_latency_p95_ms": {"value": round(timing["cue_p95_ms"], 3), "unit": "ms", "target": 20},
        "clip_switch_ms": {"value": round(switching["switch_ms"], 2), "unit": "ms", "target": 200},
        "rss_growth_mb": {
            "value": round(switching["rss_growth_mb"], 2),
            "unit": "MB",
            "target": 10,
        },
        "sync_seek_ms": {"value": round(seeking["sync_ms"], 2), "unit": "ms", "target": 50},
        "sync_overhead_ms": {
            "value": round(seeking["overhead_ms"], 2),
            "unit": "ms",
            "target": 5,
        },
    }


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, metric in run().items():
        sys.stdout.write(f"{name}: {metric}\n")
