"""The user's own videos: one per exercise, kept in the data folder's ``clips/``.

An own video replaces the demo clip for its exercise until removed. Files are
named ``<exercise_id><suffix>`` and written under a temporary name first, so
a crash mid-copy never leaves a half file that would be picked up. Refusals
are ``Msg`` sentences, shown in the app's language.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from footgui.core.catalog import cue_track_path
from footgui.core.text import translate
from footgui.ui.i18n import current_language

VIDEO_SUFFIXES = (".webm", ".mp4", ".m4v", ".mkv", ".mov", ".avi", ".ogv")
MAX_BYTES = 2_000_000_000


@dataclass(frozen=True)
class ClipSource:
    """Where an exercise's picture comes from."""

    clip: Path | None
    cue_track: Path | None
    own: bool


class OwnClips:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, exercise_id: str) -> Path | None:
        for suffix in VIDEO_SUFFIXES:
            path = self.folder / f"{exercise_id}{suffix}"
            if path.is_file():
                return path
        return None

    def install(self, exercise_id: str, source: Path) -> Path:
        """Copy ``source`` in as the exercise's video; raises OSError/ValueError with a reason."""
        suffix = source.suffix.lower()
        if suffix not in VIDEO_SUFFIXES:
            raise ValueError(
                translate("OwnClips", "{file}: footgui takes {types} files as videos.").format(
                    file=source.name, types=", ".join(VIDEO_SUFFIXES)
                )
            )
        size = source.stat().st_size
        if size == 0:
            raise ValueError(translate("OwnClips", "{file} is empty.").format(file=source.name))
        if size > MAX_BYTES:
            raise ValueError(
                translate("OwnClips", "{file} is larger than {gb} GB.").format(
                    file=source.name, gb=MAX_BYTES // 1_000_000_000
                )
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{exercise_id}{suffix}"
        partial = self.folder / f".{exercise_id}{suffix}.part"
        shutil.copyfile(source, partial)
        self.remove(exercise_id)
        partial.replace(target)
        return target

    def remove(self, exercise_id: str) -> bool:
        removed = False
        for suffix in VIDEO_SUFFIXES:
            path = self.folder / f"{exercise_id}{suffix}"
            if path.is_file():
                path.unlink()
                removed = True
        return removed

    def source_for(self, exercise_id: str, assets: Path, language: str | None = None) -> ClipSource:
        """The own video if there is one, else the demo clip and its cue track.

        The demo clips carry no words: the cue track in ``language`` (default:
        the app's) is their text, with the English one when that is missing,
        so a half-translated install still shows cues rather than none.
        """
        own = self.path_for(exercise_id)
        if own is not None:
            return ClipSource(own, None, True)
        track = assets / cue_track_path(exercise_id, language or current_language())
        if not track.is_file():
            track = assets / cue_track_path(exercise_id)
        return ClipSource(assets / "clips" / f"{exercise_id}.webm", track, False)
