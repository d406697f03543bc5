"""The four entry forms: check-in, test result, run and shoe.

A form collects text, hands it to the core validator in the user's units and
either marks the fields that are wrong (saving nothing) or saves through
``DiaryActions`` and says so once the write is committed. The same classes
edit an existing entry inside a dialog.
"""

from __future__ import annotations

import logging
import math
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footgui.core import units as u
from footgui.core.diary_rules import (
    MEASUREMENT_NAMES,
    RUN_TYPES,
    SURFACES,
    ValidationError,
    check_run_spike,
    compare_with_previous,
    format_measurement,
    validate_checkin,
    validate_measurement,
    validate_run,
    validate_shoe,
)
from footgui.store import diary
from footgui.store.errors import StoreError
from footgui.store.repos import list_shoes
from footgui.ui import i18n, vocab
from footgui.ui.diary.actions import DiaryActions, noun
from footgui.ui.diary.fields import (
    Field,
    FieldGrid,
    combo,
    date_edit,
    line,
    note_edit,
    set_tone,
    unit_label,
)

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def plain(value: float, decimals: int = 2) -> str:
    """A number without trailing zeros: 8.0 -> "8", 5.25 -> "5.25"."""
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def long_day(day: date) -> str:
    return i18n.medium_date(day)


class EntryForm(QWidget):
    """Shared behaviour: banner, fields, save button, errors, edit mode."""

    kind = ""
    saved = Signal(int)

    def __init__(
        self, hub: DiaryActions, *, in_dialog: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.in_dialog = in_dialog
        self.record_id: int | None = None
        self.record: dict[str, Any] | None = None
        # field -> (text shown when loaded, stored SI value): unchanged text keeps
        # the stored value exactly instead of a rounded re-conversion.
        self._as_loaded: dict[str, tuple[Any, Any]] = {}
        self.setObjectName(f"{self.kind}Form")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(12)
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        outer.addWidget(self.banner)
        self.grid = FieldGrid(columns=2)
        outer.addWidget(self.grid)
        self.info_area = QVBoxLayout()
        self.info_area.setSpacing(8)
        outer.addLayout(self.info_area)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.buttons = buttons
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("Start a new one"))
        self.new_button.clicked.connect(self.start_new)
        self.new_button.setVisible(not in_dialog)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.result = QLabel()
        self.result.setObjectName("formBanner")
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        outer.addWidget(self.result)
        outer.addStretch(1)
        self.build()
        self.grid.edited.connect(self._on_edited)
        self.start_new()

    # -- for subclasses ---------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def clean(self, raw: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def show_record(self, record: dict[str, Any]) -> None:
        """Put a stored record (SI units) into the fields."""
        raise NotImplementedError

    def clear_for_next(self) -> None:
        """After saving a new entry: what to keep for the next one."""

    def refresh_info(self) -> None:
        """Update the live information boxes (previous value, spike warning)."""

    def update_banner(self) -> None:
        entry = noun(self.kind)
        if self.record_id is None:
            self.banner.setText(self.tr("New {entry}").format(entry=entry))
            set_tone(self.banner, "")
            self.save_button.setText(self.tr("Save {entry}").format(entry=entry))
        else:
            self.banner.setText(
                self.tr("Editing a saved {entry}: saving changes it.").format(entry=entry)
            )
            set_tone(self.banner, "edit")
            self.save_button.setText(self.tr("Save changes"))

    # -- fields helpers -----------------------------------------------------------------
    def add(self, name: str, label: str, editor: QWidget, hint: str = "", **kw: Any) -> Field:
        return self.grid.add(Field(name, label, editor, hint), **kw)

    def field(self, name: str) -> Field:
        return self.grid.fields[name]

    def set_loaded(self, name: str, shown: Any, stored: Any) -> None:
        self.field(name).set_value(shown)
        self._as_loaded[name] = (shown, stored)

    def raw(self) -> dict[str, Any]:
        return self.grid.values()

    def keep_loaded(self, values: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
        for name, (shown, stored) in self._as_loaded.items():
            if raw.get(name) == shown and name in values:
                values[name] = stored
        return values

    # -- flow -------------------------------------------------------------------------
    def _on_edited(self, _name: str) -> None:
        self.result.setVisible(False)
        self.refresh_info()

    def load(self, record: dict[str, Any]) -> None:
        """Edit ``record`` (as stored)."""
        self.record = dict(record)
        self.record_id = int(record["id"])
        self._as_loaded = {}
        self.grid.clear_errors()
        self.show_record(record)
        self.update_banner()
        self.refresh_info()

    def start_new(self) -> None:
        self.record = None
        self.record_id = None
        self._as_loaded = {}
        self.grid.clear_errors()
        self.result.setVisible(False)
        self.reset_fields()
        self.update_banner()
        self.refresh_info()

    def reset_fields(self) -> None:
        for f in self.grid.fields.values():
            if f.name == "day":
                f.set_value(self.hub.today())
            else:
                f.set_value(None)

    def submit(self) -> bool:
        """Validate, then write; True when the entry was saved (and committed)."""
        raw = self.raw()
        was_new = self.record_id is None
        try:
            values = self.keep_loaded(self.clean(raw), raw)
            if was_new:
                new_id = self.hub.add(self.kind, values)
            else:
                assert self.record_id is not None
                new_id = self.record_id
                self.hub.update(self.kind, new_id, values)
        except ValidationError as exc:
            self._show_problems(exc.errors)
            return False
        except StoreError as exc:
            self._say(
                self.tr("Nothing was saved: {reason}").format(reason=i18n.error_text(exc)), "error"
            )
            return False
        self.grid.clear_errors()
        entry = noun(self.kind)
        self._say(
            self.tr("Saved the {entry}.").format(entry=entry)
            if was_new
            else self.tr("Saved the changes to the {entry}.").format(entry=entry),
            "ok",
        )
        self.saved.emit(new_id)
        if was_new and not self.in_dialog:
            self.clear_for_next()
            self.refresh_info()
        elif not self.in_dialog:
            record = diary.get_record(self.hub.db, self.kind, new_id)
            if record is not None:
                self.load(record)
        return True

    def _show_problems(self, errors: dict[str, str]) -> None:
        loose = self.grid.show_errors(errors)
        count = len(errors)
        head = (
            self.tr("Nothing was saved: fix the marked field.")
            if count == 1
            else self.tr("Nothing was saved: fix the {count} marked fields.").format(count=count)
        )
        if loose:
            head = self.tr("Nothing was saved: {reason}").format(reason=" ".join(loose))
        self._say(head, "error")
        first = self.grid.first_invalid()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, tone: str) -> None:
        self.result.setText(text)
        set_tone(self.result, tone)
        self.result.setVisible(bool(text))

    def info_box(self, *, in_grid: bool = False) -> QLabel:
        """A live information box: below the fields, or (``in_grid``) where the grid is."""
        box = QLabel()
        box.setObjectName("infoBox")
        box.setWordWrap(True)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setVisible(False)
        if in_grid:
            self.grid.add_wide(box)
        else:
            self.info_area.addWidget(box)
        return box

    def units_changed(self) -> None:
        """Called when the unit settings change: re-show the record in the new units."""
        if self.record is not None:
            self.show_record(self.record)
        self.refresh_info()


