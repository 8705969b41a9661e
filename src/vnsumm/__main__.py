"""``python -m vnsumm ...``: the same as the ``vnsumm`` command."""
import sys

from vnsumm.cli import main

sys.exit(main())
