"""Encoding frames to VP9 WebM with PyAV, imported only when a clip is written.

PyAV is in the ``demos`` extra: the app plays the committed clips and never
needs it, so the import is deferred and a missing PyAV is a plain message.
One encoder thread and fixed settings keep the output byte-for-byte
repeatable; flat drawn frames compress well at a high CRF.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtGui import QImage

VP9_OPTIONS = {
    "deadline": "realtime",
    "cpu-used": "8",
    "crf": "38",
    "b": "0",
    "row-mt": "0",
    "threads": "1",
    "lag-in-frames": "0",
    "g": "150",
}


class EncoderMissing(RuntimeError):
    """PyAV is not installed: the renderer cannot write clips."""


def _av() -> Any:
    try:
        import av
    except ImportError as exc:
        raise EncoderMissing(
            "rendering demo clips needs PyAV: pip install 'footgui[demos]' (or pip install av)"
        ) from exc
    return av


class WebmWriter:
    """Writes QImage frames (Format_RGB32) to a VP9 WebM file at a fixed rate."""

    def __init__(self, path: Path, width: int, height: int, fps: int) -> None:
        av = _av()
        self._av = av
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # bitexact: no random segment id or muxer version in the header, so the
        # same frames always give the same file (and a re-render is no git change).
        self._container = av.open(str(path), "w", format="webm", options={"fflags": "+bitexact"})
        stream = self._container.add_stream("libvpx-vp9", rate=fps)
        stream.width = width
        stream.height = height
        stream.pix_fmt = "yuv420p"
        stream.options = dict(VP9_OPTIONS)
        stream.codec_context.time_base = Fraction(1, fps)
        self._stream = stream
        self._fps = fps
        self._index = 0
        self._width = width
        self._height = height
        # One padded BGRA frame reused for every picture: PyAV's own row
        # alignment keeps the colour conversion on swscale's fast path (a frame
        # made from an 854-pixel-wide array took 5x longer to convert).
        import numpy as np

        self._np = np
        self._bgra = av.VideoFrame(width, height, "bgra")
        plane = self._bgra.planes[0]
        self._rows = np.frombuffer(plane, dtype=np.uint8).reshape(height, plane.line_size)

    def write(self, image: QImage) -> None:
        np = self._np
        if image.format() != QImage.Format.Format_RGB32:
            image = image.convertToFormat(QImage.Format.Format_RGB32)
        stride = image.bytesPerLine()
        raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * self._height)
        row_bytes = self._width * 4
        self._rows[:, :row_bytes] = raw.reshape(self._height, stride)[:, :row_bytes]
        frame = self._bgra.reformat(format="yuv420p")
        frame.pts = self._index
        frame.time_base = Fraction(1, self._fps)
        self._index += 1
        for packet in self._stream.encode(frame):
            self._container.mux(packet)

    def close(self) -> None:
        for packet in self._stream.encode():
            self._container.mux(packet)
        self._container.close()

    def __enter__(self) -> WebmWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._container.close()
            self.path.unlink(missing_ok=True)
