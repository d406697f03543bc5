"""Build footgui's installers: ``python packaging/build.py STEP...``.

Steps (each does the ones it needs first only when their output is missing):
  icons    render resources/icons/footgui.svg -> build/icons (PNG sizes, .ico, .icns)
  dist     PyInstaller one-folder build -> build/dist/footgui (+ the bundle manifest)
  deb      build/packages/footgui_VERSION_ARCH.deb            (Linux, needs dpkg-deb)
  tarball  build/packages/footgui-VERSION-linux-ARCH.tar.gz   (Linux)
  nsis     build/packages/footgui-VERSION-setup.exe           (needs makensis; on Linux
           a stand-in compiled from the Linux payload, uncompressed, to check the script)

Runs with the project's venv Python on every platform (the CI workflow calls
it on Windows and macOS too); the make targets wrap it on Linux.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from fgpack import debian, elf, icons, manifest  # noqa: E402

BUILD = ROOT / "build"
ICONS = BUILD / "icons"
DIST = BUILD / "dist"
PACKAGES = BUILD / "packages"
LINUX = sys.platform.startswith("linux")
log = logging.getLogger("build")


def version() -> str:
    text = (ROOT / "footgui" / "__init__.py").read_text()
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        raise RuntimeError("footgui/__init__.py has no __version__")
    return match.group(1)


def bundle_dir() -> Path:
    """The one-folder app: build/dist/footgui (Linux, Windows) or footgui.app (macOS)."""
    return DIST / ("footgui.app" if sys.platform == "darwin" else "footgui")


def step_icons() -> Path:
    icons.build_icons(ROOT / "resources" / "icons" / "footgui.svg", ICONS)
    return ICONS


def ensure_python_library() -> None:
    """PyInstaller needs the interpreter as a shared library; Debian ships it apart.

    Debian's python3 is linked statically and PyInstaller then stops with a long
    message; say which package to install instead (or install it, as root).
    """
    from PyInstaller.depend.bindepend import PythonLibraryNotFoundError, get_python_library_path

    try:
        get_python_library_path()
        return
    except PythonLibraryNotFoundError:
        pass
    package = f"libpython{sys.version_info.major}.{sys.version_info.minor}"
    if LINUX and os.geteuid() == 0 and shutil.which("apt-get"):
        log.info("installing %s (PyInstaller needs the shared Python library)", package)
        subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True)
        return
    raise SystemExit(
        f"PyInstaller needs the shared Python library: install the package {package} "
        f"(sudo apt-get install {package})"
    )


def step_dist() -> Path:
    ensure_python_library()
    if not (ICONS / "footgui.ico").exists():
        step_icons()
    env = {**os.environ, "FOOTGUI_ICONS": str(ICONS)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(HERE / "footgui.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    bundle = bundle_dir()
    if LINUX:
        fixed = [p for p in _files(bundle) if elf.is_elf(p) and elf.drop_foreign_runpaths(p)]
        log.info("dropped build-machine library search paths from %d files", len(fixed))
        unstripped = strip_libraries(manifest.internal_dir(bundle))
        log.info("left unstripped (strip would break them): %s", [p.name for p in unstripped])
    sources = json.loads((BUILD / "pyinstaller" / "footgui" / "binary-sources.json").read_text())
    path = manifest.write_manifest(bundle, linux=LINUX, sources=sources)
    log.info("wrote %s", path)
    return bundle


def strip_libraries(internal: Path) -> list[Path]:
    """``strip --strip-unneeded`` each library that stays loadable; returns those left as is.

    PyInstaller's own strip is off because it corrupts libraries patchelf had
    rewritten (numpy's OpenBLAS, Qt's FFmpeg: "ELF load command
    address/offset not page-aligned"). Here each file is stripped into a copy
    that replaces the original only if the loader would still accept it.
    The interpreter of a pyenv or CI build alone sheds ~17 MB of debug info.
    """
    kept = []
    for path in _files(internal):
        if not elf.is_elf(path) or not elf.loadable(path):
            continue
        trial = path.with_name(path.name + ".stripped")
        subprocess.run(["strip", "--strip-unneeded", "-o", str(trial), str(path)], check=True)
        if elf.loadable(trial):
            trial.replace(path)
        else:
            trial.unlink()
            kept.append(path)
    return kept


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


def _need_dist() -> Path:
    bundle = bundle_dir()
    if not (bundle.exists() and (manifest.internal_dir(bundle) / manifest.MANIFEST_NAME).exists()):
        return step_dist()
    return bundle


def step_deb() -> Path:
    bundle = _need_dist()
    if not (ICONS / "hicolor").exists():
        step_icons()
    root = BUILD / "deb-root"
    info = debian.stage(bundle, ICONS, root, version())
    out = debian.build_deb(root, PACKAGES, info)
    shutil.rmtree(root)
    log.info("Depends: %s", ", ".join(info.depends))
    return out


def step_tarball() -> Path:
    bundle = _need_dist()
    if not (ICONS / "hicolor").exists():
        step_icons()
    return debian.build_tarball(bundle, ICONS, PACKAGES, version())


def step_nsis() -> Path:
    bundle = _need_dist()
    if not (ICONS / "footgui.ico").exists():
        step_icons()
    makensis = shutil.which("makensis")
    if not makensis:
        raise SystemExit("makensis not found: install NSIS (Debian/Ubuntu package: nsis)")
    PACKAGES.mkdir(parents=True, exist_ok=True)
    standin = sys.platform != "win32"
    out = PACKAGES / f"footgui-{version()}-setup{'-standin' if standin else ''}.exe"
    defines = {
        "VERSION": version(),
        "SRCDIR": str(bundle),
        "OUTFILE": str(out),
        "ICON": str(ICONS / "footgui.ico"),
        "LICENSEFILE": str(HERE / "linux" / "copyright"),
    }
    flag = "/" if sys.platform == "win32" else "-"
    args = [makensis, f"{flag}V2", *(f"{flag}D{k}={v}" for k, v in defines.items())]
    if standin:
        args.append(f"{flag}DSTANDIN")  # no compression: the point is that the script compiles
    subprocess.run([*args, str(HERE / "windows" / "footgui.nsi")], check=True)
    return out


STEPS = {
    "icons": step_icons,
    "dist": step_dist,
    "deb": step_deb,
    "tarball": step_tarball,
    "nsis": step_nsis,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("steps", nargs="+", choices=sorted(STEPS))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name in args.steps:
        start = time.perf_counter()
        out = STEPS[name]()
        log.info("%s: %s (%.0f s)", name, out, time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
