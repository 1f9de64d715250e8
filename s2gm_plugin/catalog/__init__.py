"""Sources of L2A scenes. ``discover(path)`` reads local folders and JSON files;
``discover_remote(url, ...)`` searches a STAC API (``stac_api``)."""
from .local import Discovery, discover  # noqa: F401
from .stac_api import discover_remote, is_catalog_url  # noqa: F401
