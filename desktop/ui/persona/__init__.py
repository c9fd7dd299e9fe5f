"""Personas: the portrait wall, the editor that creates one, its page and forms, the face points."""
