"""What goes into the frozen footgui and what is filtered out, in one place.

The spec file applies this; tests/test_packaging.py checks it without a build.

Why filter at all: a naive PyInstaller build of this stack is ~280 MB, and
the .deb must stay under 90 MB compressed and 250 MB installed. Why this
carefully: Qt Multimedia's FFmpeg plugin links QtQuick, QtQml, QmlModels,
QtNetwork and QtOpenGL, and a bundle without them still starts but silently
plays no video (PITFALLS.md). So Python bindings are excluded by name, files
by pattern, and shared libraries only when nothing kept still needs them
(``prune_orphans``), never by a guess about what a plugin uses.
"""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from fgpack import elf

log = logging.getLogger(__name__)

# Qt's Python bindings footgui does not import (directly or through pyqtgraph).
# Kept on purpose: QtCore, QtGui, QtWidgets, QtMultimedia, QtTextToSpeech;
# QtNetwork (the QtMultimedia binding imports it, and the single-instance lock
# uses QLocalServer); QtOpenGL and QtSvg (pyqtgraph imports them at import time).
EXCLUDED_QT_MODULES: tuple[str, ...] = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# Python modules nothing in footgui needs at run time.
EXCLUDED_PY_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "readline",  # an interactive-prompt module; it drags in libreadline and libtinfo
    "pyqtgraph.opengl",  # needs PyOpenGL; footgui draws 2-D charts only
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "sqlalchemy.testing",
    "numpy.f2py",
    "numpy.testing",
    "footgui.demos",  # renders the demo clips at development time; the app plays the files
    "av",  # PyAV, used only by footgui.demos (its FFmpeg copy alone is ~70 MB)
    "PyQt5",
    "PyQt6",
    "PySide2",
)

EXCLUDES: tuple[str, ...] = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    *EXCLUDED_PY_MODULES,
)

# Files dropped by their path inside the bundle (POSIX separators, fnmatch).
DROP_PATTERNS: tuple[str, ...] = (
    # Qt's own translations, except qtbase_<lang>.qm of footgui's UI languages
    # (``apply(languages=...)``): Qt's buttons and dialogs in the user's language.
    "PySide6/Qt/translations/*",
    # Platforms for embedded devices and remote desktops, not laptops.
    "PySide6/Qt/plugins/platforms/*qeglfs*",
    "PySide6/Qt/plugins/platforms/*qlinuxfb*",
    "PySide6/Qt/plugins/platforms/*qminimalegl*",
    "PySide6/Qt/plugins/platforms/*qvkkhrdisplay*",
    "PySide6/Qt/plugins/platforms/*qvnc*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    # An on-screen keyboard for kiosks (it pulls the whole QML stack).
    "PySide6/Qt/plugins/platforminputcontexts/*virtualkeyboard*",
    # The GTK theme plugin needs GTK 3, which the bundle does not carry; Qt's
    # Fusion style and the XDG portal theme remain.
    "PySide6/Qt/plugins/platformthemes/*gtk3*",
    # No TLS or network status: footgui never talks to a server.
    "PySide6/Qt/plugins/tls/*",
    "PySide6/Qt/plugins/networkinformation/*",
    # Image formats footgui never reads (PNG, JPEG, SVG, ICO, GIF stay).
    "PySide6/Qt/plugins/imageformats/*qtiff*",
    "PySide6/Qt/plugins/imageformats/*qwebp*",
    "PySide6/Qt/plugins/imageformats/*qtga*",
    "PySide6/Qt/plugins/imageformats/*qwbmp*",
    "PySide6/Qt/plugins/imageformats/*qpdf*",
    # QML imports: footgui has no QML; the FFmpeg plugin needs the QtQuick
    # *library*, which lives in Qt/lib and is kept.
    "PySide6/Qt/qml/*",
    # Keyframes the clip renderer (footgui.demos) reads; the app plays the rendered clips.
    "resources/animations/*",
    # Headers, type stubs and build helpers from the wheels.
    "PySide6/include/*",
    "*.pyi",
    "PySide6/typesystems/*",
    "PySide6/glue/*",
    "numpy/_core/include/*",
    "numpy/_core/lib/*",
    "numpy/random/lib/*",
)

