"""Logging to a rotating file in the user's log folder (and stderr).

Set up before anything else can fail, so every later error has a log line
whose path the crash dialog can show.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "footgui.log"


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    """Log to ``log_dir/footgui.log``; returns the file, or None if not writable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write logs to %s: %s", log_dir, exc)
        return None
    handler.setFormatter(fmt)
    root.addHandler(handler)
    return path
