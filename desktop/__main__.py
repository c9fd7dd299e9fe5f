"""`python -m desktop` runs the same command as `keepsake`."""

from desktop.cli import main

raise SystemExit(main())
