"""The bundle manifest: what the frozen app must find at startup.

Written into the bundle after the freeze (``footgui-bundle.json`` beside the
libraries) and read by the runtime hook ``rth_footgui_check.py``. On Linux it
also answers "which libraries does this bundle take from the system?", from
the DT_NEEDED entries of every ELF file it carries minus the libraries it
carries itself; the .deb's Depends come from the same answer, so the two
cannot drift apart.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fgpack import elf

MANIFEST_NAME = "footgui-bundle.json"

# The C library and the loader: present on every system that can run the
# bundle, so the startup check does not probe them (the .deb still declares
# libc6 with the build machine's version as the minimum).
GLIBC_SONAMES = frozenset(
    {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libutil.so.1",
        "libresolv.so.2",
        "libanl.so.1",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
        "ld-linux-armhf.so.3",
    }
)

# Files footgui cannot work without, relative to the bundle's library folder.
# Qt plugins are added from the bundle itself (every plugin it was built with).
REQUIRED_CONTENT = (
    "resources/exercises.toml",
    "resources/program.toml",
    "footgui/store/migrations/env.py",
)


@dataclass
class SystemLibrary:
    soname: str
    needed_by: list[str] = field(default_factory=list)
    package: str = ""


def internal_dir(bundle: Path) -> Path:
    """The folder with the libraries: ``_internal`` in PyInstaller 6 one-folder builds."""
    for candidate in (bundle / "_internal", bundle / "Contents" / "Frameworks", bundle):
        if (candidate / "base_library.zip").exists() or (candidate / "PySide6").is_dir():
            return candidate
    raise FileNotFoundError(f"{bundle} does not look like a PyInstaller one-folder build")


def _files(root: Path) -> Iterable[Path]:
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            yield Path(dirpath) / name


def system_libraries(internal: Path) -> dict[str, SystemLibrary]:
    """Sonames the bundle's ELF files need that the bundle does not carry."""
    carried = {p.name for p in _files(internal)}
    found: dict[str, SystemLibrary] = {}
    for path in sorted(_files(internal)):
        if path.is_symlink() or not elf.is_elf(path):
            continue
        for soname in elf.needed(path):
            if soname in carried:
                continue
            lib = found.setdefault(soname, SystemLibrary(soname))
            lib.needed_by.append(path.relative_to(internal).as_posix())
    return found


SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def debian_packages_of_files(paths: Iterable[str]) -> dict[str, str]:
    """{path: Debian package owning it} for the paths dpkg knows (usrmerge-aware)."""
    if not shutil.which("dpkg-query"):
        return {}
    candidates: dict[str, str] = {}
    for path in paths:
        for variant in {path, os.path.realpath(path)}:
            candidates[variant] = path
            if variant.startswith("/usr/lib"):
                candidates[variant[4:]] = path
            elif variant.startswith("/lib"):
                candidates["/usr" + variant] = path
    result = subprocess.run(
        ["dpkg-query", "-S", *sorted(candidates)], capture_output=True, text=True, check=False
    )
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        pkgs, _, owned = line.partition(": ")
        if owned in candidates and "diversion" not in pkgs:
            owners.setdefault(candidates[owned], pkgs.split(",")[0].strip().split(":")[0])
    return owners


def system_copies(sources: dict[str, str]) -> dict[str, str]:
    """{bundle path: Debian package} for libraries PyInstaller copied from the system.

    ``sources`` maps bundle paths to where PyInstaller took each file from;
    only files from the system library folders that a Debian package owns
    count (the interpreter from pyenv or a CI tool cache never does).
    """
    system = {d: s for d, s in sources.items() if s.startswith(SYSTEM_LIB_DIRS)}
    owners = debian_packages_of_files(system.values())
    return {d.replace("\\", "/"): owners[s] for d, s in sorted(system.items()) if s in owners}


# For libraries not installed on the build machine, where dpkg cannot say
# which package has them (names as in Debian 12 and Ubuntu 22.04+).
KNOWN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libdrm.so.2": "libdrm2",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libpulse.so.0": "libpulse0",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def debian_package_of(soname: str) -> str:
    """The Debian package that ships ``soname`` ("" if unknown)."""
    if not shutil.which("dpkg-query"):
        return KNOWN_PACKAGES.get(soname, "")
    multiarch = sysconfig.get_config_var("MULTIARCH") or "x86_64-linux-gnu"
    result = subprocess.run(
        ["dpkg-query", "-S", f"*/{multiarch}/{soname}"],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in result.stdout.splitlines():
        pkgs, _, _path = line.partition(": ")
        if pkgs and "diversion" not in pkgs:
            return pkgs.split(",")[0].strip().split(":")[0]
    return KNOWN_PACKAGES.get(soname, "")


def required_files(internal: Path) -> list[str]:
    plugins = internal / "PySide6" / "Qt" / "plugins"
    found = [p.relative_to(internal).as_posix() for p in sorted(_files(plugins))]
    return [*found, *(rel for rel in REQUIRED_CONTENT if (internal / rel).exists())]


def build_manifest(
    bundle: Path, *, linux: bool, sources: dict[str, str] | None = None
) -> dict[str, object]:
    internal = internal_dir(bundle)
    manifest: dict[str, object] = {"files": required_files(internal)}
    if linux and sources:
        manifest["system_copies"] = system_copies(sources)
    if linux:
        libs = system_libraries(internal)
        manifest["system_libraries"] = {
            soname: {"package": debian_package_of(soname), "needed_by": lib.needed_by}
            for soname, lib in sorted(libs.items())
            if soname not in GLIBC_SONAMES
        }
    return manifest


def write_manifest(bundle: Path, *, linux: bool, sources: dict[str, str] | None = None) -> Path:
    internal = internal_dir(bundle)
    path = internal / MANIFEST_NAME
    data = build_manifest(bundle, linux=linux, sources=sources)
    text = json.dumps(data, indent=1, sort_keys=True)
    if internal.name == "Frameworks":
        # A macOS .app keeps data in Resources (codesign wants only code in
        # Frameworks) with a link where the app looks (sys._MEIPASS), as
        # PyInstaller lays out its own data files.
        resources = internal.parent / "Resources" / MANIFEST_NAME
        resources.write_text(text)
        path.unlink(missing_ok=True)
        path.symlink_to(Path("..") / "Resources" / MANIFEST_NAME)
        return resources
    path.write_text(text)
    return path


def read_manifest(bundle: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((internal_dir(bundle) / MANIFEST_NAME).read_text())
    return data
