"""A session override names its template in a column of its own.

Until now a "choose another session" override was a stage_event row whose
reason read ``session=<template id>; <the user's reason>``. The template id
moves into ``template_id`` and the reason keeps only the user's words, so
nothing has to parse free text to know which session was chosen.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PREFIX = "session="

_events = sa.table(
    "stage_event",
    sa.column("id", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("reason", sa.Text()),
    sa.column("template_id", sa.String()),
)


def _split(reason: str) -> tuple[str | None, str]:
    """``session=<id>; <reason>`` -> (id, reason); anything else is left as it is."""
    head, _, rest = reason[len(_PREFIX) :].partition(";")
    template_id = head.strip()
    return (template_id or None), rest.strip()


def upgrade() -> None:
    op.add_column("stage_event", sa.Column("template_id", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_events.c.id, _events.c.reason).where(
            _events.c.kind == "override", _events.c.reason.like(f"{_PREFIX}%")
        )
    ).all()
    for row_id, reason in rows:
        template_id, rest = _split(reason)
        if template_id is not None:
            conn.execute(
                _events.update()
                .where(_events.c.id == row_id)
                .values(template_id=template_id, reason=rest)
            )


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_events.c.id, _events.c.reason, _events.c.template_id).where(
            _events.c.template_id.is_not(None)
        )
    ).all()
    for row_id, reason, template_id in rows:
        conn.execute(
            _events.update()
            .where(_events.c.id == row_id)
            .values(reason=f"{_PREFIX}{template_id}; {reason}")
        )
    with op.batch_alter_table("stage_event") as batch:
        batch.drop_column("template_id")
