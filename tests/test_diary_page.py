"""The Diary page as a runner uses it: enter, correct, delete, undo; the table; the files."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from sqlalchemy import insert

from footgui.store import diary, diary_io
from footgui.store.models import CheckIn, Run
from footgui.ui.diary.history import DATE_COL, NOTE_COL, PAGE
from footgui.ui.pages.diary import DiaryPage

TODAY = date.today()


@pytest.fixture
def page(qtbot, app_ctx):
    widget = DiaryPage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(form, **values) -> None:
    """Type into a form's fields as a user would (dates picked, choices chosen)."""
    for name, value in values.items():
        field = form.field(name)
        editor = field.editor
        if isinstance(value, date):
            editor.setDate(QDate(value))
        elif name in ("kind", "side", "run_type", "surface", "shoe_id", "outsole_firmness",
                      "heel_counter", "midfoot_support"):  # fmt: skip
            editor.setCurrentIndex(editor.findData(value))
        elif name == "retired":
            editor.setChecked(bool(value))
        elif name == "note":
            editor.setPlainText(value)
        else:
            editor.clear()
            editor.insert(str(value))
            editor.textEdited.emit(editor.text())


def save(qtbot, form) -> None:
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def history_texts(page) -> list[str]:
    model = page.history.proxy
    return [
        " | ".join(str(model.index(r, c).data()) for c in range(4)) for r in range(model.rowCount())
    ]


def wait_history(qtbot, page, count: int) -> None:
    qtbot.waitUntil(
        lambda: page.history.model.total == count and page.history.proxy.rowCount() == count
    )


def count(db, kind: str) -> int:
    return (
        diary.history_count(db, diary.HistoryFilter(kinds=frozenset({kind})))
        if kind != "shoe"
        else len(diary.shoe_summaries(db))
    )


# -- check-ins ---------------------------------------------------------------------------------


def test_checkin_enter_edit_delete_and_undo(page, qtbot, app_ctx) -> None:
    db = app_ctx.db
    form = page.checkin_form
    assert "New check-in for" in form.banner.text()
    fill(form, first_step_pain=3, stiffness=2, note="first steps stiff")
    with qtbot.waitSignal(app_ctx.bus.data_changed, check_params_cb=lambda k: k == "checkin"):
        save(qtbot, form)
    saved = diary.checkin_on(db, TODAY)
    assert (
        saved is not None and saved["first_step_pain"] == 3 and saved["note"] == "first steps stiff"
    )
    assert "Saved the check-in" in form.result.text()
    assert (
        "already checked in" in form.banner.text() and form.save_button.text() == "Update check-in"
    )
    wait_history(qtbot, page, 1)
    assert "First step 3" in history_texts(page)[0]

    fill(form, first_step_pain=5)
    save(qtbot, form)
    assert diary.checkin_on(db, TODAY)["first_step_pain"] == 5  # type: ignore[index]
    assert count(db, "checkin") == 1
    qtbot.waitUntil(lambda: "First step 5" in history_texts(page)[0])

    page.undo_action.trigger()
    assert diary.checkin_on(db, TODAY)["first_step_pain"] == 3  # type: ignore[index]
    assert form.field("first_step_pain").value() == "3"
    page.undo_action.trigger()
    assert diary.checkin_on(db, TODAY) is None
    assert "New check-in" in form.banner.text()
    wait_history(qtbot, page, 0)
    page.redo_action.trigger()
    page.redo_action.trigger()
    assert diary.checkin_on(db, TODAY)["first_step_pain"] == 5  # type: ignore[index]
    wait_history(qtbot, page, 1)

    page.history.table.selectRow(0)
    qtbot.mouseClick(page.history.delete_button, Qt.MouseButton.LeftButton)
    assert diary.checkin_on(db, TODAY) is None
    wait_history(qtbot, page, 0)
    page.history.table.setFocus()
    qtbot.keyClick(page.history.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert diary.checkin_on(db, TODAY)["first_step_pain"] == 5  # type: ignore[index]
    qtbot.keyClick(
        page.history.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert diary.checkin_on(db, TODAY) is None


def test_picking_a_day_with_a_checkin_opens_it_for_editing(page, app_ctx) -> None:
    db = app_ctx.db
    yesterday = TODAY - timedelta(days=1)
    rid = diary.insert_record(db, "checkin", {"day": yesterday, "stiffness": 6, "note": "sore"})
    form = page.checkin_form
    fill(form, day=yesterday)
    assert form.record_id == rid
    assert form.field("stiffness").value() == "6" and form.field("note").value() == "sore"
    assert "already checked in" in form.banner.text()
    fill(form, stiffness=4)
    form.submit()
    assert count(db, "checkin") == 1
    assert diary.get_record(db, "checkin", rid)["stiffness"] == 4  # type: ignore[index]
    fill(form, day=TODAY)
    assert form.record_id is None and form.field("stiffness").value() == ""


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("first_step_pain", "11", "from 0 to 10"),
        ("next_morning_pain", "abc", "must be a number"),
        ("pain_during", "-1", "cannot be negative"),
        ("pain_after", "2.5", "whole number"),
        ("stiffness", "ten", "must be a number"),
        ("foot_fatigue", "99", "from 0 to 10"),
        ("sleep_h", "30", "from 0 to 24"),
        ("day", TODAY + timedelta(days=1), "in the future"),
    ],
)
def test_checkin_errors_are_shown_on_the_field_and_nothing_is_saved(
    page, app_ctx, field, value, words
) -> None:
    form = page.checkin_form
    fill(form, stiffness=2)
    fill(form, **{field: value})
    assert form.submit() is False
    f = form.field(field)
    assert f.error.isVisible() and words in f.error.text()
    assert f.editor.property("invalid") is True
    assert "Nothing was saved" in form.result.text()
    assert count(app_ctx.db, "checkin") == 0
    others = [n for n, g in form.grid.fields.items() if n != field and g.error.isVisible()]
    assert others == []


