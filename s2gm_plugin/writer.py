"""Block-wise GeoTIFF writer that never leaves a half-written product behind.

Data goes to a hidden temporary file next to the target; ``commit()`` renames it into
place; ``discard()`` (cancel or failure) removes it. Overviews are written with the data:
each window written also fills the pixels of every overview level that it holds, picked
exactly as GDAL's NEAREST overview resampling picks them (see ``nearest_sources``), so no
pass over the finished file is needed (that pass re-read and decompressed the whole raster
after the last window: about 20 s of a full 10980 px tile, on the critical path).

Every tile of the raster and of its overviews reaches GDAL whole, in one piece: the parts
of a tile that a window holds are gathered here until the tile is complete. The
composite's windows are narrower than a tile and GDAL's cache is busy with the inputs, so
a half-filled tile handed to GDAL could be evicted, compressed and written, then read back,
completed and written again; the first copy stays in the file as dead space (a full
10980 px tile: 206 MB of files for 164 MB of content; now 164 MB).
``write_rows_vrt`` joins rasters of consecutive grid rows (the blocks of a Dask run) into
one VRT of the whole grid.
"""
import os
from xml.sax.saxutils import escape

import numpy as np
from osgeo import gdal

# No NUM_THREADS: with GDAL 3.6.2, multi-threaded compression deadlocked while building the
# overviews of a full 10980 px tile (seen in bench/bench_tile.py); the gain was ~3 %.
# ZLEVEL=3 rather than DEFLATE's default 6: on composite outputs about 2x faster to write
# (1.2 s instead of 2.8 s for 10 bands of 10980 x 2048 px) for files 5 - 40 % larger, and the
# writing runs on the critical path (measured in bench/bench_tile.py).
TILE = 256
GTIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=%d" % TILE, "BLOCKYSIZE=%d" % TILE, "COMPRESS=DEFLATE", "ZLEVEL=3",
                 "PREDICTOR=2", "BIGTIFF=IF_SAFER", "INTERLEAVE=BAND"]


# Tiles being gathered, per file, at most (the composite of a full tile with 20 observations
# holds up to about 24 MB for the bands and 29 MB for the quality layers, mostly rows of
# tiles of the small overviews, which wait for several rows of windows); past it the
# oldest go to GDAL unfinished, as they did before.
MAX_OPEN_BYTES = 48 * 1024 * 1024


def temp_name(path):
    folder, name = os.path.split(os.path.abspath(path))
    return os.path.join(folder, ".%s.s2gm-%d.tmp.tif" % (name, os.getpid()))


def overview_factors(width, height):
    """Overview decimation factors 2, 4, ... down to about 256 px (none for small rasters)."""
    size = max(width, height)
    factors, f = [], 2
    if size <= 512:
        return factors
    while size / f >= 256:
        factors.append(f)
        f *= 2
    return factors