# -- check-in -----------------------------------------------------------------------

SCORE_HINTS = {
    "first_step_pain": QT_TRANSLATE_NOOP("Diary", "First steps out of bed"),
    "next_morning_pain": QT_TRANSLATE_NOOP("Diary", "The morning after exercise"),
    "pain_during": QT_TRANSLATE_NOOP("Diary", "Up to 5 is acceptable"),
    "pain_after": QT_TRANSLATE_NOOP("Diary", "Up to 5, gone by next morning"),
    "stiffness": QT_TRANSLATE_NOOP("Diary", "0 none, 10 worst"),
    "foot_fatigue": QT_TRANSLATE_NOOP("Diary", "0 fresh, 10 exhausted"),
}
SCORE_LABELS = {
    "first_step_pain": QT_TRANSLATE_NOOP("Diary", "First-step pain"),
    "next_morning_pain": QT_TRANSLATE_NOOP("Diary", "Next-morning pain"),
    "pain_during": QT_TRANSLATE_NOOP("Diary", "Pain during exercise"),
    "pain_after": QT_TRANSLATE_NOOP("Diary", "Pain after exercise"),
    "stiffness": QT_TRANSLATE_NOOP("Diary", "Stiffness"),
    "foot_fatigue": QT_TRANSLATE_NOOP("Diary", "Foot fatigue"),
}


