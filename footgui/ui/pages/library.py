"""The Library page: every exercise in the catalog, searchable and filterable.

Filtering is the catalog's own ``search`` (pure, tested without Qt); this
page only binds widgets to it and renders an exercise's detail as rich text
whose easier/harder links navigate within the page.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from footgui.ui import vocab
from footgui.ui.context import AppContext

if TYPE_CHECKING:
    from footgui.core.catalog import Dose, Exercise

ID_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def dose_text(dose: Dose) -> str:
    """A dose in the words a runner would say: "3 sets x 12 reps, 3-2-3 tempo"."""
    if dose.sets == 1:
        parts = [translate("Library", "1 set")]
    else:
        parts = [translate("Library", "{n} sets").format(n=dose.sets)]
    if dose.reps is not None:
        work = translate("Library", "{n} reps").format(n=dose.reps)
        if dose.tempo is not None:
            work = translate("Library", "{n} reps at {tempo} tempo (up-hold-down seconds)").format(
                n=dose.reps, tempo=dose.tempo
            )
        elif dose.hold_s:
            work = translate("Library", "{n} reps, hold {s} s each").format(
                n=dose.reps, s=f"{dose.hold_s:g}"
            )
        parts.append(work)
    elif dose.hold_s is not None:
        parts.append(translate("Library", "hold {s} s").format(s=f"{dose.hold_s:g}"))
    elif dose.duration_s is not None:
        parts.append(translate("Library", "{s} s").format(s=f"{dose.duration_s:g}"))
    text = " x ".join(parts)
    if dose.rest_s:
        text += translate("Library", "; rest {s} s between sets").format(s=f"{dose.rest_s:g}")
    return text


def detail_html(ex: Exercise, names: dict[str, str]) -> str:
    """The detail view's content; links use ``exercise:<id>`` URLs."""
    e = html.escape
    none = e(translate("Library", "none"))

    def links(ids: tuple[str, ...]) -> str:
        if not ids:
            return f"<i>{none}</i>"
        return ", ".join(f'<a href="exercise:{e(i)}">{e(names.get(i, i))}</a>' for i in ids)

    def bullets(items: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>" if items else ""

    source = (
        translate("Library", "footgui's own dose (no research standard exists)")
        if ex.dose.is_app_own
        else translate("Library", "dose from {source}").format(source=ex.dose.source)
    )
    sides = (
        translate("Library", "each side in turn")
        if ex.one_sided
        else translate("Library", "both feet")
    )
    stages = ", ".join(str(s) for s in ex.stages)
    equipment = ", ".join(vocab.equipment(k) for k in ex.equipment) if ex.equipment else none
    heads = {
        key: e(translate("Library", text))
        for key, text in (
            ("dose", QT_TRANSLATE_NOOP("Library", "Dose")),
            ("sides", QT_TRANSLATE_NOOP("Library", "Sides")),
            ("stage", QT_TRANSLATE_NOOP("Library", "Stage")),
            ("category", QT_TRANSLATE_NOOP("Library", "Category")),
            ("equipment", QT_TRANSLATE_NOOP("Library", "Equipment")),
            ("surface", QT_TRANSLATE_NOOP("Library", "Surface")),
            ("cues", QT_TRANSLATE_NOOP("Library", "Form cues")),
            ("cautions", QT_TRANSLATE_NOOP("Library", "Cautions")),
            ("easier", QT_TRANSLATE_NOOP("Library", "Easier:")),
            ("harder", QT_TRANSLATE_NOOP("Library", "Harder:")),
        )
    }
    return f"""
<h1 style="font-size:26px">{e(ex.name)}</h1>
<p style="font-size:16px">{e(ex.purpose)}</p>
<table cellspacing="4" style="font-size:16px">
<tr><td><b>{heads["dose"]}</b></td><td>{e(dose_text(ex.dose))}
 <span style="color:gray">({e(source)})</span></td></tr>
<tr><td><b>{heads["sides"]}</b></td><td>{e(sides)}</td></tr>
<tr><td><b>{heads["stage"]}</b></td><td>{stages}</td></tr>
<tr><td><b>{heads["category"]}</b></td><td>{e(vocab.category(ex.category))}</td></tr>
<tr><td><b>{heads["equipment"]}</b></td><td>{e(equipment)}</td></tr>
<tr><td><b>{heads["surface"]}</b></td><td>{e(ex.surface)}</td></tr>
</table>
<h2 style="font-size:20px">{heads["cues"]}</h2>{bullets(ex.cues)}
<h2 style="font-size:20px">{heads["cautions"]}</h2>{bullets(ex.cautions) or f"<p><i>{none}</i></p>"}
<p style="font-size:16px"><b>{heads["easier"]}</b> {links(ex.easier)}<br>
<b>{heads["harder"]}</b> {links(ex.harder)}</p>
"""


def _stages(stages: tuple[int, ...]) -> str:
    """Compact stage list: (1, 2, 3, 4) -> "1-4", (2,) -> "2", (1, 3) -> "1, 3"."""
    if len(stages) > 1 and list(stages) == list(range(stages[0], stages[-1] + 1)):
        return f"{stages[0]}-{stages[-1]}"
    return ", ".join(str(s) for s in stages)


class _WrappingDelegate(QStyledItemDelegate):
    """Measures a wrapped item at the width it is painted at.

    The stylesheet's item padding is added to the size after the text was
    measured at the full width, so a name just short of the width got one line
    too few and lost its last line (a long German name did).
    """

    SLACK_PX = 16  # the item padding on both sides, and a little over

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        narrower = QStyleOptionViewItem(option)
        if narrower.rect.width() > self.SLACK_PX:
            narrower.rect.setWidth(narrower.rect.width() - self.SLACK_PX)
        return super().sizeHint(narrower, index)


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        catalog = ctx.catalog
        self._names = {ex.id: ex.name for ex in catalog}

        title = QLabel(self.tr("Library"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises, cues, purposes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setAccessibleDescription(
            self.tr("Shows the exercises whose name, purpose or cues contain every word typed.")
        )
        stages = [(str(s.number), s.number) for s in catalog.program.stages]
        self.stage = self._combo(self.tr("Filter by stage"), stages)
        self.category = self._combo(
            self.tr("Filter by category"), [(vocab.category(c), c) for c in catalog.categories()]
        )
        self.equipment = self._combo(
            self.tr("Filter by equipment"), [(vocab.equipment(k), k) for k in catalog.equipment()]
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for label, combo in (
            (self.tr("S&tage"), self.stage),
            (self.tr("&Category"), self.category),
            (self.tr("E&quipment"), self.equipment),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setAccessibleDescription(
            self.tr("The exercises that match; the chosen one is described beside the list.")
        )
        self.list.setMinimumWidth(320)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A fixed width for wrapping: items are measured before a scroll bar would appear,
        # and a long (German) name must not lose its second line to it.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(_WrappingDelegate(self.list))
        self.count = QLabel()
        self.count.setObjectName("muted")
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.list, 1)
        left_col.addWidget(self.count)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Exercise detail"))
        self.detail.setAccessibleDescription(
            self.tr("Purpose, dose, cues and cautions; links open easier or harder moves.")
        )
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

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        """A filter: "Any" (no filter, data None), then the choices with their keys as data."""
        combo = QComboBox()
        combo.addItem(self.tr("Any"), None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setAccessibleName(name)
        return combo

    def refresh(self) -> None:
        """Re-run the search and keep the shown exercise selected if it still matches."""
        found = self.ctx.catalog.search(
            self.search.text(),
            stage=self.stage.currentData(),
            category=self.category.currentData(),
            equipment=self.equipment.currentData(),
        )
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for ex in found:
            line = self.tr("{category} · stage {stages}").format(
                category=vocab.category(ex.category), stages=_stages(ex.stages)
            )
            item = QListWidgetItem(f"{ex.name}\n{line}")
            item.setData(ID_ROLE, ex.id)
            item.setToolTip(ex.purpose)
            self.list.addItem(item)
        self.list.blockSignals(False)
        total = len(self.ctx.catalog)
        self.count.setText(
            self.tr("{shown} of {total} exercises").format(shown=len(found), total=total)
        )
        ids = [ex.id for ex in found]
        if not found:
            self.detail.setHtml(
                "<p style='font-size:18px'>"
                + self.tr(
                    "No exercise matches. Clear the search or set a filter back to <i>Any</i>."
                )
                + "</p>"
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
