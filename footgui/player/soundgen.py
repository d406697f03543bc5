"""Writes the session's beeps and ticks as WAV files into ``resources/sounds/``.

The sounds are synthesised (sine tones with short fades, no samples from
anywhere) so that they are ours to ship and the same bytes come out every
time; a test regenerates them and compares. Run after changing a sound:

    python -m footgui.player.soundgen resources/sounds
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
FADE_S = 0.005

# name -> list of (frequency Hz, seconds, amplitude 0..1); 0 Hz is silence
SOUNDS: dict[str, list[tuple[float, float, float]]] = {
    "countdown": [(880.0, 0.12, 0.55)],
    "go": [(1320.0, 0.30, 0.6)],
    "phase": [(660.0, 0.08, 0.45)],
    "tick": [(1600.0, 0.03, 0.45)],
    "end": [(990.0, 0.14, 0.55), (0.0, 0.04, 0.0), (660.0, 0.2, 0.55)],
    "finish": [(660.0, 0.15, 0.5), (880.0, 0.15, 0.5), (1320.0, 0.35, 0.55)],
    "notice": [(740.0, 0.1, 0.5), (0.0, 0.06, 0.0), (740.0, 0.1, 0.5)],
}


def _tone(freq: float, seconds: float, amp: float) -> list[int]:
    n = round(seconds * RATE)
    fade = max(1, round(FADE_S * RATE))
    out = []
    for i in range(n):
        env = min(1.0, i / fade, (n - 1 - i) / fade) if freq > 0 else 0.0
        value = amp * env * math.sin(2 * math.pi * freq * i / RATE) if freq > 0 else 0.0
        out.append(round(value * 32767))
    return out


def render(name: str) -> bytes:
    """The WAV file's bytes for sound ``name`` (16-bit mono, 44.1 kHz)."""
    samples: list[int] = []
    for freq, seconds, amp in SOUNDS[name]:
        samples += _tone(freq, seconds, amp)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SOUNDS:
        path = folder / f"{name}.wav"
        path.write_bytes(render(name))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m footgui.player.soundgen FOLDER\n")
        return 2
    for path in write_all(Path(args[0])):
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