class CheckInForm(EntryForm):
    """One per day: choosing a day that has a check-in opens it for editing."""

    kind = "checkin"

    def build(self) -> None:
        self.add("day", self.tr("Date"), date_edit())
        self.add(
            "sleep_h", self.tr("Sleep (hours)"), line(self.tr("e.g. 7.5"), 160), self.tr("Optional")
        )
        for name, label in SCORE_LABELS.items():
            self.add(
                name,
                self.tr("{score} (0-10)").format(score=translate("Diary", label)),
                line("0-10", 130),
                translate("Diary", SCORE_HINTS[name]),
            )
        self.add(
            "note",
            self.tr("Note"),
            note_edit(self.tr("How the feet felt, surfaces, shoes...")),
            span=2,
        )
        day = self.field("day").editor
        day.dateChanged.connect(self._day_picked)  # type: ignore[attr-defined]

    def _day_picked(self, qdate: QDate) -> None:
        if self.in_dialog:
            return
        day = qdate.toPython()
        assert isinstance(day, date)
        self.open_day(day)

    def open_day(self, day: date) -> None:
        """Show the day's check-in for editing, or a blank one for that day."""
        existing = diary.checkin_on(self.hub.db, day)
        if existing is not None:
            if existing != self.record:
                self.load(existing)
            return
        if self.record_id is not None or self.record is not None:
            self.record = None
            self.record_id = None
            for name, f in self.grid.fields.items():
                if name != "day":
                    f.set_value(None)
        self.grid.clear_errors()
        self.update_banner()

    def start_new(self) -> None:
        day_edit = self.field("day").editor
        day_edit.blockSignals(True)
        try:
            super().start_new()
        finally:
            day_edit.blockSignals(False)
        self.open_day(self.hub.today())

    def update_banner(self) -> None:
        day = self.field("day").value()
        if self.record_id is None:
            self.banner.setText(self.tr("New check-in for {day}").format(day=long_day(day)))
            set_tone(self.banner, "")
            self.save_button.setText(self.tr("Save check-in"))
        else:
            shown = self.record["day"] if self.record else day
            self.banner.setText(
                self.tr(
                    "You already checked in on {day}. Your changes update that check-in."
                ).format(day=long_day(shown))
            )
            set_tone(self.banner, "edit")
            self.save_button.setText(self.tr("Update check-in"))
        self.new_button.setText(self.tr("Today"))

    def clean(self, raw: dict[str, Any]) -> dict[str, Any]:
        return validate_checkin(raw, today=self.hub.today(), require_content=True)

    def show_record(self, record: dict[str, Any]) -> None:
        day_edit = self.field("day").editor
        day_edit.blockSignals(True)
        try:
            for name, f in self.grid.fields.items():
                value = record.get(name)
                if name == "sleep_h" and value is not None:
                    self.set_loaded(name, plain(value, 2), value)
                else:
                    f.set_value(value)
        finally:
            day_edit.blockSignals(False)

    def clear_for_next(self) -> None:
        """A saved check-in stays on screen, now as the day's entry to edit."""
        self.open_day(self.field("day").value())


# -- test results ---------------------------------------------------------------------

PROTOCOLS = {
    "balance_eo": QT_TRANSLATE_NOOP(
        "Diary",
        "Stand on one leg, arms free, other foot off the floor. Stop when the lifted foot "
        "touches down or the stance foot moves; 45 s cap, best of 3 trials per side "
        "(Springer 2007).",
    ),
    "balance_ec": QT_TRANSLATE_NOOP(
        "Diary",
        "As eyes open, with eyes closed: stop also when the eyes open. 45 s cap, best of 3 "
        "trials per side (Springer 2007).",
    ),
    "knee_to_wall": QT_TRANSLATE_NOOP(
        "Diary",
        "Lunge with the knee touching the wall and the heel down; record the longest "
        "toe-to-wall distance. Healthy adults 12 \u00b1 2.8 cm (Hoch & McKeon 2011).",
    ),
    "heel_rises": QT_TRANSLATE_NOOP(
        "Diary",
        "Single-leg heel rises to fatigue at 60 bpm (30 a minute), full height each time. "
        "Median: men 24, women 21 (Hebert-Losier 2017).",
    ),
}


