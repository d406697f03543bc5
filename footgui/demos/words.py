"""The clip words in other languages: phase names and "Switch sides" for the cue tracks.

The animation files name their phases in English, and the rendered video
carries no words at all, so a clip is the same in every language: only its
cue track differs. A language's words live next to the animations in
``words.<language>.toml`` (a ``[words]`` table, English -> translation, and
the ``decimal_mark`` for doses like "2,5 s"). A phase with no translation is
an error naming the word, never a silently English cue in a German track.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from footgui.demos.anim import SWITCH_SIDES, WORDS_PREFIX, AnimationError, AnimSpec

#: Languages besides English that get their own cue track (``<id>.<language>.vtt``).
CUE_LANGUAGES: tuple[str, ...] = ("de",)


@dataclass(frozen=True)
class ClipWords:
    """One language's words for the cue tracks."""

    language: str
    words: Mapping[str, str]
    decimal_mark: str = "."
    source: str = ""

    def word(self, english: str) -> str:
        try:
            return self.words[english]
        except KeyError:
            raise AnimationError(
                self.source, f"no {self.language} word for the phase '{english}'"
            ) from None

    def seconds(self, value: float) -> str:
        return f"{value:g}".replace(".", self.decimal_mark)


def words_path(folder: Path, language: str) -> Path:
    return folder / f"{WORDS_PREFIX}{language}.toml"


def load_words(folder: Path, language: str) -> ClipWords:
    """The words of ``language``; raises AnimationError when the file is missing or malformed."""
    path = words_path(folder, language)
    source = "/".join(path.parts[-3:])
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise AnimationError(source, "file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise AnimationError(source, f"not readable TOML: {exc}") from None
    raw = data.get("words", {})
    mark = data.get("decimal_mark", ".")
    if not isinstance(raw, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in raw.items()
    ):
        raise AnimationError(source, "'words' must be a table of non-empty strings")
    if not isinstance(mark, str) or len(mark) != 1:
        raise AnimationError(source, "'decimal_mark' must be one character")
    return ClipWords(language, dict(raw), mark, source)


def words_used(specs: Iterable[AnimSpec]) -> set[str]:
    """Every English word a cue track can show: the shown phases and "Switch sides"."""
    used = {SWITCH_SIDES}
    for spec in specs:
        used.update(phase.name for phase in spec.phases if phase.show)
    return used


def missing_words(specs: Iterable[AnimSpec], words: ClipWords) -> list[str]:
    """The words used by ``specs`` that ``words`` does not translate, sorted."""
    return sorted(w for w in words_used(specs) if w not in words.words)
