"""Sources of L2A scenes. ``discover(path)`` reads local folders and JSON files."""
from .local import Discovery, discover  # noqa: F401
