"""The one exception the store raises for problems the user can act on.

A ``StoreError`` means the environment is at fault (a corrupt or foreign file,
a folder that cannot be written, a database from a newer footgui, a bad URL),
not the code: the app shows its message as it is, without a traceback, and
never writes to the file it is about.
"""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the user's data store, worded for the user."""
