"""startup_ratio: footgui's start (5 years of data) over a bare Qt window's.

Both are whole processes that paint one window and quit, timed alternately
so that machine noise hits both alike; the ratio of medians is reported.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PAIRS = 7
BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    w = QMainWindow(); w.resize(1280, 800); w.show()
    def done():
        w.repaint(); app.quit()
    QTimer.singleShot(0, done)
    sys.exit(app.exec())
    """
)


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=120)
    return time.perf_counter() - start


def run() -> dict[str, dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fg = [sys.executable, "-m", "footgui", "--data-dir", str(data)]
        subprocess.run([*fg, "demo-data", "--years", "5"], check=True, env=env, timeout=600)
        bare = [sys.executable, "-c", BARE]
        _time(bare, env), _time([*fg, "--quit-after-startup"], env)  # warm the disk cache
        app_s, bare_s = [], []
        for _ in range(PAIRS):
            bare_s.append(_time(bare, env))
            app_s.append(_time([*fg, "--quit-after-startup"], env))
    ratio = statistics.median(app_s) / statistics.median(bare_s)
    return {
        "startup_ratio": {"value": round(ratio, 3), "unit": "x", "target": 2.5},
        "startup_s": {
            "value": round(statistics.median(app_s), 3),
            "unit": "s",
            "target": round(2.5 * statistics.median(bare_s), 3),
        },
    }