class MeasurementForm(EntryForm):
    kind = "measurement"

    def build(self) -> None:
        self.add("day", self.tr("Date"), date_edit())
        kinds = [(vocab.test_name(key), key) for key in MEASUREMENT_NAMES]
        self.add("kind", self.tr("Test"), combo(kinds))
        self.add("side", self.tr("Side"), combo([(vocab.side(k), k) for k in ("left", "right")]))
        self.add("trial", self.tr("Trial"), line("1", 120), self.tr("Number of the attempt"))
        self.unit = unit_label("s")
        self.add("value", self.tr("Result"), line("", 200), suffix=self.unit, span=2)
        self.compare = self.info_box(in_grid=True)
        self.add("note", self.tr("Note"), note_edit(), span=2)
        for name in ("kind", "side", "day"):
            editor = self.field(name).editor
            signal = editor.currentIndexChanged if name != "day" else editor.dateChanged  # type: ignore[attr-defined]
            signal.connect(self._test_changed)

    def _test_changed(self, *_args: Any) -> None:
        if self.record_id is None and not self.in_dialog:
            self.field("trial").set_value(self._next_trial())
        self.refresh_info()

    def _next_trial(self) -> int:
        f = self.grid.fields
        return diary.next_trial(self.hub.db, f["kind"].value(), f["side"].value(), f["day"].value())

    def reset_fields(self) -> None:
        kind = self.field("kind").value()
        side = self.field("side").value()
        editors = [self.field(n).editor for n in ("day", "kind", "side")]
        for editor in editors:
            editor.blockSignals(True)
        try:
            super().reset_fields()
            self.field("kind").set_value(kind or "balance_eo")
            self.field("side").set_value(side or "left")
        finally:
            for editor in editors:
                editor.blockSignals(False)
        self.field("trial").set_value(self._next_trial())

    def clean(self, raw: dict[str, Any]) -> dict[str, Any]:
        raw = dict(raw)
        if self.record is not None and raw.get("day") == self.record["day"]:
            raw["taken_at"] = self.record["taken_at"]  # editing keeps when it was taken
        return validate_measurement(raw, now=self.hub.now(), length_unit=self.hub.units.length)

    def show_record(self, record: dict[str, Any]) -> None:
        f = self.grid.fields
        for name in ("day", "kind", "side", "trial", "note"):
            f[name].set_value(record.get(name))
        value = float(record["value"])
        if record["kind"] == "knee_to_wall":
            length = self.hub.units.length
            self.set_loaded("value", plain(u.from_cm(value, length), 2), value)
        elif record["kind"] == "heel_rises":
            self.set_loaded("value", plain(value, 0), value)
        else:
            self.set_loaded("value", plain(value, 2), value)

    def clear_for_next(self) -> None:
        """Keep the test, side and day: the next trial is usually the same test."""
        self.field("value").set_value(None)
        self.field("note").set_value(None)
        self.field("trial").set_value(self._next_trial())
        self.field("value").editor.setFocus()

    def refresh_info(self) -> None:
        f = self.grid.fields
        kind = f["kind"].value()
        length = self.hub.units.length
        self.unit.setText({"knee_to_wall": length, "heel_rises": self.tr("reps")}.get(kind, "s"))
        protocol = PROTOCOLS.get(kind)
        f["value"].hint.setText(translate("Diary", protocol) if protocol else "")
        f["value"].editor.setAccessibleDescription(f["value"].hint.text())
        f["value"].hint.setWordWrap(True)
        f["value"].hint.setVisible(True)
        previous = diary.previous_best(
            self.hub.db, kind, f["side"].value(), f["day"].value(), exclude_id=self.record_id
        )
        stored = self._typed_value(kind)
        if kind == "knee_to_wall" and stored is not None:
            self.unit.setText(f"{length}  \u2248 {u.knee_to_wall_degrees(stored):.0f}\u00b0")
        if previous is None:
            self.compare.setText(self.tr("No earlier result for this test and side yet."))
            set_tone(self.compare, "")
        elif stored is None:
            self.compare.setText(
                self.tr("Previous best: {value} on {day}.").format(
                    value=i18n.localize(format_measurement(kind, previous[1], length)),
                    day=long_day(previous[0]),
                )
            )
            set_tone(self.compare, "")
        else:
            check = compare_with_previous(kind, stored, previous, self.hub.rules)
            assert check is not None
            self.compare.setText(i18n.localize(check.message(length)))
            set_tone(self.compare, "good" if check.real and check.change > 0 else "")
        self.compare.setVisible(True)

    def _typed_value(self, kind: str) -> float | None:
        """The result as it would be stored, or None while it is not a valid number."""
        text = str(self.field("value").value()).strip().replace(",", ".")
        loaded = self._as_loaded.get("value")
        if loaded is not None and loaded[0] == self.field("value").value():
            return float(loaded[1])
        try:
            number = float(text)
        except ValueError:
            return None
        if number < 0 or not math.isfinite(number):
            return None
        return u.to_cm(number, self.hub.units.length) if kind == "knee_to_wall" else number


