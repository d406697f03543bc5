"""The synthetic history: plausible, deterministic, fast, and never mixed with real entries."""

from __future__ import annotations

import sqlite3
import statistics
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from footgui.store import repos
from footgui.store.backup import list_backups
from footgui.store.db import Database, StoreError, open_database
from footgui.store.demo_data import generate_demo_data, templates_from_catalog

if TYPE_CHECKING:
    from footgui.core.catalog import Catalog

TODAY = date(2026, 11, 24)
IDS = ["toe-curls", "short-foot", "heel-raise-323", "single-leg-balance-eo", "step-down"]
TABLES = ("check_in", "measurement", "training_session", "set_log", "run", "shoe", "stage_event")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        conn.close()


def test_one_year_is_plausible(db: Database) -> None:
    counts = generate_demo_data(db, 1.0, exercise_ids=IDS, today=TODAY)
    assert counts == repos.count_entries(db)
    weeks = 365.25 / 7
    assert 0.8 * 365 <= counts["check_in"] <= 0.95 * 365  # most days, not all
    assert 3.0 <= counts["training_session"] / weeks <= 4.5
    assert 2.8 <= counts["run"] / weeks <= 4.2
    assert counts["shoe"] == 3
    assert [s.retired for s in repos.list_shoes(db)].count(True) == 1
    checkins = repos.list_checkins(db)
    assert checkins[-1].day <= TODAY and checkins[0].day >= TODAY - timedelta(days=365)
    profile = repos.get_profile(db)
    assert (profile.age, profile.sex, profile.dominant_foot) == (38, "female", "right")
    assert profile.program_start == TODAY - timedelta(days=364)  # 365 days, today included
    events = repos.list_stage_events(db)
    assert events[0].kind == "start" and events[0].stage == 1
    assert profile.current_stage == events[-1].stage
    assert max(e.stage for e in events) >= 3  # a year moves well through the program
    assert {e.kind for e in events} >= {"start", "advance"}
    sessions = repos.list_sessions(db, with_sets=True)
    assert all(s.status in ("finished", "abandoned") for s in sessions)
    assert all(s.sets for s in sessions)
    assert {x.exercise_id for s in sessions for x in s.sets} <= set(IDS)


def test_measurements_improve_within_the_norms(db: Database) -> None:
    generate_demo_data(db, 2.0, exercise_ids=IDS, today=TODAY)
    start = TODAY - timedelta(days=730)

    def mean(kind: str, side: str, first: bool) -> float:
        rows = repos.list_measurements(db, kind=kind, side=side)  # type: ignore[arg-type]
        edge = start + timedelta(days=30) if first else TODAY - timedelta(days=60)
        picked = [m.value for m in rows if (m.day < edge if first else m.day >= edge)]
        assert len(picked) >= 4
        return statistics.fmean(picked)

    for side in ("left", "right"):
        assert mean("balance_eo", side, True) + 8 < mean("balance_eo", side, False)
        assert mean("balance_ec", side, True) + 3 < mean("balance_ec", side, False)
        assert 8.5 <= mean("knee_to_wall", side, True) < mean("knee_to_wall", side, False) <= 13.5
        assert 13 <= mean("heel_rises", side, True) <= 18
        assert 24 <= mean("heel_rises", side, False) <= 30
    assert mean("knee_to_wall", "left", False) < mean("knee_to_wall", "right", False)
    balance = repos.list_measurements(db, kind="balance_eo")
    assert max(m.value for m in balance) <= 45.0
    assert {m.trial for m in balance} == {1, 2, 3}
    per_week = len({m.day for m in balance}) / (730 / 7)
    assert 2.0 <= per_week <= 3.0


