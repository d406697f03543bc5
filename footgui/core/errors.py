"""Content errors, and the strict table reader that produces them.

The content files are edited by hand, so every mistake in them must come back
as one readable line naming the file, the exercise and the field, never as a
traceback. ``ContentTable`` is the only way the loaders read TOML data: each
read checks the type and range, and ``finish()`` rejects unknown keys so that a
typo such as ``hold = 30`` is caught instead of silently ignored.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable


class ContentError(Exception):
    """A problem in a bundled content file, phrased for the person editing it."""

    def __init__(
        self,
        file: str,
        message: str,
        exercise_id: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(file, message, exercise_id, field)
        self.file = file
        self.message = message
        self.exercise_id = exercise_id
        self.field = field

    def __str__(self) -> str:
        where = []
        if self.exercise_id is not None:
            where.append(f"exercise '{self.exercise_id}'")
        if self.field:
            where.append(f"field '{self.field}'")
        head = f"{self.file}: {', '.join(where)}" if where else self.file
        return f"{head}: {self.message}"


_MISSING = object()


def _type_name(value: object) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "text"}
    for kind, name in names.items():
        if type(value) is kind:
            return name
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


class ContentTable:
    """A TOML table read field by field, turning every mismatch into a ContentError."""

    def __init__(
        self,
        data: object,
        file: str,
        path: str = "",
        exercise_id: str | None = None,
    ) -> None:
        self.file = file
        self.path = path
        self.exercise_id = exercise_id
        if not isinstance(data, dict):
            raise ContentError(file, f"must be a table, not {_type_name(data)}", exercise_id, path)
        self.data: dict[str, object] = data
        self._used: set[str] = set()

    def field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, message: str, key: str | None = None) -> ContentError:
        field = self.field(key) if key is not None else (self.path or None)
        return ContentError(self.file, message, self.exercise_id, field)

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, default: object) -> object:
        self._used.add(key)
        if key in self.data:
            return self.data[key]
        if default is _MISSING:
            raise self.error("missing", key)
        return default

    def _typed(self, key: str, value: object, check: Callable[[object], bool], what: str) -> None:
        if not check(value):
            raise self.error(f"must be {what}, not {_type_name(value)}", key)

    def text(
        self,
        key: str,
        default: str | None = None,
        *,
        choices: Iterable[str] | None = None,
        pattern: str | None = None,
        what: str = "",
        max_len: int = 2000,
    ) -> str:
        value = self._get(key, _MISSING if default is None else default)
        self._typed(key, value, lambda v: isinstance(v, str), "text")
        assert isinstance(value, str)
        return self._check_text(
            key, value, choices=choices, pattern=pattern, what=what, max_len=max_len
        )

    def opt_text(self, key: str, *, max_len: int = 2000) -> str | None:
        if key not in self.data:
            self._used.add(key)
            return None
        return self.text(key, max_len=max_len)

    def _check_text(
        self,
        key: str,
        value: str,
        *,
        choices: Iterable[str] | None,
        pattern: str | None,
        what: str,
        max_len: int,
    ) -> str:
        if not value.strip():
            raise self.error("must not be empty", key)
        if len(value) > max_len:
            raise self.error(f"is longer than {max_len} characters", key)
        if choices is not None:
            allowed = list(choices)
            if value not in allowed:
                raise self.error(f"unknown value '{value}'{suggest(value, allowed)}", key)
        if pattern is not None and not re.fullmatch(pattern, value):
            raise self.error(f"'{value}' must look like {what or pattern}", key)
        return value

    def integer(self, key: str, lo: int, hi: int, default: int | None = None) -> int:
        value = self._get(key, _MISSING if default is None else default)
        self._typed(
            key, value, lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"
        )
        assert isinstance(value, int)
        if not lo <= value <= hi:
            raise self.error(f"must be between {lo} and {hi}, not {value}", key)
        return value

    def opt_integer(self, key: str, lo: int, hi: int) -> int | None:
        if key not in self.data:
            self._used.add(key)
            return None
        return self.integer(key, lo, hi)

    def number(self, key: str, lo: float, hi: float) -> float:
        value = self._get(key, _MISSING)
        self._typed(
            key,
            value,
            lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "a number",
        )
        assert isinstance(value, int | float)
        number = float(value)
        if not lo <= number <= hi:  # also rejects nan
            raise self.error(f"must be between {lo:g} and {hi:g}, not {value}", key)
        return number

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self._get(key, _MISSING if default is None else default)
        self._typed(key, value, lambda v: isinstance(v, bool), "true or false")
        assert isinstance(value, bool)
        return value

    def texts(
        self,
        key: str,
        *,
        choices: Iterable[str] | None = None,
        pattern: str | None = None,
        what: str = "",
        min_len: int = 0,
        max_len: int = 2000,
        default: list[str] | None = None,
    ) -> tuple[str, ...]:
        value = self._get(key, _MISSING if default is None else default)
        self._typed(key, value, lambda v: isinstance(v, list), "a list of text")
        assert isinstance(value, list)
        allowed = list(choices) if choices is not None else None
        out: list[str] = []
        for i, item in enumerate(value):
            item_key = f"{key}[{i}]"
            self._typed(item_key, item, lambda v: isinstance(v, str), "text")
            assert isinstance(item, str)
            self._check_text(
                item_key, item, choices=allowed, pattern=pattern, what=what, max_len=max_len
            )
            if item in out:
                raise self.error(f"'{item}' is listed twice", key)
            out.append(item)
        if len(out) < min_len:
            raise self.error(f"needs at least {min_len} entries, has {len(out)}", key)
        return tuple(out)

    def integers(self, key: str, lo: int, hi: int, *, min_len: int = 0) -> tuple[int, ...]:
        value = self._get(key, _MISSING)
        self._typed(key, value, lambda v: isinstance(v, list), "a list of whole numbers")
        assert isinstance(value, list)
        for i, item in enumerate(value):
            ok = isinstance(item, int) and not isinstance(item, bool) and lo <= item <= hi
            if not ok:
                raise self.error(f"entries must be whole numbers from {lo} to {hi}", f"{key}[{i}]")
        if len(value) < min_len:
            raise self.error(f"needs at least {min_len} entries, has {len(value)}", key)
        return tuple(value)

    def table(self, key: str) -> ContentTable:
        value = self._get(key, _MISSING)
        return ContentTable(value, self.file, self.field(key), self.exercise_id)

    def tables(self, key: str, *, min_len: int = 0, required: bool = True) -> list[ContentTable]:
        value = self._get(key, _MISSING if required else [])
        self._typed(key, value, lambda v: isinstance(v, list), "a list of tables")
        assert isinstance(value, list)
        if len(value) < min_len:
            raise self.error(f"needs at least {min_len} entries, has {len(value)}", key)
        return [
            ContentTable(item, self.file, f"{self.field(key)}[{i}]", self.exercise_id)
            for i, item in enumerate(value)
        ]

    def finish(self) -> None:
        """Reject keys nobody read: they are typos or fields this version does not know."""
        for key in self.data:
            if key not in self._used:
                known = sorted(self._used)
                raise self.error(f"unknown field{suggest(key, known)}", key)


def suggest(value: str, known: Iterable[str]) -> str:
    """ " (did you mean 'x'?)" for the closest known name, or nothing: for content errors."""
    close = difflib.get_close_matches(value, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
