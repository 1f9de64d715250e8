"""Block-wise GeoTIFF writer that never leaves a half-written product behind.

Data goes to a hidden temporary file next to the target; ``commit()`` builds overviews
and renames it into place; ``discard()`` (cancel or failure) removes it.
``write_rows_vrt`` joins rasters of consecutive grid rows (the blocks of a Dask run) into
one VRT of the whole grid.
"""
import os
from xml.sax.saxutils import escape

import numpy as np
from osgeo import gdal

# No NUM_THREADS: with GDAL 3.6.2, multi-threaded compression deadlocked while building the
# overviews of a full 10980 px tile (seen in bench/bench_tile.py); the gain was ~3 %.
GTIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE",
                 "PREDICTOR=2", "BIGTIFF=IF_SAFER", "INTERLEAVE=BAND"]


def temp_name(path):
    folder, name = os.path.split(os.path.abspath(path))
    return os.path.join(folder, ".%s.s2gm-%d.tmp.tif" % (name, os.getpid()))


class BlockWriter:
    def __init__(self, path, grid, band_names, gdal_type, nodata, scales=None, metadata=None, overviews=True):
        self.path = os.path.abspath(path)
        folder = os.path.dirname(self.path)
        if folder and not os.path.isdir(folder):
            os.makedirs(folder, exist_ok=True)
        self.tmp = temp_name(self.path)
        drv = gdal.GetDriverByName("GTiff")
        self.ds = drv.Create(self.tmp, grid.width, grid.height, len(band_names), gdal_type, GTIFF_OPTIONS)
        if self.ds is None:
            raise RuntimeError("cannot create %s" % self.tmp)
        self.ds.SetGeoTransform(grid.geotransform)
        self.ds.SetProjection(grid.crs_wkt)
        for i, name in enumerate(band_names, start=1):
            band = self.ds.GetRasterBand(i)
            band.SetDescription(name)
            if nodata is not None:
                band.SetNoDataValue(nodata)
            if scales and scales.get(name):
                band.SetScale(scales[name])
                band.SetOffset(0.0)
        if metadata:
            self.ds.SetMetadata({k: str(v) for k, v in metadata.items()})
        self.names = list(band_names)
        self.overviews = overviews
        self.dtype = np.dtype({gdal.GDT_UInt16: "uint16", gdal.GDT_Int32: "int32",
                               gdal.GDT_Byte: "uint8"}[gdal_type])

    def write(self, name, col_off, row_off, array):
        band = self.ds.GetRasterBand(self.names.index(name) + 1)
        band.WriteArray(np.ascontiguousarray(array, dtype=self.dtype), col_off, row_off)

    def commit(self):
        ds = self.ds
        if self.overviews and max(ds.RasterXSize, ds.RasterYSize) > 512:
            levels, size = [], max(ds.RasterXSize, ds.RasterYSize)
            f = 2
            while size / f >= 256:
                levels.append(f)
                f *= 2
            ds.BuildOverviews("NEAREST", levels)
        ds.FlushCache()
        self.ds = None
        ds = None
        os.replace(self.tmp, self.path)
        for leftover in (self.tmp + ".aux.xml", self.tmp + ".ovr"):
            if os.path.exists(leftover):
                os.remove(leftover)

    def discard(self):
        self.ds = None
        for leftover in (self.tmp, self.tmp + ".aux.xml", self.tmp + ".ovr"):
            if os.path.exists(leftover):
                os.remove(leftover)


def write_rows_vrt(path, grid, pieces):
    """A VRT of ``grid`` at ``path`` made of ``pieces`` = [(raster, first grid row)]: rasters
    as wide as the grid holding consecutive rows (same bands, types, no data). Each piece is
    placed at whole-pixel offsets (no resampling), so the VRT reads the pieces' values as
    they are; band descriptions, no data and scales are those of the first piece."""
    sizes = []
    for piece, row0 in pieces:
        ds = gdal.Open(piece)
        if ds.RasterXSize != grid.width or row0 + ds.RasterYSize > grid.height:
            raise RuntimeError("%s does not fit rows %d.. of the grid" % (piece, row0))
        sizes.append((os.path.abspath(piece), row0, ds.RasterYSize))
    first = gdal.Open(pieces[0][0])
    vrt = gdal.GetDriverByName("VRT").Create(path, grid.width, grid.height, 0)
    vrt.SetGeoTransform(grid.geotransform)
    vrt.SetProjection(grid.crs_wkt)
    for i in range(1, first.RasterCount + 1):
        src = first.GetRasterBand(i)
        vrt.AddBand(src.DataType)
        band = vrt.GetRasterBand(i)
        band.SetDescription(src.GetDescription())
        if src.GetNoDataValue() is not None:
            band.SetNoDataValue(src.GetNoDataValue())
        if src.GetScale() not in (None, 1.0):
            band.SetScale(src.GetScale())
            band.SetOffset(src.GetOffset() or 0.0)
        for k, (piece, row0, height) in enumerate(sizes):
            band.SetMetadataItem("source_%d" % k, (
                '<SimpleSource><SourceFilename relativeToVRT="0">%s</SourceFilename>'
                '<SourceBand>%d</SourceBand>'
                '<SrcRect xOff="0" yOff="0" xSize="%d" ySize="%d"/>'
                '<DstRect xOff="0" yOff="%d" xSize="%d" ySize="%d"/></SimpleSource>'
                % (escape(piece), i, grid.width, height, row0, grid.width, height)), "new_vrt_sources")
    vrt.FlushCache()
    vrt = None
    return path
