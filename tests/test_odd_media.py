"""Odd media files: each plays or gets a plain message within 5 s, never a hang."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from media_fixtures import make_clip

from footgui.player.clip import ClipPlayer, ClipState


def portrait_with_rotation(path: Path) -> Path:
    """An H.264 phone-style clip: 180x320 stored, with rotation metadata."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = 180, 320, "yuv420p"
        stream.metadata["rotate"] = "90"
        for i in range(15):
            img = np.full((320, 180, 3), 60, dtype=np.uint8)
            img[i * 10 : i * 10 + 40, :] = (200, 80, 40)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 30)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("odd")
    good = make_clip(d / "good.webm", 1.0)
    wrong_ext = d / "really-webm.mp4"
    shutil.copy(good, wrong_ext)
    return {
        "wrong_extension": wrong_ext,
        "other_codec": make_clip(d / "mpeg4.mkv", 0.5, codec="mpeg4"),
        "very_high_resolution": make_clip(d / "uhd.webm", 0.3, fps=10, size=(3840, 2160)),
        "portrait_rotated": portrait_with_rotation(d / "portrait.mp4"),
        "good": good,
    }


@pytest.fixture
def player(qtbot) -> Iterator[ClipPlayer]:  # type: ignore[no-untyped-def]
    p = ClipPlayer()
    yield p
    p.close()
    p.deleteLater()


@pytest.mark.parametrize(
    "name", ["wrong_extension", "other_codec", "very_high_resolution", "portrait_rotated"]
)
def test_odd_file_plays_or_says_why_within_five_seconds(
    qtbot, player: ClipPlayer, odd: dict[str, Path], name: str
) -> None:  # type: ignore[no-untyped-def]
    player.load(odd[name], None, label="demo clip")
    qtbot.waitUntil(lambda: player.state in (ClipState.PLAYING, ClipState.ERROR), timeout=5000)
    if player.state is ClipState.ERROR:
        assert player.message.startswith("The demo clip"), player.message
    # whatever happened, the player is not stuck: a good clip plays next
    player.load(odd["good"], None)
    qtbot.waitUntil(lambda: player.state is ClipState.PLAYING, timeout=5000)
