"""``python -m playground.eval``: the evaluation command line (:mod:`playground.eval.cli`)."""

import sys

from playground.eval.cli import main

sys.exit(main())
