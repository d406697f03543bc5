"""Start footgui at login on Linux desktops: an XDG autostart ``.desktop`` file.

Freedesktop's autostart spec: any ``.desktop`` file in
``$XDG_CONFIG_HOME/autostart`` (default ``~/.config/autostart``) is launched
when the user logs in. footgui writes one that starts it minimised, so the
daily reminder can fire without the user opening the app. No Qt here: the
file's text and place are plain functions, tested without a display.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

FILE_NAME = "footgui.desktop"
MINIMIZED_FLAG = "--minimized"
#: Characters that force quoting in an Exec key (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def supported() -> bool:
    """XDG autostart is a Linux/BSD desktop convention."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(base) / "autostart" / FILE_NAME


def cli_has_minimized_flag() -> bool:
    """Whether this footgui's command line knows ``--minimized`` (older builds did not)."""
    from footgui.cli import build_parser

    return any(MINIMIZED_FLAG in action.option_strings for action in build_parser()._actions)


def launch_command(data_dir: Path | None, *, minimized: bool = True) -> list[str]:
    """How to start this footgui again: the frozen binary, the script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = shutil.which("footgui")
        command = [script] if script else [sys.executable, "-m", "footgui"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    if minimized:
        command.append(MINIMIZED_FLAG)
    return command


def quote_exec_arg(arg: str) -> str:
    """One argument of an Exec key, quoted and escaped as the spec asks."""
    if arg and not (set(arg) & _RESERVED):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(quote_exec_arg(a) for a in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=footgui\n"
        "Comment=Foot and ankle trainer: daily reminder\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(path: Path | None = None) -> bool:
    return (path or autostart_path()).is_file()


def enable(command: list[str], path: Path | None = None) -> Path:
    """Write the autostart file (atomically: a login never sees half a file)."""
    target = path or autostart_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(desktop_entry(command), encoding="utf-8")
    tmp.replace(target)
    return target


def disable(path: Path | None = None) -> None:
    (path or autostart_path()).unlink(missing_ok=True)
