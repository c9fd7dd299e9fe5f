"""Usage limits, therapist PIN, crisis-language detection and support resources."""