def test_an_empty_checkin_is_refused(page, app_ctx) -> None:
    assert page.checkin_form.submit() is False
    assert "at least one score" in page.checkin_form.result.text()
    assert count(app_ctx.db, "checkin") == 0


def test_moving_a_checkin_onto_a_day_that_has_one_is_refused(page, qtbot, app_ctx) -> None:
    db = app_ctx.db
    diary.insert_record(db, "checkin", {"day": TODAY - timedelta(days=2), "stiffness": 1})
    other = diary.insert_record(db, "checkin", {"day": TODAY - timedelta(days=1), "stiffness": 2})
    dialog = page.open_editor("checkin", other)
    assert dialog is not None and dialog.isVisible()
    fill(dialog.form, day=TODAY - timedelta(days=2))
    assert dialog.form.submit() is False
    assert "already a check-in" in dialog.form.field("day").error.text()
    assert diary.get_record(db, "checkin", other)["day"] == TODAY - timedelta(days=1)  # type: ignore[index]
    fill(dialog.form, day=TODAY - timedelta(days=1), stiffness=7)
    with qtbot.waitSignal(dialog.finished):
        dialog.form.submit()
    assert diary.get_record(db, "checkin", other)["stiffness"] == 7  # type: ignore[index]


# -- measurements ------------------------------------------------------------------------


def add_measure(db, day, value, kind="knee_to_wall", side="left") -> int:
    return diary.insert_record(
        db, "measurement",
        {"day": day, "taken_at": datetime.combine(day, datetime.min.time()), "kind": kind,
         "side": side, "value": value, "trial": 1},
    )  # fmt: skip


