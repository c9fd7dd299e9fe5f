"""Domain types and plain logic. Imports nothing outside the standard library."""
