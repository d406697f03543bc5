"""The app's look: sized to be read on a laptop on the floor from a few metres.

Colours come from the palette so that the system's light or dark scheme
carries through; only sizes, spacing and a few accents are fixed here.
``build_style`` adds the large-text rules for the Session page (setting
``look/large_text``) and a focus ring that is visible in both schemes, so
keyboard users always see where they are.
"""

from __future__ import annotations

ACCENT = "#2a7de1"
ACCENT_DARK = "#4b9bf0"  # lighter on a dark window so the focus ring keeps its contrast

_BASE = """
QWidget {{ font-size: 15px; }}
#navRail {{ background: palette(alternate-base); border-right: 1px solid palette(mid); }}
#navButton {{
    font-size: 17px; font-weight: 600; padding: 14px 18px; min-width: 118px;
    border: 2px solid transparent; border-radius: 8px; text-align: left;
}}
#navButton:checked {{ background: {accent}; color: white; }}
#navButton:hover:!checked {{ background: palette(midlight); }}
#navButton:focus {{ border: 2px solid {focus}; }}
#pageTitle {{ font-size: 30px; font-weight: 700; padding-bottom: 8px; }}
#sectionTitle {{ font-size: 20px; font-weight: 700; padding-top: 6px; }}
#comingNote {{ font-size: 20px; color: palette(placeholder-text); }}
#muted {{ color: palette(placeholder-text); }}
#errorNote {{ color: {error}; font-weight: 600; }}
#okNote {{ color: {ok}; font-weight: 600; }}
QPushButton {{
    padding: 8px 16px; border: 1px solid palette(mid); border-radius: 6px;
    background: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ background: palette(midlight); }}
QPushButton:pressed, QPushButton:checked {{ background: palette(mid); }}
QPushButton:default {{ border: 1px solid {accent}; }}
QPushButton:focus {{ border: 2px solid {focus}; }}
QPushButton:disabled {{ color: palette(placeholder-text); background: palette(window); }}
QToolButton:focus {{ border: 2px solid {focus}; border-radius: 6px; }}
QListView::item {{ padding: 6px 6px; }}
QLineEdit, QComboBox {{ padding: 6px 8px; min-height: 26px; }}
QLineEdit:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QAbstractItemView:focus, QSlider:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QCheckBox, QRadioButton {{ spacing: 8px; border: 2px solid transparent; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QTabBar::tab {{ padding: 8px 16px; }}
QTabBar::tab:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QToolTip {{ color: palette(tooltip-text); background: palette(tooltip-base);
    border: 1px solid palette(mid); padding: 4px; }}
"""

# Large text on the Session page: what is read from the floor while exercising.
# Only text grows, not buttons: the session's control row must still fit a
# laptop screen. Widgets that set their own font size in code are scaled by the
# page itself (it reads ``look/large_text``); these rules cover everything else.
_LARGE_SESSION = """
#page_session QLabel, #page_session QListView, #page_session QComboBox {{
    font-size: {body}px;
}}
#page_session #pageTitle {{ font-size: {title}px; }}
#page_session #sectionTitle {{ font-size: {section}px; }}
"""


def build_style(*, large_text: bool = False, dark: bool = False, scale: float = 1.4) -> str:
    """The stylesheet for the current scheme; ``scale`` sizes large-text mode."""
    style = _BASE.format(
        accent=ACCENT,
        focus=ACCENT_DARK if dark else ACCENT,
        error="#ff8a80" if dark else "#b03a2e",
        ok="#81c784" if dark else "#1e7d32",
    )
    if large_text:
        style += _LARGE_SESSION.format(
            body=round(15 * scale), title=round(30 * scale), section=round(20 * scale)
        )
    return style


STYLE = build_style()
