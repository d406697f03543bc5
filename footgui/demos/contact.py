"""A contact sheet: a grid of frames per exercise, to check the clips the way a person would.

Frames come straight from the renderer (not from decoding the clips), so the
sheet can be made before or without encoding; each row is one exercise,
labelled with its id and name, sampled evenly across the whole loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from footgui.demos.anim import ClipPlan
from footgui.demos.render import ensure_gui, render_frames, sample_times

THUMB_W = 284
THUMB_H = 160
LABEL_W = 210
GAP = 6


def contact_sheet(
    plans: Sequence[ClipPlan],
    path: Path,
    frames_per_row: int = 5,
    names: dict[str, str] | None = None,
) -> Path:
    """Write a PNG with one row of ``frames_per_row`` frames for every plan."""
    ensure_gui()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    rows = max(1, len(plans))
    width = LABEL_W + frames_per_row * (THUMB_W + GAP) + GAP
    height = rows * (THUMB_H + GAP) + GAP
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#30343a"))
    p = QPainter(sheet)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    title = QFont("DejaVu Sans")
    title.setPixelSize(17)
    title.setBold(True)
    small = QFont("DejaVu Sans")
    small.setPixelSize(14)
    for row, plan in enumerate(plans):
        y = GAP + row * (THUMB_H + GAP)
        p.setPen(QColor("white"))
        p.setFont(title)
        p.drawText(
            QRectF(GAP, y, LABEL_W - 2 * GAP, 60),
            int(Qt.TextFlag.TextWordWrap),
            plan.exercise_id,
        )
        p.setFont(small)
        p.setPen(QColor("#c9d1d9"))
        info = f"{plan.duration:.1f} s loop · {plan.spec.view}"
        if names and plan.exercise_id in names:
            info = f"{names[plan.exercise_id]}\n{info}"
        p.drawText(
            QRectF(GAP, y + 62, LABEL_W - 2 * GAP, THUMB_H - 62),
            int(Qt.TextFlag.TextWordWrap),
            info,
        )
        frames = render_frames(plan, sample_times(plan, frames_per_row))
        for col, image in enumerate(frames):
            x = LABEL_W + col * (THUMB_W + GAP)
            p.drawImage(QRectF(x, y, THUMB_W, THUMB_H), image)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not sheet.save(str(path)):  # the format follows the suffix (.png)
        raise OSError(f"cannot write {path}")
    return path
