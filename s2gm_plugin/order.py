"""An S2GM order: a plain, serialisable spec (no QGIS types) and its JSON form.

    order = Order(name="sept", period="dekad", start_date="2024-09-01", end_date="2024-09-30",
                  aoi_wkt="POLYGON((...))", aoi_crs="EPSG:4326", source="sample/T13SFA",
                  bands=["B04", "B08"], format="GeoTIFF", resolution=60, crs_kind="UTM")
    save_order(order, "order.json"); same = load_order("order.json")

The output folder is not part of the order: the same order JSON can be run anywhere and
gives the same product bytes.
"""
import json
from dataclasses import asdict, dataclass, field, fields
from typing import List, Optional

from .bands import AUX_LAYERS
from .errors import InvalidRequest
from .naming import order_id
from .periods import normalise_kind, parse_iso
from .util import parse_bands, write_text_atomic

FORMATS = ("GeoTIFF", "JP2", "NetCDF")
CRS_KINDS = ("UTM", "WGS84")
ORDER_SCHEMA = "s2gm-mosaic-order/1"


@dataclass
class Order:
    """Everything a mosaic order needs.

    * ``period``: day, dekad (10-day), month, quarter or year; every period touched by
      ``start_date``..``end_date`` (ISO dates, inclusive) gets a product.
    * ``aoi_wkt`` (polygon / multipolygon in ``aoi_crs``) and/or ``extent``
      ``(xmin, ymin, xmax, ymax)`` in ``extent_crs``: the area; at least one is needed. In
      lon/lat, an extent with xmin > xmax or an AOI wider than 180 degrees crosses the
      antimeridian.
    * ``bands``: spectral band keys (empty = every band the inputs have); ``aux``: keys of
      ``bands.AUX_LAYERS``.
    * ``format``: GeoTIFF (COG), JP2 or NetCDF; ``resolution``: 10, 20, 60 (m);
      ``crs_kind``: UTM (one product per zone) or WGS84 (EPSG:4326).
    * ``source``: a folder of L2A scenes or a STAC item collection / catalog JSON.
    """

    name: str
    period: str
    start_date: str
    end_date: str
    source: str
    aoi_wkt: Optional[str] = None
    aoi_crs: Optional[str] = "EPSG:4326"
    extent: Optional[List[float]] = None
    extent_crs: Optional[str] = "EPSG:4326"
    bands: List[str] = field(default_factory=list)
    aux: List[str] = field(default_factory=list)
    format: str = "GeoTIFF"
    resolution: int = 60
    crs_kind: str = "UTM"
    method: str = "auto"

    @property
    def id(self):
        return order_id(self.name)

    def validated(self):
        """A normalised copy; InvalidRequest naming the bad field and what to write."""
        d = asdict(self)
        d["period"] = normalise_kind(self.period)
        start, end = parse_iso(self.start_date, "START_DATE"), parse_iso(self.end_date, "END_DATE")
        if end < start:
            raise InvalidRequest("END_DATE %s is before START_DATE %s" % (end, start))
        d["start_date"], d["end_date"] = start.isoformat(), end.isoformat()
        d["format"] = _pick(self.format, FORMATS, "FORMAT", {"TIF": "GeoTIFF", "TIFF": "GeoTIFF", "COG": "GeoTIFF",
                                                               "JPEG2000": "JP2", "NC": "NetCDF"})
        d["crs_kind"] = _pick(self.crs_kind, CRS_KINDS, "CRS", {"EPSG:4326": "WGS84", "4326": "WGS84"})
        try:
            d["resolution"] = int(str(self.resolution).strip().lower().rstrip("m").strip())
        except ValueError:
            d["resolution"] = -1
        if d["resolution"] not in (10, 20, 60):
            raise InvalidRequest("RESOLUTION %s is not offered: use 10, 20 or 60 (metres)" % self.resolution)
        bands = parse_bands(self.bands)
        d["bands"] = bands
        aux = []
        for a in self.aux or []:
            key = str(a).strip().upper().replace("-", "_")
            if key not in AUX_LAYERS:
                raise InvalidRequest("aux layer '%s' is unknown (use %s)" % (a, ", ".join(AUX_LAYERS)))
            if key not in aux:
                aux.append(key)
        d["aux"] = aux
        if not self.aoi_wkt and not self.extent:
            raise InvalidRequest("the order has no area: give an AOI polygon or an extent")
        if self.extent is not None:
            ext = [float(v) for v in self.extent]
            if len(ext) != 4 or ext[1] >= ext[3]:
                raise InvalidRequest("EXTENT %s is not (xmin, ymin, xmax, ymax) with ymin < ymax" % (self.extent,))
            d["extent"] = ext
        if not self.source:
            raise InvalidRequest("the order has no source: give INPUT, a folder of L2A scenes or a STAC JSON")
        if not str(self.name or "").strip():
            raise InvalidRequest("the order has no name: give one (letters, digits and '-')")
        return Order(**d)

    def to_dict(self):
        d = {"schema": ORDER_SCHEMA}
        d.update(asdict(self))
        return d

    @classmethod
    def from_dict(cls, doc):
        if not isinstance(doc, dict):
            raise InvalidRequest("an order JSON must be an object with the order fields")
        known = {f.name for f in fields(cls)}
        unknown = sorted(k for k in doc if k not in known and k != "schema")
        if unknown:
            raise InvalidRequest("unknown order field(s) %s (known: %s)" % (", ".join(unknown), ", ".join(sorted(known))))
        missing = [k for k in ("name", "period", "start_date", "end_date", "source") if k not in doc]
        if missing:
            raise InvalidRequest("the order JSON lacks %s" % ", ".join(missing))
        return cls(**{k: v for k, v in doc.items() if k in known})


def _pick(value, options, name, aliases):
    text = str(value or "").strip()
    for o in options:
        if text.upper() == o.upper():
            return o
    if text.upper() in aliases:
        return aliases[text.upper()]
    raise InvalidRequest("%s '%s' is unknown: use %s" % (name, value, ", ".join(options)))


def save_order(order, path):
    """Write the order JSON (sorted keys, atomic rename)."""
    write_text_atomic(path, json.dumps(order.to_dict(), indent=2, sort_keys=True) + "\n")
    return path


def load_order(path):
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except OSError as exc:
        raise InvalidRequest("cannot read the order JSON %s: %s" % (path, exc)) from None
    except ValueError as exc:
        raise InvalidRequest("%s is not valid JSON (%s): fix or re-save the order" % (path, exc)) from None
    return Order.from_dict(doc)
