"""Keepsake: private, offline conversations with a portrait of someone you lost."""

__version__ = "0.1.0"