def test_measurement_shows_previous_value_and_mdc(page, qtbot, app_ctx) -> None:
    db = app_ctx.db
    add_measure(db, TODAY - timedelta(days=7), 8.0)
    page.hub.written.emit("measurement")
    form = page.measure_form
    fill(form, kind="knee_to_wall", side="left")
    assert "Previous best: 8.0 cm" in form.compare.text()
    fill(form, value="9")
    assert "within the 1.9 cm minimal detectable change" in form.compare.text()
    fill(form, value="10.5")
    assert (
        "more than the 1.9 cm" in form.compare.text() and "real improvement" in form.compare.text()
    )
    assert "38\u00b0" in form.unit.text()
    assert form.field("trial").value() == "1"
    save(qtbot, form)
    rows = diary.history_page(db, diary.HistoryFilter(kinds=frozenset({"measurement"})), limit=5)
    assert rows[0][2] == TODAY and rows[0][6] == 10.5 and rows[0][7] == 1
    assert form.field("trial").value() == "2" and form.field("value").value() == ""
    wait_history(qtbot, page, 2)
    assert (
        "10.5 cm (38\u00b0) \u00b7 knee-to-wall \u00b7 left \u00b7 trial 1"
        in history_texts(page)[0]
    )

    rid = rows[0][1]
    dialog = page.open_editor("measurement", rid)
    assert dialog is not None
    assert dialog.form.field("value").value() == "10.5"
    fill(dialog.form, value="11")
    dialog.form.submit()
    assert diary.get_record(db, "measurement", rid)["value"] == 11.0  # type: ignore[index]
    page.delete_entry("measurement", rid)
    assert diary.get_record(db, "measurement", rid) is None
    page.undo_stack.undo()
    assert diary.get_record(db, "measurement", rid)["value"] == 11.0  # type: ignore[index]
    page.undo_stack.undo()
    assert diary.get_record(db, "measurement", rid)["value"] == 10.5  # type: ignore[index]
    page.undo_stack.undo()
    assert diary.get_record(db, "measurement", rid) is None


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"kind": "balance_eo", "value": "abc"}, "value", "must be a number"),
        ({"kind": "balance_ec", "value": "-2"}, "value", "cannot be negative"),
        ({"kind": "heel_rises", "value": "12.5"}, "value", "whole number"),
        ({"kind": "knee_to_wall", "value": "45"}, "value", "from 0 to 30 cm"),
        ({"kind": "balance_eo", "value": ""}, "value", "is needed"),
        ({"kind": "balance_eo", "value": "20", "trial": "0"}, "trial", "from 1 to 20"),
        ({"day": TODAY + timedelta(days=3), "value": "20"}, "day", "in the future"),
    ],
)
def test_measurement_errors(page, app_ctx, values, field, words) -> None:
    form = page.measure_form
    fill(form, **values)
    assert form.submit() is False
    assert words in form.field(field).error.text()
    assert count(app_ctx.db, "measurement") == 0


def test_units_from_settings_are_used_for_entry_and_display(page, qtbot, app_ctx) -> None:
    app_ctx.settings.setValue("units/length", "in")
    app_ctx.settings.setValue("units/distance", "mi")
    page.activate()
    form = page.measure_form
    fill(form, kind="knee_to_wall", value="4")
    assert form.unit.text().startswith("in")
    form.submit()
    rows = diary.history_page(app_ctx.db, diary.HistoryFilter(), limit=5)
    assert rows[0][6] == pytest.approx(10.16)
    run = page.run_form
    assert run.dist_unit.text() == "mi"
    fill(run, distance_m="3.1", duration_s="30:00")
    run.submit()
    wait_history(qtbot, page, 2)
    texts = " ".join(history_texts(page))
    assert "4.0 in" in texts and "3.10 mi" in texts
    stored = diary.history_page(app_ctx.db, diary.HistoryFilter(kinds=frozenset({"run"})), limit=1)
    assert stored[0][6] == pytest.approx(3.1 * 1609.344)


# -- runs and shoes ----------------------------------------------------------------------


