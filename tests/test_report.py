"""The physio report: what it decides (core), the PDF it writes, the dialog and the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from footgui.core import history as hist
from footgui.core import report_data as rd
from footgui.core.units import Units
from footgui.store import repos

TODAY = date(2026, 6, 30)
START = date(2026, 6, 1)


# -- a small diary with known numbers -------------------------------------------------------


def fill(db, *, days: int = 30, end: date = TODAY) -> None:
    """Stage 1 from ``end - days``; tests, check-ins and sessions with hand-picked values."""
    first = end - timedelta(days=days - 1)
    repos.update_profile(db, age=38, sex="female", dominant_foot="right", program_start=first)
    repos.add_stage_event(db, day=first, stage=1, kind="start", reason="Started.")
    repos.add_trials(db, kind="knee_to_wall", side="left", values=[10.1, 10.6], day=first)
    repos.add_trials(db, kind="knee_to_wall", side="right", values=[9.8], day=first)
    repos.add_trials(db, kind="knee_to_wall", side="left", values=[11.3, 11.0], day=end)
    repos.add_trials(db, kind="knee_to_wall", side="right", values=[10.4], day=end)
    repos.add_measurement(db, kind="heel_rises", side="left", value=23, day=end)
    repos.add_measurement(db, kind="heel_rises", side="right", value=19, day=end)
    repos.add_trials(db, kind="balance_eo", side="left", values=[31.5, 38.2, 36.0], day=end)
    repos.add_trials(db, kind="balance_eo", side="right", values=[29.0, 33.7], day=end)
    repos.add_trials(db, kind="balance_ec", side="left", values=[8.4], day=end)
    repos.add_trials(db, kind="balance_ec", side="right", values=[7.9], day=end)
    for n in range(days):
        day = first + timedelta(days=n)
        repos.upsert_checkin(
            db,
            day,
            first_step_pain=n % 4,
            pain_after=(n * 3) % 7,
            next_morning_pain=1,
            note="Sore after a long walk" if n == 5 else "",
        )
        if n % 2 == 0:
            session = repos.start_session(
                db, "s1-strength", 1, started_at=datetime.combine(day, datetime.min.time())
            )
            repos.finish_session(db, session.id, pain_during=2)


@pytest.fixture
def diary(db):
    fill(db)
    return db


# -- core: pure decisions -----------------------------------------------------------------


def plan() -> tuple[rd.PlannedTemplate, ...]:
    return (
        rd.PlannedTemplate(1, "s1-daily", "Daily", 7),
        rd.PlannedTemplate(1, "s1-strength", "Strength", 3),
        rd.PlannedTemplate(2, "s2-stability", "Stability", 2),
    )


def test_adherence_is_planned_pro_rata_across_a_stage_change() -> None:
    start = date(2026, 3, 2)  # a Monday
    inputs = rd.ReportInputs(
        profile=hist.ProfileEntry(program_start=start, current_stage=2),
        stage_events=(
            hist.StageEventEntry(start, 1, "start"),
            hist.StageEventEntry(start + timedelta(days=14), 2, "advance"),
        ),
        sessions=(
            hist.SessionEntry(start, "s1-strength", 1, "finished"),
            hist.SessionEntry(start + timedelta(days=2), "s1-strength", 1, "abandoned"),
            hist.SessionEntry(start + timedelta(days=15), "s2-stability", 2, "finished"),
            hist.SessionEntry(start + timedelta(days=16), "own-list", 2, "finished"),
            hist.SessionEntry(start + timedelta(days=17), "s2-stability", 2, "in_progress"),
        ),
        plan=plan(),
    )
    adh = rd.adherence(inputs, start, start + timedelta(days=27), today=date(2026, 12, 31))
    rows = {r.template_id: r for r in adh.rows}
    assert rows["s1-daily"].planned == pytest.approx(14.0)
    assert rows["s1-strength"].planned == pytest.approx(6.0)
    assert (rows["s1-strength"].done, rows["s1-strength"].stopped_early) == (1, 1)
    assert rows["s2-stability"].planned == pytest.approx(4.0)
    assert rows["s2-stability"].done == 1
    assert adh.other_sessions == 1
    assert [w.planned for w in adh.weeks] == [10.0, 10.0, 2.0, 2.0]
    assert [w.done for w in adh.weeks] == [1, 0, 1, 0]


def test_days_after_today_and_before_the_program_are_not_planned() -> None:
    start = date(2026, 3, 2)
    inputs = rd.ReportInputs(
        profile=hist.ProfileEntry(program_start=start + timedelta(days=7), current_stage=1),
        plan=plan()[:2],
    )
    adh = rd.adherence(inputs, start, start + timedelta(days=27), today=start + timedelta(days=13))
    assert adh.planned == pytest.approx(7 * (7 + 3) / 7)


def test_latest_tests_use_the_best_trial_and_the_profile_band() -> None:
    inputs = rd.ReportInputs(
        profile=hist.ProfileEntry(age=38, sex="male"),
        measurements=(
            hist.MeasurementEntry(START, "heel_rises", "left", 18),
            hist.MeasurementEntry(TODAY, "heel_rises", "left", 31),
            hist.MeasurementEntry(TODAY, "knee_to_wall", "left", 12.7),
            hist.MeasurementEntry(TODAY, "knee_to_wall", "left", 13.97),
            hist.MeasurementEntry(TODAY, "knee_to_wall", "right", 10.16),
        ),
    )
    summaries, symmetry = rd.measurement_summaries(inputs, START, TODAY, "in")
    heel = next(m for m in summaries if m.kind == "heel_rises")
    assert (heel.first, heel.latest, heel.change) == (18, 31, 13)
    assert heel.band is not None and (heel.band.low, heel.band.high) == (18, 30)
    assert heel.position == "above" and heel.change_is_noise is False
    knee = next(m for m in summaries if m.kind == "knee_to_wall" and m.side == "left")
    assert knee.unit == "in" and knee.latest == pytest.approx(5.5)
    assert knee.position == "within"  # 9.2-14.8 cm is 3.6-5.8 in
    sym = next(s for s in symmetry if s.kind == "knee_to_wall")
    assert sym.difference == pytest.approx(1.5) and sym.flagged  # 3.8 cm > 1.5 cm


def test_a_range_without_entries_or_backwards_is_refused() -> None:
    inputs = rd.ReportInputs(
        profile=hist.ProfileEntry(), checkins=(hist.CheckInEntry(date(2025, 1, 1), 3),)
    )
    with pytest.raises(rd.ReportRangeError, match="no diary entries"):
        rd.build_report(inputs, START, TODAY, today=TODAY)
    with pytest.raises(rd.ReportRangeError, match="before it starts"):
        rd.build_report(inputs, TODAY, START, today=TODAY)


def test_stage_reported_is_the_one_at_the_end_of_a_past_range() -> None:
    events = (
        hist.StageEventEntry(date(2026, 1, 1), 1, "start"),
        hist.StageEventEntry(date(2026, 2, 1), 2, "advance"),
        hist.StageEventEntry(date(2026, 4, 1), 3, "advance"),
    )
    inputs = rd.ReportInputs(
        profile=hist.ProfileEntry(current_stage=3),
        checkins=(hist.CheckInEntry(date(2026, 2, 10), 1),),
        stage_events=events,
        stage_names={2: "Stability and spring"},
    )
    data = rd.build_report(inputs, date(2026, 2, 1), date(2026, 2, 28), today=TODAY)
    assert (data.stage_now, data.stage_name, data.stage_since) == (
        2,
        "Stability and spring",
        date(2026, 2, 1),
    )
    assert [s.stage for s in data.stage_steps] == [2]


@given(
    st.floats(-1000, 1000, allow_nan=False),
    st.floats(0.001, 5000, allow_nan=False),
    st.integers(2, 10),
)
def test_nice_ticks_cover_the_range_in_round_steps(low: float, span: float, count: int) -> None:
    from footgui.ui.report_charts import nice_ticks

    ticks = nice_ticks(low, low + span, count)
    assert ticks == sorted(ticks) and len(ticks) >= 1
    assert ticks[0] >= low - 1e-6 and ticks[-1] <= low + span + 1e-6 * max(1, abs(low) + span)
    if len(ticks) > 1:
        step = ticks[1] - ticks[0]
        mantissa = step / 10 ** int(f"{step:e}".split("e")[1])
        assert round(mantissa, 6) in (1.0, 2.0, 5.0, 10.0)


# -- the PDF ------------------------------------------------------------------------------


def write(qapp, db, catalog, out: Path, *, start=START, end=TODAY, units=None):
    from footgui.ui.report import export_report

    return export_report(
        db,
        catalog,
        out,
        start,
        end,
        units=units or Units(),
        today=TODAY,
        now=datetime(2026, 6, 30, 9, 0),
    )


def pdf_text(path: Path) -> list[str]:
    """Each page's text with runs of blanks made one space (Qt places words one by one)."""
    return [re.sub(r"[ \t]+", " ", page.extract_text()) for page in PdfReader(str(path)).pages]


