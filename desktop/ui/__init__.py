"""Every widget and window. The only package (with desktop.ui.app) that imports Qt."""
