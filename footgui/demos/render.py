"""Rendering the library: plans from the catalog, frames in worker processes, files out.

Each clip renders in its own task; two processes keep both cores of a small
machine busy (QPainter and the VP9 encoder are each single-threaded here).
A problem with one exercise is reported by name and the rest still render.
Files are written under a temporary name and moved into place, so a crash
never leaves a half-written clip that looks complete.

The video has no words in it; each clip gets a cue track per language
(``<id>.vtt`` English, ``<id>.<language>.vtt`` for ``CUE_LANGUAGES``). The
tracks depend only on the plans, so ``write_cue_tracks`` can refresh them
without encoding the video again.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from footgui.core.catalog import SOURCE_LANGUAGE, cue_track_path
from footgui.demos.anim import AnimationError, ClipPlan, load_specs, plan_clip
from footgui.demos.words import CUE_LANGUAGES, ClipWords, load_words, missing_words

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from footgui.core.catalog import Catalog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderResult:
    exercise_id: str
    clip: Path | None
    cue_track: Path | None
    frames: int
    seconds: float  # clip length
    elapsed: float  # wall time spent rendering
    size: int  # bytes of the clip
    error: str | None = None


@dataclass(frozen=True)
class LocalCues:
    """One exercise's cues in another language: its plan from that catalog, and the words."""

    plan: ClipPlan
    words: ClipWords


def animations_dir() -> Path:
    from footgui.paths import resources_dir

    return resources_dir() / "animations"


def default_out_dir() -> Path:
    from footgui.paths import assets_dir

    return assets_dir() / "clips"


def build_plans(
    catalog: Catalog, folder: Path | None = None, only: Sequence[str] | None = None
) -> tuple[list[ClipPlan], list[AnimationError]]:
    """A plan for every wanted catalog exercise, and every problem met on the way."""
    folder = folder if folder is not None else animations_dir()
    specs, errors = load_specs(folder)
    where = _display(folder)
    wanted = list(only) if only else [ex.id for ex in catalog]
    for exercise_id in wanted:
        if exercise_id not in catalog:
            errors.append(
                AnimationError("--only", "no exercise with this id in the catalog", exercise_id)
            )
    for exercise_id, spec in specs.items():
        if exercise_id not in catalog:
            errors.append(
                AnimationError(spec.source, "no exercise with this id in the catalog", exercise_id)
            )
    plans: list[ClipPlan] = []
    for exercise_id in wanted:
        exercise = catalog.get(exercise_id)
        if exercise is None:
            continue
        found = specs.get(exercise_id)
        if found is None:
            if not any(e.exercise_id == exercise_id for e in errors):
                errors.append(
                    AnimationError(where, "no animation data for this exercise", exercise_id)
                )
            continue
        try:
            plans.append(plan_clip(found, exercise))
        except AnimationError as exc:
            errors.append(exc)
    return plans, errors


def localize_plans(
    plans: Sequence[ClipPlan],
    folder: Path | None = None,
    languages: Sequence[str] = CUE_LANGUAGES,
) -> tuple[dict[str, list[LocalCues]], list[AnimationError]]:
    """Every plan again in each of ``languages``, by exercise id, and the problems found.

    The form cues come from that language's catalog, which keeps the English
    count and order, so each cue lands at the same moment as in English; a
    phase without a translated word is an error naming it.
    """
    from footgui.core.catalog import load_catalog

    folder = folder if folder is not None else animations_dir()
    local: dict[str, list[LocalCues]] = {plan.exercise_id: [] for plan in plans}
    errors: list[AnimationError] = []
    for language in languages:
        try:
            words = load_words(folder, language)
        except AnimationError as exc:
            errors.append(exc)
            continue
        catalog = load_catalog(language=language)
        for plan in plans:
            missing = missing_words([plan.spec], words)
            for word in missing:
                errors.append(
                    AnimationError(
                        words.source, f"no {language} word for the phase '{word}'", plan.exercise_id
                    )
                )
            if missing:  # no track rather than a half-English one; the English clip still renders
                continue
            exercise = catalog.get(plan.exercise_id)
            if exercise is None:
                continue
            local_plan = plan_clip(plan.spec, exercise)
            if [(c.start, c.end) for c in local_plan.cues] != [(c.start, c.end) for c in plan.cues]:
                errors.append(
                    AnimationError(
                        plan.source,
                        f"the {language} cues do not match the English ones",
                        plan.exercise_id,
                    )
                )
                continue
            local[plan.exercise_id].append(LocalCues(local_plan, words))
    return local, errors


def _track_name(exercise_id: str, language: str) -> str:
    """The file name the player looks for (``core.catalog.cue_track_path``)."""
    return PurePosixPath(cue_track_path(exercise_id, language)).name


def cue_tracks(plan: ClipPlan, clip_s: float, local: Sequence[LocalCues] = ()) -> dict[str, str]:
    """File name -> WebVTT text of every cue track of ``plan``'s clip."""
    from footgui.demos.vtt import render_vtt

    tracks = {_track_name(plan.exercise_id, SOURCE_LANGUAGE): render_vtt(plan, clip_s)}
    for item in local:
        name = _track_name(plan.exercise_id, item.words.language)
        tracks[name] = render_vtt(item.plan, clip_s, item.words)
    return tracks


