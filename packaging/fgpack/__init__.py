"""footgui's packaging helpers: bundle policy, manifest, icons, .deb, installers.

Named ``fgpack`` rather than ``packaging`` so that putting ``packaging/`` on
``sys.path`` never hides the PyPI ``packaging`` library pip and PyInstaller use.
"""
