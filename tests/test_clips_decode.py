"""The committed demo clips: present for every exercise, and playable by the app's own backend.

Each clip is opened with QMediaPlayer into a QVideoSink (Qt Multimedia's FFmpeg
backend, offscreen), the way the Session page plays it. One player is reused
with a Qt parent and deleted at the end: players left connected at interpreter
exit crashed this PySide6 build (PITFALLS.md). Every wait has a timeout.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from footgui.core.cuetrack import load_vtt
from footgui.paths import assets_dir

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from footgui.core.catalog import Catalog

WIDTH, HEIGHT, FPS = 854, 480, 30
MAX_TOTAL_BYTES = 15_000_000


def _expected_seconds(catalog: Catalog) -> dict[str, float]:
    """The loop length each clip must have, from the animation data and the dose."""
    from footgui.demos.render import build_plans

    plans, errors = build_plans(catalog)
    assert errors == []
    return {p.exercise_id: round(p.duration * FPS) / FPS for p in plans}


def test_every_exercise_has_a_clip_and_a_cue_track(catalog: Catalog) -> None:
    root = assets_dir()
    missing = [
        rel
        for ex in catalog
        for rel in (ex.clip, ex.cue_track)
        if not (root / rel).is_file() or (root / rel).stat().st_size == 0
    ]
    assert missing == []


def test_all_clips_together_fit_the_size_budget(catalog: Catalog) -> None:
    total = sum((assets_dir() / ex.clip).stat().st_size for ex in catalog)
    assert 0 < total <= MAX_TOTAL_BYTES


def test_cue_tracks_parse_and_fit_inside_their_clips(catalog: Catalog) -> None:
    expected = _expected_seconds(catalog)
    for ex in catalog:
        track = load_vtt(assets_dir() / ex.cue_track)
        assert track.cues, ex.id
        assert all(0.0 <= c.start < c.end for c in track.cues), ex.id
        assert track.end <= expected[ex.id] + 0.001, ex.id
        texts = {c.text for c in track.cues}
        assert set(ex.cues) <= texts, f"{ex.id}: a form cue is missing from the track"


@pytest.fixture
def player(qapp: object) -> Iterator[tuple[object, object, list[object]]]:
    from PySide6.QtCore import QObject
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    owner = QObject()
    media = QMediaPlayer(owner)
    sink = QVideoSink(owner)
    media.setVideoSink(sink)
    frames: list[object] = []

    def keep(frame: object) -> None:
        if len(frames) < 8:
            frames.append(frame)

    sink.videoFrameChanged.connect(keep)
    yield media, sink, frames
    media.stop()
    sink.videoFrameChanged.disconnect(keep)
    media.setVideoSink(None)
    owner.deleteLater()
    del media, sink


def _not_blank(image: object) -> bool:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 29) for y in range(0, image.height(), 19)
    }
    return len(colours) > 20


def test_every_clip_decodes_with_its_size_and_length(
    catalog: Catalog, qtbot: QtBot, player: tuple[object, object, list[object]]
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame

    media, _sink, frames = player
    assert isinstance(media, QMediaPlayer)
    expected = _expected_seconds(catalog)
    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    for ex in catalog:
        path: Path = assets_dir() / ex.clip
        frames.clear()
        media.setSource(QUrl.fromLocalFile(str(path)))
        qtbot.waitUntil(lambda: media.mediaStatus() in loaded, timeout=5000)
        assert media.error() == QMediaPlayer.Error.NoError, f"{ex.id}: {media.errorString()}"
        assert abs(media.duration() / 1000 - expected[ex.id]) <= 0.1, (
            f"{ex.id}: {media.duration()} ms, expected {expected[ex.id]:.3f} s"
        )
        media.play()
        qtbot.waitUntil(lambda: len(frames) >= 3, timeout=5000)
        media.stop()
        frame = frames[-1]
        assert isinstance(frame, QVideoFrame) and frame.isValid(), ex.id
        assert (frame.width(), frame.height()) == (WIDTH, HEIGHT), ex.id
        assert _not_blank(frame.toImage()), f"{ex.id}: the decoded frame is blank"
