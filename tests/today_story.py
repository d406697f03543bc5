"""A small, known diary written through the repositories, for the Today page's tests.

Five weeks into stage 1: three strength sessions a week at pain 2/10, usual
first-step pain 1/10, balance met, heel rises not yet. The last session's next
morning was 4/10 (so today says "reduce") and a run three days ago was a spike.
Also runnable as a script to fill a data folder for screenshots:
``python tests/today_story.py DIR``.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from footgui.store.db import Database
from footgui.store.repos import (
    add_run,
    add_stage_event,
    add_trials,
    finish_session,
    log_set,
    start_session,
    update_profile,
    upsert_checkin,
)

STAGE_START_DAYS = 35


def last_session_day(today: date) -> date:
    """The latest Monday, Wednesday or Friday before today."""
    day = today - timedelta(days=1)
    while day.weekday() not in (0, 2, 4):
        day -= timedelta(days=1)
    return day


def write_story(
    db: Database,
    today: date,
    *,
    flare: bool = True,
    spike: bool = True,
    heel_rises: tuple[float, float] = (13.0, 16.0),
) -> None:
    start = today - timedelta(days=STAGE_START_DAYS)
    update_profile(db, age=38, sex="female", program_start=start)
    add_stage_event(db, day=start, stage=1, kind="start", reason="Started the program.")
    last = last_session_day(today)
    for n in range(STAGE_START_DAYS, 0, -1):
        day = today - timedelta(days=n)
        trained = day.weekday() in (0, 2, 4)
        upsert_checkin(
            db,
            day,
            first_step_pain=1,
            stiffness=1,
            pain_during=2 if trained else None,
            pain_after=2 if trained else None,
        )
        if trained:
            session = start_session(
                db, "s1-strength", 1, started_at=datetime.combine(day, time(7, 30))
            )
            for number in (1, 2, 3):
                log_set(db, session.id, "forefoot-hops", set_number=number, reps=20, pain=1)
                log_set(db, session.id, "tempo-calf-raises", set_number=number, reps=12, pain=2)
            finish_session(
                db,
                session.id,
                ended_at=datetime.combine(day, time(8, 10)),
                pain_during=2,
                rpe=5,
            )
    if flare:
        upsert_checkin(db, last, next_morning_pain=4)
        upsert_checkin(db, last + timedelta(days=1), first_step_pain=4)
    for n, km in ((24, 8.0), (17, 8.5), (10, 9.0), (3, 11.0 if spike else 8.0)):
        add_run(db, day=today - timedelta(days=n), distance_m=km * 1000, pain_after=1)
    test_day = today - timedelta(days=4)
    left, right = heel_rises
    for side, eo, rises in (
        ("left", (31.0, 34.5, 33.0), left),
        ("right", (36.0, 38.2, 40.1), right),
    ):
        add_trials(db, kind="balance_eo", side=side, values=eo, day=test_day)  # type: ignore[arg-type]
        add_trials(db, kind="heel_rises", side=side, values=(rises,), day=test_day)  # type: ignore[arg-type]


if __name__ == "__main__":
    from footgui.paths import user_paths
    from footgui.store.db import open_database

    paths = user_paths(Path(sys.argv[1]))
    paths.data.mkdir(parents=True, exist_ok=True)
    database = open_database(f"sqlite:///{paths.database}", backup_dir=paths.backups)
    write_story(database, date.today())
    database.close()
