"""What the window and the commands share, without Qt: paths, the model adapters, importing a
persona, the grounded planner, the call session, opening the vault headless, doctor.
"""
