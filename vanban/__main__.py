"""python -m vanban: the same as the `vanban` command."""
import sys

from vanban.cli import main

sys.exit(main())
