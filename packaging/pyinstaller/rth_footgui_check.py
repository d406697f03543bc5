"""Frozen-startup check: name the missing plugin or library instead of crashing.

A PyInstaller runtime hook: it runs in the frozen app before footgui's own
code, with the standard library only. Why here and not in footgui: when Qt's
platform plugin or ``libGL.so.1`` is missing, Qt aborts the process (or the
first ``import PySide6.QtGui`` fails) before footgui could show anything, and
the user sees at best a traceback about a file they never heard of.
(``FOOTGUI_NO_DIALOG=1`` keeps the message on stderr only, for scripts.)

``footgui-bundle.json`` (written by packaging/build.py after the freeze) lists
the bundle files footgui cannot work without and, on Linux, the system
libraries the bundle loads with the Debian package that provides each. The
check stats the files and dlopens the libraries (milliseconds; Qt loads the
same libraries a moment later anyway). A missing bundle file means a damaged
install; a missing system library means a missing package. Either is reported
with what to do, and the app exits with status 4.

Commands that do not start the GUI (``export``, ``catalog``, ...) are not
stopped by a missing system library, only the GUI and the self-checks are.
"""

import contextlib
import json
import os
import sys

EXIT_BROKEN_INSTALL = 4
_GUI_CHECK_COMMANDS = {"self-test", "media-check"}
_OPTIONS_WITH_VALUE = {"--data-dir", "--db-url"}


def _command(argv):
    """The subcommand in argv, "" for the GUI, None when only --version/--help is asked."""
    if any(a in ("--version", "-h", "--help") for a in argv):
        return None
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _OPTIONS_WITH_VALUE:
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return ""


# Files only one windowing system loads: their libraries matter only there.
_GROUPS = {
    "wayland": (
        "libQt6Wayland",
        "libQt6WlShell",
        "plugins/platforms/libqwayland",
        "plugins/wayland-",
    ),
    "xcb": ("libQt6XcbQpa", "plugins/platforms/libqxcb", "plugins/xcbglintegrations/"),
}


def _group(path):
    for name, markers in _GROUPS.items():
        if any(m in path for m in markers):
            return name
    return ""


def _platforms():
    """The windowing systems Qt may use here, from QT_QPA_PLATFORM or the session."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if chosen:
        return {chosen} & set(_GROUPS)  # offscreen, minimal, ...: neither
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return {"wayland", "xcb"}  # Qt tries Wayland, then X11 (XWayland)
    return {"xcb"}


def _missing_system_libraries(libraries):
    """(soname, package, needed by) for each library that does not load."""
    import ctypes

    platforms = _platforms()
    missing = []
    for soname, info in sorted(libraries.items()):
        users = info.get("needed_by", [])
        groups = {_group(u) for u in users}
        if "" not in groups and not (groups & platforms):
            continue  # only another windowing system's files need it
        try:
            ctypes.CDLL(soname)
        except OSError:
            shown = ", ".join(users[:2]) + (" ..." if len(users) > 2 else "")
            missing.append((soname, info.get("package", ""), shown, groups))
    if platforms == {"wayland", "xcb"}:
        # Either windowing system will do: drop the one that can't load, unless both can't.
        broken = {g for _s, _p, _w, gs in missing for g in gs if g}
        if broken != {"wayland", "xcb"}:
            missing = [m for m in missing if "" in m[3] or not (m[3] & broken)]
    return [(s, p, w) for s, p, w, _g in missing]


def _problems(root, manifest, command):
    problems = []
    lost = [rel for rel in manifest.get("files", []) if not os.path.exists(os.path.join(root, rel))]
    if lost:
        shown = "\n".join(f"  {rel}" for rel in lost[:10])
        more = f"\n  ... and {len(lost) - 10} more" if len(lost) > 10 else ""
        problems.append(
            f"footgui's installation is incomplete: these files are missing from {root}:\n"
            f"{shown}{more}\nReinstall footgui."
        )
    if command == "" or command in _GUI_CHECK_COMMANDS:
        missing = _missing_system_libraries(manifest.get("system_libraries", {}))
        if missing:
            lines = "\n".join(
                f"  {soname}"
                + (f" (package {pkg})" if pkg else "")
                + (f", for {why}" if why else "")
                for soname, pkg, why in missing
            )
            packages = sorted({pkg for _s, pkg, _w in missing if pkg})
            hint = (
                f"\nOn Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
                if packages
                else ""
            )
            problems.append(
                f"footgui needs system libraries that are not installed:\n{lines}{hint}"
            )
    return problems


def _tell(message):
    """stderr, and a dialog when started from a desktop menu (no terminal to read)."""
    stream = sys.stderr
    if stream is not None:
        stream.write(message + "\n")
        stream.flush()
    if (stream is not None and stream.isatty()) or os.environ.get("FOOTGUI_NO_DIALOG") == "1":
        return
    title = "footgui cannot start"
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, title, 0x10)
        return
    import shutil
    import subprocess

    if sys.platform == "darwin":
        script = f"display alert {json.dumps(title)} message {json.dumps(message)}"
        cmd = ["osascript", "-e", script]
    elif os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        tool = next((t for t in ("zenity", "kdialog", "notify-send") if shutil.which(t)), None)
        cmd = {
            "zenity": ["zenity", "--error", "--title", title, "--text", message],
            "kdialog": ["kdialog", "--title", title, "--error", message],
            "notify-send": ["notify-send", title, message],
            None: [],
        }[tool]
    else:
        cmd = []
    if cmd:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(cmd, check=False, timeout=600)


def _check():
    # A windowed build (Windows, macOS) has no stdout/stderr; commands write there.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    root = getattr(sys, "_MEIPASS", "")
    path = os.path.join(root, "footgui-bundle.json")
    if not root or not os.path.exists(path):
        return  # a build without the manifest (a developer's quick freeze): nothing to check
    command = _command(sys.argv[1:])
    if command is None or os.environ.get("FOOTGUI_SKIP_BUNDLE_CHECK") == "1":
        return
    with open(path, encoding="utf-8") as fh:
        manifest = json.load(fh)
    problems = _problems(root, manifest, command)
    if problems:
        _tell("\n\n".join(problems))
        sys.exit(EXIT_BROKEN_INSTALL)


_check()