def _write_files(out_dir: Path, texts: Mapping[str, str]) -> None:
    """Write every file under a temporary name first, then move them all into place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    parts = {name: out_dir / f".{name}.part" for name in texts}
    try:
        for name, text in texts.items():
            parts[name].write_text(text, encoding="utf-8")
        for name, part in parts.items():
            part.replace(out_dir / name)
    finally:
        for part in parts.values():
            part.unlink(missing_ok=True)


def write_cue_tracks(
    plans: Sequence[ClipPlan], out_dir: Path, local: Mapping[str, Sequence[LocalCues]]
) -> list[Path]:
    """Only the cue tracks, for clips already encoded from the same plans (no video work)."""
    from footgui.demos.scene import FPS, frame_count

    written: list[Path] = []
    for plan in plans:
        clip_s = frame_count(plan.duration, FPS) / FPS
        texts = cue_tracks(plan, clip_s, local.get(plan.exercise_id, ()))
        _write_files(out_dir, texts)
        written += [out_dir / name for name in texts]
    return written


def _display(path: Path) -> str:
    parts = path.parts
    return "/".join(parts[parts.index("resources") :]) if "resources" in parts else str(path)


def ensure_gui() -> None:
    """A QGuiApplication for fonts and painting, headless unless told otherwise."""
    # (importing ``footgui`` already guarded None against PySide6 6.12.0's
    # refcount bug; a clip makes hundreds of thousands of void Qt calls)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _keep.append(QGuiApplication(["footgui-render"]))


_keep: list[object] = []


def render_clip(plan: ClipPlan, out_dir: Path, local: Sequence[LocalCues] = ()) -> RenderResult:
    """Render one clip and its cue tracks into ``out_dir``; errors come back in the result."""
    ensure_gui()
    from footgui.demos.encoder import EncoderMissing, WebmWriter
    from footgui.demos.scene import ClipRenderer
    from footgui.demos.views import HEIGHT, WIDTH

    started = time.perf_counter()
    renderer = ClipRenderer(plan)
    frames = renderer.frame_count
    out_dir.mkdir(parents=True, exist_ok=True)
    clip = out_dir / f"{plan.exercise_id}.webm"
    track = out_dir / _track_name(plan.exercise_id, SOURCE_LANGUAGE)
    tmp_clip = out_dir / f".{plan.exercise_id}.webm.part"
    try:
        texts = cue_tracks(plan, frames / renderer.fps, local)
        with WebmWriter(tmp_clip, WIDTH, HEIGHT, renderer.fps) as writer:
            from PySide6.QtGui import QImage

            image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
            last: tuple[object, ...] | None = None
            for i in range(frames):
                t = i / renderer.fps
                sig = renderer.signature(t)
                if sig != last:
                    renderer.paint(image, t)
                    last = sig
                writer.write(image)
        _write_files(out_dir, texts)
        tmp_clip.replace(clip)
    except Exception as exc:
        tmp_clip.unlink(missing_ok=True)
        if isinstance(exc, EncoderMissing):
            raise
        log.exception("rendering %s failed", plan.exercise_id)
        return RenderResult(
            plan.exercise_id,
            None,
            None,
            0,
            0.0,
            time.perf_counter() - started,
            0,
            f"{plan.source}: {plan.exercise_id}: rendering failed: {exc}",
        )
    return RenderResult(
        plan.exercise_id,
        clip,
        track,
        frames,
        frames / renderer.fps,
        time.perf_counter() - started,
        clip.stat().st_size,
    )


def _worker_init() -> None:
    ensure_gui()


def render_all(
    plans: Sequence[ClipPlan],
    out_dir: Path,
    jobs: int | None = None,
    progress: Callable[[RenderResult], None] | None = None,
    local: Mapping[str, Sequence[LocalCues]] | None = None,
) -> list[RenderResult]:
    """Render every plan, longest first, over ``jobs`` processes (1: in this process).

    ``local`` (from ``localize_plans``) adds each clip's cue tracks in other
    languages; without it only the English track is written.
    """
    local = local or {}
    jobs = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
    order = sorted(plans, key=lambda pl: -pl.duration)
    results: list[RenderResult] = []
    if jobs <= 1 or len(order) <= 1:
        for plan in order:
            result = render_clip(plan, out_dir, local.get(plan.exercise_id, ()))
            results.append(result)
            if progress:
                progress(result)
        return results
    from footgui.demos.encoder import _av

    _av()  # fail once, plainly, before starting workers when PyAV is missing
    ctx = get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init) as pool:
        futures = [
            pool.submit(render_clip, plan, out_dir, local.get(plan.exercise_id, ()))
            for plan in order
        ]
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            if progress:
                progress(result)
    return results


GOLDEN = 0.6180339887498949


def sample_times(plan: ClipPlan, count: int) -> list[float]:
    """Well-spread moments of a clip, in order (for contact sheets and tests).

    Golden-ratio steps rather than equal ones, so a gait cycle that divides the
    clip evenly is not caught at the same instant in every frame.
    """
    return sorted(((0.08 + k * GOLDEN) % 1.0) * plan.duration for k in range(count))


def render_frames(plan: ClipPlan, times: Iterable[float]) -> list[QImage]:
    ensure_gui()
    from footgui.demos.scene import ClipRenderer

    renderer = ClipRenderer(plan)
    return [renderer.render_at(t) for t in times]
