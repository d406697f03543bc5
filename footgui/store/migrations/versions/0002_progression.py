"""Stage progression: the profile's current stage and the log of stage decisions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite cannot add a named table CHECK with ALTER TABLE: batch mode
    # rebuilds the profile table and copies its row across.
    with op.batch_alter_table("profile") as batch:
        batch.add_column(
            sa.Column("current_stage", sa.Integer(), server_default="1", nullable=False)
        )
        batch.create_check_constraint(
            op.f("ck_profile_current_stage"), "current_stage BETWEEN 1 AND 4"
        )
    op.create_table(
        "stage_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint("stage BETWEEN 1 AND 4", name=op.f("ck_stage_event_stage")),
        sa.CheckConstraint(
            "kind IN ('start', 'advance', 'regress', 'override', 'hold')",
            name=op.f("ck_stage_event_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_event")),
    )
    op.create_index(op.f("ix_stage_event_day"), "stage_event", ["day"])


def downgrade() -> None:
    op.drop_table("stage_event")
    with op.batch_alter_table("profile") as batch:
        batch.drop_constraint(op.f("ck_profile_current_stage"), type_="check")
        batch.drop_column("current_stage")
