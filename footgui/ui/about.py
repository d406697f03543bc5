"""Help > About: the version, where the data lives, and the licences of what footgui ships.

Qt, PySide6 and the FFmpeg libraries that Qt Multimedia plays video with are
LGPL: footgui uses them as separate shared libraries that a user may replace
with their own build, and this dialog must say so and give the licence
texts (kept in ``resources/licenses``). Versions are read from the running
libraries, not written down by hand, so the notice stays true after an upgrade.
"""

from __future__ import annotations

import importlib.metadata
import logging
import platform
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from footgui import __version__
from footgui.paths import resources_dir
from footgui.ui.context import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

LGPL_NOTICE = QT_TRANSLATE_NOOP(
    "About",
    "{name} is used under the GNU Lesser General Public License. footgui loads it as "
    "separate shared libraries, which you may replace with a modified version built from "
    "the corresponding source ({source}); footgui does not restrict that, nor reverse "
    "engineering to debug such changes. The licence texts follow.",
)


def lgpl_notice(name: str, source: str) -> str:
    return translate("About", LGPL_NOTICE).format(name=name, source=source)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    files: tuple[str, ...]  # licence texts in resources/licenses
    notice: str = ""
    home: str = ""


def _dist_version(dist: str, module: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        loaded = sys.modules.get(module)
        return str(getattr(loaded, "__version__", "bundled"))


def ffmpeg_libraries() -> list[str]:
    """The FFmpeg libraries shipped with PySide6 (name and version from the file names)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the dialog itself needs PySide6
        return []
    package = Path(PySide6.__file__).parent
    found: dict[str, str] = {}
    for folder in (package / "Qt" / "lib", package):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = re.match(
                r"^(?:lib)?(avcodec|avformat|avutil|swresample|swscale)[-.](?:so\.)?([\d.]+?)(?:\.dll|\.dylib)?$",
                path.name,
            )
            if match:
                name, version = match.groups()
                if len(version) > len(found.get(name, "")):
                    found[name] = version
    return [f"lib{name} {version}" for name, version in sorted(found.items())]


def components() -> list[Component]:
    from PySide6 import __version__ as pyside_version

    ffmpeg = ffmpeg_libraries()
    return [
        Component(
            "Qt",
            qVersion(),
            "LGPL-3.0",
            ("LGPL-3.0.txt", "GPL-3.0.txt"),
            lgpl_notice("Qt", "https://download.qt.io/official_releases/qt/"),
            "https://www.qt.io",
        ),
        Component(
            "PySide6 (Qt for Python) and Shiboken6",
            pyside_version,
            "LGPL-3.0",
            ("LGPL-3.0.txt", "GPL-3.0.txt"),
            lgpl_notice("PySide6", "https://download.qt.io/official_releases/QtForPython/"),
            "https://www.qt.io/qt-for-python",
        ),
        Component(
            "FFmpeg",
            ", ".join(ffmpeg) if ffmpeg else translate("About", "not found in this installation"),
            "LGPL-2.1-or-later",
            ("LGPL-2.1.txt",),
            lgpl_notice(
                translate("About", "FFmpeg (the video decoder of Qt Multimedia)"),
                "https://ffmpeg.org/download.html",
            )
            + " "
            + translate(
                "About",
                "FFmpeg is a trademark of Fabrice Bellard, originator of the FFmpeg project.",
            ),
            "https://ffmpeg.org",
        ),
        Component(
            "pyqtgraph",
            _dist_version("pyqtgraph", "pyqtgraph"),
            "MIT",
            ("pyqtgraph-MIT.txt",),
            home="https://www.pyqtgraph.org",
        ),
        Component(
            "SQLAlchemy",
            _dist_version("sqlalchemy", "sqlalchemy"),
            "MIT",
            ("SQLAlchemy-MIT.txt",),
            home="https://www.sqlalchemy.org",
        ),
        Component(
            "Alembic",
            _dist_version("alembic", "alembic"),
            "MIT",
            ("alembic-MIT.txt",),
            home="https://alembic.sqlalchemy.org",
        ),
        Component(
            "NumPy",
            _dist_version("numpy", "numpy"),
            "BSD-3-Clause",
            ("numpy-BSD-3-Clause.txt",),
            home="https://numpy.org",
        ),
        Component(
            "platformdirs",
            _dist_version("platformdirs", "platformdirs"),
            "MIT",
            ("platformdirs-MIT.txt",),
            home="https://github.com/tox-dev/platformdirs",
        ),
        Component(
            "Python",
            platform.python_version(),
            "PSF-2.0",
            (),
            translate(
                "About", "The Python Software Foundation License applies to the Python interpreter."
            ),
            "https://www.python.org",
        ),
    ]


def licence_text(filename: str) -> str:
    path = resources_dir() / "licenses" / filename
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("licence text missing: %s", path)
        return translate(
            "About", "(The licence text {file} is missing from this installation: {path}.)"
        ).format(file=filename, path=path)


class AboutDialog(QDialog):
    """Version and data folder on the first tab; components and full licences on the next."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About footgui"))
        self.resize(760, 560)
        self.components = components()
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("About sections"))
        tabs.tabBar().setAccessibleName(self.tr("About sections"))
        tabs.addTab(self._about_tab(), self.tr("footgui"))
        tabs.addTab(self._licences_tab(), self.tr("Licences"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        head = QHBoxLayout()
        logo = QLabel()
        icon_path = resources_dir() / "icons" / "footgui.svg"
        if icon_path.is_file():
            logo.setPixmap(QIcon(str(icon_path)).pixmap(72, 72))
        head.addWidget(logo)
        title = QLabel(f"footgui {__version__}")
        title.setObjectName("pageTitle")
        head.addWidget(title, 1)
        col.addLayout(head)
        col.addWidget(
            QLabel(self.tr("A trainer for runners' foot and ankle strength, licensed under MIT."))
        )
        data = QLabel(
            self.tr("Your data: {folder}").format(folder=self.ctx.paths.data)
            + "\n"
            + self.tr("Logs: {folder}").format(folder=self.ctx.paths.logs)
        )
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data.setWordWrap(True)
        data.setAccessibleName(self.tr("Data and log folders"))
        col.addWidget(data)
        row = QHBoxLayout()
        open_data = QPushButton(self.tr("&Open data folder"))
        open_data.setAccessibleName(self.tr("Open the data folder"))
        open_data.clicked.connect(lambda: self.open_folder(self.ctx.paths.data))
        row.addWidget(open_data)
        row.addStretch(1)
        col.addLayout(row)
        self.versions = QLabel(
            self.tr("Qt {qt}, PySide6 {pyside}, Python {python} on {system}.").format(
                qt=qVersion(),
                pyside=self.components[1].version,
                python=platform.python_version(),
                system=platform.system() or "?",
            )
        )
        self.versions.setObjectName("muted")
        self.versions.setWordWrap(True)
        col.addWidget(self.versions)
        notice = QLabel(
            self.tr(
                "footgui uses Qt, PySide6 and FFmpeg under the GNU LGPL, and pyqtgraph and "
                "SQLAlchemy under the MIT licence. See the Licences tab for versions, "
                "notices and full texts."
            )
        )
        notice.setWordWrap(True)
        col.addWidget(notice)
        col.addStretch(1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Components"))
        for comp in self.components:
            self.list.addItem(f"{comp.name} – {comp.licence}")
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        row.addWidget(splitter)
        self.list.currentRowChanged.connect(self.show_component)
        self.list.setCurrentRow(0)
        return page

    def show_component(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        comp = self.components[row]
        parts = [
            f"{comp.name}\n{self.tr('Version')}: {comp.version}\n"
            f"{self.tr('Licence')}: {comp.licence}\n{comp.home}\n"
        ]
        if comp.notice:
            parts.append(comp.notice + "\n")
        for filename in comp.files:
            parts.append(f"———— {filename} ————\n\n{licence_text(filename)}")
        self.text.setPlainText("\n".join(parts))

    def open_folder(self, folder: Path) -> bool:
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def show_about(window: QWidget, ctx: AppContext) -> AboutDialog:
    """Open the About dialog (non-blocking); returns it."""
    dialog = AboutDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
