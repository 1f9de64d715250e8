"""S2GM Mosaic QGIS plugin entry point.

QGIS calls :func:`classFactory` with the interface when it loads the plugin in the desktop
application, and with ``None`` when ``qgis_process`` loads it only to get the Processing
provider (``initProcessing``). Nothing heavy is imported here: numba, rasterio and netCDF4
are imported by the engine when an algorithm runs.
"""
import os


def _set_numba_cache_dir():
    """Point numba's on-disk cache at the QGIS profile (the plugin folder may be read-only).

    Must run before anything imports numba; a value the user set already wins.
    """
    if os.environ.get("NUMBA_CACHE_DIR"):
        return
    try:
        from qgis.core import QgsApplication
        settings_dir = QgsApplication.qgisSettingsDirPath()
    except Exception:  # pragma: no cover - QGIS not initialised
        return
    if settings_dir:
        os.environ["NUMBA_CACHE_DIR"] = os.path.join(settings_dir, "cache", "s2gm_numba")


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Return the plugin instance; ``iface`` may be None (qgis_process, tests)."""
    _set_numba_cache_dir()
    from .plugin import S2GMMosaicPlugin

    return S2GMMosaicPlugin(iface)
