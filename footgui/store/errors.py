"""The one exception the store raises for problems the user can act on.

A ``StoreError`` means the environment is at fault (a corrupt or foreign file,
a folder that cannot be written, a database from a newer footgui, a bad URL),
not the code: the app shows its message as it is, without a traceback, and
never writes to the file it is about.
"""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the user's data store, worded for the user.

    ``kind`` lets the app offer the right way out: "corrupt" (restore a backup
    or start a new file beside it), "newer" (update footgui), "locked",
    "foreign", "folder", or "other".
    """

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        #: The message as raised: a translatable ``Msg`` where the store wrote one,
        #: so the GUI can show it in the user's language (``str(error)`` is English).
        self.message = message
        self.kind = kind
