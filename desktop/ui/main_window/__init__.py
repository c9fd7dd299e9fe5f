"""The main window: the window itself, its menus, the start-up work, the vault session and the
calls.
"""
