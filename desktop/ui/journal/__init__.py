"""The journal: its view, the entry and export dialogs, the export actions and PDF."""
