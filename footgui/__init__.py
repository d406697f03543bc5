"""footgui: a desktop trainer for runners' foot and ankle strengthening."""

__version__ = "0.1.0"
