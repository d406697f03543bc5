"""WebVTT cue tracks: the phase and form cues shown over a demo clip.

A small strict parser rather than a lenient one: a cue track is content we
ship (or a user may hand-edit), and a timestamp like ``00:1.5`` should come
back as "line 4: bad timestamp" instead of silently shifting a cue. Anything
wrong raises ``CueTrackError`` naming the source and line; the player then
plays the clip without an overlay and says why.

Supported: the ``WEBVTT`` header, NOTE/STYLE/REGION blocks (skipped), cue
identifiers, ``mm:ss.ttt`` and ``hh:mm:ss.ttt`` timestamps, cue settings
(ignored), multi-line text with tags and the common character references
removed for display.

Errors carry a ``Msg`` (``CueTrackError.text``) as well as their English
string, so the player can show why a cue track is not shown in the app's
language.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from footgui.core.text import Msg, translate

_TIMESTAMP = re.compile(r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})")
_TAG = re.compile(r"<[^>]*>")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": "\u00a0", "&lrm;": "", "&rlm;": ""}
_ARROW = "-->"
MAX_BYTES = 2_000_000


class CueTrackError(ValueError):
    """A cue track that cannot be used, with where and why."""

    def __init__(self, source: str, message: Msg, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        self.text = (
            translate("CueTrack", "{source}, line {line}: {reason}").format(
                source=source, line=line, reason=message
            )
            if line is not None
            else translate("CueTrack", "{source}: {reason}").format(source=source, reason=message)
        )
        super().__init__(str(self.text))


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str
    identifier: str = ""


@dataclass(frozen=True)
class CueTrack:
    cues: tuple[Cue, ...]
    _starts: tuple[float, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def of(cls, cues: list[Cue]) -> CueTrack:
        ordered = tuple(sorted(cues, key=lambda c: (c.start, c.end)))
        return cls(ordered, tuple(c.start for c in ordered))

    @property
    def end(self) -> float:
        return max((c.end for c in self.cues), default=0.0)

    def active(self, t: float) -> list[Cue]:
        """Cues showing at ``t`` (each is shown for start <= t < end)."""
        upto = bisect_right(self._starts, t)
        return [c for c in self.cues[:upto] if c.end > t]

    def text_at(self, t: float) -> str:
        return "\n".join(c.text for c in self.active(t))


def parse_timestamp(text: str, source: str = "<text>", line: int | None = None) -> float:
    """Seconds from a WebVTT timestamp (``mm:ss.ttt`` or ``hh:mm:ss.ttt``)."""
    match = _TIMESTAMP.fullmatch(text.strip())
    if match is None:
        raise CueTrackError(
            source,
            translate(
                "CueTrack", "bad timestamp {text} (expected mm:ss.ttt or hh:mm:ss.ttt)"
            ).format(text=repr(text.strip())),
            line,
        )
    hours, minutes, seconds, millis = match.groups()
    total_ms = ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)
    return total_ms / 1000


def format_timestamp(seconds: float) -> str:
    """The hh:mm:ss.ttt form of ``seconds`` (rounded to the millisecond)."""
    if seconds < 0:
        raise ValueError(f"a timestamp cannot be negative: {seconds}")
    total_ms = round(seconds * 1000)
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def plain_text(payload: str) -> str:
    """Cue text without tags and with character references decoded."""
    text = _TAG.sub("", payload)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text.strip()


def parse_vtt(text: str, source: str = "<text>") -> CueTrack:
    """Parse a whole WebVTT document; raises CueTrackError on the first problem."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not (lines[0] == "WEBVTT" or lines[0].startswith(("WEBVTT ", "WEBVTT\t"))):
        raise CueTrackError(
            source, translate("CueTrack", "not a WebVTT file (the first line must be WEBVTT)"), 1
        )
    n = 1
    while n < len(lines) and lines[n].strip():  # header lines up to the first blank
        if _ARROW in lines[n]:
            raise CueTrackError(
                source, translate("CueTrack", "a blank line must follow the WEBVTT header"), n + 1
            )
        n += 1
    cues: list[Cue] = []
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        block_start = n
        block: list[str] = []
        while n < len(lines) and lines[n].strip():
            block.append(lines[n])
            n += 1
        cue = _parse_block(block, block_start + 1, source)
        if cue is not None:
            cues.append(cue)
    return CueTrack.of(cues)


def _parse_block(block: list[str], first_line: int, source: str) -> Cue | None:
    head = block[0]
    if _ARROW not in head and (head.startswith(("NOTE", "STYLE", "REGION"))):
        return None
    identifier = ""
    timing_index = 0
    if _ARROW not in head:
        if len(block) < 2 or _ARROW not in block[1]:
            raise CueTrackError(
                source,
                translate(
                    "CueTrack", "expected a cue timing line 'start --> end', got {line}"
                ).format(line=repr(head)),
                first_line,
            )
        identifier = head.strip()
        timing_index = 1
    line_no = first_line + timing_index
    timing = block[timing_index]
    left, _, right = timing.partition(_ARROW)
    right_parts = right.split()
    if not right_parts:
        raise CueTrackError(source, translate("CueTrack", "the cue has no end time"), line_no)
    start = parse_timestamp(left, source, line_no)
    end = parse_timestamp(right_parts[0], source, line_no)
    if end <= start:
        raise CueTrackError(
            source,
            translate("CueTrack", "the cue ends ({end}) before it starts ({start})").format(
                end=format_timestamp(end), start=format_timestamp(start)
            ),
            line_no,
        )
    payload = block[timing_index + 1 :]
    for offset, line in enumerate(payload, start=line_no + 1):
        if _ARROW in line:
            raise CueTrackError(
                source,
                translate("CueTrack", "a cue timing line inside cue text (missing blank line?)"),
                offset,
            )
    return Cue(start, end, plain_text("\n".join(payload)), identifier)


def _unreadable(exc: OSError) -> Msg:
    return translate("CueTrack", "cannot be read ({error})").format(error=str(exc.strerror))


def load_vtt(path: Path) -> CueTrack:
    """Read and parse a cue track file; every failure is a CueTrackError."""
    source = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CueTrackError(source, translate("CueTrack", "file not found")) from None
    except OSError as exc:
        raise CueTrackError(source, _unreadable(exc)) from None
    if size == 0:
        raise CueTrackError(source, translate("CueTrack", "the file is empty"))
    if size > MAX_BYTES:
        raise CueTrackError(
            source,
            translate("CueTrack", "the file is too large ({size} bytes) for a cue track").format(
                size=size
            ),
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CueTrackError(source, _unreadable(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CueTrackError(
            source, translate("CueTrack", "not UTF-8 text (byte {byte})").format(byte=exc.start)
        ) from None
    return parse_vtt(text, source)
