"""The speech engine in its own process, driven by lines on stdin.

Why a process: creating a ``QTextToSpeech`` with the speech-dispatcher engine
takes about a second, and when the dispatcher is wedged (seen here after it
had spoken with no audio device) the constructor never returns. PySide holds
the GIL through that call, so a thread would freeze the UI too. In a child
process the GUI stays live, gives up after a timeout and kills it.

Protocol (UTF-8 lines). In: ``say TEXT`` (interrupts), ``queue TEXT``,
``volume 0..1``, ``rate -1..1``, ``language CODE`` (the app's language, "de"),
``voice NAME`` ("" = a voice of the app's language, else the engine's default),
``stop``, ``quit``. Out: ``ready ENGINE`` or ``unavailable REASON`` once, then
``error REASON`` if the engine fails, and after each ``voice``: ``voice NAME``
(the voice now speaking) or ``novoice CODE`` (no voice for that language; the
engine's default speaks on).
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

NO_ENGINE = (
    "No speech engine is installed (on Debian or Ubuntu: "
    "sudo apt-get install speech-dispatcher espeak-ng)."
)


START_LIMIT_S = 20  # the GUI gives up after 10 s; the helper ends itself after this


def _die_with_parent() -> None:
    """Never outlive the GUI, even while stuck inside the engine's constructor.

    A wedged engine holds the GIL, so no Python code could notice the GUI is
    gone: on Linux the kernel kills us with the parent (PR_SET_PDEATHSIG),
    and SIGALRM with its default action ends a start that takes too long.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if hasattr(signal, "alarm"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(START_LIMIT_S)


#: The country each app language prefers for its voice (the app's English is British).
PREFERRED_LOCALES = {"en": "en_GB", "de": "de_DE"}


def language_of(locale_name: str) -> str:
    """ "de" for "de_DE", "de-AT" or "de"."""
    return locale_name.replace("-", "_").split("_")[0].lower()


def voice_for_language(voices: Iterable[tuple[str, str]], language: str) -> str | None:
    """The name of the voice to speak ``language`` with, from (name, locale) pairs.

    The app's own country first ("de_DE" before "de_AT"), then any voice of the
    language, each in the engine's order (espeak-ng lists its plain voice
    before the "+variant" ones); None when the engine has no such voice.
    """
    pairs = list(voices)
    preferred = PREFERRED_LOCALES.get(language, "")
    for name, locale in pairs:
        if locale.replace("-", "_") == preferred:
            return name
    return next((name for name, locale in pairs if language_of(locale) == language), None)


def automatic_voice(
    current: tuple[str, str], voices: Iterable[tuple[str, str]], language: str
) -> str | None:
    """The voice that speaks when none is chosen by name: the engine's own default
    (``current``, as name and locale) when it already speaks ``language``, else
    :func:`voice_for_language`."""
    if language_of(current[1]) == language:
        return current[0]
    return voice_for_language(voices, language)


def apply_voice(tts: QTextToSpeech, name: str, rate: float, language: str = "") -> str | None:
    """Speak with the voice called ``name``, or else one that speaks ``language``.

    Returns the voice now speaking, or None when neither exists: the engine's
    current voice then stays, so a missing voice never silences the session.
    The engine's own default is kept when it already speaks ``language``.
    """
    tts.setRate(min(max(rate, -1.0), 1.0))
    current = tts.voice()
    if not name and not language:
        return current.name()
    voices = list(tts.allVoices(None))  # type: ignore[arg-type]  # None: every language
    chosen = next((v for v in voices if v.name() == name), None) if name else None
    if chosen is None and language:
        wanted = automatic_voice(
            (current.name(), current.locale().name()),
            ((v.name(), v.locale().name()) for v in voices),
            language,
        )
        chosen = next((v for v in voices if v.name() == wanted), None)
    if chosen is None:
        return None
    if chosen.name() != current.name():
        tts.setVoice(chosen)
    return chosen.name()


def serve(engine: str = "", stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    _die_with_parent()
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from PySide6.QtTextToSpeech import QTextToSpeech

    source = stdin or sys.stdin
    sink = stdout or sys.stdout

    def write(line: str) -> None:
        sink.write(line.replace("\n", " ") + "\n")
        sink.flush()

    app = QCoreApplication.instance() or QCoreApplication([])
    engines = [engine] if engine else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines or engines[0] not in QTextToSpeech.availableEngines():
        write(f"unavailable {NO_ENGINE if not engine else f'engine {engine!r} is not installed.'}")
        return 0
    tts = QTextToSpeech(engines[0])
    if tts.state() == QTextToSpeech.State.Error:
        write(f"unavailable {tts.errorString() or 'the speech engine failed to start.'}")
        return 0
    tts.errorOccurred.connect(lambda _reason, text: write(f"error {text}"))

    class Bridge(QObject):
        line = Signal(str)

    bridge = Bridge()
    wanted = {"language": ""}

    def handle(line: str) -> None:
        command, _, arg = line.partition(" ")
        if command == "say":
            tts.say(arg)
        elif command == "queue":
            tts.enqueue(arg)
        elif command == "volume":
            with contextlib.suppress(ValueError):
                tts.setVolume(min(max(float(arg), 0.0), 1.0))
        elif command == "rate":
            with contextlib.suppress(ValueError):
                tts.setRate(min(max(float(arg), -1.0), 1.0))
        elif command == "language":
            wanted["language"] = arg.strip()
        elif command == "voice":
            speaking = apply_voice(tts, arg, tts.rate(), wanted["language"])
            write(f"voice {speaking}" if speaking is not None else f"novoice {wanted['language']}")
        elif command == "stop":
            tts.stop()
        elif command == "quit":
            app.quit()

    bridge.line.connect(handle)

    def read() -> None:
        for raw in source:
            bridge.line.emit(raw.rstrip("\n"))
        bridge.line.emit("quit")  # the GUI went away

    threading.Thread(target=read, name="speech-stdin", daemon=True).start()
    if hasattr(signal, "alarm"):
        signal.alarm(0)  # started: from here stdin's end is what stops us
    write(f"ready {engines[0]}")
    app.exec()
    return 0