@pytest.fixture
def fixed_advice(monkeypatch):
    """A fixed recommendation text, so the page layout does not depend on the engine's words."""
    from footgui.ui import report

    info = report.RecommendationInfo(None, "No advice in this test.")
    monkeypatch.setattr(report, "recommendation_for", lambda *_a: info)
    return info


def test_pdf_has_the_sections_measurements_and_numbered_pages(
    qapp, diary, catalog, tmp_path, fixed_advice
):
    result = write(qapp, diary, catalog, tmp_path / "report.pdf")
    pages = pdf_text(result.path)
    # 2 summary pages (profile ... test notes), 6 charts two per page, 1 page of pain history
    assert result.pages == len(pages) == 6
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of 6" in text
    assert "Running" not in pages[0] + pages[1]  # no runs logged: no running section
    assert [t.count("best of each day") + t.count("(reps)") for t in pages[2:5]] == [2, 2, 0]
    assert "Pain from the daily check-in" in pages[4] and "Sessions per week" in pages[4]
    summary = pages[0] + pages[1]
    for expected in (
        "Foot and ankle training report",
        "Stage 1 of 4: Foundation",
        "Knee-to-wall distance",
        "11.3 cm",  # best of the day's two trials
        "10.4 cm",
        "23 reps",
        "19 reps",
        "38.2 s",
        "33.7 s",
        "Hoch & McKeon 2011",
    ):
        assert expected in summary, expected
    assert "15 of" in summary and "planned sessions done" in summary
    assert "No advice in this test." in summary
    assert "Single-leg heel rises to fatigue (reps)" in pages[3]
    pain_page = re.sub(r"\s+", " ", pages[5])  # a note may wrap in its column
    assert "Pain history" in pain_page and "Sore after a long walk" in pain_page


