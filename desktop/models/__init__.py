"""Known models, where they are installed, and whether their files are intact."""
