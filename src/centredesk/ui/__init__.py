"""The Qt desktop program: main window, one module per screen, table models, dialogs.

Screens call services; they never build SQL or compute pay themselves.
"""
