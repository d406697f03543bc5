"""One footgui per data folder: a second start raises the first window instead.

Two processes writing one diary would be safe for SQLite but confusing for
the user (two windows, stale views). A lock file claims the data folder and
a local socket lets a second start ask the first to come to the front. A lock
left by a crashed footgui is stale (its process is gone) and is taken over.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads after the first paint, not at startup
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(data_dir.resolve()).encode(), usedforsecurity=False).hexdigest()
    return f"footgui-{digest[:16]}"


class SingleInstance(QObject):
    """Holds the data folder's lock while footgui runs; emits ``raise_requested``."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / "footgui.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock (taking over a stale one); False if another footgui holds it.

        A folder that cannot be made or written is not refused here: opening
        the database reports it in words the user can act on.
        """
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if self._lock.tryLock(200):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        log.warning("cannot create the lock file (%s); continuing without it", error)
        return True

    def listen(self) -> None:
        """Accept "come to the front" requests from later starts (needs a Q*Application)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)  # a socket left by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        if not self._server.listen(self._name):
            log.warning("single-instance socket unavailable: %s", self._server.errorString())

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if RAISE in bytes(socket.readAll().data()):
            self.raise_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def ask_running_instance_to_raise(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """Tell the footgui that holds ``data_dir`` to come to the front; True if it heard."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent
