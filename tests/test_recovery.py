"""Recovering from a damaged database: the damaged bytes are always kept."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from footgui.store import repos
from footgui.store.backup import daily_backup
from footgui.store.db import open_database
from footgui.store.recovery import latest_good_backup, restore_latest, start_new_beside


def setup_with_backups(tmp_path: Path) -> Path:
    path = tmp_path / "footgui.sqlite3"
    db = open_database(f"sqlite:///{path}")
    repos.upsert_checkin(db, date(2026, 3, 1), first_step_pain=2)
    db.close()
    daily_backup(path, tmp_path / "backups", now=datetime(2026, 3, 1, 9))
    db = open_database(f"sqlite:///{path}")
    repos.upsert_checkin(db, date(2026, 3, 2), first_step_pain=3)
    db.close()
    daily_backup(path, tmp_path / "backups", now=datetime(2026, 3, 2, 9))
    return path


def test_restore_uses_the_newest_good_backup_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = setup_with_backups(tmp_path)
    newest = latest_good_backup(path, tmp_path / "backups")
    assert newest is not None
    newest.write_bytes(os.urandom(4096))  # the newest backup is damaged too
    damaged = os.urandom(8192)
    path.write_bytes(damaged)
    used, aside = restore_latest(path, tmp_path / "backups")
    assert used != newest and "20260301" in used.name
    assert aside.read_bytes() == damaged
    db = open_database(f"sqlite:///{path}")
    assert [c.day for c in repos.list_checkins(db)] == [date(2026, 3, 1)]
    db.close()


def test_no_good_backup_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    path.write_bytes(b"junk" * 100)
    with pytest.raises(LookupError):
        restore_latest(path, tmp_path / "backups")
    assert path.read_bytes() == b"junk" * 100


def test_start_new_beside_keeps_the_old_file(tmp_path: Path) -> None:
    path = setup_with_backups(tmp_path)
    junk = os.urandom(5000)
    path.write_bytes(junk)
    aside = start_new_beside(path)
    assert aside.read_bytes() == junk and not path.exists()
    db = open_database(f"sqlite:///{path}")
    assert repos.list_checkins(db) == []
    db.close()


# -- what the user sees at startup ----------------------------------------------------------


def _corrupt(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(4096)
        f.write(os.urandom(8192))


def test_startup_recovery_dialog_speaks_the_saved_language(
    tmp_path: Path, english_after, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A damaged diary is explained in German when German is chosen, before any window exists."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from footgui import __main__ as entry
    from footgui.ui import recovery_dialog

    data = tmp_path / "data"
    data.mkdir()
    path = setup_with_backups(tmp_path)
    (tmp_path / "backups").rename(data / "backups")
    path.rename(data / "footgui.sqlite3")
    _corrupt(data / "footgui.sqlite3")
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("look/language", "de")
    settings.sync()

    seen: dict[str, object] = {}

    def read_and_quit() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen["title"] = box.windowTitle()
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["info"] = box.informativeText()
        seen["text"] = box.text()
        box.reject()

    real = recovery_dialog.offer_recovery

    def offer(error, paths):  # type: ignore[no-untyped-def]
        QTimer.singleShot(0, read_and_quit)
        return real(error, paths)

    monkeypatch.setattr(recovery_dialog, "offer_recovery", offer)
    assert entry.main(["--data-dir", str(data)]) == 2
    assert seen["title"] == "footgui: Dein Tagebuch lässt sich nicht öffnen"
    buttons = seen["buttons"]
    assert isinstance(buttons, list) and "Beenden" in buttons
    assert any(b.startswith("Die Sicherung vom ") and "(täglich)" in b for b in buttons), buttons
    assert "beschädigte Datei" in str(seen["info"])
    assert "keine lesbare footgui-Datenbank" in str(seen["text"])
    assert (data / "footgui.sqlite3").exists()  # quitting moved nothing
