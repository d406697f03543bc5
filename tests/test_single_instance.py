"""One footgui per data folder; a crashed one's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from footgui.ui.single_instance import ask_running_instance_to_raise

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def start(data: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "footgui", "--data-dir", str(data), *extra],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def running(qtbot, tmp_path: Path):
    proc = start(tmp_path)
    qtbot.waitUntil(lambda: ask_running_instance_to_raise(tmp_path, 200), timeout=30000)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)


def test_second_start_raises_the_first_and_exits(running, tmp_path: Path, qtbot) -> None:
    second = subprocess.run(
        [sys.executable, "-m", "footgui", "--data-dir", str(tmp_path)],
        env=ENV, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stderr
    assert running.poll() is None
    log = tmp_path / "logs" / "footgui.log"
    qtbot.waitUntil(lambda: "bringing it to the front" in log.read_text(), timeout=10000)


def test_lock_of_a_killed_footgui_is_taken_over(running, tmp_path: Path) -> None:
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    assert (tmp_path / "footgui.lock").exists()  # left behind by the crash
    again = subprocess.run(
        [sys.executable, "-m", "footgui", "--data-dir", str(tmp_path), "--quit-after-startup"],
        env=ENV, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "already running" not in again.stderr
