"""Helpers for the engine tests: independent reads of real inputs onto an output grid."""
import os
import shutil

import numpy as np
from osgeo import gdal

gdal.UseExceptions()


def read_on_grid(path, ref_path, band=1, resample="near"):
    """Values of ``path`` resampled (GDAL warp, nearest by default) onto the grid of the
    raster ``ref_path``: an independent path to compare the pipeline with."""
    ref = gdal.Open(str(ref_path))
    gt = ref.GetGeoTransform()
    bounds = (gt[0], gt[3] + gt[5] * ref.RasterYSize, gt[0] + gt[1] * ref.RasterXSize, gt[3])
    out = gdal.Warp("", str(path), format="MEM", outputBounds=bounds, xRes=gt[1], yRes=-gt[5],
                    dstSRS=ref.GetProjection(), resampleAlg=resample, srcNodata=None, dstNodata=None)
    return out.GetRasterBand(band).ReadAsArray()


def band_arrays(path):
    ds = gdal.Open(str(path))
    return {ds.GetRasterBand(i).GetDescription(): ds.GetRasterBand(i).ReadAsArray()
            for i in range(1, ds.RasterCount + 1)}


def copy_safe_renamed(src_safe, dst_parent, old_date, new_date):
    """Copy a SAFE product, renaming every path component that holds ``old_date`` so it
    becomes a distinct scene (same pixels, another sensing day)."""
    name = os.path.basename(str(src_safe)).replace(old_date, new_date)
    dst = os.path.join(str(dst_parent), name)
    shutil.copytree(str(src_safe), dst)
    for dirpath, dirs, files in os.walk(dst, topdown=False):
        for f in files + dirs:
            if old_date in f:
                os.rename(os.path.join(dirpath, f), os.path.join(dirpath, f.replace(old_date, new_date)))
    return dst


def find(root, pattern):
    for dirpath, _dirs, files in os.walk(str(root)):
        for f in files:
            if pattern in f:
                return os.path.join(dirpath, f)
    raise FileNotFoundError(pattern)


def write_like(path, ref_path, array, driver="JP2OpenJPEG"):
    """Write ``array`` with the georeference of ``ref_path`` (JP2 lossless or GTiff)."""
    ref = gdal.Open(str(ref_path))
    mem = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1,
                                             ref.GetRasterBand(1).DataType)
    mem.SetGeoTransform(ref.GetGeoTransform())
    mem.SetProjection(ref.GetProjection())
    mem.GetRasterBand(1).WriteArray(array)
    opts = ["REVERSIBLE=YES", "QUALITY=100"] if driver == "JP2OpenJPEG" else ["TILED=YES", "COMPRESS=DEFLATE"]
    if os.path.exists(str(path)):
        os.remove(str(path))
    gdal.GetDriverByName(driver).CreateCopy(str(path), mem, options=opts)
    for side in (str(path) + ".aux.xml",):
        if os.path.exists(side):
            os.remove(side)


def medoid_brute(x):
    """x (n, B) -> index of the medoid (ties to the earliest)."""
    d = np.sqrt(((x[:, None, :].astype(np.float64) - x[None, :, :]) ** 2).sum(-1)).sum(1)
    return int(np.argmin(d)), d
