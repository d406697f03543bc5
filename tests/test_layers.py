"""The decision layers (core, store) must run without Qt: block it and import them all."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")

    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} imported by a Qt-free layer")
            return None

    sys.meta_path.insert(0, Block())
    import footgui.core, footgui.store
    names = []
    for pkg in (footgui.core, footgui.store):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if ".migrations" in info.name:
                continue
            importlib.import_module(info.name)
            names.append(info.name)
    print(len(names))
    """
)


def test_core_and_store_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 4  # catalog, program, models, db at least


def test_the_block_catches_a_qt_import(tmp_path) -> None:
    """The guard above would fail if a core module imported Qt (it cannot pass vacuously)."""
    bad = tmp_path / "badmod.py"
    bad.write_text("import PySide6.QtCore\n")
    script = SCRIPT.split("sys.meta_path.insert(0, Block())")[0] + (
        f"sys.meta_path.insert(0, Block())\nsys.path.insert(0, {str(tmp_path)!r})\nimport badmod\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode != 0
    assert "imported by a Qt-free layer" in result.stderr