# -- runs -------------------------------------------------------------------------------


class RunForm(EntryForm):
    kind = "run"

    def build(self) -> None:
        self.add("day", self.tr("Date"), date_edit())
        self.dist_unit = unit_label("km")
        self.add(
            "distance_m", self.tr("Distance"), line(self.tr("e.g. 8.5"), 200), suffix=self.dist_unit
        )
        self.add(
            "duration_s",
            self.tr("Duration"),
            line(self.tr("h:mm:ss or minutes"), 200),
            self.tr("Optional"),
        )
        self.add(
            "run_type", self.tr("Type"), combo([(_cap(vocab.run_type(t)), t) for t in RUN_TYPES])
        )
        # right under distance and duration, where the eye is when typing them
        self.spike = self.info_box(in_grid=True)
        self.add(
            "surface",
            self.tr("Surface"),
            combo([(_cap(vocab.surface(s)), s) for s in SURFACES], blank=self.tr("Not noted")),
        )
        self.add("shoe_id", self.tr("Shoe"), combo([], blank=self.tr("No shoe noted")))
        self.add("pain_after", self.tr("Pain after (0-10)"), line("0-10", 160), self.tr("Optional"))
        self.add(
            "note", self.tr("Note"), note_edit(self.tr("How the feet felt, the route...")), span=2
        )
        self.fill_shoes()

    def fill_shoes(self) -> None:
        box = self.field("shoe_id").editor
        current = box.currentData()  # type: ignore[attr-defined]
        keep = self.record.get("shoe_id") if self.record else None
        box.clear()  # type: ignore[attr-defined]
        box.addItem(self.tr("No shoe noted"), None)  # type: ignore[attr-defined]
        for shoe in list_shoes(self.hub.db):
            if shoe.retired and shoe.id not in (current, keep):
                continue
            label = shoe.name + (self.tr(" (retired)") if shoe.retired else "")
            box.addItem(label, shoe.id)  # type: ignore[attr-defined]
        self.field("shoe_id").set_value(current)

    def reset_fields(self) -> None:
        shoe = self.field("shoe_id").value()
        run_type = self.field("run_type").value()
        super().reset_fields()
        self.field("shoe_id").set_value(shoe)
        self.field("run_type").set_value(run_type or "easy")

    def clean(self, raw: dict[str, Any]) -> dict[str, Any]:
        return validate_run(
            raw,
            today=self.hub.today(),
            distance_unit=self.hub.units.distance,
            clock_duration=True,
        )

    def show_record(self, record: dict[str, Any]) -> None:
        self.fill_shoes()
        f = self.grid.fields
        for name in ("day", "run_type", "surface", "shoe_id", "pain_after", "note"):
            f[name].set_value(record.get(name))
        unit = self.hub.units.distance
        self.set_loaded(
            "distance_m", plain(u.from_metres(record["distance_m"], unit), 3), record["distance_m"]
        )
        if record.get("duration_s") is not None:
            seconds = record["duration_s"]
            self.set_loaded("duration_s", u.format_duration(seconds), seconds)
        else:
            f["duration_s"].set_value(None)

    def clear_for_next(self) -> None:
        for name in ("distance_m", "duration_s", "pain_after", "note"):
            self.field(name).set_value(None)

    def refresh_info(self) -> None:
        unit = self.hub.units.distance
        self.dist_unit.setText(unit)
        metres = self._typed_distance()
        day = self.field("day").value()
        if metres is None:
            self.spike.setVisible(False)
            return
        previous = diary.runs_before(
            self.hub.db, day, self.hub.rules.spike_window_days, exclude_id=self.record_id
        )
        check = check_run_spike(day, metres, previous, self.hub.rules)
        text = i18n.localize(check.message(unit))
        pace = self._pace(metres)
        if pace:
            text = self.tr("Pace {pace}.").format(pace=pace) + " " + text
        self.spike.setText(text)
        set_tone(self.spike, "warn" if check.warn else "")
        self.spike.setVisible(True)

    def _typed_distance(self) -> float | None:
        shown = self.field("distance_m").value()
        loaded = self._as_loaded.get("distance_m")
        if loaded is not None and loaded[0] == shown:
            return float(loaded[1])
        try:
            value = float(str(shown).strip().replace(",", "."))
        except ValueError:
            return None
        if not value > 0 or value == float("inf"):
            return None
        return u.to_metres(value, self.hub.units.distance)

    def _pace(self, metres: float) -> str:
        shown = self.field("duration_s").value()
        loaded = self._as_loaded.get("duration_s")
        try:
            seconds = (
                float(loaded[1])
                if loaded is not None and loaded[0] == shown
                else u.parse_duration(str(shown))
            )
        except ValueError:
            return ""
        return u.pace_per_unit(metres, seconds, self.hub.units.distance)


