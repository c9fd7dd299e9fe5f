"""`keepsake bench` and `keepsake eval`: what this PC measures (pipeline, avatar, journal) and the
safety eval's figures.
"""