def test_pain_improves_with_setbacks_and_runs_spike(db: Database) -> None:
    generate_demo_data(db, 2.0, exercise_ids=IDS, today=TODAY)
    checkins = repos.list_checkins(db)
    by_week: dict[int, list[int]] = defaultdict(list)
    for c in checkins:
        assert c.first_step_pain is not None
        by_week[(TODAY - c.day).days // 7].append(c.first_step_pain)
    weekly = {w: statistics.fmean(v) for w, v in by_week.items()}
    oldest = max(weekly)
    assert weekly[oldest] >= 3.5  # starts sore
    calm = sorted(weekly[w] for w in weekly if w < oldest - 12)
    assert statistics.median(calm) <= 1.5  # mostly low later
    flares = [w for w in weekly if w < oldest - 8 and weekly[w] >= 2.5]
    assert 1 <= len(flares) <= 12  # a few setbacks, each about a week or two
    assert {e.kind for e in repos.list_stage_events(db)} >= {"regress"}
    runs = repos.list_runs(db)
    spikes = 0
    for run in runs:
        window = [r.distance_m for r in runs if run.day - timedelta(days=30) <= r.day < run.day]
        if window and run.distance_m > 1.3 * max(window):
            spikes += 1
    assert 1 <= spikes <= 8
    assert sum(1 for c in checkins if c.pain_during is None) > 20  # rest days have no exercise pain


def test_the_same_seed_gives_the_same_history(tmp_path: Path) -> None:
    paths = [tmp_path / f"{name}.sqlite3" for name in ("a", "b", "c")]
    for path, seed in zip(paths, (7, 7, 8), strict=True):
        db = open_database(f"sqlite:///{path}")
        generate_demo_data(db, 1.5, seed=seed, exercise_ids=IDS, today=TODAY)
        db.close()
    first, second, other = (dump(p) for p in paths)
    assert first == second
    assert first["check_in"] != other["check_in"]


def test_refuses_a_database_with_entries_unless_forced(db: Database) -> None:
    repos.upsert_checkin(db, TODAY, first_step_pain=2, note="my own entry")
    with pytest.raises(StoreError, match="--force") as info:
        generate_demo_data(db, 0.5, exercise_ids=IDS, today=TODAY)
    assert "1 entries" in str(info.value)
    assert repos.count_entries(db)["check_in"] == 1
    assert repos.get_checkin(db, TODAY).note == "my own entry"  # type: ignore[union-attr]
    assert db.backup_dir is not None and not list_backups(db.backup_dir)

    counts = generate_demo_data(db, 0.5, exercise_ids=IDS, today=TODAY, force=True)
    assert counts == repos.count_entries(db)  # replaced, not mixed
    [backup] = list_backups(db.backup_dir)
    assert "before-demo-data" in backup.name
    assert dump(backup)["check_in"][0][-1] == "my own entry"


def test_five_years_use_the_real_program(db: Database, catalog: Catalog) -> None:
    counts = generate_demo_data(db, 5.0, templates=templates_from_catalog(catalog), today=TODAY)
    assert counts["check_in"] > 1400 and counts["set_log"] > 5_000
    sessions = repos.list_sessions(db, with_sets=True)
    templates = {(t.id, t.stage): t for t in templates_from_catalog(catalog)}
    for session in sessions:
        template = templates[session.template_id, session.stage]
        assert {s.exercise_id for s in session.sets} <= {e.id for e in template.exercises}
    assert {s.exercise_id for x in sessions for s in x.sets} <= set(catalog.exercises)


def test_bad_arguments_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="years"):
        generate_demo_data(db, 0, exercise_ids=IDS)
    with pytest.raises(ValueError, match="exercise ids"):
        generate_demo_data(db, 1.0)
    assert not repos.has_user_data(db)


def test_a_short_history_still_has_every_kind(db: Database) -> None:
    counts = generate_demo_data(db, 0.05, exercise_ids=IDS, today=TODAY)
    assert all(counts[t] > 0 for t in ("check_in", "measurement", "training_session", "run"))


def test_heel_raise_sessions_come_about_three_times_a_week(db: Database, catalog: Catalog) -> None:
    generate_demo_data(db, 1.0, templates=templates_from_catalog(catalog), today=TODAY)
    heel = catalog.program.heel_raise_schedule.exercise_id
    days = sorted(
        {s.started_at.date() for s in repos.list_sessions(db, with_sets=True)
         if any(x.exercise_id == heel for x in s.sets)}
    )  # fmt: skip
    assert len(days) > 52  # about three a week over a year
