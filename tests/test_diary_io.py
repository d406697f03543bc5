"""Export and import: byte-stable round trips, all-or-nothing imports, hostile files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footgui.core import diary_formats as fmt
from footgui.core.diary_formats import ImportRejected
from footgui.store import diary, diary_io
from footgui.store.db import open_database
from footgui.store.demo_data import generate_demo_data
from footgui.store.repos import count_entries

NOW = datetime(2026, 6, 15, 12, 0)


@pytest.fixture
def demo_db(tmp_path, catalog):
    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    generate_demo_data(db, 1, exercise_ids=[ex.id for ex in catalog])
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}", backup_dir=tmp_path / "bk")
    yield db
    db.close()


def counts(db) -> dict[str, int]:
    return count_entries(db)


# -- round trips --------------------------------------------------------------------------


def test_json_backup_round_trip_is_byte_stable(demo_db, empty_db) -> None:
    first = diary_io.json_bytes(demo_db)
    added = diary_io.import_json(empty_db, first)
    assert added["check_in"] == counts(demo_db)["check_in"] > 100
    assert counts(empty_db) == counts(demo_db)
    assert diary_io.json_bytes(empty_db) == first
    doc = json.loads(first)
    assert doc["format"] == "footgui-backup" and doc["version"] == 1
    assert {"profile", "training_session", "set_log", "check_in", "run", "shoe"} <= set(
        doc["tables"]
    )


def test_csv_round_trip_is_byte_stable(demo_db, empty_db, tmp_path) -> None:
    out = tmp_path / "csv"
    written = diary_io.export_csv(demo_db, out)
    assert sorted(p.name for p in written) == sorted(fmt.CSV_FILES.values())
    added = diary_io.import_path(empty_db, out)
    assert added["run"] == counts(demo_db)["run"] and added["shoe"] == counts(demo_db)["shoe"]
    again = diary_io.export_csv(empty_db, tmp_path / "csv2")
    for a, b in zip(written, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    header = (out / "runs.csv").read_text().splitlines()[0]
    assert header == ",".join(diary.columns("run"))


def test_one_csv_file_is_recognised_by_name_or_header(empty_db, tmp_path) -> None:
    data = b"day,stiffness,note\n2026-06-01,3,ok\n2026-06-02,,\n"
    odd = tmp_path / "my export.csv"
    odd.write_bytes(data)
    assert diary_io.import_path(empty_db, odd, now=NOW) == {"checkin": 2}
    assert diary.checkin_on(empty_db, date(2026, 6, 1))["stiffness"] == 3  # type: ignore[index]


def test_rows_without_ids_are_added_as_new_entries(demo_db, tmp_path) -> None:
    before = counts(demo_db)["run"]
    path = tmp_path / "runs.csv"
    path.write_text("day,distance_m,run_type,note\n2026-06-01,5000,easy,added\n")
    assert diary_io.import_path(demo_db, path, now=NOW) == {"run": 1}
    assert counts(demo_db)["run"] == before + 1


# -- all or nothing -------------------------------------------------------------------------


def test_a_bad_row_imports_nothing_and_says_where(empty_db, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "checkins.csv").write_text(
        "id,day,first_step_pain,note\n1,2026-06-01,3,\n2,2026-06-02,4,\n"
    )
    (folder / "runs.csv").write_text(
        "id,day,distance_m,duration_s,run_type\n"
        "1,2026-06-01,5000,1500,easy\n"
        "2,2026-06-02,-5,1500,easy\n"
        "3,2099-01-01,5000,1500,sprint\n"
    )
    with pytest.raises(ImportRejected) as info:
        diary_io.import_path(empty_db, folder, now=NOW)
    text = str(info.value)
    assert "runs.csv, row 3, distance_m: Distance cannot be negative" in text
    assert "runs.csv, row 4, day: Date is in the future" in text
    assert "runs.csv, row 4, run_type: Type must be one of" in text
    assert sum(counts(empty_db).values()) == 0


def test_the_database_has_the_last_word_and_still_nothing_lands(demo_db, tmp_path) -> None:
    before = counts(demo_db)
    taken = diary.history_page(demo_db, diary.HistoryFilter(kinds=frozenset({"checkin"})), limit=1)
    day = taken[0][2]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "shoes.csv").write_text("name\nNew pair\n")
    (folder / "checkins.csv").write_text(f"day,stiffness\n{day.isoformat()},2\n")
    (folder / "runs.csv").write_text("day,distance_m,run_type,shoe_id\n2026-06-01,5000,easy,999\n")
    with pytest.raises(ImportRejected) as info:
        diary_io.import_path(demo_db, folder)  # the demo history runs up to today
    text = str(info.value)
    assert "already has check-ins" in text and "No shoe with id 999" in text
    assert counts(demo_db) == before


def test_importing_the_same_export_twice_is_refused(demo_db, tmp_path) -> None:
    out = tmp_path / "csv"
    diary_io.export_csv(demo_db, out)
    before = counts(demo_db)
    with pytest.raises(ImportRejected) as info:
        diary_io.import_path(demo_db, out)
    assert "already holds id(s)" in str(info.value)
    assert counts(demo_db) == before


def test_a_backup_restores_only_into_an_empty_database_unless_replacing(
    demo_db, empty_db, tmp_path
) -> None:
    diary.insert_record(empty_db, "checkin", {"day": date(2026, 1, 1), "stiffness": 1})
    backup = diary_io.json_bytes(demo_db)
    with pytest.raises(ImportRejected) as info:
        diary_io.import_json(empty_db, backup)
    assert "already holds entries" in str(info.value)
    assert counts(empty_db)["check_in"] == 1
    diary_io.import_json(empty_db, backup, replace=True)
    assert counts(empty_db) == counts(demo_db)
    assert list((tmp_path / "bk").glob("*before-restoring*")), "a copy is kept first"


def test_a_row_the_database_refuses_rolls_back_everything(empty_db) -> None:
    doc = {"format": "footgui-backup", "version": 1, "tables": {
        "check_in": [{"id": 1, "day": "2026-01-01", "stiffness": 2, "note": ""}],
        "training_session": [{"id": 1, "started_at": "2026-01-01T10:00:00", "template_id": "t",
                              "stage": 9, "status": "finished", "note": ""}],
    }}  # fmt: skip
    with pytest.raises(ImportRejected) as info:
        diary_io.import_json(empty_db, json.dumps(doc).encode())
    assert "training_session" in str(info.value) and "row 1" in str(info.value)
    assert sum(counts(empty_db).values()) == 0


# -- malformed files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"day,colour\n2026-01-01,red\n", "Unknown column(s): colour"),
        (b"stiffness\n3\n", "Missing column(s): day"),
        (b"day,day\n2026-01-01,2026-01-02\n", "listed twice"),
        (b"day,stiffness\n2026-01-01\n", "Has 1 values but the header has 2"),
        ("day,note\n2026-01-01,caf\u00e9\n".encode("latin-1"), "not UTF-8"),
        (b"day,note\n\x00\x01\x02,x\n", "binary"),
        (b'day,note\n2026-01-01,"unclosed\n', "Broken CSV"),
        (b"day,stiffness\n2026-01-01,three\n", "row 2, stiffness: Stiffness must be a number"),
    ],
)
def test_malformed_csv_is_rejected_with_a_message(empty_db, tmp_path, data, words) -> None:
    path = tmp_path / "checkins.csv"
    path.write_bytes(data)
    with pytest.raises(ImportRejected) as info:
        diary_io.import_path(empty_db, path, now=NOW)
    assert words in str(info.value)
    assert sum(counts(empty_db).values()) == 0


def backup_with(**tables) -> bytes:
    return json.dumps({"format": "footgui-backup", "version": 1, "tables": tables}).encode()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"{not json", "Not valid JSON"),
        (b"[1, 2]", "not a footgui backup"),
        (b'{"format": "other"}', "not a footgui backup"),
        (b'{"format": "footgui-backup", "version": 7, "tables": {}}', "version 7"),
        (b'{"format": "footgui-backup", "version": 1, "tables": []}', "no readable tables"),
        (backup_with(gadgets=[]), "Unknown table(s): gadgets"),
        (backup_with(check_in=[{"id": "1", "day": "2026-01-01"}]), "id must be a whole number"),
        (backup_with(check_in=[{"id": 1, "day": "01/01/2026"}]), "day must be a date"),
        (backup_with(check_in=[{"id": 1, "day": "2026-01-01", "mood": 3}]), "unknown column"),
        (backup_with(check_in=[{"day": "2026-01-01"}]), "missing column(s) id"),
        (backup_with(check_in=[[1, "2026-01-01"]]), "must be an object"),
        (backup_with(check_in=[{"id": 1, "day": "2026-01-01", "stiffness": 40}]), "from 0 to 10"),
        (backup_with(run=[{"id": 1, "day": "2026-01-01", "distance_m": True}]), "must be a number"),
        (b'{"format": "footgui-backup", "version": 1, "tables": {"run": [{"distance_m": NaN}]}}',
         "not a number JSON allows"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)  # fmt: skip
def test_malformed_json_is_rejected_with_a_message(empty_db, data, words) -> None:
    with pytest.raises(ImportRejected) as info:
        diary_io.import_json(empty_db, data, now=NOW)
    assert words in str(info.value)
    assert sum(counts(empty_db).values()) == 0


def test_a_huge_file_is_refused_before_it_is_read(empty_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(diary_io, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "checkins.csv"
    path.write_bytes(b"day,note\n" + b"2026-01-01,xxxxxxxxxx\n" * 200)
    with pytest.raises(ImportRejected) as info:
        diary_io.import_path(empty_db, path)
    assert "too large" in str(info.value)
    with pytest.raises(ImportRejected) as info:
        fmt.decode(b"x" * (fmt.MAX_FILE_BYTES + 1), "big.json")
    assert "too large" in str(info.value)


def test_nothing_to_import_says_so(empty_db, tmp_path) -> None:
    with pytest.raises(ImportRejected, match="No diary files here"):
        diary_io.import_path(empty_db, tmp_path)
    with pytest.raises(ImportRejected, match="No such file"):
        diary_io.import_path(empty_db, tmp_path / "nope.json")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(ImportRejected, match="Not a footgui diary file"):
        diary_io.import_path(empty_db, other)


# -- properties of the parsers ---------------------------------------------------------------


@given(st.binary(max_size=400))
def test_any_bytes_either_parse_or_are_rejected_as_csv(data) -> None:
    try:
        rows = fmt.read_csv(data, "x.csv", ["id", "day", "stiffness", "note"], ["day"])
    except ImportRejected as exc:
        assert exc.problems and all(p.file == "x.csv" for p in exc.problems)
        return
    assert all(set(r) <= {"id", "day", "stiffness", "note"} for _, r in rows)


@given(st.binary(max_size=400))
def test_any_bytes_either_parse_or_are_rejected_as_json(data) -> None:
    try:
        doc = fmt.read_json(data, "b.json")
    except ImportRejected as exc:
        assert exc.problems
        return
    assert doc["format"] == "footgui-backup"


cell = st.one_of(st.text(max_size=12), st.integers(-5, 30).map(str), st.just(""))


@given(st.lists(st.tuples(cell, cell, cell), max_size=8))
def test_random_cells_are_validated_row_by_row(cells) -> None:
    body = fmt.write_csv(["day", "stiffness", "note"],
                         [{"day": a, "stiffness": b, "note": c} for a, b, c in cells])  # fmt: skip
    try:
        rows = fmt.read_csv(body, "checkins.csv", diary.columns("checkin"), ["day"])
    except ImportRejected:
        return  # e.g. a cell holding a NUL
    problems: list[fmt.Problem] = []
    cleaned = fmt.validate_rows("checkin", rows, "checkins.csv", NOW, problems)
    assert len(cleaned) + len({p.row for p in problems}) == len(rows)
    assert all(p.row is not None and p.row >= 2 for p in problems)


checkin_rows = st.lists(
    st.fixed_dictionaries({
        "day": st.dates(date(2000, 1, 1), date(2026, 6, 15)),
        "first_step_pain": st.none() | st.integers(0, 10),
        "sleep_h": st.none() | st.floats(0, 24, allow_nan=False),
        "note": st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]),
                        max_size=40),
    }),
    max_size=10,
    unique_by=lambda r: r["day"],
)  # fmt: skip


@given(checkin_rows)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_written_csv_reads_back_to_the_same_values(rows) -> None:
    columns = diary.columns("checkin")
    body = fmt.write_csv(columns, rows)
    parsed = fmt.read_csv(body, "checkins.csv", columns, ["day"])
    problems: list[fmt.Problem] = []
    cleaned = fmt.validate_rows("checkin", parsed, "checkins.csv", NOW, problems)
    assert not problems
    for want, got in zip(rows, cleaned, strict=True):
        assert {k: got[k] for k in want} == want
    assert fmt.write_csv(columns, cleaned) == body


# -- the command line ---------------------------------------------------------------------------

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def footgui(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footgui", *args],
        capture_output=True, text=True, timeout=180, env=ENV, check=False,
    )  # fmt: skip


def test_cli_export_and_import_round_trip(tmp_path: Path) -> None:
    src, dst, bad = tmp_path / "src", tmp_path / "dst", tmp_path / "bad"
    assert footgui("--data-dir", str(src), "demo-data", "--years", "0.3").returncode == 0
    out = footgui(
        "--data-dir", str(src), "export", "--format", "json", "--out", str(tmp_path / "b.json")
    )
    assert out.returncode == 0, out.stdout + out.stderr
    csv = footgui("--data-dir", str(src), "export", "--format", "csv", "--out", str(tmp_path / "c"))
    assert csv.returncode == 0 and "runs.csv" in csv.stdout
    restored = footgui("--data-dir", str(dst), "import", str(tmp_path / "b.json"))
    assert restored.returncode == 0 and "imported" in restored.stdout
    again = footgui(
        "--data-dir", str(dst), "export", "--format", "json", "--out", str(tmp_path / "b2.json")
    )
    assert again.returncode == 0
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "b2.json").read_bytes()
    refused = footgui("--data-dir", str(dst), "import", str(tmp_path / "c"))
    assert refused.returncode == 1 and "nothing was imported" in refused.stdout
    (tmp_path / "x.json").write_text("{broken")
    broken = footgui("--data-dir", str(bad), "import", str(tmp_path / "x.json"))
    assert broken.returncode == 1 and "Not valid JSON" in broken.stdout
    wrong = footgui(
        "--data-dir", str(src), "export", "--format", "csv", "--out", str(tmp_path / "b.json")
    )
    assert wrong.returncode == 2


def test_import_uses_the_day_it_runs(empty_db, tmp_path) -> None:
    """A date after the import's clock is in the future even if the file says otherwise."""
    tomorrow = (NOW + timedelta(days=1)).date().isoformat()
    path = tmp_path / "checkins.csv"
    path.write_text(f"day,stiffness\n{tomorrow},1\n")
    with pytest.raises(ImportRejected, match="in the future"):
        diary_io.import_path(empty_db, path, now=NOW)
