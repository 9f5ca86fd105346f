"""``python -m mapper``: the same command line as ``mapper``, for when the script is not on
the PATH (a venv not activated, a benchmark starting the app with its own interpreter)."""

import sys

from mapper.cli import main

sys.exit(main())
