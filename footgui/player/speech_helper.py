"""The speech engine in its own process, driven by lines on stdin.

Why a process: creating a ``QTextToSpeech`` with the speech-dispatcher engine
takes about a second, and when the dispatcher is wedged (seen here after it
had spoken with no audio device) the constructor never returns. PySide holds
the GIL through that call, so a thread would freeze the UI too. In a child
process the GUI stays live, gives up after a timeout and kills it.

Protocol (UTF-8 lines). In: ``say TEXT`` (interrupts), ``queue TEXT``,
``volume 0..1``, ``rate -1..1``, ``voice NAME``, ``stop``, ``quit``. Out: ``ready ENGINE`` or
``unavailable REASON`` once, then ``error REASON`` if the engine fails.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys
import threading
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


def apply_voice(tts: QTextToSpeech, name: str, rate: float) -> bool:
    """Use the voice called ``name`` (if the engine has it) and ``rate``; True if found."""
    tts.setRate(min(max(rate, -1.0), 1.0))
    if not name:
        return True
    for voice in tts.availableVoices():
        if voice.name() == name:
            tts.setVoice(voice)
            return True
    return False


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

    def handle(line: str) -> None:
        command, _, arg = line.partition(" ")
        if command == "say":
            tts.say(arg)
        elif command == "queue":
            tts.enqueue(arg)
        elif command == "volume":
            with contextlib.suppress(ValueError):
                tts.setVolume(min(max(float(arg), 0.0), 1.0))
        elif command in ("voice", "rate"):
            if command == "voice":
                apply_voice(tts, arg, tts.rate())
            else:
                with contextlib.suppress(ValueError):
                    apply_voice(tts, "", float(arg))
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
