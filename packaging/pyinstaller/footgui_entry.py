"""The frozen app's entry script: the same ``main()`` as the ``footgui`` command.

Kept outside the package so PyInstaller does not put ``footgui/`` itself on
the module path (which would make its modules importable under two names).
"""

import sys

from footgui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
