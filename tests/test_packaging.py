"""Fast checks of the installers' sources (packaging/), no build needed.

The full build, lintian and the clean-root install run in ``make dist-test``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import footgui

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.append(str(PACKAGING))

from fgpack import bundle_policy, debian, elf, icons, manifest  # noqa: E402

SITE = Path(__import__("PySide6").__file__).parent


def _load_hook() -> ModuleType:
    """The runtime hook as a module (it checks nothing outside a frozen app)."""
    path = PACKAGING / "pyinstaller" / "rth_footgui_check.py"
    spec = importlib.util.spec_from_file_location("rth_footgui_check", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- macOS ----------------------------------------------------------------------
def test_info_plist_is_valid_xml_with_the_required_keys() -> None:
    path = PACKAGING / "macos" / "Info.plist"
    ET.parse(path)  # well-formed XML
    info = plistlib.loads(path.read_bytes())
    for key in (
        "CFBundleIdentifier",
        "CFBundleName",
        "CFBundleDisplayName",
        "CFBundleExecutable",
        "CFBundlePackageType",
        "CFBundleShortVersionString",
        "CFBundleVersion",
        "CFBundleIconFile",
        "CFBundleInfoDictionaryVersion",
        "LSMinimumSystemVersion",
        "NSHighResolutionCapable",
    ):
        assert key in info, key
    assert info["CFBundleExecutable"] == "footgui"  # PyInstaller names the binary so
    assert info["CFBundlePackageType"] == "APPL"
    assert info["CFBundleIdentifier"] == debian.APP_ID
    assert info["CFBundleShortVersionString"] == footgui.__version__
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleIconFile"] == "footgui.icns"


def test_dmg_script_and_entitlements() -> None:
    script = (PACKAGING / "macos" / "make-dmg.sh").read_text()
    assert "hdiutil create" in script and "/Applications" in script
    subprocess.run(["bash", "-n", str(PACKAGING / "macos" / "make-dmg.sh")], check=True)
    plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())


# -- Linux desktop files -----------------------------------------------------------
def _desktop_entry() -> dict[str, str]:
    lines = (PACKAGING / "linux" / "footgui.desktop").read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_entry_launches_footgui_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "footgui"
    assert entry["Icon"] == "footgui"
    # Wayland matches windows to entries by the desktop file name footgui sets.
    assert 'setDesktopFileName("footgui")' in (ROOT / "footgui" / "app.py").read_text()
    assert entry["StartupWMClass"] == "footgui"
    main = {"AudioVideo", "Development", "Education", "Game", "Graphics", "Network", "Office"}
    assert main & set(entry["Categories"].rstrip(";").split(";"))


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    out = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "footgui.desktop")],
        check=False,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def _metainfo() -> ET.Element:
    return ET.parse(PACKAGING / "linux" / f"{debian.APP_ID}.metainfo.xml").getroot()


def test_metainfo_matches_the_app() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == debian.APP_ID
    assert root.findtext("launchable") == "footgui.desktop"
    assert root.findtext("metadata_license") == "CC0-1.0"
    shots = root.findall("screenshots/screenshot/image")
    assert shots and shots[0].text and shots[0].text.startswith("https://")
    # The URL points at the file in this repository (raw.githubusercontent.com/.../main/PATH).
    assert (ROOT / shots[0].text.split("/main/", 1)[1]).is_file()
    assert root.find("releases/release").get("version") == footgui.__version__  # type: ignore[union-attr]


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    out = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(PACKAGING / "linux" / f"{debian.APP_ID}.metainfo.xml"),
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_copyright_is_dep5_with_every_licence_defined_and_the_lgpl_notices() -> None:
    text = (PACKAGING / "linux" / "copyright").read_text()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    standalone = {
        p.split("\n")[0][len("License: ") :] for p in paragraphs if p.startswith("License:")
    }
    for para in paragraphs:
        if not para.startswith("Files:"):
            continue
        match = re.search(r"^License: (.+)$", para, re.M)
        assert match, para
        name = match.group(1)
        body_follows = para.split(match.group(0), 1)[1].startswith("\n ")
        assert body_follows or name in standalone, f"licence {name!r} has no text"
    qt = next(p for p in paragraphs if p.startswith("Files: opt/footgui/_internal/PySide6/Qt/*"))
    assert "License: LGPL-3" in qt
    ffmpeg = next(p for p in paragraphs if "libavcodec" in p.split("\n")[0])
    assert "License: LGPL-2.1+" in ffmpeg
    # DEP-5: the last matching paragraph wins, so the general ones come first.
    files = [p.split("\n")[0] for p in paragraphs if p.startswith("Files:")]
    assert files.index("Files: opt/footgui/_internal/PySide6/*") < files.index(
        "Files: opt/footgui/_internal/PySide6/Qt/*"
    )


def test_man_page_and_user_installer_are_well_formed() -> None:
    page = (PACKAGING / "linux" / "footgui.1").read_text()
    assert page.startswith(".TH FOOTGUI 1")
    for name in ("self-test", "media-check", "export"):
        assert name.replace("-", "\\-") in page
    for script in ("linux/install-user.sh", "linux/clean-root-test.sh", "dist-test.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)
        assert os.access(PACKAGING / script, os.X_OK), script


# -- what the bundle holds -----------------------------------------------------------
def test_spec_excludes_the_qt_modules_footgui_does_not_use() -> None:
    spec = (PACKAGING / "footgui.spec").read_text()
    assert "excludes=list(bundle_policy.EXCLUDES)" in spec
    assert "upx=False" in spec and "console=LINUX" in spec
    for unused in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtQuick3D",
        "Qt3DCore",
        "Qt3DRender",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "QtPdf",
        "QtQml",
        "QtQuick",
        "QtDesigner",
        "QtBluetooth",
        "QtSql",
        "QtTest",
    ):
        assert f"PySide6.{unused}" in bundle_policy.EXCLUDES, unused
    # Needed: the QtMultimedia binding imports QtNetwork; pyqtgraph imports QtOpenGL and QtSvg.
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtTextToSpeech", "QtNetwork"):
        assert f"PySide6.{needed}" not in bundle_policy.EXCLUDES, needed
    for needed in ("QtOpenGL", "QtSvg"):
        assert f"PySide6.{needed}" not in bundle_policy.EXCLUDES, needed


def test_footgui_imports_no_excluded_qt_module() -> None:
    used = set()
    for path in (ROOT / "footgui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import \(?([\w, \n]+)\)?", text):
            used |= {n.strip() for n in names.split(",") if n.strip().startswith("Qt")}
    excluded = set(bundle_policy.EXCLUDED_QT_MODULES)
    assert not used & excluded, f"footgui uses modules the bundle leaves out: {used & excluded}"


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("resources/animations/ankle-pumps.toml", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("resources/exercises.toml", False),
        ("resources/icons/footgui.svg", False),
        ("assets/clips/ankle-pumps.webm", False),
        ("assets/clips/ankle-pumps.de.vtt", False),
    ],
)
def test_drop_patterns(dest: str, dropped: bool) -> None:
    assert bundle_policy.dropped_by_pattern(dest) is dropped


def test_qt_translations_of_footgui_languages_are_kept() -> None:
    from footgui.ui.i18n import SUPPORTED

    spec = (PACKAGING / "footgui.spec").read_text()
    assert "languages=LANGUAGES" in spec
    for lang in SUPPORTED:
        assert not bundle_policy.dropped_by_pattern(
            f"PySide6/Qt/translations/qtbase_{lang}.qm", SUPPORTED
        )
    assert bundle_policy.dropped_by_pattern("PySide6/Qt/translations/qtbase_ja.qm", SUPPORTED)
    assert bundle_policy.dropped_by_pattern("PySide6/Qt/translations/qtquick_de.qm", SUPPORTED)


def _fake_elf(path: Path) -> str:
    path.write_bytes(elf.ELF_MAGIC + b"\0" * 60)
    return str(path)


def test_prune_orphans_keeps_what_roots_reach(tmp_path: Path) -> None:
    graph = {
        "ext.cpython-311-x86_64-linux-gnu.so": ["libA.so.1"],
        "libA.so.1": ["libB.so.2", "libc.so.6"],
        "libB.so.2": [],
        "libOrphan.so.3": ["libOnlyOrphan.so.1"],
        "libOnlyOrphan.so.1": [],
        "libqxcb.so": ["libXcb.so.1"],
        "libXcb.so.1": [],
    }
    srcs = {name: _fake_elf(tmp_path / name) for name in graph}
    data = tmp_path / "notes.txt"
    data.write_text("not a library")
    ext = "ext.cpython-311-x86_64-linux-gnu.so"
    toc = [
        (ext, srcs[ext], "EXTENSION"),
        ("libA.so.1", srcs["libA.so.1"], "BINARY"),
        ("PySide6/Qt/lib/libB.so.2", srcs["libB.so.2"], "BINARY"),
        ("libOrphan.so.3", srcs["libOrphan.so.3"], "BINARY"),
        ("libOnlyOrphan.so.1", srcs["libOnlyOrphan.so.1"], "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", srcs["libqxcb.so"], "BINARY"),
        ("libXcb.so.1", srcs["libXcb.so.1"], "BINARY"),
        ("notes.txt", str(data), "BINARY"),
    ]
    kept, dropped = bundle_policy.prune_orphans(toc, needed=lambda p: graph[p.name])
    assert dropped == ["libOnlyOrphan.so.1", "libOrphan.so.3"]
    assert {d for d, _s, _k in kept} == {d for d, _s, _k in toc} - set(dropped)


def test_apply_refuses_a_filter_that_loses_video(tmp_path: Path) -> None:
    src = _fake_elf(tmp_path / "libQt6Multimedia.so.6")
    toc = [("PySide6/Qt/lib/libQt6Multimedia.so.6", src, "BINARY")]
    with pytest.raises(RuntimeError, match="video needs"):
        bundle_policy.apply(toc, [], linux=True)


# -- ELF reading and editing ---------------------------------------------------------
QTCORE_BINDING = SITE / "QtCore.abi3.so"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_elf_needed_and_runpaths_of_a_real_library() -> None:
    assert "libQt6Core.so.6" in elf.needed(QTCORE_BINDING)
    assert any("$ORIGIN" in rp for rp in elf.runpaths(QTCORE_BINDING))
    assert elf.loadable(QTCORE_BINDING)
    assert elf.needed(ROOT / "pyproject.toml") == []


def _with_runpath(tmp_path: Path, replace: str) -> Path:
    """A copy of the QtCore binding whose search path is ``replace`` (same length)."""
    original = elf.runpaths(QTCORE_BINDING)[0]
    assert len(replace) == len(original)
    data = QTCORE_BINDING.read_bytes().replace(original.encode() + b"\0", replace.encode() + b"\0")
    path = tmp_path / "binding.so"
    path.write_bytes(data)
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_drop_foreign_runpaths(tmp_path: Path) -> None:
    original = elf.runpaths(QTCORE_BINDING)[0]
    path = _with_runpath(tmp_path, ("/build/x:" + original)[: len(original)])
    before = elf.needed(path)
    assert elf.drop_foreign_runpaths(path)
    assert all(p.startswith("$ORIGIN") for rp in elf.runpaths(path) for p in rp.split(":"))
    assert elf.needed(path) == before
    assert not elf.drop_foreign_runpaths(path)  # nothing left to do
    only_foreign = _with_runpath(tmp_path, "/" + "x" * (len(original) - 1))
    assert elf.drop_foreign_runpaths(only_foreign)
    assert elf.runpaths(only_foreign) == []
    assert elf.needed(only_foreign) == before
    assert elf.loadable(only_foreign)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_loadable_spots_a_misaligned_segment(tmp_path: Path) -> None:
    data = bytearray(QTCORE_BINDING.read_bytes())
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        pos = phoff + i * phentsize
        if struct.unpack_from("<I", data, pos)[0] == elf.PT_LOAD:
            offset = struct.unpack_from("<Q", data, pos + 8)[0]
            struct.pack_into("<Q", data, pos + 8, offset + 8)
            break
    path = tmp_path / "broken.so"
    path.write_bytes(bytes(data))
    assert not elf.loadable(path)


# -- the startup check in the frozen app ---------------------------------------------
def test_hook_finds_the_command_in_argv() -> None:
    hook = _load_hook()
    assert hook._command([]) == ""
    assert hook._command(["--data-dir", "/x/self-test", "--quit-after-startup"]) == ""
    assert hook._command(["--data-dir", "d", "export", "--csv"]) == "export"
    assert hook._command(["--version"]) is None
    assert hook._command(["self-test", "--help"]) is None


def test_hook_names_missing_files_and_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = _load_hook()
    (tmp_path / "present.so").write_bytes(b"x")
    data = {
        "files": ["present.so", "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so"],
        "system_libraries": {
            "libfootgui-missing.so.9": {"package": "libfootgui9", "needed_by": ["libQt6Gui.so.6"]},
            "libwayland-only-missing.so.1": {
                "package": "libwl1",
                "needed_by": ["PySide6/Qt/plugins/platforms/libqwayland.so"],
            },
            "libc.so.6": {"package": "libc6", "needed_by": ["libQt6Core.so.6"]},
        },
    }
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    problems = hook._problems(str(tmp_path), data, "")
    text = "\n".join(problems)
    assert "libffmpegmediaplugin.so" in text and "present.so" not in text
    assert "libfootgui-missing.so.9 (package libfootgui9)" in text
    assert "sudo apt-get install libfootgui9" in text
    assert "libwayland-only" not in text  # only the Wayland plugin needs it
    assert "libc.so.6" not in text
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    assert "libwayland-only-missing.so.1" in "\n".join(hook._problems(str(tmp_path), data, ""))
    # Commands that open no window are not stopped by a missing system library.
    assert all("system libraries" not in p for p in hook._problems(str(tmp_path), data, "export"))


def test_hook_stops_a_frozen_start_with_status_4(tmp_path: Path) -> None:
    (tmp_path / manifest.MANIFEST_NAME).write_text(json.dumps({"files": ["gone/libqxcb.so"]}))
    hook = PACKAGING / "pyinstaller" / "rth_footgui_check.py"
    code = (
        f"import sys; sys._MEIPASS = {str(tmp_path)!r}; sys.argv = ['footgui'];"
        f"exec(compile(open({str(hook)!r}).read(), 'hook', 'exec'))"
    )
    env = {**os.environ, "FOOTGUI_NO_DIALOG": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env
    )
    assert out.returncode == 4
    assert "gone/libqxcb.so" in out.stderr and "Reinstall footgui" in out.stderr


# -- manifest and .deb control data ----------------------------------------------------
def test_manifest_lists_plugins_and_system_libraries(tmp_path: Path) -> None:
    internal = tmp_path / "footgui" / "_internal"
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    plugin.mkdir(parents=True)
    shutil.copy(QTCORE_BINDING, plugin / "libqxcb.so")
    (internal / "resources").mkdir()
    (internal / "resources" / "exercises.toml").write_text("")
    data = manifest.build_manifest(tmp_path / "footgui", linux=True)
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in data["files"]  # type: ignore[operator]
    assert "resources/exercises.toml" in data["files"]  # type: ignore[operator]
    libs = data["system_libraries"]
    assert isinstance(libs, dict)
    assert "libQt6Core.so.6" in libs  # not carried by this tiny "bundle"
    assert "libc.so.6" not in libs


def test_depends_from_the_manifest() -> None:
    data = {
        "system_libraries": {
            "libGL.so.1": {"package": "libgl1", "needed_by": ["x"]},
            "libwayland-egl.so.1": {"package": "", "needed_by": ["y"]},
        }
    }
    deps = debian.depends(data)
    assert deps[0].startswith("libc6")
    assert "libgl1" in deps and "libwayland-egl1" in deps  # the second from KNOWN_PACKAGES
    assert any(d.startswith("fonts-dejavu-core") for d in deps)
    with pytest.raises(RuntimeError, match=r"libmystery\.so\.1"):
        debian.depends({"system_libraries": {"libmystery.so.1": {"package": "", "needed_by": []}}})


def test_control_file_fields() -> None:
    info = debian.DebInfo(version="1.2.3", arch="amd64", depends=("libc6 (>= 2.36)", "libgl1"))
    fields = dict(
        line.split(": ", 1) for line in debian.control(info, 1234).splitlines() if ": " in line
    )
    assert fields["Package"] == "footgui" and fields["Version"] == "1.2.3"
    assert fields["Depends"] == "libc6 (>= 2.36), libgl1"
    assert fields["Installed-Size"] == "1234"
    assert len(fields["Description"]) < 80


# -- Windows ---------------------------------------------------------------------------
def test_nsis_script_has_start_menu_uninstaller_and_no_file_associations() -> None:
    nsi = (PACKAGING / "windows" / "footgui.nsi").read_text()
    assert 'CreateShortcut "$SMPROGRAMS\\${APPNAME}.lnk"' in nsi
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in nsi
    assert 'Section "Uninstall"' in nsi
    assert "HKCR" not in nsi and "\\shell\\open" not in nsi.lower()
    assert "Software\\Classes" not in nsi


@pytest.mark.skipif(not shutil.which("makensis"), reason="nsis")
def test_nsis_script_compiles(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    payload.mkdir()
    (payload / "footgui.exe").write_bytes(b"MZ stand-in")
    out = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={footgui.__version__}",
            f"-DSRCDIR={payload}",
            f"-DOUTFILE={tmp_path / 'setup.exe'}",
            "-DSTANDIN",
            str(PACKAGING / "windows" / "footgui.nsi"),
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert (tmp_path / "setup.exe").stat().st_size > 0


# -- icons -----------------------------------------------------------------------------
def test_icons_render_at_every_size(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    written = icons.build_icons(ROOT / "resources" / "icons" / "footgui.svg", tmp_path)
    for size in icons.HICOLOR_SIZES:
        image = QImage(str(written[f"png{size}"]))
        assert (image.width(), image.height()) == (size, size)
    assert QImage(str(written["png256"])).pixelColor(128, 128).alpha() != 0  # drawn, not blank
    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)


# -- CI workflow -------------------------------------------------------------------------
def test_ci_workflow_builds_all_three() -> None:
    text = (PACKAGING / "ci" / "github-workflow.yml").read_text()
    assert "\t" not in text
    for job in ("linux:", "windows:", "macos:"):
        assert f"\n  {job}\n" in text, job
    assert "make dist-test" in text
    assert "packaging/build.py nsis" in text
    assert "make-dmg.sh" in text
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        return
    doc = yaml.safe_load(text)
    assert set(doc["jobs"]) == {"linux", "windows", "macos"}


# -- media-check (the command the installed app runs in dist-test) ---------------------------
def _footgui(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "footgui", "--data-dir", str(tmp_path / "data"), *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_media_check_plays_a_clip_to_its_end(tmp_path: Path) -> None:
    from media_fixtures import make_clip

    clip = make_clip(tmp_path / "clip.webm", 1.0, size=(160, 90))
    out = _footgui("media-check", "--clip", str(clip), tmp_path=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ok    video: clip.webm played to its end (30 frames" in out.stdout
    assert "ok    speech: engines" in out.stdout


def test_media_check_fails_on_a_broken_clip(tmp_path: Path) -> None:
    from media_fixtures import garbage

    bad = garbage(tmp_path / "bad.webm")
    out = _footgui("media-check", "--clip", str(bad), "--timeout", "20", tmp_path=tmp_path)
    assert out.returncode == 1
    assert "FAIL  video: bad.webm:" in out.stdout
