"""Windowed reads of scene files onto the output grid (spec section 4).

One ``WindowReader`` per file: it returns, for a window of the output grid, the file's DN
values resampled by georeference -- nearest neighbour for upsampling and class layers
(original values kept), the mean of the valid source pixels of each block for
downsampling. Files in another CRS go through a GDAL warped VRT onto the output grid.
"""
import numpy as np
from osgeo import gdal

from .raster import open_raster, same_crs


class ReadError(Exception):
    """A file failed while being read; the pipeline rejects its scene and goes on."""

    def __init__(self, path, message):
        super().__init__(message)
        self.path = path


class WindowReader:
    def __init__(self, path, info, grid, categorical, nodata, ds=None):
        self.path = path
        self.grid = grid
        self.categorical = categorical
        self.nodata = nodata
        ds = ds or open_raster(path)
        if not same_crs(info.crs_wkt, grid.crs_wkt):
            ds = self._warp(ds, info)
            gt = ds.GetGeoTransform()
        else:
            gt = info.geotransform
        self.ds = ds
        self.band = ds.GetRasterBand(1)
        self.sx0, self.sres, self.sy0 = gt[0], gt[1], gt[3]
        self.sw, self.sh = ds.RasterXSize, ds.RasterYSize
        self.fill = 0 if nodata is None else nodata
        ratio = grid.res / self.sres
        offx = (grid.x0 - self.sx0) / self.sres
        offy = (self.sy0 - grid.y0) / self.sres
        # integer block mean when the grid is a whole multiple of the source, aligned
        self.block = int(round(ratio)) if (not categorical and ratio > 1.0 + 1e-9
                                           and abs(ratio - round(ratio)) < 1e-6
                                           and abs(offx - round(offx)) < 1e-6
                                           and abs(offy - round(offy)) < 1e-6) else 0
        self.mean_unaligned = (not categorical and ratio > 1.0 + 1e-9 and not self.block)
        if self.mean_unaligned:
            # downsampling on a grid that does not nest: let GDAL average onto the grid
            self.ds = self._warp(ds, info, same_grid=True)
            self.band = self.ds.GetRasterBand(1)
            gt = self.ds.GetGeoTransform()
            self.sx0, self.sres, self.sy0 = gt[0], gt[1], gt[3]
            self.sw, self.sh = self.ds.RasterXSize, self.ds.RasterYSize

    def _warp(self, ds, info, same_grid=False):
        g = self.grid
        alg = "near" if (self.categorical or (info.res >= g.res and not same_grid)) else "average"
        opts = gdal.WarpOptions(format="VRT", dstSRS=g.crs_wkt, outputBounds=g.bounds,
                                xRes=g.res, yRes=g.res, resampleAlg=alg,
                                srcNodata=self.nodata, dstNodata=self.nodata if self.nodata is not None else 0)
        out = gdal.Warp("", ds, options=opts)
        if out is None:
            raise ReadError(self.path, "cannot reproject %s onto the output grid" % self.path)
        return out

    def read(self, col_off, row_off, width, height):
        """DN array (height, width) of the window; ``fill`` where the file has no pixel."""
        try:
            if self.block:
                return self._read_block_mean(col_off, row_off, width, height)
            return self._read_nearest(col_off, row_off, width, height)
        except RuntimeError as exc:
            raise ReadError(self.path, "reading %s failed: %s" % (self.path, str(exc).strip()))

    def _source_index(self, col_off, row_off, width, height):
        g = self.grid
        xs = g.x0 + (np.arange(col_off, col_off + width) + 0.5) * g.res
        ys = g.y0 - (np.arange(row_off, row_off + height) + 0.5) * g.res
        cols = np.floor((xs - self.sx0) / self.sres + 1e-9).astype(np.int64)
        rows = np.floor((self.sy0 - ys) / self.sres + 1e-9).astype(np.int64)
        return cols, rows

    def _read_nearest(self, col_off, row_off, width, height):
        cols, rows = self._source_index(col_off, row_off, width, height)
        ok_c = (cols >= 0) & (cols < self.sw)
        ok_r = (rows >= 0) & (rows < self.sh)
        dtype = gdal_array_dtype(self.band.DataType)
        if not ok_c.any() or not ok_r.any():
            return np.full((height, width), self.fill, dtype=dtype)
        c0, c1 = cols[ok_c].min(), cols[ok_c].max()
        r0, r1 = rows[ok_r].min(), rows[ok_r].max()
        src = self.band.ReadAsArray(int(c0), int(r0), int(c1 - c0 + 1), int(r1 - r0 + 1))
        if src is None:
            raise RuntimeError("no data returned")
        # two one-axis gathers: about 4x faster than one np.ix_ gather
        sub = src.take(rows[ok_r] - r0, axis=0).take(cols[ok_c] - c0, axis=1)
        if ok_r.all() and ok_c.all():
            return sub
        out = np.full((height, width), self.fill, dtype=dtype)
        out[np.ix_(ok_r, ok_c)] = sub
        return out

    def _read_block_mean(self, col_off, row_off, width, height):
        k = self.block
        g = self.grid
        sc0 = int(round((g.x0 - self.sx0) / self.sres)) + col_off * k
        sr0 = int(round((self.sy0 - g.y0) / self.sres)) + row_off * k
        dtype = gdal_array_dtype(self.band.DataType)
        big = np.full((height * k, width * k), self.fill, dtype=dtype)
        # clip the source window to the file
        c0, r0 = max(sc0, 0), max(sr0, 0)
        c1, r1 = min(sc0 + width * k, self.sw), min(sr0 + height * k, self.sh)
        if c1 > c0 and r1 > r0:
            src = self.band.ReadAsArray(c0, r0, c1 - c0, r1 - r0)
            if src is None:
                raise RuntimeError("no data returned")
            big[r0 - sr0:r1 - sr0, c0 - sc0:c1 - sc0] = src
        blocks = big.reshape(height, k, width, k).astype(np.float64)
        valid = blocks != self.fill
        count = valid.sum(axis=(1, 3))
        total = np.where(valid, blocks, 0.0).sum(axis=(1, 3))
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(count > 0, np.rint(total / np.maximum(count, 1)), self.fill)
        return mean.astype(dtype)


def gdal_array_dtype(gdal_type):
    from osgeo import gdal_array
    return np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(gdal_type))
