"""The building blocks of the diary's forms: a labelled field with its own message.

Numbers are typed into plain line edits rather than spin boxes on purpose:
a spin box silently clamps or ignores what it does not like, while the diary
promises to say, in words next to the field, why a value was refused.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footgui.ui import i18n

ERROR_STYLE = "color: #c62828; font-size: 14px;"

FORM_STYLE = """
QLabel#fieldLabel { font-size: 16px; font-weight: 600; }
QLabel#fieldHint { color: palette(placeholder-text); font-size: 13px; }
QLabel#fieldError { color: #c62828; font-size: 14px; font-weight: 600; }
QLabel#formBanner { font-size: 16px; padding: 10px 14px; border-radius: 8px;
    background: palette(alternate-base); }
QLabel#formBanner[tone="edit"] { background: #e8f0fd; color: #174ea6; }
QLabel#formBanner[tone="error"] { background: #fdecea; color: #b71c1c; }
QLabel#formBanner[tone="ok"] { background: #e6f4ea; color: #1e6b34; }
QLabel#infoBox { font-size: 15px; padding: 10px 14px; border-radius: 8px;
    background: palette(alternate-base); }
QLabel#infoBox[tone="warn"] { background: #fff4e5; color: #8a4b00; border: 1px solid #f0b35b; }
QLabel#infoBox[tone="good"] { background: #e6f4ea; color: #1e6b34; }
QLineEdit, QDateEdit, QComboBox, QSpinBox { font-size: 17px; min-height: 34px; padding: 2px 8px; }
QLineEdit[invalid="true"], QDateEdit[invalid="true"], QComboBox[invalid="true"],
QPlainTextEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 4px; }
QPlainTextEdit { font-size: 16px; }
QPushButton#primary { font-size: 17px; font-weight: 700; padding: 10px 24px;
    background: #2a7de1; color: white; border-radius: 8px; }
QPushButton#primary:disabled { background: palette(mid); }
QTableView { font-size: 15px; }
QHeaderView::section { font-size: 14px; font-weight: 600; padding: 6px; }
"""


def set_tone(label: QLabel, tone: str) -> None:
    """Change a banner's colour (a dynamic property needs a re-polish to show)."""
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)


def mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Field:
    """One input with its label, hint and error line."""

    def __init__(self, name: str, label: str, editor: QWidget, hint: str = "") -> None:
        self.name = name
        self.editor = editor
        self.label = QLabel(label)
        self.label.setObjectName("fieldLabel")
        self.label.setWordWrap(True)  # a long label (German) wraps rather than widen the form
        self.label.setBuddy(editor)
        self.hint = QLabel(hint)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        editor.setAccessibleName(label)
        if hint:
            editor.setAccessibleDescription(hint)
        editor.setObjectName(f"field_{name}")

    def set_error(self, message: str | None) -> None:
        """Show a validator's message (a core ``Msg``) in the app's language."""
        message = i18n.localize(message) if message else message
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        mark(self.editor, bool(message))
        self.editor.setAccessibleDescription(message or self.hint.text())

    # -- value access (by editor type) --------------------------------------------------
    def value(self) -> Any:
        e = self.editor
        if isinstance(e, QLineEdit):
            return e.text()
        if isinstance(e, QPlainTextEdit):
            return e.toPlainText()
        if isinstance(e, QDateEdit):
            return e.date().toPython()
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, QCheckBox):
            return e.isChecked()
        raise TypeError(type(e))

    def set_value(self, value: Any) -> None:
        e = self.editor
        if isinstance(e, QLineEdit):
            e.setText("" if value is None else str(value))
        elif isinstance(e, QPlainTextEdit):
            e.setPlainText("" if value is None else str(value))
        elif isinstance(e, QDateEdit):
            e.setDate(QDate(value))
        elif isinstance(e, QComboBox):
            index = e.findData(value)
            e.setCurrentIndex(max(index, 0))
        elif isinstance(e, QCheckBox):
            e.setChecked(bool(value))


class FieldGrid(QWidget):
    """Fields laid out in label-above-editor cells, ``columns`` to a row."""

    edited = Signal(str)

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.fields: dict[str, Field] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(4)
        self._cell = 0

    def add(self, field: Field, *, span: int = 1, suffix: QWidget | None = None) -> Field:
        if self._cell % self.columns + span > self.columns:
            self._cell += self.columns - self._cell % self.columns
        row, col = divmod(self._cell, self.columns)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 4, 0, 6)
        lay.setSpacing(4)
        lay.addWidget(field.label)
        if suffix is None:
            lay.addWidget(field.editor)
        else:
            line = QHBoxLayout()
            line.setSpacing(10)
            line.addWidget(field.editor, 1)
            line.addWidget(suffix)
            lay.addLayout(line)
        lay.addWidget(field.hint)
        lay.addWidget(field.error)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid.addWidget(box, row, col, 1, span, Qt.AlignmentFlag.AlignTop)
        self._cell += span
        self.fields[field.name] = field
        self._watch(field)
        return field

    def add_wide(self, widget: QWidget) -> None:
        """A full-width row (an information box that belongs next to some fields)."""
        if self._cell % self.columns:
            self._cell += self.columns - self._cell % self.columns
        self.grid.addWidget(widget, self._cell // self.columns, 0, 1, self.columns)
        self._cell += self.columns

    def _watch(self, field: Field) -> None:
        e = field.editor
        name = field.name
        if isinstance(e, QLineEdit):
            e.textEdited.connect(lambda _t: self.edited.emit(name))
        elif isinstance(e, QPlainTextEdit):
            e.textChanged.connect(lambda: self.edited.emit(name))
        elif isinstance(e, QDateEdit):
            e.dateChanged.connect(lambda _d: self.edited.emit(name))
        elif isinstance(e, QComboBox):
            e.activated.connect(lambda _i: self.edited.emit(name))
        elif isinstance(e, QCheckBox):
            e.toggled.connect(lambda _b: self.edited.emit(name))

    def values(self) -> dict[str, Any]:
        return {name: f.value() for name, f in self.fields.items()}

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Mark the fields; returns the messages that belong to no field."""
        for name, field in self.fields.items():
            field.set_error(errors.get(name))
        return [i18n.localize(m) for k, m in errors.items() if k not in self.fields]

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.set_error(None)

    def first_invalid(self) -> QWidget | None:
        return next((f.editor for f in self.fields.values() if f.error.isVisible()), None)


def line(placeholder: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    if width:
        edit.setMaximumWidth(width)
    return edit


def date_edit() -> QDateEdit:
    """A date picker with a calendar; no maximum, so a future day gets a message, not a clamp."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(i18n.date_edit_format())
    edit.setMinimumWidth(200)
    return edit


def combo(choices: list[tuple[str, Any]], *, blank: str | None = None) -> QComboBox:
    box = QComboBox()
    # Size to the field, not to the longest choice, so a two-column form fits.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    if blank is not None:
        box.addItem(blank, None)
    for text, data in choices:
        box.addItem(text, data)
    return box


def note_edit(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(
        placeholder or QCoreApplication.translate("Diary", "Anything worth remembering")
    )
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(76)
    return edit


def unit_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldLabel")
    label.setMinimumWidth(44)
    return label