def test_run_spike_warning(page, app_ctx) -> None:
    db = app_ctx.db
    diary.insert_record(
        db, "run", {"day": TODAY - timedelta(days=5), "distance_m": 10_000.0, "run_type": "long"}
    )
    diary.insert_record(
        db, "run", {"day": TODAY - timedelta(days=40), "distance_m": 30_000.0, "run_type": "long"}
    )
    form = page.run_form
    fill(form, distance_m="10.5")
    assert form.spike.isVisibleTo(form) and form.spike.property("tone") == ""
    assert "Longest run in the previous 30 days: 10.00 km" in form.spike.text()
    fill(form, distance_m="12", duration_s="1:00:00")
    assert form.spike.property("tone") == "warn"
    assert "20% longer" in form.spike.text() and "Frandsen 2025" in form.spike.text()
    assert "Pace 5:00 /km" in form.spike.text()
    assert form.submit() is True  # a warning, not a refusal
    assert count(db, "run") == 3


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("distance_m", "-5", "cannot be negative"),
        ("distance_m", "five", "must be a number"),
        ("distance_m", "", "is needed"),
        ("duration_s", "-10:00", "cannot be negative"),
        ("duration_s", "1:99", "below 60"),
        ("duration_s", "0:30", "too short"),
        ("pain_after", "11", "from 0 to 10"),
        ("day", TODAY + timedelta(days=1), "in the future"),
    ],
)
def test_run_errors(page, app_ctx, field, value, words) -> None:
    form = page.run_form
    fill(form, distance_m="8", duration_s="45:00")
    fill(form, **{field: value})
    assert form.submit() is False
    assert words in form.field(field).error.text()
    assert count(app_ctx.db, "run") == 0


def test_shoes_add_edit_totals_delete_and_undo(page, qtbot, app_ctx) -> None:
    db = app_ctx.db
    page.activate(tab="shoe")
    panel = page.shoes
    assert panel.isVisible()
    form = panel.form
    fill(form, name="Daily trainer", drop_mm="8", stack_mm="30", outsole_firmness="medium",
         heel_counter="rigid", midfoot_support="stability")  # fmt: skip
    form.submit()
    (shoe,) = diary.shoe_summaries(db)
    assert shoe.values["drop_mm"] == 8.0 and shoe.values["heel_counter"] == "rigid"
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "Daily trainer"
    assert page.run_form.field("shoe_id").editor.findData(shoe.id) > 0

    run_form = page.run_form
    for day, km in ((TODAY - timedelta(days=2), "8"), (TODAY - timedelta(days=1), "7.25")):
        fill(run_form, day=day, distance_m=km, shoe_id=shoe.id)
        assert run_form.submit() is True
    assert panel.table.item(0, 1).text() == "15.2 km" and panel.table.item(0, 2).text() == "2"
    assert panel.total_for(shoe.id) == pytest.approx(15250.0)

    panel.select(shoe.id)
    fill(form, name="Daily trainer (grey)", retired=True)
    form.submit()
    assert diary.get_record(db, "shoe", shoe.id)["retired"] is True  # type: ignore[index]
    assert panel.table.item(0, 3).text() == "retired"

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert diary.shoe_summaries(db) == []
    runs = diary.history_page(db, diary.HistoryFilter(kinds=frozenset({"run"})), limit=5)
    assert all(r[9] is None for r in runs)
    page.undo_stack.undo()
    assert diary.shoe_summaries(db)[0].distance_m == pytest.approx(15250.0)
    assert panel.table.rowCount() == 1
    page.undo_stack.undo()  # the edit
    assert diary.get_record(db, "shoe", shoe.id)["name"] == "Daily trainer"  # type: ignore[index]


def test_shoe_errors(page, app_ctx) -> None:
    form = page.shoes.form
    fill(form, name="", drop_mm="40", stack_mm="x")
    assert form.submit() is False
    assert "is needed" in form.field("name").error.text()
    assert "from -10 to 30 mm" in form.field("drop_mm").error.text()
    assert "must be a number" in form.field("stack_mm").error.text()
    assert diary.shoe_summaries(app_ctx.db) == []


