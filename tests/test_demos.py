"""The demo renderer: motion data, its checks, cue tracks and repeatable output.

Rendering happens offscreen in this process (one job); encoding needs PyAV,
which the dev extra installs. Bad keyframe files are written to a temporary
animations folder next to a copy of the real poses file.
"""

from __future__ import annotations

import hashlib
import io
import math
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footgui.demos import rig
from footgui.demos.anim import AnimationError, ClipPlan, load_specs, parse_spec, plan_clip
from footgui.demos.easing import EASINGS, ease
from footgui.demos.render import animations_dir, build_plans, render_all, sample_times
from footgui.demos.vtt import cue_items, render_vtt

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog

GOOD = """
[[animation]]
exercise = "toe-curls"
view = "foot-side"
base = "sit"
ground = "feet"
phases = [
  { name = "Curl", dur = 0.5, pose = { R_toes = -50.0 } },
  { name = "Relax", dur = 0.5 },
]
"""


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """A QApplication first, so the renderer never makes a bare QGuiApplication."""


@pytest.fixture(scope="module")
def plans(catalog: Catalog) -> dict[str, ClipPlan]:
    found, errors = build_plans(catalog)
    assert errors == []
    return {p.exercise_id: p for p in found}


def _folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "animations"
    folder.mkdir()
    shutil.copy(animations_dir() / "poses.toml", folder / "poses.toml")
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def _seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _image_digest(image: object) -> str:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    return hashlib.sha256(bytes(image.constBits())).hexdigest()


# ------------------------------------------------------------------ library


def test_every_catalog_exercise_has_a_valid_animation(
    catalog: Catalog, plans: dict[str, ClipPlan]
) -> None:
    assert set(plans) == {ex.id for ex in catalog}


def test_timing_follows_the_dose(catalog: Catalog, plans: dict[str, ClipPlan]) -> None:
    plan = plans["heel-raise-323"]
    tempo = catalog["heel-raise-323"].dose.tempo
    assert tempo is not None and str(tempo) == "3-2-3"
    first = [p for p in plan.phases if p.kind == "phase"][:3]
    assert [(p.text, p.start, p.end) for p in first] == [
        ("Up", 0.0, 3.0),
        ("Hold", 3.0, 5.0),
        ("Down", 5.0, 8.0),
    ]
    # one-sided: the left side, "Switch sides", then the right side
    assert [s.side for s in plan.segments][:3] == ["L", "R", "R"]
    assert any(p.text == "Switch sides" for p in plan.phases)


def test_clips_loop_without_a_jump(plans: dict[str, ClipPlan]) -> None:
    """Neighbouring frames, including last -> first, never jump in any joint."""
    for plan in plans.values():
        frames = max(1, round(plan.duration * 30))
        previous = plan.channels_at((frames - 1) / 30)[1]
        for i in range(frames):
            current = plan.channels_at(i / 30)[1]
            for name, value in current.items():
                step = abs(value - previous[name])
                limit = 0.12 if name in ("x", "z", "lift") else 32.0
                assert step <= limit, f"{plan.exercise_id}: {name} jumps {step:.2f} at frame {i}"
            previous = current


def test_cue_tracks_parse_and_fit_inside_the_clip(
    catalog: Catalog, plans: dict[str, ClipPlan]
) -> None:
    import webvtt

    from footgui.core.cuetrack import parse_vtt

    for exercise_id, plan in plans.items():
        clip_s = round(plan.duration * 30) / 30
        text = render_vtt(plan, clip_s)
        parsed = webvtt.from_string(text)
        assert len(parsed.captions) >= 3, exercise_id
        for caption in parsed.captions:
            start, end = _seconds(caption.start), _seconds(caption.end)
            assert 0.0 <= start < end <= clip_s + 1e-3, (exercise_id, caption)
        track = parse_vtt(text, f"{exercise_id}.vtt")
        assert track.end <= clip_s + 1e-3
        shown = {c.text for c in track.cues}
        for cue in catalog[exercise_id].cues:
            assert cue in shown, f"{exercise_id}: form cue {cue!r} missing"


