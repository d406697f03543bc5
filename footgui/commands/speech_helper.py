"""``footgui speech-helper``: the session's speech engine, run as a child of the GUI.

Not meant to be typed: the Session page starts it and talks to it on stdin
(see ``footgui.player.speech_helper``). It opens no database.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footgui.cli import CommandContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine", default="", help="QTextToSpeech engine name (default: the first real one)"
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from footgui.player.speech_helper import serve

    return serve(args.engine)
