"""The Library page: every exercise in the catalog, searchable and filterable.

Filtering is the catalog's own ``search`` (pure, tested without Qt); this
page only binds widgets to it and renders an exercise's detail as rich text
whose easier/harder links navigate within the page.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from footgui.ui.context import AppContext

if TYPE_CHECKING:
    from footgui.core.catalog import Dose, Exercise

ANY = "Any"
ID_ROLE = Qt.ItemDataRole.UserRole


def dose_text(dose: Dose) -> str:
    """A dose in the words a runner would say: "3 sets x 12 reps, 3-2-3 tempo"."""
    parts = [f"{dose.sets} set{'s' if dose.sets != 1 else ''}"]
    if dose.reps is not None:
        work = f"{dose.reps} reps"
        if dose.tempo is not None:
            work += f" at {dose.tempo} tempo (up-hold-down seconds)"
        if dose.hold_s and dose.tempo is None:
            work += f", hold {dose.hold_s:g} s each"
        parts.append(work)
    elif dose.hold_s is not None:
        parts.append(f"hold {dose.hold_s:g} s")
    elif dose.duration_s is not None:
        parts.append(f"{dose.duration_s:g} s")
    text = " x ".join(parts)
    if dose.rest_s:
        text += f"; rest {dose.rest_s:g} s between sets"
    return text


def detail_html(ex: Exercise, names: dict[str, str]) -> str:
    """The detail view's content; links use ``exercise:<id>`` URLs."""
    e = html.escape

    def links(ids: tuple[str, ...]) -> str:
        if not ids:
            return "<i>none</i>"
        return ", ".join(f'<a href="exercise:{e(i)}">{e(names.get(i, i))}</a>' for i in ids)

    def bullets(items: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>" if items else ""

    source = (
        "footgui's own dose (no research standard exists)"
        if ex.dose.is_app_own
        else f"dose from {e(ex.dose.source)}"
    )
    sides = "each side in turn" if ex.one_sided else "both feet"
    stages = ", ".join(str(s) for s in ex.stages)
    equipment = ", ".join(ex.equipment) if ex.equipment else "none"
    return f"""
<h1 style="font-size:26px">{e(ex.name)}</h1>
<p style="font-size:16px">{e(ex.purpose)}</p>
<table cellspacing="4" style="font-size:16px">
<tr><td><b>Dose</b></td><td>{e(dose_text(ex.dose))}
 <span style="color:gray">({source})</span></td></tr>
<tr><td><b>Sides</b></td><td>{sides}</td></tr>
<tr><td><b>Stage</b></td><td>{stages}</td></tr>
<tr><td><b>Category</b></td><td>{e(ex.category)}</td></tr>
<tr><td><b>Equipment</b></td><td>{e(equipment)}</td></tr>
<tr><td><b>Surface</b></td><td>{e(ex.surface)}</td></tr>
</table>
<h2 style="font-size:20px">Form cues</h2>{bullets(ex.cues)}
<h2 style="font-size:20px">Cautions</h2>{bullets(ex.cautions) or "<p><i>none</i></p>"}
<p style="font-size:16px"><b>Easier:</b> {links(ex.easier)}<br>
<b>Harder:</b> {links(ex.harder)}</p>
"""


def _stages(stages: tuple[int, ...]) -> str:
    """Compact stage list: (1, 2, 3, 4) -> "1-4", (2,) -> "2", (1, 3) -> "1, 3"."""
    if len(stages) > 1 and list(stages) == list(range(stages[0], stages[-1] + 1)):
        return f"{stages[0]}-{stages[-1]}"
    return ", ".join(str(s) for s in stages)


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        catalog = ctx.catalog
        self._names = {ex.id: ex.name for ex in catalog}

        title = QLabel("Library")
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search exercises, cues, purposes…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search exercises")
        self.stage = self._combo("Stage", [ANY, *(str(s.number) for s in catalog.program.stages)])
        self.category = self._combo("Category", [ANY, *catalog.categories()])
        self.equipment = self._combo("Equipment", [ANY, *catalog.equipment()])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for label, combo in (
            ("Stage", self.stage),
            ("Category", self.category),
            ("Equipment", self.equipment),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)

        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        self.list.setMinimumWidth(320)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel()
        self.count.setObjectName("muted")
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.list, 1)
        left_col.addWidget(self.count)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName("Exercise detail")
        self.detail.anchorClicked.connect(self._on_link)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 720])

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 16)
        col.addWidget(title)
        col.addLayout(filters)
        col.addWidget(split, 1)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.stage, self.category, self.equipment):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._on_current)
        self.refresh()

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItems(items)
        combo.setAccessibleName(f"Filter by {name.lower()}")
        return combo

    @staticmethod
    def _choice(combo: QComboBox) -> str | None:
        text = combo.currentText()
        return None if text == ANY else text

    def refresh(self) -> None:
        """Re-run the search and keep the shown exercise selected if it still matches."""
        stage = self._choice(self.stage)
        found = self.ctx.catalog.search(
            self.search.text(),
            stage=int(stage) if stage else None,
            category=self._choice(self.category),
            equipment=self._choice(self.equipment),
        )
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for ex in found:
            item = QListWidgetItem(f"{ex.name}\n{ex.category} · stage {_stages(ex.stages)}")
            item.setData(ID_ROLE, ex.id)
            item.setToolTip(ex.purpose)
            self.list.addItem(item)
        self.list.blockSignals(False)
        total = len(self.ctx.catalog)
        self.count.setText(f"{len(found)} of {total} exercises")
        ids = [ex.id for ex in found]
        if not found:
            self.detail.setHtml(
                "<p style='font-size:18px'>No exercise matches. "
                "Clear the search or set a filter back to <i>Any</i>.</p>"
            )
        self.select(keep if keep in ids else (ids[0] if ids else None))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def select(self, exercise_id: str | None) -> None:
        if exercise_id is None:
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == exercise_id:
                self.list.setCurrentRow(row)
                self._show(exercise_id)
                return

    def show_exercise(self, exercise_id: str) -> None:
        """Show one exercise, clearing filters that would hide it."""
        if exercise_id not in {ex.id for ex in self._visible()}:
            self.search.clear()
            for combo in (self.stage, self.category, self.equipment):
                combo.setCurrentIndex(0)
        self.select(exercise_id)

    def _visible(self) -> list[Exercise]:
        return [
            self.ctx.catalog[str(self.list.item(r).data(ID_ROLE))] for r in range(self.list.count())
        ]

    def activate(self, exercise_id: str | None = None, **_: object) -> None:
        if exercise_id:
            self.show_exercise(exercise_id)

    def _on_current(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(str(item.data(ID_ROLE)))

    def _show(self, exercise_id: str) -> None:
        self.detail.setHtml(detail_html(self.ctx.catalog[exercise_id], self._names))
        self.detail.setProperty("exercise_id", exercise_id)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "exercise":
            self.show_exercise(url.path())
