"""NetCDF-CF 1.8 writer (``netCDF4``): one file per period, ``(time, y, x)`` variables per
band and quality layer, ``time`` + ``time_bnds``, ``x``/``y`` coordinates and a ``crs`` grid
mapping, scale and fill attributes, CF global attributes (spec section 5).

``time`` is the first day of the period (days since 1970-01-01), ``time_bnds`` the period
[start, end + 1 day). A folder of periods opens as one cube with ``xarray.open_mfdataset``.
"""
import os

import numpy as np
from osgeo import osr

from ..errors import Cancelled
from ..raster import srs_from
from .layers import REFLECTANCE, spec_of

EPOCH_UNITS = "days since 1970-01-01 00:00:00"


def _grid_mapping(var, crs_wkt):
    srs = srs_from(crs_wkt)
    var.crs_wkt = srs.ExportToWkt()
    var.spatial_ref = srs.ExportToWkt()  # what GDAL reads
    var.semi_major_axis = srs.GetSemiMajor()
    var.inverse_flattening = srs.GetInvFlattening()
    var.longitude_of_prime_meridian = 0.0
    if srs.IsGeographic():
        var.grid_mapping_name = "latitude_longitude"
        return
    var.grid_mapping_name = "transverse_mercator"
    var.longitude_of_central_meridian = srs.GetProjParm(osr.SRS_PP_CENTRAL_MERIDIAN)
    var.latitude_of_projection_origin = srs.GetProjParm(osr.SRS_PP_LATITUDE_OF_ORIGIN)
    var.scale_factor_at_central_meridian = srs.GetProjParm(osr.SRS_PP_SCALE_FACTOR)
    var.false_easting = srs.GetProjParm(osr.SRS_PP_FALSE_EASTING)
    var.false_northing = srs.GetProjParm(osr.SRS_PP_FALSE_NORTHING)
    var.projected_crs_name = srs.GetName()


def write_netcdf(path, grid, period, layers, attrs, is_cancelled=lambda: False):
    """``layers``: ordered {name: 2-D array in S2GM's type}; ``attrs``: global attributes."""
    import netCDF4  # heavy, imported when used

    folder, base = os.path.split(path)
    tmp = os.path.join(folder, ".%s.%d.tmp.nc" % (base, os.getpid()))
    geographic = srs_from(grid.crs_wkt).IsGeographic()
    try:
        with netCDF4.Dataset(tmp, "w", format="NETCDF4") as nc:
            nc.setncatts({k: attrs[k] for k in sorted(attrs)})
            nc.createDimension("time", 1)
            nc.createDimension("nv", 2)
            nc.createDimension("y", grid.height)
            nc.createDimension("x", grid.width)
            t = nc.createVariable("time", "f8", ("time",))
            t.standard_name = "time"
            t.long_name = "start of the period"
            t.units = EPOCH_UNITS
            t.calendar = "standard"
            t.bounds = "time_bnds"
            t.axis = "T"
            epoch = np.datetime64("1970-01-01")
            start = (np.datetime64(period.start.isoformat()) - epoch).astype(int)
            end = (np.datetime64(period.end.isoformat()) - epoch).astype(int) + 1
            t[:] = [start]
            tb = nc.createVariable("time_bnds", "f8", ("time", "nv"))
            tb[:] = [[start, end]]
            x = nc.createVariable("x", "f8", ("x",))
            y = nc.createVariable("y", "f8", ("y",))
            x[:] = grid.x0 + (np.arange(grid.width) + 0.5) * grid.res
            y[:] = grid.y0 - (np.arange(grid.height) + 0.5) * grid.res
            if geographic:
                x.standard_name, x.long_name, x.units = "longitude", "longitude", "degrees_east"
                y.standard_name, y.long_name, y.units = "latitude", "latitude", "degrees_north"
            else:
                x.standard_name, x.long_name, x.units = "projection_x_coordinate", "easting", "m"
                y.standard_name, y.long_name, y.units = "projection_y_coordinate", "northing", "m"
            x.axis, y.axis = "X", "Y"
            crs = nc.createVariable("crs", "i4")
            _grid_mapping(crs, grid.crs_wkt)
            chunk = (1, min(grid.height, 512), min(grid.width, 512))
            for name, array in layers.items():
                if is_cancelled():
                    raise Cancelled("Cancelled by the user; no half product was left.")
                spec = spec_of(name)
                fill = spec.nodata if spec.nodata is not None else False
                v = nc.createVariable(name, spec.dtype, ("time", "y", "x"), zlib=True, complevel=4,
                                      shuffle=True, chunksizes=chunk, fill_value=fill)
                v.set_auto_maskandscale(False)
                v.long_name = spec.long_name
                v.units = spec.units
                if spec is REFLECTANCE:
                    v.standard_name = "surface_bidirectional_reflectance"
                    v.band = name
                if spec.scale:
                    v.scale_factor = np.float64(spec.scale)
                    v.add_offset = np.float64(0.0)
                if name == "method":
                    v.flag_values = np.array([0, 1, 2], dtype="uint8")
                    v.flag_meanings = "none STC MEDOID"
                v.grid_mapping = "crs"
                v.coordinates = "time y x"
                v[0, :, :] = np.asarray(array, dtype=spec.dtype)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path

