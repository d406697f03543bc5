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


def debian_package_of(soname: str) -> str:
    """The Debian package that ships ``soname`` on this machine ("" if none does)."""
    if not shutil.which("dpkg-query"):
        return ""
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
    return ""


def required_files(internal: Path) -> list[str]:
    plugins = internal / "PySide6" / "Qt" / "plugins"
    found = [p.relative_to(internal).as_posix() for p in sorted(_files(plugins))]
    return [*found, *(rel for rel in REQUIRED_CONTENT if (internal / rel).exists())]


def build_manifest(bundle: Path, *, linux: bool) -> dict[str, object]:
    internal = internal_dir(bundle)
    manifest: dict[str, object] = {"files": required_files(internal)}
    if linux:
        libs = system_libraries(internal)
        manifest["system_libraries"] = {
            soname: {
                "package": debian_package_of(soname),
                "for": ", ".join(lib.needed_by[:2]) + (" ..." if len(lib.needed_by) > 2 else ""),
            }
            for soname, lib in sorted(libs.items())
            if soname not in GLIBC_SONAMES
        }
    return manifest


def write_manifest(bundle: Path, *, linux: bool) -> Path:
    internal = internal_dir(bundle)
    path = internal / MANIFEST_NAME
    path.write_text(json.dumps(build_manifest(bundle, linux=linux), indent=1, sort_keys=True))
    return path


def read_manifest(bundle: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((internal_dir(bundle) / MANIFEST_NAME).read_text())
    return data
