"""The command line as scripts and packagers use it: real processes, real files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from footgui import __version__
from footgui.paths import resources_dir

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def footgui(*args: str, env: dict[str, str] | None = None, timeout: int = 120):
    return subprocess.run(
        [sys.executable, "-m", "footgui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or ENV,
        check=False,
    )


def test_version() -> None:
    result = footgui("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"footgui {__version__}"


def test_catalog_json_has_every_field(tmp_path: Path, catalog) -> None:
    result = footgui("--data-dir", str(tmp_path), "catalog", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [e["id"] for e in data["exercises"]] == [ex.id for ex in catalog]
    required = {"id", "name", "stages", "category", "equipment", "sides", "dose", "cues",
                "cautions", "easier", "harder", "clip", "cue_track"}  # fmt: skip
    for entry in data["exercises"]:
        assert required <= entry.keys(), entry["id"]
        assert {"sets", "reps", "hold_s", "duration_s", "tempo", "rest_s"} <= entry["dose"].keys()
    assert len(data["program"]["stages"]) == 4


def test_self_test_passes_on_a_fresh_data_dir(tmp_path: Path) -> None:
    result = footgui("--data-dir", str(tmp_path), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert (tmp_path / "footgui.sqlite3").is_file()


def test_self_test_names_a_missing_translated_cue_track(tmp_path: Path) -> None:
    """German content without a German cue track would show English over the clip."""
    from footgui.paths import assets_dir

    assets = tmp_path / "assets"
    shutil.copytree(assets_dir(), assets)
    (assets / "clips" / "short-foot.de.vtt").unlink()
    result = footgui(
        "--data-dir", str(tmp_path / "data"), "self-test",
        env={**ENV, "FOOTGUI_ASSETS": str(assets)},
    )  # fmt: skip
    assert result.returncode == 1
    assert "clips/short-foot.de.vtt" in result.stdout


def test_self_test_names_a_broken_content_file(tmp_path: Path) -> None:
    content = tmp_path / "resources"
    shutil.copytree(resources_dir(), content)
    path = content / "exercises.toml"
    path.write_text(path.read_text().replace("[[exercise]]", "[[exercise]\n", 1))
    result = footgui(
        "--data-dir", str(tmp_path / "data"), "self-test",
        env={**ENV, "FOOTGUI_RESOURCES": str(content)},
    )  # fmt: skip
    assert result.returncode == 1
    assert "FAIL  content: exercises.toml" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_unknown_db_driver_is_one_clear_line(tmp_path: Path) -> None:
    result = footgui("--data-dir", str(tmp_path), "--db-url", "nosuchdb://x/y", "self-test")
    assert result.returncode == 1
    assert "FAIL  database:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_demo_data_fills_then_refuses_without_force(tmp_path: Path) -> None:
    first = footgui("--data-dir", str(tmp_path), "demo-data", "--years", "0.5")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "demo data written" in first.stdout
    before = (tmp_path / "footgui.sqlite3").stat().st_size
    again = footgui("--data-dir", str(tmp_path), "demo-data", "--years", "0.5")
    assert again.returncode == 1
    assert "--force" in again.stdout
    assert (tmp_path / "footgui.sqlite3").stat().st_size == before


def test_gui_starts_paints_and_exits_cleanly(tmp_path: Path) -> None:
    """First start creates the database; a second start finds it current (the fast path)."""
    for _ in range(2):
        result = footgui("--data-dir", str(tmp_path), "--quit-after-startup")
        assert result.returncode == 0, result.stderr
        assert "Fatal" not in result.stderr
    assert (tmp_path / "footgui.sqlite3").is_file()


def test_gui_refuses_a_corrupt_database_and_leaves_it_alone(tmp_path: Path) -> None:
    db = tmp_path / "footgui.sqlite3"
    junk = os.urandom(8192)
    db.write_bytes(junk)
    result = footgui("--data-dir", str(tmp_path), "--quit-after-startup")
    assert result.returncode == 2
    assert "footgui:" in result.stderr
    assert db.read_bytes() == junk


def test_unwritable_data_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = footgui("--data-dir", str(blocker / "data"), "--quit-after-startup")
    assert result.returncode == 2
    assert "footgui:" in result.stderr
    assert "Traceback" not in result.stderr


def test_minimized_start_still_loads_and_exits(tmp_path: Path) -> None:
    result = footgui("--data-dir", str(tmp_path), "--minimized", "--quit-after-startup")
    assert result.returncode == 0, result.stderr
