"""Small real video files for player tests, made with PyAV into temporary folders.

The demo clips in assets/ are rendered by their own tool; the player's tests
must not depend on them, and they need broken files the assets never hold.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np


def make_clip(
    path: Path,
    seconds: float = 2.0,
    *,
    fps: int = 30,
    size: tuple[int, int] = (320, 180),
    codec: str = "libvpx-vp9",
    shade: int = 0,
) -> Path:
    """A clip whose frames move (a bar sweeping across), so frames are not all alike."""
    width, height = size
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=fps)
        stream.width = width
        stream.height = height
        stream.pix_fmt = "yuv420p"
        if codec == "libvpx-vp9":
            stream.options = {"deadline": "realtime", "cpu-used": "8", "lag-in-frames": "0"}
        stream.codec_context.time_base = Fraction(1, fps)
        frames = max(1, round(seconds * fps))
        for i in range(frames):
            img = np.full((height, width, 3), (40 + shade) % 256, dtype=np.uint8)
            x = int(i / frames * (width - 20))
            img[:, x : x + 20] = (230, 120, 30)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def make_vtt(path: Path, cues: list[tuple[float, float, str]]) -> Path:
    def stamp(s: float) -> str:
        ms = round(s * 1000)
        return (
            f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
        )

    body = "".join(f"{stamp(a)} --> {stamp(b)}\n{text}\n\n" for a, b, text in cues)
    path.write_text("WEBVTT\n\n" + body, encoding="utf-8")
    return path


def truncate(src: Path, dst: Path, fraction: float = 0.4) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: max(1, int(len(data) * fraction))])
    return dst


def garbage(path: Path, size: int = 50_000) -> Path:
    """Bytes with a video file's name and no video in them."""
    rng = np.random.default_rng(7)
    path.write_bytes(rng.integers(0, 256, size, dtype=np.uint8).tobytes())
    return path


def make_audio_only(path: Path, seconds: float = 1.0) -> Path:
    """A valid WebM with sound and no picture."""
    rate = 48_000
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libopus", rate=rate)
        stream.layout = "mono"
        chunk = 960
        for i in range(int(seconds * rate / chunk)):
            frame = av.AudioFrame.from_ndarray(
                np.zeros((1, chunk), dtype=np.int16), format="s16", layout="mono"
            )
            frame.sample_rate = rate
            frame.pts = i * chunk
            frame.time_base = Fraction(1, rate)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
