"""Persistence: SQLite (or any SQLAlchemy URL) through typed models and repositories.

Modules: ``models`` (tables), ``db`` (open, migrate, sessions), ``backup``
(online SQLite copies), ``repos`` (one short transaction per call) and
``demo_data`` (a synthetic history). Nothing here imports Qt; importing this
package imports nothing heavy, so ``footgui --help`` stays quick.
"""
