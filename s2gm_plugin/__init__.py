"""S2GM Mosaic engine: Sentinel-2 L2A -> S2GM composites.

Plain Python package. Nothing under ``s2gm_plugin`` imports ``qgis``: the same code runs
in the QGIS Python console, in ``qgis_process``, in a Dask worker and in plain pytest.
Heavy optional packages (numba, rasterio, netCDF4) are imported lazily where used.
"""

__version__ = "0.1.0"
