"""The session's Sound menu: each kind of cue on or off, the volume, why the voice is silent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSlider, QWidget, QWidgetAction

from footgui.player.cues import SoundSettings


class SoundMenu(QMenu):
    """Edits SoundSettings; ``status`` is asked for the voice/beep state each time it opens."""

    def __init__(
        self,
        get: Callable[[], SoundSettings],
        put: Callable[[SoundSettings], None],
        status: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sound"), parent)
        self._get = get
        self._put = put
        self._status = status
        self.toggles: dict[str, QAction] = {}
        for field, label in (
            ("beeps", self.tr("Beeps (3-2-1, go, end of set)")),
            ("ticks", self.tr("Metronome ticks")),
            ("voice", self.tr("Voice")),
            ("form_cues", self.tr("Spoken form cues")),
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.toggled.connect(lambda on, f=field: self._set(f, on))
            self.addAction(action)
            self.toggles[field] = action
        self.addSeparator()
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(QLabel(self.tr("Volume")))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMinimumWidth(160)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.valueChanged.connect(lambda v: self._set("volume", v))
        row.addWidget(self.volume)
        slider_action = QWidgetAction(self)
        slider_action.setDefaultWidget(holder)
        self.addAction(slider_action)
        self.addSeparator()
        self.status_actions: list[QAction] = []
        self.aboutToShow.connect(self.sync)
        self._syncing = False
        self.sync()

    def sync(self) -> None:
        self._syncing = True
        current = self._get()
        for field, action in self.toggles.items():
            action.setChecked(bool(getattr(current, field)))
        self.volume.setValue(current.volume)
        self._syncing = False
        for action in self.status_actions:
            self.removeAction(action)
        self.status_actions = []
        for line in self._status():
            action = QAction(line, self)
            action.setEnabled(False)
            self.addAction(action)
            self.status_actions.append(action)

    def _set(self, field: str, value: object) -> None:
        if self._syncing:
            return
        from dataclasses import replace

        self._put(replace(self._get(), **{field: value}))  # type: ignore[arg-type]