# -- shoes ----------------------------------------------------------------------------------


class ShoeForm(EntryForm):
    kind = "shoe"

    def build(self) -> None:
        not_noted = self.tr("Not noted")

        def choices(*keys: str) -> list[tuple[str, Any]]:
            return [(vocab.shoe_choice(k), k) for k in keys]

        self.add("name", self.tr("Name"), line(self.tr("e.g. Daily trainer (grey)")), span=2)
        self.add(
            "drop_mm",
            self.tr("Drop (mm)"),
            line(self.tr("heel minus forefoot"), 200),
            self.tr("Optional"),
        )
        self.add(
            "stack_mm",
            self.tr("Stack height (mm)"),
            line(self.tr("under the heel"), 200),
            self.tr("Optional"),
        )
        self.add(
            "outsole_firmness",
            self.tr("Outsole firmness"),
            combo(choices("soft", "medium", "firm"), blank=not_noted),
        )
        self.add(
            "heel_counter",
            self.tr("Heel counter"),
            combo(choices("flexible", "medium", "rigid"), blank=not_noted),
        )
        self.add(
            "midfoot_support",
            self.tr("Midfoot support"),
            combo(choices("neutral", "stability", "minimal"), blank=not_noted),
        )
        self.add("retired", self.tr("Status"), QCheckBox(self.tr("Retired (kept for the record)")))
        self.add("note", self.tr("Note"), note_edit(), span=2)
        self.new_button.setText(self.tr("New shoe"))

    def clean(self, raw: dict[str, Any]) -> dict[str, Any]:
        return validate_shoe(raw)

    def show_record(self, record: dict[str, Any]) -> None:
        f = self.grid.fields
        for name in ("name", "outsole_firmness", "heel_counter", "midfoot_support", "retired"):
            f[name].set_value(record.get(name))
        f["note"].set_value(record.get("note"))
        for name in ("drop_mm", "stack_mm"):
            value = record.get(name)
            if value is None:
                f[name].set_value(None)
            else:
                self.set_loaded(name, plain(value, 1), value)

    def clear_for_next(self) -> None:
        """A new shoe stays selected for editing (the list shows it)."""


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


FORMS: dict[str, type[EntryForm]] = {
    "checkin": CheckInForm,
    "measurement": MeasurementForm,
    "run": RunForm,
    "shoe": ShoeForm,
}
