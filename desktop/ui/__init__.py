"""Every widget and window. The only package (with desktop.app) that imports Qt."""
