"""The animated portrait: face rig from a photo, visemes, blink and breath, frame rendering."""
