"""Demo clips drawn by footgui itself: an articulated figure animated from data.

No stock footage exists for this routine, so every exercise's clip is rendered
from keyframes in ``resources/animations`` and encoded to WebM with a WebVTT cue
track. The package draws with QPainter (so it sits above the Qt line) and
encodes with PyAV, which only the ``demos`` extra installs: the app itself
never imports this package; it plays the committed files in ``assets/clips``.
"""
