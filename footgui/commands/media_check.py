"""``footgui media-check``: does this build really play video and speak?

Why a command of its own: a frozen bundle that lost one of the libraries Qt
Multimedia's FFmpeg plugin links (QtQuick, QtQml, QtOpenGL, ...) still starts
and even imports QtMultimedia, but plays no video (PITFALLS.md). Only playing
a real clip to its end proves the media stack works, so the packaging smoke
test runs this in the installed app. It also checks that at least one
text-to-speech plugin loads and, with ``--modules``, that every footgui module
imports (a bundle filter that drops a module a page needs shows up here, not
when the user opens that page).

Each check prints one line; the exit code says whether all passed.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from footgui.cli import CommandContext

MIN_MODULES = 10  # fewer means the module walk itself failed in this build


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--clip", metavar="FILE", help="video to play (default: the first exercise's demo clip)"
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, metavar="S", help="give up after S seconds"
    )
    parser.add_argument("--modules", action="store_true", help="also import every footgui module")


def play_to_end(path: Path, timeout_s: float) -> tuple[int, int]:
    """Play ``path`` once without sound; (valid frames seen, duration in ms).

    Raises RuntimeError with the backend's words when the clip does not reach
    its end: an error, invalid media, no frame at all, or the timeout.
    """
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    loop = QEventLoop()
    player = QMediaPlayer()
    if not player.isAvailable():
        player.deleteLater()
        raise RuntimeError(
            "Qt Multimedia has no media backend: its FFmpeg plugin did not load "
            "(run with QT_DEBUG_PLUGINS=1 to see why)"
        )
    sink = QVideoSink()
    player.setVideoSink(sink)
    frames = 0
    outcome: list[str] = []

    def on_frame(frame: QVideoFrame) -> None:
        nonlocal frames
        if frame.isValid():
            frames += 1

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            outcome.append("end")
            loop.quit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            outcome.append(f"invalid media: {player.errorString() or 'no reason given'}")
            loop.quit()

    def on_error(_error: QMediaPlayer.Error, text: str) -> None:
        outcome.append(f"error: {text}")
        loop.quit()

    def on_timeout() -> None:
        outcome.append(f"did not reach the end within {timeout_s:g} s")
        loop.quit()

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(on_timeout)
    try:
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        watchdog.start(int(timeout_s * 1000))
        if not outcome:
            loop.exec()
        duration = player.duration()
    finally:
        # Players left connected at interpreter exit crash this PySide6 build.
        watchdog.stop()
        player.stop()
        sink.videoFrameChanged.disconnect(on_frame)
        player.mediaStatusChanged.disconnect(on_status)
        player.errorOccurred.disconnect(on_error)
        player.setVideoSink(None)  # type: ignore[arg-type]
        player.setSource(QUrl())
        player.deleteLater()
        sink.deleteLater()
        app.processEvents()
    if outcome[0] != "end":
        raise RuntimeError(f"{path.name}: {outcome[0]}")
    if frames == 0:
        raise RuntimeError(f"{path.name} reached its end without a single video frame")
    return frames, duration


def _default_clip(ctx: CommandContext) -> Path:
    from footgui.paths import assets_dir

    root = assets_dir()
    for ex in ctx.catalog:
        path = root / ex.clip
        if path.is_file():
            return path
    raise RuntimeError(f"no demo clip found in {root}")


def _video(args: argparse.Namespace, ctx: CommandContext) -> str:
    from pathlib import Path

    path = Path(args.clip) if args.clip else _default_clip(ctx)
    frames, duration = play_to_end(path, args.timeout)
    return f"video: {path.name} played to its end ({frames} frames, {duration / 1000:.1f} s)"


def _speech(_args: argparse.Namespace, _ctx: CommandContext) -> str:
    from PySide6.QtTextToSpeech import QTextToSpeech

    engines = QTextToSpeech.availableEngines()
    if not engines:
        raise RuntimeError("no text-to-speech plugin loads (the bundle has none?)")
    real = [e for e in engines if e != "mock"]
    note = "" if real else " (no real engine: install speech-dispatcher and espeak-ng)"
    return f"speech: engines {', '.join(engines)}{note}"


def _modules(_args: argparse.Namespace, _ctx: CommandContext) -> str:
    import importlib
    import pkgutil

    import footgui

    names = [m.name for m in pkgutil.walk_packages(footgui.__path__, "footgui.")]
    if len(names) < MIN_MODULES:
        raise RuntimeError(f"only {len(names)} footgui modules found: {names}")
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        shown = "; ".join(failed)
        raise RuntimeError(f"{len(failed)} of {len(names)} modules fail to import: {shown}")
    return f"modules: all {len(names)} footgui modules import"


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a check, not a window
    checks = [("video", _video), ("speech", _speech)]
    if args.modules:
        checks.append(("modules", _modules))
    failed = 0
    for name, check in checks:
        try:
            ctx.out.write(f"ok    {check(args, ctx)}\n")
        except Exception as exc:
            failed += 1
            ctx.out.write(f"FAIL  {name}: {exc}\n")
        ctx.out.flush()
    ctx.out.write("media-check passed\n" if not failed else f"media-check: {failed} failed\n")
    return 0 if not failed else 1
