"""File > Restore as the user drives it: pick, confirm, and the diary is the backup's."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QMessageBox

from footgui.store import repos
from footgui.store.backup import daily_backup
from footgui.ui.restore_dialog import RestoreDialog


def test_restore_from_the_dialog(qtbot, app_ctx) -> None:
    repos.upsert_checkin(app_ctx.db, date(2026, 5, 1), first_step_pain=1)
    daily_backup(app_ctx.db.path, app_ctx.paths.backups, now=datetime(2026, 5, 1, 8))
    repos.upsert_checkin(app_ctx.db, date(2026, 5, 2), first_step_pain=6)
    dialog = RestoreDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "1 check ins" in dialog.table.item(0, 2).text()
    changed = []
    app_ctx.bus.data_changed.connect(changed.append)
    dialog.restore_button.click()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert [c.day for c in repos.list_checkins(app_ctx.db)] == [date(2026, 5, 1)]
    assert changed == ["all"]
    kept = list(app_ctx.db.path.parent.glob("footgui.sqlite3.before-restore-*"))
    assert len([k for k in kept if not k.name.endswith(("-wal", "-shm"))]) == 1


def test_cancel_changes_nothing(qtbot, app_ctx) -> None:
    repos.upsert_checkin(app_ctx.db, date(2026, 5, 1), first_step_pain=1)
    daily_backup(app_ctx.db.path, app_ctx.paths.backups, now=datetime(2026, 5, 1, 8))
    repos.upsert_checkin(app_ctx.db, date(2026, 5, 2), first_step_pain=6)
    dialog = RestoreDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    with qtbot.waitSignal(dialog.confirm_box.finished, timeout=5000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(repos.list_checkins(app_ctx.db)) == 2
