"""The diary: entry forms, the history table, shoes, undo, export and import.

``page.DiaryPage`` assembles the parts; ``actions.DiaryActions`` is the one
way they write, so every change is committed, announced and undoable.
"""