def test_units_follow_the_settings(qapp, diary, catalog, tmp_path):
    result = write(qapp, diary, catalog, tmp_path / "r.pdf", units=Units("mi", "in"))
    assert "4.4 in" in " ".join(pdf_text(result.path))  # 11.3 cm


def test_long_pain_history_runs_over_pages_with_a_repeated_header(qapp, db, catalog, tmp_path):
    fill(db, days=200)
    result = write(qapp, db, catalog, tmp_path / "long.pdf", start=TODAY - timedelta(days=199))
    pages = pdf_text(result.path)
    assert result.pages == len(pages) > 6
    pain_pages = [t for t in pages if "Next" in t and "morning" in t and "First" in t]
    assert len(pain_pages) >= 3  # the table's header row repeats on each of its pages
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_empty_range_gives_a_message_and_no_file(qapp, diary, catalog, tmp_path):
    from footgui.ui.report import ReportError

    out = tmp_path / "empty.pdf"
    with pytest.raises(ReportError, match="Nothing to report"):
        write(qapp, diary, catalog, out, start=date(2020, 1, 1), end=date(2020, 3, 1))
    assert not out.exists()
    assert not list(tmp_path.glob(".footgui-report-*"))


def test_unwritable_paths_give_a_message_and_no_file(qapp, diary, catalog, tmp_path):
    from footgui.ui.report import ReportError

    with pytest.raises(ReportError, match="does not exist"):
        write(qapp, diary, catalog, tmp_path / "no" / "such" / "r.pdf")
    with pytest.raises(ReportError, match="is a folder"):
        write(qapp, diary, catalog, tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ReportError):
        write(qapp, diary, catalog, blocker / "r.pdf")
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ReportError, match="Cannot write"):
            write(qapp, diary, catalog, locked / "r.pdf")
    assert not list(tmp_path.rglob("*.pdf"))