def test_run_enter_edit_delete_undo(page, qtbot, app_ctx) -> None:
    db = app_ctx.db
    form = page.run_form
    fill(
        form, distance_m="8.4", duration_s="42:00", run_type="tempo", surface="track", pain_after=1
    )
    form.submit()
    (row,) = diary.history_page(db, diary.HistoryFilter(), limit=5)
    rid = row[1]
    assert row[3:5] == ("tempo", "track") and row[6] == pytest.approx(8400.0) and row[7] == 2520.0
    wait_history(qtbot, page, 1)
    page.history.table.selectRow(0)
    qtbot.mouseClick(page.history.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.field("duration_s").value() == "42:00"
    fill(dialog.form, note="windy")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    after = diary.get_record(db, "run", rid)
    assert after is not None and after["note"] == "windy" and after["distance_m"] == 8400.0
    page.delete_entry("run", rid)
    assert diary.get_record(db, "run", rid) is None
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert diary.get_record(db, "run", rid)["note"] == ""  # type: ignore[index]


# -- the history table -------------------------------------------------------------------


def bulk(db, n: int) -> None:
    start = TODAY - timedelta(days=n)
    with db.session() as s:
        s.execute(
            insert(CheckIn),
            [{"day": start + timedelta(days=i), "stiffness": i % 11, "note": ""} for i in range(n)],
        )
        s.execute(
            insert(Run),
            [
                {
                    "day": start + timedelta(days=i),
                    "distance_m": 5000.0 + i,
                    "run_type": "easy",
                    "note": "",
                }
                for i in range(n)
            ],
        )


def test_history_loads_lazily_and_filters_and_sorts_in_the_database(qtbot, app_ctx) -> None:
    bulk(app_ctx.db, 600)
    page = DiaryPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    model, table = page.history.model, page.history.table
    assert model.total == 1200 and model.rowCount() == PAGE and model.canFetchMore()
    assert page.history.count.text() == "1,200 entries"
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1200 and len({model.row_key(r) for r in range(1200)}) == 1200

    page.history.kind.setCurrentIndex(3)  # runs
    assert model.total == 600 and all(model.row_key(r)[0] == "run" for r in range(model.rowCount()))
    page.history.period.setCurrentIndex(2)  # last 30 days
    assert model.total == 29  # the 30 days up to today; the runs stop yesterday
    page.history.period.setCurrentIndex(5)  # custom
    assert page.history.since.isVisible()
    page.history.since.setDate(QDate(TODAY - timedelta(days=100)))
    page.history.until.setDate(QDate(TODAY - timedelta(days=91)))
    assert model.total == 10

    page.history.period.setCurrentIndex(0)
    table.horizontalHeader().setSortIndicator(DATE_COL, Qt.SortOrder.AscendingOrder)
    first = page.history.proxy.index(0, DATE_COL).data(Qt.ItemDataRole.EditRole)
    assert first == QDate(TODAY - timedelta(days=600))
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert "5.60 km" in page.history.proxy.index(0, 2).data()


def test_history_edits_dates_and_notes_in_place(page, qtbot, app_ctx) -> None:
    db = app_ctx.db
    rid = diary.insert_record(
        db, "run", {"day": TODAY - timedelta(days=3), "distance_m": 5000.0, "run_type": "easy"}
    )
    page.hub.written.emit("run")
    wait_history(qtbot, page, 1)
    proxy = page.history.proxy
    assert proxy.flags(proxy.index(0, NOTE_COL)) & Qt.ItemFlag.ItemIsEditable
    assert not proxy.flags(proxy.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert proxy.setData(proxy.index(0, NOTE_COL), "felt easy") is True
    assert diary.get_record(db, "run", rid)["note"] == "felt easy"  # type: ignore[index]
    qtbot.waitUntil(lambda: proxy.index(0, NOTE_COL).data() == "felt easy")
    assert proxy.setData(proxy.index(0, DATE_COL), QDate(TODAY + timedelta(days=2))) is False
    assert "in the future" in page.history.message.text()
    assert proxy.setData(proxy.index(0, DATE_COL), QDate(TODAY - timedelta(days=4))) is True
    assert diary.get_record(db, "run", rid)["day"] == TODAY - timedelta(days=4)  # type: ignore[index]
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert diary.get_record(db, "run", rid)["note"] == ""  # type: ignore[index]


def test_a_change_from_another_page_refreshes_and_clears_undo(page, qtbot, app_ctx) -> None:
    fill(page.checkin_form, stiffness=1)
    page.checkin_form.submit()
    assert page.undo_stack.count() == 1
    diary.insert_record(app_ctx.db, "run", {"day": TODAY, "distance_m": 3000.0, "run_type": "easy"})
    app_ctx.changed("run")
    assert page.undo_stack.count() == 0
    wait_history(qtbot, page, 2)


# -- files -------------------------------------------------------------------------------


def test_export_dialog_is_non_blocking_and_writes_csv(page, qtbot, app_ctx, tmp_path) -> None:
    diary.insert_record(app_ctx.db, "checkin", {"day": TODAY, "stiffness": 2})
    dialog = page.export_dialog()
    assert dialog.isVisible()
    button = next(b for b in dialog.findChildren(QPushButton) if "CSV" in b.text())
    button.click()
    files = page.transfer.dialog
    assert isinstance(files, QFileDialog) and files.isVisible()
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(page.transfer.finished, timeout=10_000) as blocker:
        files.fileSelected.emit(str(out))
    assert blocker.args[0] is True
    assert (out / "checkins.csv").read_text().splitlines()[1].startswith("1,")
    box = page.transfer.dialog
    assert isinstance(box, QMessageBox) and "Exported" in box.text()
    box.close()


def test_import_adds_rows_or_explains_and_adds_nothing(page, qtbot, app_ctx, tmp_path) -> None:
    good = tmp_path / "runs.csv"
    good.write_text("day,distance_m,run_type\n2025-01-01,5000,easy\n2025-01-02,6000,hills\n")
    with qtbot.waitSignal(page.transfer.finished, timeout=10_000) as blocker:
        page.transfer.import_from([good])
    assert blocker.args == [True, "Imported 2 runs."]
    wait_history(qtbot, page, 2)

    bad = tmp_path / "checkins.csv"
    bad.write_text("day,stiffness\n2025-01-01,2\n2025-01-02,eleven\n")
    with qtbot.waitSignal(page.transfer.finished, timeout=10_000) as blocker:
        page.transfer.import_from([bad])
    assert blocker.args[0] is False
    assert page.transfer.last_problems == [
        "checkins.csv, row 3, stiffness: Stiffness must be a number, like 3"
    ]
    box = page.transfer.dialog
    assert isinstance(box, QMessageBox) and "row 3" in box.detailedText()
    assert count(app_ctx.db, "checkin") == 0


def test_restoring_a_backup_over_data_asks_first(page, qtbot, app_ctx, tmp_path) -> None:
    db = app_ctx.db
    diary.insert_record(db, "checkin", {"day": TODAY, "stiffness": 2})
    backup = tmp_path / "b.json"
    backup.write_bytes(diary_io.json_bytes(db))
    diary.insert_record(db, "checkin", {"day": TODAY - timedelta(days=1), "stiffness": 9})
    page.transfer._chosen_for_import([backup])
    box = page.transfer.dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and "replaces all" in box.text()
    replace = next(b for b in box.buttons() if b.text() == "Replace everything")
    with qtbot.waitSignal(page.transfer.finished, timeout=10_000) as blocker:
        replace.click()
    assert blocker.args[0] is True
    assert count(db, "checkin") == 1 and diary.checkin_on(db, TODAY)["stiffness"] == 2  # type: ignore[index]
    wait_history(qtbot, page, 1)
