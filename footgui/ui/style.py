"""The app's look: sized to be read on a laptop on the floor from a few metres.

Colours come from the palette so that the system's light or dark scheme
carries through; only sizes, spacing and a few accents are fixed here.
"""

from __future__ import annotations

ACCENT = "#2a7de1"

STYLE = f"""
QWidget {{ font-size: 15px; }}
#navRail {{ background: palette(alternate-base); border-right: 1px solid palette(mid); }}
#navButton {{
    font-size: 17px; font-weight: 600; padding: 14px 18px; min-width: 118px;
    border: none; border-radius: 8px; text-align: left;
}}
#navButton:checked {{ background: {ACCENT}; color: white; }}
#navButton:hover:!checked {{ background: palette(midlight); }}
#navButton:focus {{ outline: 2px solid {ACCENT}; }}
#pageTitle {{ font-size: 30px; font-weight: 700; padding-bottom: 8px; }}
#sectionTitle {{ font-size: 20px; font-weight: 700; padding-top: 6px; }}
#comingNote {{ font-size: 20px; color: palette(placeholder-text); }}
#muted {{ color: palette(placeholder-text); }}
QPushButton {{ padding: 8px 16px; }}
QListView::item {{ padding: 6px 6px; }}
QLineEdit, QComboBox {{ padding: 6px 8px; min-height: 26px; }}
"""
