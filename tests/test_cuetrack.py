"""The WebVTT cue-track parser: round trips, real-world shapes, and clear errors."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import webvtt
from hypothesis import given, settings
from hypothesis import strategies as st

from footgui.core.cuetrack import (
    Cue,
    CueTrack,
    CueTrackError,
    format_timestamp,
    load_vtt,
    parse_timestamp,
    parse_vtt,
)

SAMPLE = """WEBVTT - heel raise

NOTE made by hand
for the test

STYLE
::cue { color: white }

up
00:00.000 --> 00:03.000 align:center line:90%
<b>Up</b> &amp; tall

00:00:03.000 --> 00:00:05.000
Hold
at the top

00:05.000 --> 00:08.000
Down, slowly
"""


def test_parses_a_real_world_shape() -> None:
    track = parse_vtt(SAMPLE, "heel.vtt")
    assert track.cues == (
        Cue(0.0, 3.0, "Up & tall", "up"),
        Cue(3.0, 5.0, "Hold\nat the top"),
        Cue(5.0, 8.0, "Down, slowly"),
    )
    assert track.end == 8.0
    assert track.text_at(0.0) == "Up & tall"
    assert track.text_at(2.999) == "Up & tall"
    assert track.text_at(3.0) == "Hold\nat the top"
    assert track.text_at(8.0) == ""
    assert track.text_at(-1) == ""


def test_agrees_with_webvtt_py() -> None:
    """A standard parser reads the same cues (times as strings, identifiers, text lines)."""
    reference = list(webvtt.from_buffer(io.StringIO(SAMPLE)))
    ours = parse_vtt(SAMPLE).cues
    assert [c.start for c in reference] == [format_timestamp(c.start) for c in ours]
    assert [c.end for c in reference] == [format_timestamp(c.end) for c in ours]
    assert [c.identifier or "" for c in reference] == [c.identifier for c in ours]
    assert [c.text.replace("&amp;", "&") for c in reference][1:] == [c.text for c in ours][1:]


def test_overlapping_cues_show_together() -> None:
    track = parse_vtt("WEBVTT\n\n00:00.000 --> 00:04.000\nA\n\n00:01.000 --> 00:02.000\nB\n")
    assert track.text_at(1.5) == "A\nB"
    assert [c.text for c in track.active(3)] == ["A"]


def test_crlf_bom_and_hours() -> None:
    text = "\ufeffWEBVTT\r\n\r\n01:02:03.004 --> 01:02:04.000\r\nLate\r\n"
    track = parse_vtt(text)
    assert track.cues[0].start == pytest.approx(3723.004)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("WEBVTT\n\n00:0x.000 --> 00:02.000\nA\n", 3, "bad timestamp '00:0x.000'"),
        ("WEBVTT\n\n00:01.5 --> 00:02.000\nA\n", 3, "bad timestamp '00:01.5'"),
        ("WEBVTT\n\n00:01.000 --> 00:61.000\nA\n", 3, "bad timestamp '00:61.000'"),
        ("WEBVTT\n\n00:01.000 --> \nA\n", 3, "no end time"),
        ("WEBVTT\n\nid\n00:05.000 --> 00:02.000\nA\n", 4, "ends (00:00:02.000) before it starts"),
        ("WEBVTT\n\nhello\nworld\n", 3, "expected a cue timing line"),
        ("WEBVTT\n00:01.000 --> 00:02.000\nA\n", 2, "blank line must follow"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n00:02.000 --> 00:03.000\n", 5, "missing blank"),
        ("VTT\n\n00:01.000 --> 00:02.000\nA\n", 1, "not a WebVTT file"),
        ("", 1, "not a WebVTT file"),
    ],
)
def test_errors_name_the_line_and_the_problem(text: str, line: int, fragment: str) -> None:
    with pytest.raises(CueTrackError) as info:
        parse_vtt(text, "x.vtt")
    assert info.value.line == line
    assert fragment in str(info.value)
    assert str(info.value).startswith(f"x.vtt, line {line}: ")


def test_load_vtt_file_problems(tmp_path: Path) -> None:
    with pytest.raises(CueTrackError, match=r"missing\.vtt: file not found"):
        load_vtt(tmp_path / "missing.vtt")
    empty = tmp_path / "empty.vtt"
    empty.write_bytes(b"")
    with pytest.raises(CueTrackError, match="empty"):
        load_vtt(empty)
    latin = tmp_path / "latin.vtt"
    latin.write_bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nPied lev\xe9\n".encode("latin-1"))
    with pytest.raises(CueTrackError, match="not UTF-8"):
        load_vtt(latin)
    good = tmp_path / "good.vtt"
    good.write_text(SAMPLE, encoding="utf-8")
    assert len(load_vtt(good).cues) == 3


# -- properties -------------------------------------------------------------------------
times = st.integers(0, 99 * 3600 * 1000).map(lambda ms: ms / 1000)
texts = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<>&\r\n"),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(lambda t: t and "-->" not in t)
)


@given(times)
def test_timestamps_round_trip(seconds: float) -> None:
    assert parse_timestamp(format_timestamp(seconds)) == pytest.approx(seconds, abs=5e-4)


@given(st.lists(st.tuples(times, st.integers(1, 60_000), texts), max_size=12))
@settings(max_examples=150)
def test_documents_round_trip(cues: list[tuple[float, int, str]]) -> None:
    body = "".join(
        f"{format_timestamp(a)} --> {format_timestamp(a + d / 1000)}\n{t}\n\n" for a, d, t in cues
    )
    track = parse_vtt("WEBVTT\n\n" + body)
    expected = CueTrack.of([Cue(a, round(a + d / 1000, 3), t) for a, d, t in cues])
    assert [(c.start, c.text) for c in track.cues] == [(c.start, c.text) for c in expected.cues]
    assert [c.end for c in track.cues] == pytest.approx([c.end for c in expected.cues])


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_any_text_parses_or_raises_cuetrackerror(text: str) -> None:
    try:
        track = parse_vtt(text)
    except CueTrackError as exc:
        assert exc.line is None or exc.line >= 1
        return
    for cue in track.cues:
        assert cue.end > cue.start >= 0


@given(
    st.from_regex(r"\A[0-9:.]{1,14}\Z").filter(
        lambda s: not re.fullmatch(r"(\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}", s)
    )
)
def test_malformed_timestamps_are_reported(stamp: str) -> None:
    with pytest.raises(CueTrackError, match="bad timestamp"):
        parse_vtt(f"WEBVTT\n\n{stamp} --> 00:00:01.000\nA\n")
