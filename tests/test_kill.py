"""A footgui killed at random moments loses no write it had confirmed.

A child process records sets and check-ins in a loop and prints each one
once its commit returned; the parent SIGKILLs it after a random number of
confirmations. Afterwards the file passes SQLite's integrity check and
holds every confirmed write.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from footgui.store import repos
    from footgui.store.db import open_database

    db = open_database(sys.argv[1])
    start = int(sys.argv[2])
    session = repos.start_session(db, "stage-1-strength", 1)
    print("session", session.id, flush=True)
    for n in range(start, start + 100000):
        s = repos.log_set(db, session.id, "heel-raise-323", set_number=n, side="left", reps=12)
        print("set", s.id, flush=True)
        day = date(2000, 1, 1) + timedelta(days=n)
        repos.upsert_checkin(db, day, first_step_pain=n % 11, note=f"n{n}")
        print("checkin", day.isoformat(), n % 11, flush=True)
    """
)


@pytest.mark.slow
def test_killed_writer_keeps_every_confirmed_write(tmp_path: Path) -> None:
    path = tmp_path / "footgui.sqlite3"
    url = f"sqlite:///{path}"
    rng = random.Random(20261124)
    confirmed_sets: set[int] = set()
    confirmed_checkins: dict[str, int] = {}
    start = 1
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, url, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        target = rng.randint(1, 120)
        seen = 0
        while seen < target:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "child ended"
            kind, *rest = line.split()
            if kind == "set":
                confirmed_sets.add(int(rest[0]))
                seen += 1
            elif kind == "checkin":
                confirmed_checkins[rest[0]] = int(rest[1])
                seen += 1
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        start += 1000  # the next child writes new days and set numbers
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        set_ids = {r[0] for r in conn.execute("SELECT id FROM set_log")}
        checkins = dict(conn.execute("SELECT day, first_step_pain FROM check_in").fetchall())
    finally:
        conn.close()
    assert confirmed_sets <= set_ids
    for day, pain in confirmed_checkins.items():
        assert checkins[day] == pain, day
    assert len(confirmed_sets) + len(confirmed_checkins) >= 50
