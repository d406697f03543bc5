"""Help > Keyboard shortcuts: every key the app answers to, in one list.

Two sources, merged: the main window's QActions (menus and window-wide
actions, read live so a new menu entry appears by itself) and a registry
that pages fill with ``register_shortcuts``. The registry exists because
pages are built on first visit: the Session page's keys must be listed
before anyone has opened it. A page that is already built also contributes
its own QActions that carry shortcuts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ShortcutEntry:
    section: str
    keys: tuple[str, ...]  # portable key text, e.g. "Ctrl+1", "Space"
    description: str

    def shown_keys(self) -> str:
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(QKeySequence(k).toString(native) or k for k in self.keys)


_REGISTRY: dict[str, list[ShortcutEntry]] = {}


def register_shortcuts(section: str, entries: Iterable[tuple[str | Sequence[str], str]]) -> None:
    """Declare a page's keys (replacing what the section listed before).

    ``entries`` holds (keys, description) pairs; keys is one key text or several.
    """
    _REGISTRY[section] = [
        ShortcutEntry(section, _portable((keys,) if isinstance(keys, str) else keys), text)
        for keys, text in entries
    ]


def _portable(keys: Sequence[str]) -> tuple[str, ...]:
    """One spelling per key ("Escape" and "Esc" are the same key) so lists can be compared."""
    portable = QKeySequence.SequenceFormat.PortableText
    return tuple(QKeySequence(k).toString(portable) or k for k in keys)


def registered() -> dict[str, list[ShortcutEntry]]:
    return {k: list(v) for k, v in _REGISTRY.items()}


def _seed() -> None:
    """Keys of pages as built today; a page that calls register_shortcuts replaces its section."""
    register_shortcuts(
        translate("Shortcuts", "General"),
        [
            (("Tab", "Shift+Tab"), translate("Shortcuts", "Move to the next or previous control")),
            (
                "Alt",
                translate("Shortcuts", "Show the menus; Alt with an underlined letter uses it"),
            ),
            ("Escape", translate("Shortcuts", "Close a dialog or menu")),
            (
                ("Up", "Down"),
                translate(
                    "Shortcuts",
                    "In the navigation rail: the previous or next page (Tab goes into the page)",
                ),
            ),
            (
                ("Left", "Right"),
                translate(
                    "Shortcuts",
                    "In a row of choices such as the chart ranges: the previous or next one",
                ),
            ),
            ("F2", translate("Shortcuts", "In the diary history: edit the date or note in place")),
        ],
    )
    register_shortcuts(
        translate("Shortcuts", "Session"),
        [
            ("Space", translate("Shortcuts", "Pause or resume (start or stop the balance timer)")),
            (("Right", "N"), translate("Shortcuts", "Next set or exercise")),
            (("Left", "P"), translate("Shortcuts", "Previous set or exercise")),
            ("R", translate("Shortcuts", "Restart the current set")),
            (("+", "="), translate("Shortcuts", "Add 15 seconds of rest")),
            ("M", translate("Shortcuts", "Mirror the video")),
            ("S", translate("Shortcuts", "Slow motion (half speed) on or off")),
            ("F", translate("Shortcuts", "Full screen on or off")),
            ("Escape", translate("Shortcuts", "Leave full screen")),
        ],
    )
    register_shortcuts(
        translate("Shortcuts", "Diary"),
        [
            ("Ctrl+Z", translate("Shortcuts", "Undo the last diary change")),
            (("Ctrl+Shift+Z", "Ctrl+Y"), translate("Shortcuts", "Redo")),
            ("Delete", translate("Shortcuts", "Delete the selected history entry")),
        ],
    )


_seed()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def _action_entries(section: str, actions: Iterable[QAction]) -> list[ShortcutEntry]:
    out = []
    for action in actions:
        keys = tuple(
            k.toString(QKeySequence.SequenceFormat.PortableText)
            for k in action.shortcuts()
            if not k.isEmpty()
        )
        if keys and action.text():
            out.append(ShortcutEntry(section, keys, _plain(action.text())))
    return out


def _menu_entries(menu: QMenu, section: str) -> list[ShortcutEntry]:
    entries = _action_entries(section, menu.actions())
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            entries += _menu_entries(sub, section)
    return entries


def collect_shortcuts(window: QWidget | None) -> list[ShortcutEntry]:
    """Menus first (as the user sees them), then window actions, then the pages' keys."""
    entries: list[ShortcutEntry] = []
    seen: set[tuple[str, str]] = set()

    def add(new: Iterable[ShortcutEntry]) -> None:
        for entry in new:
            key = (entry.section, "|".join(entry.keys))
            if key not in seen:
                seen.add(key)
                entries.append(entry)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                add(_menu_entries(menu, _plain(action.text())))
        in_menus = {"|".join(e.keys) for e in entries}
        extra = [
            e
            for e in _action_entries(translate("Shortcuts", "Window"), window.actions())
            if "|".join(e.keys) not in in_menus
        ]
        add(extra)
    for listed in _REGISTRY.values():
        add(listed)
    if window is not None:
        pages = getattr(window, "_pages", {})
        for key, page in pages.items() if isinstance(pages, dict) else ():
            section = translate("Pages", key.capitalize())
            listed_keys = {"|".join(e.keys) for e in _REGISTRY.get(section, [])}
            live = [
                e
                for e in _action_entries(section, page.findChildren(QAction))
                if "|".join(e.keys) not in listed_keys
            ]
            add(live)
    return entries


class ShortcutsDialog(QDialog):
    """A filterable tree: one branch per section, keys and what they do."""

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(900, 600)  # German descriptions are long
        self.entries = collect_shortcuts(window)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. pause or Ctrl"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        note = QLabel(
            self.tr(
                "Session keys work while the Session page is shown. Every control can also be "
                "reached with Tab; the focused one is outlined."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        self.tree.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            parent = sections.get(entry.section)
            if parent is None:
                parent = QTreeWidgetItem([entry.section])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(parent)
                sections[entry.section] = parent
            item = QTreeWidgetItem([entry.shown_keys(), entry.description])
            item.setToolTip(1, entry.description)  # the whole text where a narrow window elides it
            parent.addChild(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _sections(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            if section is None:
                continue
            children = [section.child(j) for j in range(section.childCount())]
            out.append((section, [c for c in children if c is not None]))
        return out

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for section, items in self._sections():
            visible = 0
            for item in items:
                hit = (
                    not needle
                    or needle in item.text(0).lower()
                    or needle in item.text(1).lower()
                    or needle in section.text(0).lower()
                )
                item.setHidden(not hit)
                visible += hit
            section.setHidden(visible == 0)

    def visible_rows(self) -> list[tuple[str, str]]:
        return [
            (item.text(0), item.text(1))
            for section, items in self._sections()
            if not section.isHidden()
            for item in items
            if not item.isHidden()
        ]


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    """Open the list (non-blocking); returns the dialog."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
