"""Shared pieces of the interface: theme, calm error messages, confirmations, small dialogs."""