def test_form_cues_appear_where_they_are_mapped(plans: dict[str, ClipPlan]) -> None:
    plan = plans["heel-raise-323"]
    items = cue_items(plan)
    hold = next(i for i in items if i[3] == "Hold at the top for two")
    assert hold[1] >= 3.0 and hold[2] <= 5.0


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(EASINGS)), st.floats(-1.0, 2.0), st.floats(-1.0, 2.0))
def test_easings_stay_in_range_and_never_go_back(name: str, a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    assert 0.0 <= ease(name, lo) <= ease(name, hi) <= 1.0


@settings(max_examples=80, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["view", "pose", "phases", "props", "ground", "cues", "keys", "zzz"]),
        st.one_of(
            st.none(),
            st.integers(-5, 5),
            st.text(max_size=8),
            st.lists(st.dictionaries(st.text(max_size=6), st.integers(-3, 3), max_size=3)),
            st.dictionaries(st.text(max_size=8), st.floats(allow_nan=False), max_size=3),
        ),
        max_size=5,
    )
)
def test_any_table_gives_a_spec_or_a_named_error(raw: dict[str, object]) -> None:
    entry = {"exercise": "toe-curls", **raw}
    poses = {"stand": dict(rig.CHANNELS)}
    try:
        spec = parse_spec(entry, "resources/animations/x.toml", poses)
    except AnimationError as exc:
        assert str(exc).startswith("resources/animations/x.toml: toe-curls: ")
    else:
        assert spec.exercise_id == "toe-curls"


# ------------------------------------------------------------------ bad input


def test_unknown_joint_is_named_with_its_file(tmp_path: Path) -> None:
    bad = GOOD.replace("R_toes", "R_tose")
    _specs, errors = load_specs(_folder(tmp_path, broken=bad))
    assert len(errors) == 1
    message = str(errors[0])
    assert "broken.toml" in message and "toe-curls" in message
    assert "unknown joint 'R_tose'" in message and "did you mean 'R_toes'" in message


def test_missing_view_is_named(tmp_path: Path) -> None:
    bad = GOOD.replace('view = "foot-side"\n', "")
    _specs, errors = load_specs(_folder(tmp_path, noview=bad))
    assert len(errors) == 1 and "noview.toml" in str(errors[0])
    assert "missing 'view'" in str(errors[0])


def test_unknown_view_is_named(tmp_path: Path) -> None:
    bad = GOOD.replace('"foot-side"', '"foot-sid"')
    _specs, errors = load_specs(_folder(tmp_path, v=bad))
    assert "unknown view 'foot-sid'" in str(errors[0])


def test_key_outside_the_clip_is_named(tmp_path: Path, catalog: Catalog) -> None:
    bad = GOOD + "keys = [{ t = 2.5, pose = { R_toes = 10.0 } }]\n"
    specs, errors = load_specs(_folder(tmp_path, late=bad))
    assert errors == []
    with pytest.raises(AnimationError, match=r"late\.toml: toe-curls: key at 2\.5 s is outside"):
        plan_clip(specs["toe-curls"], catalog["toe-curls"])


def test_a_loop_that_would_jump_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    bad = GOOD.replace(
        '{ name = "Relax", dur = 0.5 }', '{ name = "Relax", dur = 0.5, pose = { R_toes = -20.0 } }'
    )
    specs, _ = load_specs(_folder(tmp_path, jump=bad))
    with pytest.raises(AnimationError, match="the loop would jump"):
        plan_clip(specs["toe-curls"], catalog["toe-curls"])


def test_dose_time_the_exercise_lacks_is_named(tmp_path: Path, catalog: Catalog) -> None:
    bad = GOOD.replace("dur = 0.5, pose", 'dur = "tempo.up", pose')
    specs, _ = load_specs(_folder(tmp_path, tempo=bad))
    with pytest.raises(AnimationError, match="has no tempo"):
        plan_clip(specs["toe-curls"], catalog["toe-curls"])


def test_broken_toml_and_duplicates_are_named_and_others_load(tmp_path: Path) -> None:
    folder = _folder(tmp_path, a_good=GOOD, b_dup=GOOD, c_broken="[[animation]\n")
    specs, errors = load_specs(folder)
    assert "toe-curls" in specs
    messages = " | ".join(str(e) for e in errors)
    assert "b_dup.toml: toe-curls: a second animation" in messages
    assert "c_broken.toml: not readable TOML" in messages


def test_exercises_without_animation_are_named_and_the_rest_render(
    tmp_path: Path, catalog: Catalog
) -> None:
    folder = _folder(tmp_path, only=GOOD.replace("dur = 0.5", "dur = 0.2"))
    plans, errors = build_plans(catalog, folder)
    assert [p.exercise_id for p in plans] == ["toe-curls"]
    missing = {e.exercise_id for e in errors if "no animation data" in e.problem}
    assert missing == {ex.id for ex in catalog} - {"toe-curls"}
    assert all("animations" in e.source for e in errors)
    results = render_all(plans, tmp_path / "clips", jobs=1)
    assert [r.error for r in results] == [None]
    assert (tmp_path / "clips" / "toe-curls.webm").stat().st_size > 0
    assert (tmp_path / "clips" / "toe-curls.vtt").read_text().startswith("WEBVTT")


