"""Lets `python -m desktop` behave like the `twofold` command."""

import sys

from desktop.app import main

sys.exit(main())
