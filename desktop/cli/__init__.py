"""The `keepsake` command: a parser, a dispatch table and a module per subcommand."""

from desktop.cli.parser import main

__all__ = ["main"]
