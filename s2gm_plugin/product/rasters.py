"""GeoTIFF (cloud-optimised) and JPEG2000 writers: one file per band or layer (spec section 5).

Each file is written to a hidden temporary name in its folder and renamed when complete.
No time stamp goes into the files, so the same order gives the same bytes.
"""
import os

import numpy as np
from osgeo import gdal

from .layers import for_format, spec_of

COG_BLOCK = 256


def _mem(grid, name, array, metadata, fmt="GeoTIFF"):
    spec, array = for_format(name, array, fmt)
    ds = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, spec.gdal_type)
    ds.SetGeoTransform(grid.geotransform)
    ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    band.WriteArray(np.ascontiguousarray(array, dtype=spec.dtype))
    band.SetDescription(name)
    if spec.nodata is not None:
        band.SetNoDataValue(spec.nodata)
    if spec.scale:
        band.SetScale(spec.scale)
        band.SetOffset(0.0)
    ds.SetMetadata({k: str(v) for k, v in sorted(metadata.items())})
    return ds


def _tmp(path):
    folder, base = os.path.split(path)
    return os.path.join(folder, ".%s.%d.tmp.%s" % (base, os.getpid(), base.rsplit(".", 1)[-1]))


def _remove(*paths):
    for p in paths:
        if os.path.exists(p):
            os.remove(p)


def write_cog(path, grid, name, array, metadata):
    """A cloud-optimised GeoTIFF (GDAL COG driver: 256 px tiles, DEFLATE, overviews while
    the image is larger than one tile; averaged for reflectance, nearest for classes)."""
    spec = spec_of(name)
    nearest = spec.categorical or spec.scale is None
    return _copy_as_cog(path, _mem(grid, name, array, metadata), nearest)


def _copy_as_cog(path, source, nearest):
    """``source`` (a MEM dataset) as a COG at ``path``: written to a hidden temporary name
    and renamed when complete; overviews nearest for classes, averaged otherwise."""
    options = ["COMPRESS=DEFLATE", "PREDICTOR=YES", "BLOCKSIZE=%d" % COG_BLOCK, "OVERVIEWS=AUTO",
               "OVERVIEW_RESAMPLING=%s" % ("NEAREST" if nearest else "AVERAGE"), "BIGTIFF=IF_SAFER"]
    tmp = _tmp(path)
    try:
        out = gdal.GetDriverByName("COG").CreateCopy(tmp, source, options=options)
        if out is None:
            raise RuntimeError("GDAL could not write %s" % path)
        out = None
        _remove(tmp + ".aux.xml")
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp, tmp + ".aux.xml")
        raise
    return path


def write_jp2(path, grid, name, array, metadata):
    """A lossless JPEG2000 through ``gdal.Translate`` (the JP2 driver cannot ``Create``). The
    georeference is in the GeoJP2/GMLJP2 boxes; no data, scale and band name are in the
    ``.jp2.aux.xml`` sidecar GDAL reads (delivered with the file) and repeated as
    ``S2GM_NODATA`` / ``S2GM_SCALE`` in the file's own GDAL metadata box."""
    spec, _stored = for_format(name, array, "JP2")
    tmp = _tmp(path)
    metadata = dict(metadata, S2GM_LAYER=name)
    if spec.nodata is not None:
        metadata["S2GM_NODATA"] = spec.nodata
    if spec.scale:
        metadata["S2GM_SCALE"] = spec.scale
    options = ["REVERSIBLE=YES", "QUALITY=100", "WRITE_METADATA=YES", "BLOCKXSIZE=1024", "BLOCKYSIZE=1024"]
    try:
        out = gdal.Translate(tmp, _mem(grid, name, array, metadata, "JP2"), format="JP2OpenJPEG",
                             creationOptions=options)
        if out is None:
            raise RuntimeError("GDAL could not write %s" % path)
        out = None
        if os.path.exists(tmp + ".aux.xml"):
            os.replace(tmp + ".aux.xml", path + ".aux.xml")
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp, tmp + ".aux.xml")
        raise
    return path


WRITERS = {"GeoTIFF": write_cog, "JP2": write_jp2}


def write_cog_bands(path, grid, gdal_type, bands, metadata, categorical=()):
    """A multi-band cloud-optimised GeoTIFF in the layout of an ``s2gm:composite`` output:
    ``bands`` = [(name, array, nodata, scale, offset)] of one data type; overviews averaged
    unless a band name is in ``categorical`` (then nearest). Written to a hidden temporary
    name and renamed when complete."""
    mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, len(bands), gdal_type)
    mem.SetGeoTransform(grid.geotransform)
    mem.SetProjection(grid.crs_wkt)
    for i, (name, array, nodata, scale, offset) in enumerate(bands, start=1):
        band = mem.GetRasterBand(i)
        band.WriteArray(np.ascontiguousarray(array))
        band.SetDescription(name)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if scale:
            band.SetScale(scale)
            band.SetOffset(offset or 0.0)
    mem.SetMetadata({k: str(v) for k, v in sorted(metadata.items())})
    return _copy_as_cog(path, mem, any(name in categorical for name, *_rest in bands))
