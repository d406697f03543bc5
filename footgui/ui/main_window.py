"""The main window: a navigation rail and a stack of pages, nothing more.

Pages are built on first visit (see ``ui.pages``), which keeps startup to
what the first paint needs; everything a page does lives in the page.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footgui.ui.context import AppContext
from footgui.ui.icons import icon
from footgui.ui.pages import PAGES, PageSpec

log = logging.getLogger(__name__)


#: Keys for standard actions where the platform defines none.
_FALLBACK_KEYS = {QKeySequence.StandardKey.Preferences: "Ctrl+,"}


class MainWindow(QMainWindow):
    """The window appears first as a shell; ``attach`` gives it the data and its pages.

    Opening the database engine (SQLAlchemy) and building the first page are
    left until after the first paint, so the window shows at once.
    """

    first_painted = Signal()

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self._ctx: AppContext | None = None
        self._painted = False
        self.reminder: QObject | None = None  # the daily reminder, once started
        self.setWindowTitle("footgui")
        self._fit_to_screen()
        self._pages: dict[str, QWidget] = {}
        self._index: dict[str, int] = {}
        self._buttons: dict[str, QToolButton] = {}

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_rail())
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for spec in PAGES:
            holder = QLabel(self.tr("Opening your diary…"))  # replaced by the page on first visit
            holder.setObjectName("comingNote")
            holder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._index[spec.key] = self.stack.addWidget(holder)
        self._build_menus()
        self._rail.setEnabled(False)
        if ctx is not None:
            self.attach(ctx)

    def _fit_to_screen(self) -> None:
        """1280x800 where it fits; on a small laptop screen, all of it that is free."""
        free = self.screen().availableGeometry()
        self.resize(min(1280, free.width()), min(800, free.height()))
        self.move(free.topLeft())

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the main window has no data yet (attach() not called)")
        return self._ctx

    def attach(self, ctx: AppContext) -> None:
        """Give the window its database and catalog, and show the first page."""
        self._ctx = ctx
        ctx.bus.navigate.connect(self._on_navigate)
        ctx.bus.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._rail.setEnabled(True)
        self.show_page(PAGES[0].key)

    def bring_to_front(self) -> None:
        """Another start of footgui asked for this window."""
        log.info("another start asked for the window: bringing it to the front")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # -- navigation ---------------------------------------------------------
    def _build_rail(self) -> QWidget:
        rail = self._rail = QFrame()
        rail.setObjectName("navRail")
        col = QVBoxLayout(rail)
        col.setContentsMargins(8, 16, 8, 16)
        col.setSpacing(6)
        group = QButtonGroup(self)
        group.setExclusive(True)
        rail.setAccessibleName(self.tr("Pages"))
        for number, spec in enumerate(PAGES, start=1):
            button = QToolButton()
            button.setText(spec.label)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(icon(spec.icon, on_colour="white"))
            button.setIconSize(QSize(26, 26))
            button.setObjectName("navButton")
            # never narrower than its text: a squeezed rail would elide "Tagebuch"
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                self.tr("{page} (Ctrl+{number})").format(page=spec.label, number=number)
            )
            button.setAccessibleName(self.tr("{page} page").format(page=spec.label))
            button.setAccessibleDescription(
                self.tr("Shows the {page} page. Shortcut: Ctrl+{number}.").format(
                    page=spec.label, number=number
                )
            )
            button.clicked.connect(lambda _=False, key=spec.key: self.show_page(key))
            group.addButton(button)
            col.addWidget(button)
            self._buttons[spec.key] = button
        col.addStretch(1)
        return rail

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(menu, self.tr("&Export diary…"), "Ctrl+E", self._export_diary)
        self._add(menu, self.tr("&Import diary…"), "Ctrl+I", self._import_diary)
        self._add(menu, self.tr("Export &report for the physio…"), "Ctrl+P", self._report)
        menu.addSeparator()
        self._add(menu, self.tr("&Restore a backup…"), None, self.open_restore)
        self._add(menu, self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self._settings)
        menu.addSeparator()
        self._add(menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, spec in enumerate(PAGES, start=1):
            self._add(
                go_menu,
                spec.label,
                f"Ctrl+{number}",
                lambda key=spec.key: self.show_page(key),
            )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Keyboard shortcuts"), "F1", self._shortcuts)
        self._add(help_menu, self.tr("&About footgui"), None, self._about)
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        more = self.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
        if more is not None:  # shown when the window is too narrow for every menu
            more.setAccessibleName(self.tr("More menus"))

    def _add(
        self,
        menu: QMenu,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        """A menu action that is also a window-wide shortcut (menus may be hidden)."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # A platform may bind nothing to a standard key (Preferences outside KDE and macOS).
            keys = QKeySequence.keyBindings(shortcut)
            fallback = _FALLBACK_KEYS.get(shortcut)
            action.setShortcuts(keys or ([QKeySequence(fallback)] if fallback else []))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _settings(self) -> None:
        from footgui.ui.settings_dialog import open_settings

        open_settings(self, self.ctx)

    def _report(self) -> None:
        from footgui.ui.report_dialog import export_report_dialog

        export_report_dialog(self, self.ctx)

    def _shortcuts(self) -> None:
        from footgui.ui.shortcuts_dialog import show_shortcuts

        show_shortcuts(self)

    def _about(self) -> None:
        from footgui.ui.about import show_about

        show_about(self, self.ctx)

    def _on_navigate(self, key: str, kwargs: dict[str, Any]) -> None:
        self.show_page(key, **kwargs)

    def _export_diary(self) -> None:
        """Export and import live on the Diary page: show it, then open its dialog."""
        self.show_page("diary").export_dialog()  # type: ignore[attr-defined]

    def _import_diary(self) -> None:
        self.show_page("diary").import_dialog()  # type: ignore[attr-defined]

    def open_restore(self) -> QWidget:
        from footgui.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            page = self._create(spec)
            index = self._index[key]
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def _create(self, spec: PageSpec) -> QWidget:
        module = importlib.import_module(spec.module)
        page: QWidget = getattr(module, spec.cls)(self.ctx)
        page.setObjectName(f"page_{spec.key}")
        return page

    def show_page(self, key: str, **kwargs: Any) -> QWidget:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._buttons[key].setChecked(True)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate(**kwargs)
        return page

    def current_key(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, p in self._pages.items() if p is current), "")
