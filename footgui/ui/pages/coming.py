"""An honest page for a feature that is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    """Says plainly what will be here, so nothing on screen pretends to work."""

    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(self.tr("Not built yet. {what}").format(what=what))
        body.setWordWrap(True)
        body.setObjectName("comingNote")
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("{title} (not built yet)").format(title=title))