def test_a_failure_while_painting_leaves_the_old_report_untouched(
    qapp, diary, catalog, tmp_path, monkeypatch
):
    from footgui.ui import report

    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-old")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "_paint", broken)
    with pytest.raises(report.ReportError, match="No space left"):
        write(qapp, diary, catalog, out)
    assert out.read_bytes() == b"%PDF-old"
    assert not list(tmp_path.glob(".footgui-report-*"))


def test_the_engine_recommendation_is_in_the_report(qapp, diary, catalog, tmp_path):
    from footgui.ui.report import recommendation_for

    advice = recommendation_for(diary, catalog, TODAY)
    assert advice.recommendation is not None, advice.unavailable
    result = write(qapp, diary, catalog, tmp_path / "r.pdf")
    text = " ".join(pdf_text(result.path)[:2]).replace("\n", " ")
    assert "Recommendation for 30 Jun 2026" in text
    assert advice.recommendation.title in text


def test_a_failing_engine_does_not_stop_the_report(qapp, diary, catalog, monkeypatch, caplog):
    from footgui.core import progression
    from footgui.ui.report import recommendation_for

    def broken(*_args):
        raise ZeroDivisionError("engine bug")

    monkeypatch.setattr(progression, "recommend", broken)
    advice = recommendation_for(diary, catalog, TODAY)
    assert advice.recommendation is None and "failed" in advice.unavailable


def test_dialog_writes_the_pdf_and_reports_errors(qtbot, app_ctx, tmp_path):
    from footgui.ui.report_dialog import ExportReportDialog

    fill(app_ctx.db, end=date.today())
    dialog = ExportReportDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "from-dialog"))
    with qtbot.waitSignal(dialog.exported) as got:
        qtbot.mouseClick(dialog.export_button, qtbot_button())
    path, pages = got.args
    assert path.endswith("from-dialog.pdf") and Path(path).is_file() and pages >= 3
    assert dialog.open_button.isVisibleTo(dialog) and not dialog.writing
    dialog.path.setText(str(tmp_path / "missing" / "x.pdf"))
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.export()
    assert "does not exist" in failed.args[0] and "does not exist" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "later.pdf"))
    dialog.start.setDate(dialog.end.date().addDays(1))
    with qtbot.waitSignal(dialog.failed) as backwards:
        assert not dialog.export()
    assert "before the first day" in backwards.args[0]
    dialog.set_weeks(4)
    assert (dialog.end.date().toPython() - dialog.start.date().toPython()).days == 27


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# -- command line -------------------------------------------------------------------------


def footgui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "footgui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_cli_writes_the_report_and_refuses_bad_input(tmp_path: Path) -> None:
    from footgui.store.db import open_database

    data = tmp_path / "data"
    data.mkdir()
    db = open_database(f"sqlite:///{data / 'footgui.sqlite3'}")
    fill(db)
    db.close()
    (data / "settings.ini").write_text("[units]\nlength=in\n")
    out = tmp_path / "cli.pdf"
    ok = footgui(
        "--data-dir", str(data), "report", "--out", str(out), "--from", "2026-06-01", "--to",
        "2026-06-30",
    )  # fmt: skip
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"wrote {out}" in ok.stdout and " pages, 2026-06-01 to 2026-06-30)" in ok.stdout
    assert len(PdfReader(str(out)).pages) >= 6
    assert "4.4 in" in " ".join(pdf_text(out))  # the unit setting the GUI saved

    empty = footgui(
        "--data-dir", str(data), "report", "--out", str(tmp_path / "e.pdf"), "--from",
        "2020-01-01", "--to", "2020-02-01",
    )  # fmt: skip
    assert empty.returncode == 1
    assert "Nothing to report" in empty.stdout and not (tmp_path / "e.pdf").exists()

    bad = footgui("--data-dir", str(data), "report", "--out", str(tmp_path / "x" / "r.pdf"))
    assert bad.returncode == 1 and "does not exist" in bad.stdout

    backwards = footgui(
        "--data-dir", str(data), "report", "--out", str(out), "--from", "2026-06-30", "--to",
        "2026-06-01",
    )  # fmt: skip
    assert backwards.returncode == 2 and "before" in backwards.stdout

    not_a_date = footgui("--data-dir", str(data), "report", "--out", str(out), "--from", "June")
    assert not_a_date.returncode == 2 and "not a date" in not_a_date.stderr
