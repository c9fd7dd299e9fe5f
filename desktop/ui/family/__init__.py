"""Screens for the family: recording one's own portrait, sharing a portrait, sealed messages."""
