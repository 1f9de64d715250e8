"""The output grid (spec section 4): CRS, 60 m-aligned extent, pixel size, blocks; AOI masks."""
import math
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import InvalidRequest
from .raster import srs_from

ALIGN_M = 60.0  # UTM grids are aligned to multiples of 60 m so 10/20/60 m products nest
DEGREES_PER_METRE = 1.0 / 111320.0  # geographic output: pixel size = resolution x this


@dataclass
class Grid:
    crs_wkt: str
    x0: float  # left
    y0: float  # top
    res: float
    width: int
    height: int

    @property
    def geotransform(self):
        return (self.x0, self.res, 0.0, self.y0, 0.0, -self.res)

    @property
    def bounds(self):
        return (self.x0, self.y0 - self.height * self.res, self.x0 + self.width * self.res, self.y0)

    def blocks(self, width, height=None):
        """(col_off, row_off, width, height) windows covering the grid, row-major."""
        height = height or width
        for row in range(0, self.height, height):
            for col in range(0, self.width, width):
                yield col, row, min(width, self.width - col), min(height, self.height - row)

    def pixel_centres(self, col_off, row_off, width, height):
        xs = self.x0 + (np.arange(col_off, col_off + width) + 0.5) * self.res
        ys = self.y0 - (np.arange(row_off, row_off + height) + 0.5) * self.res
        return np.meshgrid(xs, ys)


def transform_bounds(bounds, src, dst, densify=21):
    """Bounds (xmin, ymin, xmax, ymax) from CRS ``src`` to ``dst`` (edges densified)."""
    s, d = srs_from(src), srs_from(dst)
    if s.IsSame(d):
        return tuple(bounds)
    ct = osr.CoordinateTransformation(s, d)
    xmin, ymin, xmax, ymax = bounds
    xs = np.concatenate([np.linspace(xmin, xmax, densify)] * 2 + [np.full(densify, xmin), np.full(densify, xmax)])
    ys = np.concatenate([np.full(densify, ymin), np.full(densify, ymax)] + [np.linspace(ymin, ymax, densify)] * 2)
    pts = ct.TransformPoints(list(zip(xs.tolist(), ys.tolist())))
    px = [p[0] for p in pts if math.isfinite(p[0])]
    py = [p[1] for p in pts if math.isfinite(p[1])]
    if not px:
        raise InvalidRequest("the extent cannot be transformed to the output CRS")
    return (min(px), min(py), max(px), max(py))


def make_grid(crs_wkt, bounds, resolution):
    """A grid covering ``bounds`` (in ``crs_wkt``) with pixel size ``resolution`` metres,
    snapped outwards to multiples of 60 m (projected) or of the pixel size (geographic)."""
    srs = srs_from(crs_wkt)
    if srs.IsGeographic():
        res = resolution * DEGREES_PER_METRE
        align = res
    else:
        res = float(resolution)
        align = ALIGN_M
    xmin, ymin, xmax, ymax = bounds
    if not (xmax > xmin and ymax > ymin):
        raise InvalidRequest("the area to composite is empty (check the extent / AOI and its CRS)")
    x0 = math.floor(round(xmin / align, 6)) * align
    y1 = math.ceil(round(ymax / align, 6)) * align
    x1 = math.ceil(round(xmax / align, 6)) * align
    y0 = math.floor(round(ymin / align, 6)) * align
    width = int(round((x1 - x0) / res))
    height = int(round((y1 - y0) / res))
    return Grid(srs.ExportToWkt(), x0, y1, res, width, height)


def intersect(a, b):
    out = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return out if out[2] > out[0] and out[3] > out[1] else None


def union(boxes):
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


class AoiMask:
    """An AOI polygon rasterised block by block onto a grid (pixel centre inside = True)."""

    def __init__(self, wkt, crs, grid):
        geom = ogr.CreateGeometryFromWkt(wkt)
        if geom is None or geom.IsEmpty():
            raise InvalidRequest("the AOI geometry is empty or not valid WKT")
        if geom.GetDimension() != 2:
            raise InvalidRequest("the AOI must be a polygon (got %s)" % geom.GetGeometryName())
        src = srs_from(crs or "EPSG:4326")
        dst = srs_from(grid.crs_wkt)
        if not src.IsSame(dst):
            geom.Transform(osr.CoordinateTransformation(src, dst))
        if not geom.IsValid():
            geom = geom.Buffer(0)
        self.geometry = geom
        self.grid = grid
        self._ds = ogr.GetDriverByName("Memory").CreateDataSource("aoi")
        self._layer = self._ds.CreateLayer("aoi", srs=dst, geom_type=ogr.wkbMultiPolygon)
        feat = ogr.Feature(self._layer.GetLayerDefn())
        feat.SetGeometry(geom)
        self._layer.CreateFeature(feat)

    @property
    def bounds(self):
        xmin, xmax, ymin, ymax = self.geometry.GetEnvelope()
        return (xmin, ymin, xmax, ymax)

    def window(self, col_off, row_off, width, height):
        mem = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
        g = self.grid
        mem.SetGeoTransform((g.x0 + col_off * g.res, g.res, 0.0, g.y0 - row_off * g.res, 0.0, -g.res))
        mem.SetProjection(g.crs_wkt)
        gdal.RasterizeLayer(mem, [1], self._layer, burn_values=[1])
        return mem.GetRasterBand(1).ReadAsArray().astype(bool)
