"""AOI -> output products (spec section 4): one per UTM zone the AOI touches, or WGS84.

Everything is decided in lon/lat (EPSG:4326, x = longitude):

* **antimeridian**: an AOI with longitudes beyond +-180, or wider than 180 degrees, or an
  extent with xmin > xmax, crosses the antimeridian; it is unwrapped (negative longitudes
  + 360) and cut at 180 into an eastern (<= 180) and a western (>= -180) part.
* **UTM**: zone n covers longitudes -180 + 6 (n - 1) .. -180 + 6 n; the AOI part inside
  each zone becomes one product in EPSG:326nn (AOI centre north of the equator) or
  EPSG:327nn (south). The Norway / Svalbard zone exceptions are not applied.
* **WGS84**: one product in EPSG:4326 (two when the AOI crosses the antimeridian: GDAL
  grids cannot run past +-180).
"""
import math
from dataclasses import dataclass

from osgeo import ogr, osr

from .errors import InvalidRequest
from .raster import srs_from

WGS84 = "EPSG:4326"


@dataclass
class ProductTarget:
    tag: str  # "UTM13N", "WGS84", "WGS84_W" ...: sub-folder / label of the product
    crs: str  # output CRS, "EPSG:32613"
    aoi_wkt: str  # the part of the AOI this product covers, lon/lat WKT
    aoi_crs: str = WGS84

    @property
    def bounds_lonlat(self):
        xmin, xmax, ymin, ymax = ogr.CreateGeometryFromWkt(self.aoi_wkt).GetEnvelope()
        return (xmin, ymin, xmax, ymax)


def _box(xmin, ymin, xmax, ymax):
    return ogr.CreateGeometryFromWkt("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        xmin, ymin, xmax, ymin, xmax, ymax, xmin, ymax, xmin, ymin))


def _map_x(geom, fn):
    """A copy of ``geom`` with every vertex's x replaced by ``fn(x)``."""
    out = ogr.CreateGeometryFromWkt(geom.ExportToWkt())

    def move(g):
        if g.GetGeometryCount():
            for i in range(g.GetGeometryCount()):
                move(g.GetGeometryRef(i))
        else:
            for i in range(g.GetPointCount()):
                g.SetPoint_2D(i, fn(g.GetX(i)), g.GetY(i))
    move(out)
    return out


def _shift(geom, dx):
    return _map_x(geom, lambda x: x + dx)


def _unwrap(geom):
    """Negative longitudes + 360, ring by ring (an AOI drawn 179 -> -179 becomes 179 -> 181)."""
    return _map_x(geom, lambda x: x + 360.0 if x < 0 else x)


def aoi_lonlat(aoi_wkt=None, aoi_crs=None, extent=None, extent_crs=None):
    """The order's area as one lon/lat geometry (AOI intersected with the extent), with
    longitudes unwrapped past 180 when it crosses the antimeridian."""
    geom = None
    ll = srs_from(WGS84)
    if aoi_wkt:
        geom = ogr.CreateGeometryFromWkt(aoi_wkt)
        if geom is None or geom.IsEmpty():
            raise InvalidRequest("the AOI geometry is empty or not valid WKT")
        if geom.GetDimension() != 2:
            raise InvalidRequest("the AOI must be a polygon (got %s)" % geom.GetGeometryName())
        src = srs_from(aoi_crs or WGS84)
        if not src.IsSame(ll):
            geom.Transform(osr.CoordinateTransformation(src, ll))
        geom = _antimeridian_unwrap(geom)
    if extent:
        xmin, ymin, xmax, ymax = [float(v) for v in extent]
        src = srs_from(extent_crs or WGS84)
        if src.IsGeographic():
            if xmax < xmin:  # crosses the antimeridian
                xmax += 360.0
            box = _box(xmin, ymin, xmax, ymax)
        else:
            box = _box(xmin, ymin, xmax, ymax)
            box.Segmentize(max(xmax - xmin, ymax - ymin) / 20.0)
            box.Transform(osr.CoordinateTransformation(src, ll))
            box = _antimeridian_unwrap(box)
        if geom is None:
            geom = box
        else:
            if geom.GetEnvelope()[1] > 180.0 and box.GetEnvelope()[1] <= 180.0:
                box = _unwrap(box)
            geom = geom.Intersection(box)
            if geom is None or geom.IsEmpty():
                raise InvalidRequest("the AOI and the extent do not overlap: give one of them, or two that overlap")
    if not geom.IsValid():
        geom = geom.Buffer(0)
    return geom


def _antimeridian_unwrap(geom):
    xmin, xmax, _ymin, _ymax = geom.GetEnvelope()
    if xmin < -180.0:
        return _shift(geom, 360.0)
    if xmax - xmin > 180.0:
        return _unwrap(geom)
    return geom


def split_antimeridian(geom):
    """[(suffix, part)] with each part inside -180..180: '' when one part, 'E'/'W' when cut."""
    xmin, xmax, _ymin, _ymax = geom.GetEnvelope()
    if xmax <= 180.0:
        return [("", geom)]
    east = geom.Intersection(_box(xmin - 1.0, -90.0, 180.0, 90.0))
    west = _shift(geom.Intersection(_box(180.0, -90.0, xmax + 1.0, 90.0)), -360.0)
    parts = [(s, g) for s, g in (("E", east), ("W", west)) if g is not None and not g.IsEmpty() and g.GetArea() > 0]
    return parts if len(parts) > 1 else [("", parts[0][1])]


def utm_zone(lon):
    return int(min(max(math.floor((lon + 180.0) / 6.0), 0), 59)) + 1


def product_targets(crs_kind, aoi_wkt=None, aoi_crs=None, extent=None, extent_crs=None):
    """The products an order's area needs, in a fixed order (west to east, zone number)."""
    geom = aoi_lonlat(aoi_wkt, aoi_crs, extent, extent_crs)
    parts = split_antimeridian(geom)
    targets = []
    if crs_kind == "WGS84":
        for suffix, part in parts:
            targets.append(ProductTarget("WGS84" + ("_" + suffix if suffix else ""), WGS84, part.ExportToWkt()))
        return targets
    for _suffix, part in parts:
        xmin, xmax, ymin, ymax = part.GetEnvelope()
        for zone in range(utm_zone(xmin), utm_zone(xmax - 1e-9) + 1):
            lon0 = -180.0 + 6.0 * (zone - 1)
            piece = part.Intersection(_box(lon0, -90.0, lon0 + 6.0, 90.0))
            if piece is None or piece.IsEmpty() or piece.GetArea() <= 0:
                continue
            _x0, _x1, py0, py1 = piece.GetEnvelope()
            north = (py0 + py1) / 2.0 >= 0
            targets.append(ProductTarget("UTM%02d%s" % (zone, "N" if north else "S"),
                                         "EPSG:%d" % ((32600 if north else 32700) + zone), piece.ExportToWkt()))
    return targets
