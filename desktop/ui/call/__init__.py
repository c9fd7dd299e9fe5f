"""The call: its screen, the portrait widget, the crisis panel, the mood check-in, the engine
bridge.
"""