# Libraries that must survive any filtering, named because a filter that
# removes one of them gives a bundle that starts and then cannot play video.
REQUIRED_FOR_VIDEO: tuple[str, ...] = (
    "libQt6Multimedia.so.6",
    "libQt6Quick.so.6",
    "libQt6Qml.so.6",
    "libQt6QmlModels.so.6",
    "libQt6Network.so.6",
    "libQt6OpenGL.so.6",
    "libffmpegmediaplugin.so",
)

# What loads files by itself: Python extension modules, Qt plugins (loaded by
# Qt with dlopen), the interpreter library and the executable. Everything
# else is kept only if one of these needs it, directly or through others.
_ROOT_PATTERNS: tuple[str, ...] = (
    "*.cpython-*.so",
    "*.abi3.so",
    "PySide6/Qt/plugins/*",
    "libpython3*.so*",
    "python3*/lib-dynload/*",
)


def dropped_by_pattern(dest: str, languages: Iterable[str] = ()) -> bool:
    posix = PurePosixPath(dest.replace("\\", "/")).as_posix()
    if posix in {f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in languages}:
        return False
    return any(fnmatch.fnmatch(posix, pat) for pat in DROP_PATTERNS)


def _is_root(dest: str) -> bool:
    posix = dest.replace("\\", "/")
    return any(fnmatch.fnmatch(posix, pat) for pat in _ROOT_PATTERNS)


def prune_orphans(
    binaries: Iterable[tuple[str, str, str]],
    needed: Callable[[Path], list[str]] = elf.needed,
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Keep the shared libraries reachable from the roots; return (kept, dropped names).

    Works on PyInstaller TOC entries ``(dest, source, typecode)``. Linux only:
    a library is matched by its file name (soname), which is how PyInstaller
    lays them out. Entries whose source is not ELF are kept as they are.
    """
    entries = list(binaries)
    by_name: dict[str, list[int]] = {}
    for i, (dest, _src, _kind) in enumerate(entries):
        by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name, []).append(i)
    keep: set[int] = set()
    queue = [
        i
        for i, (dest, src, kind) in enumerate(entries)
        if kind == "EXTENSION" or _is_root(dest) or not elf.is_elf(Path(src))
    ]
    while queue:
        i = queue.pop()
        if i in keep:
            continue
        keep.add(i)
        src = Path(entries[i][1])
        if not elf.is_elf(src):
            continue
        for soname in needed(src):
            queue.extend(j for j in by_name.get(soname, ()) if j not in keep)
    kept = [e for i, e in enumerate(entries) if i in keep]
    dropped = sorted(e[0] for i, e in enumerate(entries) if i not in keep)
    return kept, dropped


def apply(
    binaries: Iterable[tuple[str, str, str]],
    datas: Iterable[tuple[str, str, str]],
    *,
    linux: bool,
    languages: Iterable[str] = (),
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], list[str]]:
    """The spec's filter: patterns first, then (on Linux) libraries no one needs."""
    binaries, datas, languages = list(binaries), list(datas), tuple(languages)
    removed = [e[0] for e in (*binaries, *datas) if dropped_by_pattern(e[0], languages)]
    kept_bins = [e for e in binaries if not dropped_by_pattern(e[0], languages)]
    kept_datas = [e for e in datas if not dropped_by_pattern(e[0], languages)]
    if linux:
        kept_bins, orphans = prune_orphans(kept_bins)
        removed.extend(orphans)
        # PyInstaller links top-level names to libraries kept under PySide6/Qt/lib;
        # a link to a dropped library would dangle.
        present = {d.replace("\\", "/") for d, _s, _k in (*kept_bins, *kept_datas)}
        dangling = [
            e for e in kept_datas if e[2] == "SYMLINK" and e[1].replace("\\", "/") not in present
        ]
        removed.extend(e[0] for e in dangling)
        kept_datas = [e for e in kept_datas if e not in dangling]
    names = {PurePosixPath(d.replace("\\", "/")).name for d, _s, _k in kept_bins}
    if linux:
        lost = [lib for lib in REQUIRED_FOR_VIDEO if lib not in names]
        if lost:
            raise RuntimeError(f"the bundle filter removed libraries video needs: {lost}")
    return kept_bins, kept_datas, removed