def test_missing_pyav_is_a_plain_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from footgui.demos.encoder import EncoderMissing, _av

    monkeypatch.setitem(sys.modules, "av", None)
    with pytest.raises(EncoderMissing, match=r"footgui\[demos\]"):
        _av()


# ------------------------------------------------------------------ pictures


def test_same_input_renders_the_same_frames(plans: dict[str, ClipPlan]) -> None:
    from footgui.demos.render import render_frames

    for exercise_id in ("heel-raise-323", "toe-spreading", "easy-run", "single-leg-balance-ec"):
        plan = plans[exercise_id]
        times = sample_times(plan, 4)
        first = [_image_digest(i) for i in render_frames(plan, times)]
        second = [_image_digest(i) for i in render_frames(plan, times)]
        assert first == second, exercise_id
        assert len(set(first)) > 1, f"{exercise_id}: the figure does not move"


def test_same_input_encodes_the_same_file(plans: dict[str, ClipPlan], tmp_path: Path) -> None:
    plan = plans["forefoot-hops"]
    a = render_all([plan], tmp_path / "a", jobs=1)[0]
    b = render_all([plan], tmp_path / "b", jobs=1)[0]
    assert a.clip is not None and b.clip is not None
    assert a.clip.read_bytes() == b.clip.read_bytes()
    assert a.frames == round(plan.duration * 30)


def test_frames_show_a_figure_not_a_blank(plans: dict[str, ClipPlan]) -> None:
    from footgui.demos.render import render_frames

    for plan in plans.values():
        (image,) = render_frames(plan, [plan.duration * 0.3])
        assert (image.width(), image.height()) == (854, 480)
        colours = {image.pixel(x, y) for x in range(0, 854, 23) for y in range(0, 480, 17)}
        assert len(colours) > 25, plan.exercise_id


def test_render_demos_command_writes_clips_and_a_contact_sheet(tmp_path: Path) -> None:
    from footgui.cli import build_parser, make_context, run_command

    out = io.StringIO()
    sheet = tmp_path / "sheet.png"
    args = build_parser().parse_args(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "render-demos",
            "--only",
            "forefoot-hops",
            "ankle-pumps",
            "--out",
            str(tmp_path / "clips"),
            "--contact-sheet",
            str(sheet),
            "--jobs",
            "1",
        ]
    )
    assert run_command(make_context(args, out)) == 0, out.getvalue()
    assert "rendered forefoot-hops" in out.getvalue()
    assert sorted(p.name for p in (tmp_path / "clips").iterdir()) == [
        "ankle-pumps.de.vtt",
        "ankle-pumps.vtt",
        "ankle-pumps.webm",
        "forefoot-hops.de.vtt",
        "forefoot-hops.vtt",
        "forefoot-hops.webm",
    ]
    from PySide6.QtGui import QImage

    image = QImage(str(sheet))
    assert image.width() > 1000 and image.height() > 300


def test_cues_only_rewrites_the_tracks_and_leaves_the_video(tmp_path: Path) -> None:
    from footgui.cli import build_parser, make_context, run_command

    clips = tmp_path / "clips"
    clips.mkdir()
    video = clips / "ankle-pumps.webm"
    video.write_bytes(b"not touched")
    out = io.StringIO()
    args = build_parser().parse_args(
        [
            *("--data-dir", str(tmp_path / "data"), "render-demos", "--only", "ankle-pumps"),
            *("--out", str(clips), "--cues-only"),
        ]
    )
    assert run_command(make_context(args, out)) == 0, out.getvalue()
    assert "2 cue tracks" in out.getvalue()
    assert video.read_bytes() == b"not touched"
    assert sorted(p.name for p in clips.iterdir()) == [
        "ankle-pumps.de.vtt",
        "ankle-pumps.vtt",
        "ankle-pumps.webm",
    ]


def test_render_demos_names_an_unknown_id(tmp_path: Path) -> None:
    from footgui.cli import build_parser, make_context, run_command

    out = io.StringIO()
    args = build_parser().parse_args(
        ["--data-dir", str(tmp_path), "render-demos", "--only", "toe-curlz", "--no-clips"]
    )
    assert run_command(make_context(args, out)) == 1
    assert "toe-curlz: no exercise with this id in the catalog" in out.getvalue()


def test_rig_mirror_swaps_sides_and_is_its_own_inverse() -> None:
    pose = {**rig.CHANNELS, "R_knee": 40.0, "L_ankle": -20.0, "trunk_side": 5.0, "z": 0.1}
    mirrored = rig.mirror_pose(pose)
    assert mirrored["L_knee"] == 40.0 and mirrored["R_ankle"] == -20.0
    assert mirrored["trunk_side"] == -5.0 and math.isclose(mirrored["z"], -0.1)
    assert rig.mirror_pose(mirrored) == pose
