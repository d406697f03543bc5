"""Command-line subcommands, one module each.

Each module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, ctx) -> int``. Modules are listed in ``COMMANDS`` and imported
only when their command runs, so ``footgui`` (the GUI) pays nothing for them.
"""

from __future__ import annotations

# name -> (module, one-line help). Keep in the order `footgui --help` shows.
COMMANDS: dict[str, tuple[str, str]] = {
    "catalog": ("footgui.commands.catalog", "print the exercise catalog and program"),
    "self-test": ("footgui.commands.self_test", "check database, content and clips headless"),
    "demo-data": ("footgui.commands.demo_data", "fill the database with a synthetic history"),
    "today": ("footgui.commands.today", "print today's recommended session and the reasons"),
    "export": ("footgui.commands.export", "export the diary as CSV files or a JSON backup"),
    "import": ("footgui.commands.import_", "import diary CSV files or restore a JSON backup"),
    "media-check": ("footgui.commands.media_check", "packaging check: play a clip to its end"),
    "speech-helper": ("footgui.commands.speech_helper", "speech engine for the Session page"),
    "speech-voices": ("footgui.commands.speech_voices", "list or try the speech engine's voices"),
    "report": ("footgui.commands.report", "write the physio report (PDF) for a date range"),
    "render-demos": ("footgui.commands.render_demos", "render the demo clips and cue tracks"),
}
