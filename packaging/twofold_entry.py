"""Entry script for the frozen application (PyInstaller)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
