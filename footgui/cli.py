"""Command-line parsing and the context subcommands run in.

Kept free of Qt and of heavy imports: parsing happens before logging and the
database are set up, and the GUI path must stay quick to start.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import IO, TYPE_CHECKING, Any

from footgui import __version__
from footgui.commands import COMMANDS
from footgui.paths import UserPaths, user_paths

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog
    from footgui.store.db import Database
    from footgui.store.preflight import Probe


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="footgui",
        description="A desktop trainer for runners' foot and ankle strengthening.",
    )
    parser.add_argument("--version", action="version", version=f"footgui {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="folder for the database, backups and logs"
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="any SQLAlchemy database URL (default: a SQLite file in the data folder)",
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="start the GUI, paint the main window once and exit (for smoke tests)",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start with the window minimised (login start)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.set_defaults(_module=module)
        # Arguments are declared by the module itself; import is cheap for
        # command modules (they defer their own heavy imports to run()).
        importlib.import_module(module).add_arguments(cmd)
    return parser


@dataclass
class CommandContext:
    """What a subcommand needs, opened lazily so each pays only for its own use."""

    args: argparse.Namespace
    paths: UserPaths
    out: IO[str] = field(default_factory=lambda: sys.stdout)
    _db: Database | None = None

    @property
    def db_url(self) -> str:
        url: str | None = self.args.db_url
        return url if url else f"sqlite:///{self.paths.database}"

    def open_db(self, *, migrate: bool = True, checked: Probe | None = None) -> Database:
        """Open (once) the database; ``checked`` is a preflight result to reuse."""
        if self._db is None:
            from footgui.store.db import open_database

            self._db = open_database(
                self.db_url, backup_dir=self.paths.backups, migrate=migrate, checked=checked
            )
        return self._db

    @cached_property
    def catalog(self) -> Catalog:
        from footgui.core.catalog import load_catalog

        return load_catalog()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def make_context(args: argparse.Namespace, out: IO[str] | None = None) -> CommandContext:
    return CommandContext(args=args, paths=user_paths(args.data_dir), out=out or sys.stdout)


def run_command(ctx: CommandContext) -> int:
    module: Any = importlib.import_module(ctx.args._module)
    try:
        return int(module.run(ctx.args, ctx))
    finally:
        ctx.close()
