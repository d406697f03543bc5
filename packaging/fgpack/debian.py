"""The Linux packages: a .deb installing into /opt/footgui, and a portable .tar.gz.

The .deb's Depends are the Debian packages of the libraries the bundle
takes from the system (from the bundle manifest, i.e. from the DT_NEEDED
entries of what it ships), plus what a frozen Qt app needs without linking
it: fontconfig's configuration and one font. packaging/system-deps.sh (the
developers' list) is not reused as is: the dev install's Qt wheels take every
X11/xcb helper from the system, while the bundle carries most of them, so
its list is longer than what the .deb needs and would still miss nothing
the clean-root test (dist-test) would not catch.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import platform
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from fgpack import manifest as manifest_mod

PACKAGING = Path(__file__).resolve().parent.parent
LINUX_FILES = PACKAGING / "linux"
APP_ID = "io.github.footgui.footgui"
MAINTAINER = "footgui developers <footgui@users.noreply.github.com>"
HOMEPAGE = "https://github.com/footgui/footgui"
PREFIX = "opt/footgui"

# Not linked, still needed: fontconfig reads /etc/fonts, and Qt needs a font.
EXTRA_DEPENDS = ("fontconfig-config", "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core")
RECOMMENDS = ("speech-dispatcher", "espeak-ng", "pipewire-pulse | pulseaudio")
DESCRIPTION = """\
trainer for runners' progressive foot and ankle strengthening
 footgui guides a progressive foot and ankle strengthening routine that helps
 runners keep plantar fasciitis and related problems away: an exercise library
 with demo clips, guided sessions with spoken cues and large timers, a diary of
 sessions, pain check-ins, tests and runs, and trend charts.
 .
 This package is a self-contained build (Python, Qt 6 and FFmpeg included)
 installed in /opt/footgui."""


@dataclass(frozen=True)
class DebInfo:
    version: str
    arch: str
    depends: tuple[str, ...]


def deb_arch() -> str:
    if shutil.which("dpkg"):
        out = subprocess.run(
            ["dpkg", "--print-architecture"], check=False, capture_output=True, text=True
        )
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def glibc_version() -> str:
    name, version = platform.libc_ver()
    return version if name == "glibc" and version else ""


def depends(manifest: dict[str, object]) -> tuple[str, ...]:
    """Depends for the .deb from the bundle manifest; raises if a library has no package."""
    libs = manifest.get("system_libraries", {})
    assert isinstance(libs, dict)
    packages: set[str] = set()
    unknown = []
    for soname, info in libs.items():
        pkg = info.get("package") or manifest_mod.KNOWN_PACKAGES.get(soname, "")
        if not pkg:
            unknown.append(soname)
        else:
            packages.add(pkg)
    if unknown:
        raise RuntimeError(
            "no Debian package known for these libraries the bundle needs: "
            + ", ".join(sorted(unknown))
            + " (install them on the build machine or add them to manifest.KNOWN_PACKAGES)"
        )
    glibc = glibc_version()
    return (
        f"libc6 (>= {glibc})" if glibc else "libc6",
        *sorted(packages - {"libc6"}),
        *EXTRA_DEPENDS,
    )


def control(info: DebInfo, installed_kib: int) -> str:
    return (
        f"Package: footgui\n"
        f"Version: {info.version}\n"
        f"Architecture: {info.arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(info.depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {DESCRIPTION}\n"
    )


def _gzip_to(src_text: bytes, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with (
        dest.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write(src_text)


def _normalise_modes(root: Path) -> None:
    """Directories 0755, ELF executables and scripts 0755, everything else 0644."""
    for dirpath, dirs, files in os.walk(root):
        for d in dirs:
            os.chmod(Path(dirpath) / d, 0o755)
        for f in files:
            path = Path(dirpath) / f
            if path.is_symlink():
                continue
            head = path.open("rb").read(4)
            executable = (head == b"\x7fELF" and ".so" not in path.name) or head[:2] == b"#!"
            os.chmod(path, 0o755 if executable else 0o644)


def use_debian_libraries(app: Path) -> list[str]:
    """Remove the bundle's copies of Debian's own libraries; rewrite the manifest.

    Why: the .deb then gets those libraries (zlib, expat, freetype, libpng,
    OpenSSL, ...) from Debian with its security updates instead of frozen
    copies (lintian's embedded-library errors), and the manifest the startup
    check reads lists them as system libraries with their packages, which is
    also what Depends is made from. Returns the removed paths.
    """
    data = manifest_mod.read_manifest(app)
    copies = data.get("system_copies", {})
    assert isinstance(copies, dict)
    internal = manifest_mod.internal_dir(app)
    removed = []
    for rel in copies:
        path = internal / rel
        if path.exists() or path.is_symlink():
            path.unlink()
            removed.append(rel)
    for link in [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's top-level links to a removed library
    manifest_mod.write_manifest(app, linux=True)
    return removed


def stage(bundle: Path, icons: Path, root: Path, version: str) -> DebInfo:
    """Lay out the package tree in ``root`` (emptied first); the package's control data."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    use_debian_libraries(root / PREFIX)
    info = DebInfo(
        version=version,
        arch=deb_arch(),
        depends=depends(manifest_mod.read_manifest(root / PREFIX)),
    )
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / "footgui").symlink_to(f"/{PREFIX}/footgui")
    share = usr / "share"
    shutil.copy2(
        LINUX_FILES / "footgui.desktop", _mkparent(share / "applications" / "footgui.desktop")
    )
    shutil.copy2(
        LINUX_FILES / f"{APP_ID}.metainfo.xml",
        _mkparent(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
    )
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / "footgui"
    shutil.copy2(LINUX_FILES / "copyright", _mkparent(doc / "copyright"))
    _gzip_to(_changelog(info.version).encode(), doc / "changelog.gz")
    _gzip_to((LINUX_FILES / "footgui.1").read_bytes(), share / "man" / "man1" / "footgui.1.gz")
    shutil.copy2(
        LINUX_FILES / "lintian-overrides", _mkparent(share / "lintian" / "overrides" / "footgui")
    )
    _normalise_modes(root)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    sums = []
    kib = 0  # as dpkg-gencontrol counts: whole KiB per file, 1 per directory or link
    for path in sorted(p for p in root.rglob("*") if debian not in p.parents and p != debian):
        if path.is_symlink() or not path.is_file():
            kib += 1
            continue
        data = path.read_bytes()
        kib += (len(data) + 1023) // 1024
        sums.append(f"{hashlib.md5(data).hexdigest()}  {path.relative_to(root).as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums))
    (debian / "control").write_text(control(info, kib))
    os.chmod(debian / "md5sums", 0o644)
    os.chmod(debian / "control", 0o644)
    return info


def _mkparent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _changelog(version: str) -> str:
    date = subprocess.run(
        ["date", "-R", "-u", "-d", "@" + os.environ.get("SOURCE_DATE_EPOCH", "1763942400")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return (
        f"footgui ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}: see {HOMEPAGE}.\n\n"
        f" -- {MAINTAINER}  {date}\n"
    )


def build_deb(root: Path, out_dir: Path, info: DebInfo) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"footgui_{info.version}_{info.arch}.deb"
    # xz -6: within 2 % of -9 for this payload at about half the time; CI has 2 cores.
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            "-z6",
            "--threads-max=2",
            "-b",
            str(root),
            str(out),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def build_tarball(bundle: Path, icons: Path, out_dir: Path, version: str) -> Path:
    """footgui-VERSION-linux-ARCH.tar.gz: the bundle plus a per-user desktop installer."""
    out_dir.mkdir(parents=True, exist_ok=True)
    top = f"footgui-{version}"
    out = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    extra = {
        "install.sh": LINUX_FILES / "install-user.sh",
        "share/applications/footgui.desktop": LINUX_FILES / "footgui.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml": LINUX_FILES / f"{APP_ID}.metainfo.xml",
        "COPYRIGHT": LINUX_FILES / "copyright",
    }

    def clean(ti: tarfile.TarInfo) -> tarfile.TarInfo:
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = "root"
        return ti

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=clean)
        for arc, src in extra.items():
            tar.add(src, arcname=f"{top}/{arc}", filter=clean)
        tar.add(icons / "hicolor", arcname=f"{top}/share/icons/hicolor", filter=clean)
    return out
