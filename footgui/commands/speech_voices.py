"""``footgui speech-voices``: list a speech engine's voices, or try one, as JSON.

Run by the settings dialog as a child process, for the same reason the
session's voice runs in one (see ``footgui.player.speech_helper``): creating
a QTextToSpeech for speech-dispatcher can block for seconds or for ever, and
the dialog must stay responsive and give up after a timeout.

Output: one JSON line, ``{"engine": ..., "voices": [{"name", "locale"}],
"default": ..., "automatic": ...}`` or ``{"error": "..."}``. ``automatic`` is
the voice the session uses when no voice is chosen by name: one speaking
``--language`` (the app's language), or null when the engine has none (the
default voice then speaks). With ``--say`` the line is spoken (with
``--voice``, else the automatic voice, and ``--rate``) before the answer is
printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from footgui.cli import CommandContext

SAY_TIMEOUT_MS = 15_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", default="", help="engine name (default: the first real one)")
    parser.add_argument("--say", default="", metavar="TEXT", help="speak TEXT with the voice")
    parser.add_argument("--voice", default="", help="voice name for --say (default: the engine's)")
    parser.add_argument("--rate", type=float, default=0.0, help="speech rate, -1.0 to 1.0")
    parser.add_argument(
        "--language", default="", help="the app's language (de, en): picks the automatic voice"
    )


def _answer(ctx: CommandContext, payload: dict[str, Any]) -> None:
    ctx.out.write(json.dumps(payload) + "\n")
    ctx.out.flush()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        _answer(ctx, {"error": f"Qt's speech module cannot load: {exc}"})
        return 0
    from footgui.player.speech_helper import NO_ENGINE, automatic_voice

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    installed = [
        e for e in QTextToSpeech.availableEngines() if e != "mock" or args.engine == "mock"
    ]
    engine = args.engine or next((e for e in installed if e != "mock"), "")
    if not engine or engine not in QTextToSpeech.availableEngines():
        _answer(ctx, {"error": NO_ENGINE if not args.engine else f"{engine!r} is not installed."})
        return 0
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        _answer(ctx, {"error": tts.errorString() or f"the {engine} engine failed to start."})
        return 0
    voices = tts.allVoices(None)  # type: ignore[arg-type]  # None: every language
    listed = [(v.name(), v.locale().name()) for v in voices]
    default = tts.voice()
    automatic = (
        automatic_voice((default.name(), default.locale().name()), listed, args.language)
        if args.language
        else None
    )
    payload = {
        "engine": engine,
        "voices": [{"name": name, "locale": locale} for name, locale in listed],
        "default": default.name(),
        "automatic": automatic,
    }
    if args.say:
        wanted = args.voice or automatic
        chosen = next((v for v in voices if v.name() == wanted), None)
        if chosen is not None:
            tts.setVoice(chosen)
        tts.setRate(min(max(args.rate, -1.0), 1.0))
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(app.quit)
        tts.stateChanged.connect(
            lambda state: (
                app.quit()
                if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error)
                else None
            )
        )
        tts.say(args.say)
        timer.start(SAY_TIMEOUT_MS)
        if tts.state() == QTextToSpeech.State.Speaking:
            app.exec()
    _answer(ctx, payload)
    return 0
