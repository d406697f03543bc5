"""``footgui today``: the recommendation for scripts, as text and as JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from today_story import write_story

from footgui.paths import resources_dir, user_paths
from footgui.store.db import open_database

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
DAY = date(2026, 6, 16)


def footgui(*args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "footgui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or ENV,
        check=False,
    )


def story_dir(tmp_path: Path) -> Path:
    paths = user_paths(tmp_path)
    db = open_database(f"sqlite:///{paths.database}", backup_dir=paths.backups)
    write_story(db, DAY)
    db.close()
    return tmp_path


def test_json_on_a_new_data_folder_says_start(tmp_path: Path) -> None:
    result = footgui("--data-dir", str(tmp_path), "today", "--json", "--date", "2026-06-15")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["action"] == "start"
    assert data["today"] == "2026-06-15"
    assert data["stage"] == 1
    assert data["session"]["template_id"] == "s1-strength"  # Monday: the strength session
    assert data["reasons"] and all({"text", "rule", "source"} <= r.keys() for r in data["reasons"])


def test_json_carries_reasons_gate_week_and_warnings(tmp_path: Path) -> None:
    data_dir = story_dir(tmp_path)
    result = footgui("--data-dir", str(data_dir), "today", "--json", "--date", DAY.isoformat())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["action"] == "reduce"
    assert data["fraction"] == 0.3
    assert data["title"] == "Reduce volume by 30%"
    reasons = {r["text"]: r for r in data["reasons"]}
    pain = next(t for t in reasons if t.startswith("Next-morning pain 4/10"))
    assert "your usual 1/10" in pain
    assert reasons[pain]["source"] == "Silbernagel 2007; Thomee 1997"
    assert not reasons[pain]["app_own"]
    assert any(r["app_own"] for r in data["reasons"])
    assert data["warnings"][0]["source"] == "Frandsen 2025"
    gate = {g["measure"]: g for g in data["gate"]}
    assert gate["heel_rises"]["met"] is False and gate["heel_rises"]["value"] == 13
    assert gate["balance_eo_s"]["met"] is True
    week = data["week"]
    assert len(week["days"]) == 7 and week["adherence_pct"] == 50
    session = data["session"]
    assert session["template_id"] == "s1-activation" and session["minutes"] > 0
    heel = next(e for e in session["exercises"] if e["exercise_id"] == "heel-raise-323")
    assert (heel["sets"], heel["reps"], heel["tempo"]) == (2, 12, "3-2-3")


def test_text_output_reads_like_advice(tmp_path: Path) -> None:
    data_dir = story_dir(tmp_path)
    result = footgui("--data-dir", str(data_dir), "today", "--date", DAY.isoformat())
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Today, Tue 16 Jun 2026: stage 1, Foundation\nREDUCE VOLUME BY 30%")
    assert "Why:" in out and "[Silbernagel 2007; Thomee 1997]" in out
    assert "[footgui's own rule]" in out
    assert "To leave stage 1:" in out and "[ ] Single-leg heel rises" in out
    assert "adherence 50%" in out


def test_main_in_process_matches_the_subprocess(tmp_path: Path, capsys) -> None:
    from footgui.__main__ import main

    data_dir = story_dir(tmp_path)
    assert main(["--data-dir", str(data_dir), "today", "--json", "--date", DAY.isoformat()]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["action"] == "reduce"


def test_a_bad_date_is_refused(tmp_path: Path) -> None:
    result = footgui("--data-dir", str(tmp_path), "today", "--date", "16/06/2026")
    assert result.returncode == 2
    assert "not a date (YYYY-MM-DD)" in result.stderr


def test_a_broken_program_file_gives_one_line(tmp_path: Path) -> None:
    content = tmp_path / "resources"
    shutil.copytree(resources_dir(), content)
    program = content / "program.toml"
    program.write_text(
        program.read_text().replace('exercise = "forefoot-hops"', 'exercise = "no-such"', 1)
    )
    env = {**ENV, "FOOTGUI_RESOURCES": str(content)}
    result = footgui("--data-dir", str(tmp_path / "data"), "today", env=env)
    assert result.returncode == 1
    assert "gate names unknown exercise 'no-such'" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
