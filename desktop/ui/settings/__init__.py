"""Settings: the dialog, the model manager, the data actions (backup, restore, erase), copies kept
aside, the audio check.
"""