def nearest_sources(size, factor):
    """Source pixel of every pixel of an overview of ``size`` source pixels decimated by
    ``factor``: GDAL's NEAREST (GDAL 3.6, and a test checks it against the GDAL in use):
    the overview has ceil(size / factor) pixels and pixel i takes source pixel
    floor(0.5 + i * size / overview_size)."""
    n = (size + factor - 1) // factor
    return np.floor(0.5 + np.arange(n) * (size / n)).astype(np.int64)


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
        self.levels = []  # (overview index, source rows, source columns)
        self._parts_key, self._parts = None, []
        factors = overview_factors(grid.width, grid.height) if overviews else []
        if factors:
            self.ds.BuildOverviews("NONE", factors)  # the overview bands, filled by write()
            self.levels = [(k, nearest_sources(grid.height, f), nearest_sources(grid.width, f))
                           for k, f in enumerate(factors)]
        self.dtype = np.dtype({gdal.GDT_UInt16: "uint16", gdal.GDT_Int32: "int32",
                               gdal.GDT_Byte: "uint8"}[gdal_type])
        self.fill = nodata if nodata is not None else 0
        # level 0 = the raster, k + 1 = overview k: (width, height)
        self.sizes = [(grid.width, grid.height)] + [(len(cols), len(rows)) for _k, rows, cols in self.levels]
        # (band name, level, tile row, tile column) -> [tile array, pixels missing, band, x, y]
        self._open = {}
        self._open_bytes = 0

    def write(self, name, col_off, row_off, array):
        band = self.ds.GetRasterBand(self.names.index(name) + 1)
        array = np.ascontiguousarray(array, dtype=self.dtype)
        self._place(name, 0, band, col_off, row_off, array)
        for k, take, c0, r0 in self._overview_parts(col_off, row_off, *array.shape):
            self._place(name, k + 1, band.GetOverview(k), c0, r0, array[take])

    def _place(self, name, level, band, col_off, row_off, array):
        """Hand GDAL the tiles of ``level`` that ``array`` completes; keep the parts of the
        others until their last part comes."""
        h, w = array.shape
        width, height = self.sizes[level]
        for tr in range(row_off // TILE, (row_off + h - 1) // TILE + 1):
            y0, y1 = tr * TILE, min((tr + 1) * TILE, height)
            a0, a1 = max(y0, row_off), min(y1, row_off + h)
            for tc in range(col_off // TILE, (col_off + w - 1) // TILE + 1):
                x0, x1 = tc * TILE, min((tc + 1) * TILE, width)
                b0, b1 = max(x0, col_off), min(x1, col_off + w)
                part = array[a0 - row_off:a1 - row_off, b0 - col_off:b1 - col_off]
                key = (name, level, tr, tc)
                tile = self._open.get(key)
                if tile is None:
                    if (a0, a1, b0, b1) == (y0, y1, x0, x1):   # the whole tile at once
                        band.WriteArray(part, x0, y0)
                        continue
                    tile = self._open[key] = [np.full((y1 - y0, x1 - x0), self.fill, self.dtype),
                                              (y1 - y0) * (x1 - x0), band, x0, y0]
                    self._open_bytes += tile[0].nbytes
                tile[0][a0 - y0:a1 - y0, b0 - x0:b1 - x0] = part
                tile[1] -= part.size
                if tile[1] <= 0:
                    self._hand_over(key)
        while self._open_bytes > MAX_OPEN_BYTES and self._open:
            self._hand_over(next(iter(self._open)))   # the oldest, unfinished: GDAL completes it

    def _hand_over(self, key):
        arr, _missing, band, x0, y0 = self._open.pop(key)
        self._open_bytes -= arr.nbytes
        band.WriteArray(arr, x0, y0)

    def _flush_open(self):
        """Tiles some window never completed (a caller that skips windows): written as they are."""
        while self._open:
            self._hand_over(next(iter(self._open)))

    def _overview_parts(self, col_off, row_off, h, w):
        """(overview index, index into the window, column, row in the overview) of every
        overview level the window holds pixels of; the same for all bands of a window."""
        key = (col_off, row_off, h, w)
        if self._parts_key != key:
            self._parts = []
            for k, rows, cols in self.levels:
                r0, r1 = np.searchsorted(rows, [row_off, row_off + h])
                c0, c1 = np.searchsorted(cols, [col_off, col_off + w])
                if r1 > r0 and c1 > c0:
                    take = np.ix_(rows[r0:r1] - row_off, cols[c0:c1] - col_off)
                    self._parts.append((k, take, int(c0), int(r0)))
            self._parts_key = key
        return self._parts

    def commit(self):
        self._flush_open()
        ds = self.ds
        ds.FlushCache()
        self.ds = None
        ds = None
        os.replace(self.tmp, self.path)
        for leftover in (self.tmp + ".aux.xml", self.tmp + ".ovr"):
            if os.path.exists(leftover):
                os.remove(leftover)

    def discard(self):
        self._open, self._open_bytes = {}, 0
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
