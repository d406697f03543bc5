"""Where footgui finds its bundled content and keeps the user's data.

Bundled content (``resources/`` and ``assets/``) sits beside the package in a
source checkout and inside the bundle in a frozen build; an environment
variable can point elsewhere so that tests and packagers need no special
cases. User data follows the platform's conventions via platformdirs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "footgui"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The folder with the exercise catalog, program and other content files."""
    override = os.environ.get("FOOTGUI_RESOURCES")
    return Path(override) if override else _bundle_root() / "resources"


def assets_dir() -> Path:
    """The folder with the demo clips and their cue tracks (``clips/``)."""
    override = os.environ.get("FOOTGUI_ASSETS")
    return Path(override) if override else _bundle_root() / "assets"


@dataclass(frozen=True)
class UserPaths:
    """The user's folders; ``data`` holds the database, backups and own clips."""

    data: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "footgui.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def clips(self) -> Path:
        return self.data / "clips"


def user_paths(data_dir: str | os.PathLike[str] | None = None) -> UserPaths:
    """The user's folders, from ``--data-dir`` when given, else the platform's."""
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return UserPaths(data=root, logs=root / "logs")
    import platformdirs

    return UserPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
