"""Output tile QC (spec section 5): every written file is re-opened and checked before the
product is delivered: grid, CRS, type, no data, the pixels equal what was meant to be
written, value ranges, COG layout; per-layer statistics and SHA-256 checksums."""
import hashlib
import os

import numpy as np
from osgeo import gdal

from ..raster import srs_from
from .layers import decode, for_format, spec_of


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def layer_statistics(name, stored):
    values = decode(name, stored)
    good = np.isfinite(values)
    n = int(good.sum())
    stats = {"valid_pixels": n, "nodata_fraction": round(1.0 - n / max(values.size, 1), 6)}
    if n:
        v = values[good]
        stats.update(min=float(v.min()), max=float(v.max()), mean=round(float(v.mean()), 6),
                     std=round(float(v.std()), 6))
    return stats


def _range_problems(name, stored):
    spec = spec_of(name)
    values = decode(name, stored)
    good = values[np.isfinite(values)]
    if good.size and spec.valid_max is not None and good.max() > spec.valid_max + 1e-9:
        return ["%s: value %.4g above the valid maximum %.4g" % (name, good.max(), spec.valid_max)]
    if good.size and good.min() < 0 and name != "source_date":
        return ["%s: negative value %.4g" % (name, good.min())]
    return []


def check_raster(path, grid, name, expected, fmt):
    """Problems found in one GeoTIFF / JP2 layer file (empty list = passed)."""
    problems = []
    ds = gdal.OpenEx(path, gdal.OF_RASTER) if os.path.exists(path) else None
    if ds is None:
        return ["%s: cannot be opened" % os.path.basename(path)]
    spec, expected = for_format(name, expected, fmt)
    base = os.path.basename(path)
    if (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) != (grid.width, grid.height, 1):
        problems.append("%s: size %dx%dx%d, expected %dx%dx1" % (base, ds.RasterXSize, ds.RasterYSize,
                                                                 ds.RasterCount, grid.width, grid.height))
        return problems
    if any(abs(a - b) > 1e-9 * max(1.0, abs(b)) for a, b in zip(ds.GetGeoTransform(), grid.geotransform)):
        problems.append("%s: geotransform %s, expected %s" % (base, ds.GetGeoTransform(), grid.geotransform))
    if not srs_from(ds.GetProjection() or "EPSG:4326").IsSame(srs_from(grid.crs_wkt)):
        problems.append("%s: CRS differs from the product grid" % base)
    band = ds.GetRasterBand(1)
    if band.DataType != spec.gdal_type:
        problems.append("%s: data type %s, expected %s" % (base, gdal.GetDataTypeName(band.DataType), spec.dtype))
    if spec.nodata is not None and band.GetNoDataValue() != spec.nodata:
        problems.append("%s: no-data value %s, expected %s" % (base, band.GetNoDataValue(), spec.nodata))
    if spec.scale and abs((band.GetScale() or 0) - spec.scale) > 1e-12:
        problems.append("%s: scale %s, expected %s" % (base, band.GetScale(), spec.scale))
    stored = band.ReadAsArray()
    if not np.array_equal(stored, expected):
        problems.append("%s: pixels read back differ from the composite (%d pixels)"
                        % (base, int(np.count_nonzero(stored != expected))))
    if spec is spec_of(name):
        problems += _range_problems(name, stored)
    if fmt == "GeoTIFF":
        problems += cog_problems(path)
    return problems


def cog_problems(path):
    """Errors of GDAL's cloud-optimised GeoTIFF validator (tiles, overviews, IFD order)."""
    try:
        from osgeo_utils.samples.validate_cloud_optimized_geotiff import validate
    except ImportError:  # pragma: no cover - Debian's python3-gdal ships it
        ds = gdal.Open(path)
        layout = ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE")
        return [] if layout == "COG" else ["%s: not a cloud-optimised GeoTIFF" % os.path.basename(path)]
    try:
        _warnings, errors, _details = validate(path, full_check=True)
    except Exception as exc:  # noqa: BLE001 - the validator raises on non-TIFF input
        errors = [str(exc)]
    return ["%s: COG: %s" % (os.path.basename(path), e) for e in errors]


def check_netcdf(path, grid, layers):
    import netCDF4

    base = os.path.basename(path)
    try:
        nc = netCDF4.Dataset(path)
    except OSError as exc:
        return ["%s: cannot be opened (%s)" % (base, exc)]
    problems = []
    with nc:
        if nc.getncattr("Conventions") != "CF-1.8":
            problems.append("%s: Conventions is not CF-1.8" % base)
        for var in ("time", "time_bnds", "x", "y", "crs"):
            if var not in nc.variables:
                problems.append("%s: variable %s missing" % (base, var))
        for name, expected in layers.items():
            if name not in nc.variables:
                problems.append("%s: variable %s missing" % (base, name))
                continue
            v = nc.variables[name]
            v.set_auto_maskandscale(False)
            if v.dimensions != ("time", "y", "x") or v.shape != (1, grid.height, grid.width):
                problems.append("%s: %s has dims %s %s" % (base, name, v.dimensions, v.shape))
                continue
            stored = v[0, :, :]
            if not np.array_equal(np.asarray(stored), expected):
                problems.append("%s: %s read back differs from the composite" % (base, name))
            problems += _range_problems(name, np.asarray(stored))
    return problems
