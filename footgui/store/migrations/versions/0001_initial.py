"""The diary and training tables.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def score(table: str, column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} BETWEEN 0 AND 10", name=op.f(f"ck_{table}_{column}"))


def check(table: str, column: str, sql: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(sql, name=op.f(f"ck_{table}_{column}"))


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("dominant_foot", sa.String(length=8), nullable=True),
        sa.Column("program_start", sa.Date(), nullable=True),
        sa.Column("units", sa.String(length=8), server_default="metric", nullable=False),
        check("profile", "single_row", "id = 1"),
        check("profile", "age", "age BETWEEN 5 AND 120"),
        check("profile", "sex", "sex IN ('female', 'male')"),
        check("profile", "dominant_foot", "dominant_foot IN ('left', 'right')"),
        check("profile", "units", "units IN ('metric', 'imperial')"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("first_step_pain", sa.Integer(), nullable=True),
        sa.Column("pain_during", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("next_morning_pain", sa.Integer(), nullable=True),
        sa.Column("stiffness", sa.Integer(), nullable=True),
        sa.Column("foot_fatigue", sa.Integer(), nullable=True),
        sa.Column("sleep_h", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        score("check_in", "first_step_pain"),
        score("check_in", "pain_during"),
        score("check_in", "pain_after"),
        score("check_in", "next_morning_pain"),
        score("check_in", "stiffness"),
        score("check_in", "foot_fatigue"),
        check("check_in", "sleep_h", "sleep_h BETWEEN 0 AND 24"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in")),
        sa.UniqueConstraint("day", name=op.f("uq_check_in_day")),
    )
    op.create_table(
        "measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("side", sa.String(length=8), nullable=False),
        sa.Column("trial", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        check(
            "measurement",
            "kind",
            "kind IN ('balance_eo', 'balance_ec', 'knee_to_wall', 'heel_rises')",
        ),
        check("measurement", "side", "side IN ('left', 'right')"),
        check("measurement", "trial", "trial >= 1"),
        check("measurement", "value", "value >= 0"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    op.create_index(op.f("ix_measurement_day"), "measurement", ["day"])
    op.create_index("ix_measurement_kind_day", "measurement", ["kind", "day"])
    op.create_table(
        "shoe",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("drop_mm", sa.Float(), nullable=True),
        sa.Column("stack_mm", sa.Float(), nullable=True),
        sa.Column("outsole_firmness", sa.String(length=8), nullable=True),
        sa.Column("heel_counter", sa.String(length=8), nullable=True),
        sa.Column("midfoot_support", sa.String(length=16), nullable=True),
        sa.Column("retired", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        check("shoe", "drop_mm", "drop_mm BETWEEN -10 AND 30"),
        check("shoe", "stack_mm", "stack_mm BETWEEN 0 AND 80"),
        check("shoe", "outsole_firmness", "outsole_firmness IN ('soft', 'medium', 'firm')"),
        check("shoe", "heel_counter", "heel_counter IN ('flexible', 'medium', 'rigid')"),
        check("shoe", "midfoot_support", "midfoot_support IN ('neutral', 'stability', 'minimal')"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shoe")),
    )
    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("template_id", sa.String(length=64), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="in_progress", nullable=False),
        sa.Column("pain_during", sa.Integer(), nullable=True),
        sa.Column("foot_fatigue", sa.Integer(), nullable=True),
        sa.Column("rpe", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        check("training_session", "stage", "stage BETWEEN 1 AND 4"),
        check("training_session", "status", "status IN ('in_progress', 'finished', 'abandoned')"),
        score("training_session", "pain_during"),
        score("training_session", "foot_fatigue"),
        score("training_session", "rpe"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    op.create_index(op.f("ix_training_session_started_at"), "training_session", ["started_at"])
    op.create_table(
        "run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("distance_m", sa.Float(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("run_type", sa.String(length=8), server_default="easy", nullable=False),
        sa.Column("surface", sa.String(length=16), nullable=True),
        sa.Column("shoe_id", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        check("run", "distance_m", "distance_m >= 0"),
        check("run", "duration_s", "duration_s >= 0"),
        check("run", "run_type", "run_type IN ('easy', 'strides', 'tempo', 'long', 'hills')"),
        check("run", "surface", "surface IN ('grass', 'track', 'trail', 'road', 'treadmill')"),
        score("run", "pain_after"),
        sa.ForeignKeyConstraint(
            ["shoe_id"], ["shoe.id"], name=op.f("fk_run_shoe_id_shoe"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run")),
    )
    op.create_index(op.f("ix_run_day"), "run", ["day"])
    op.create_index(op.f("ix_run_shoe_id"), "run", ["shoe_id"])
    op.create_table(
        "set_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=64), nullable=False),
        sa.Column("side", sa.String(length=8), server_default="both", nullable=False),
        sa.Column("set_number", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.Column("hold_s", sa.Float(), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("load_kg", sa.Float(), nullable=True),
        sa.Column("rpe", sa.Integer(), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=8), server_default="done", nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        check("set_log", "side", "side IN ('left', 'right', 'both')"),
        check("set_log", "set_number", "set_number >= 1"),
        check("set_log", "reps", "reps >= 0"),
        check("set_log", "hold_s", "hold_s >= 0"),
        check("set_log", "duration_s", "duration_s >= 0"),
        check("set_log", "load_kg", "load_kg >= 0"),
        score("set_log", "rpe"),
        score("set_log", "pain"),
        check("set_log", "status", "status IN ('done', 'partial', 'skipped')"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_set_log_session_id_training_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_log")),
    )
    op.create_index(op.f("ix_set_log_exercise_id"), "set_log", ["exercise_id"])
    op.create_index(op.f("ix_set_log_session_id"), "set_log", ["session_id"])


def downgrade() -> None:
    op.drop_table("set_log")
    op.drop_table("run")
    op.drop_table("training_session")
    op.drop_table("shoe")
    op.drop_table("measurement")
    op.drop_table("check_in")
    op.drop_table("profile")
