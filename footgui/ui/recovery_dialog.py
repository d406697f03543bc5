"""What the user sees when their database cannot be opened at startup.

It runs before the main window exists (its own, only event loop), says what
happened in plain words and offers only ways out that keep the damaged file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from footgui.store.recovery import latest_good_backup, restore_latest, start_new_beside
from footgui.ui.i18n import error_text
from footgui.ui.restore_dialog import describe_backup

if TYPE_CHECKING:
    from footgui.paths import UserPaths
    from footgui.store.errors import StoreError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def offer_recovery(error: StoreError, paths: UserPaths) -> bool:
    """Ask how to recover from a damaged database; True when it is safe to open again."""
    backup = latest_good_backup(paths.database, paths.backups)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Recovery", "footgui: your diary cannot be opened"),
        error_text(error),
    )
    restore = None
    if backup is not None:
        restore = box.addButton(
            translate("Recovery", "Restore the backup of {when}").format(
                when=describe_backup(backup)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
    fresh = box.addButton(
        translate("Recovery", "Start a new diary beside it"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(
        translate(
            "Recovery",
            "Whatever you choose, the damaged file is kept under a new name in {folder} so that "
            "nothing is lost.",
        ).format(folder=paths.data)
    )
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        used, aside = restore_latest(paths.database, paths.backups)
        log.warning("restored %s; damaged file kept at %s", used, aside)
        return True
    if clicked is fresh:
        aside = start_new_beside(paths.database)
        log.warning("started a new database; damaged file kept at %s", aside)
        return True
    return False
