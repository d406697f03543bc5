"""The Today page and its parts: cards, dialogs, and the login autostart file."""
