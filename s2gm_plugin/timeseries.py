"""Pixel time series (spec section 6): one pixel or a 3x3 window over many periods.

    series = pixel_time_series("out/ORDER", x=-104.9, y=36.28, crs="EPSG:4326", window=3,
                               start_date="2024-09-01", end_date="2024-09-30")
    write_csv(series, "ts.csv")

Two kinds of source:

* **products** of ``s2gm:mosaic`` (an output folder, an order folder or one product
  folder; GeoTIFF, JP2 or NetCDF): each product's metadata JSON names its grid, layers and
  source scenes; the values are read where the point falls, exactly as stored.
* **a stack of L2A scenes** (a folder, STAC item collection / catalog JSON or STAC API
  URL, anything ``run_composite`` takes): every period touched by the dates is composited
  on a window of a few pixels around the point only (``run_composite`` with a tiny extent),
  so nothing but those pixels is read and written; quality layers are put in the types an
  S2GM product stores.

Values are the stored integers of the products (reflectance x 10000, quality layers as in
spec section 5); :data:`SCALES` gives the factor to physical values. No QGIS import.
"""
import csv
import glob
import json
import math
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List, Optional

from osgeo import gdal, osr

from .bands import SPECTRAL_BANDS
from .errors import AreaWithoutData, Cancelled, InvalidRequest, NoUsableScenes
from .periods import normalise_kind, parse_iso, periods_touching

WINDOWS = {"1x1": 1, "3x3": 3}
REFLECTANCE_SCALE = 0.0001
SCALES = {band: REFLECTANCE_SCALE for band in SPECTRAL_BANDS}
SCALES.update({"medoid_mos": 0.0001, "quality_aot": 0.0001, "quality_wvp": 0.0001, "sun_zenith": 0.01,
               "sun_azimuth": 0.01, "view_zenith_mean": 0.01, "view_azimuth_mean": 0.01})
_TILE = re.compile(r"_T(\d{2}[A-Z]{3})_")
_EPOCH = date(1970, 1, 1)


@dataclass
class PixelRow:
    """One pixel of one period (``pixel`` "0,0" for 1x1; "-1,-1".."1,1" or "mean"/"std")."""

    period_start: str
    period_end: str
    product: str
    pixel: str
    x: Optional[float]
    y: Optional[float]
    crs: str
    values: Dict[str, Optional[float]] = field(default_factory=dict)
    source_scene: str = ""
    source_tile: str = ""
    source_date: str = ""

    @property
    def ndvi(self):
        red, nir = self.values.get("B04"), self.values.get("B08")
        if red is None or nir is None or (red + nir) == 0:
            return None
        return (nir - red) / float(nir + red)


@dataclass
class TimeSeries:
    lon: float
    lat: float
    window: int
    layers: List[str]
    rows: List[PixelRow]
    notes: List[str] = field(default_factory=list)

    def centre_rows(self):
        """The row of the clicked pixel of every period (for tables and charts)."""
        return [r for r in self.rows if r.pixel in ("0,0", "mean")] if self.window == 1 else \
            [r for r in self.rows if r.pixel == "0,0"]


# ---------------------------------------------------------------------- geometry helpers
def _srs(crs):
    srs = osr.SpatialReference()
    text = str(crs or "EPSG:4326").strip()
    if srs.SetFromUserInput(text) != 0:
        raise InvalidRequest("the point's CRS '%s' is not understood: give e.g. EPSG:4326" % crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def transform_point(x, y, src_crs, dst_crs):
    """(x, y) from ``src_crs`` to ``dst_crs`` (CRS strings or WKT), x = easting / lon."""
    src, dst = _srs(src_crs), _srs(dst_crs)
    if src.IsSame(dst):
        return float(x), float(y)
    out = osr.CoordinateTransformation(src, dst).TransformPoint(float(x), float(y))
    return out[0], out[1]


def utm_crs(lon, lat):
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return "EPSG:%d" % ((32600 if lat >= 0 else 32700) + zone)


# ---------------------------------------------------------------------- products on disk
@dataclass
class ProductRef:
    folder: str
    period_kind: str
    period_start: str
    period_end: str
    tile: str
    crs: str
    layers: List[str]
    files: Dict[str, str]
    sources: List[dict]


def find_products(folder):
    """Every S2GM product (a folder with ``metadata_*.json``) under ``folder``, by period."""
    out = []
    pattern = os.path.join(glob.escape(os.path.abspath(folder)), "**", "metadata_*.json")
    for path in sorted(glob.glob(pattern, recursive=True)):
        if "/.work-" in path or "/.staging-" in path or path.endswith("_inspire.json"):
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                meta = json.load(fh)
        except (OSError, ValueError):
            continue
        if not isinstance(meta, dict) or "period" not in meta or "layers" not in meta:
            continue
        out.append(_product_ref(os.path.dirname(path), meta))
    out.sort(key=lambda p: (p.period_start, p.tile))
    return out


def _product_ref(folder, meta):
    files = {}
    ncs = sorted(glob.glob(os.path.join(glob.escape(folder), "*.nc")))
    for name in meta["layers"]:
        if ncs:
            files[name] = 'NETCDF:"%s":%s' % (ncs[0], name)
            continue
        hits = sorted(glob.glob(os.path.join(glob.escape(folder), name + "_*.tif"))
                      + glob.glob(os.path.join(glob.escape(folder), name + "_*.jp2")))
        # B08_... must not match B08A; the layer name is followed by _{T}{SS}_
        hits = [h for h in hits if re.match(re.escape(name) + r"_[DTMQY]\d\d_", os.path.basename(h))]
        if hits:
            files[name] = hits[0]
    period = meta["period"]
    return ProductRef(folder=folder, period_kind=period.get("kind", ""), period_start=period["start"],
                      period_end=period["end"], tile=meta.get("tile", ""), crs=meta.get("crs", ""),
                      layers=list(meta["layers"]), files=files, sources=meta.get("source_products", []))


def is_products_folder(path):
    return bool(path) and os.path.isdir(path) and bool(find_products(path))


def _read_window(path, x, y, window):
    """Stored values of a ``window`` x ``window`` block centred on the pixel holding (x, y):
    list of (drow, dcol, value or None) and the pixel centres; None when outside."""
    ds = gdal.Open(path)
    if ds is None:
        raise InvalidRequest("cannot open %s" % path)
    gt = ds.GetGeoTransform()
    col = int(math.floor((x - gt[0]) / gt[1]))
    row = int(math.floor((y - gt[3]) / gt[5]))
    band = ds.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    half = window // 2
    out = []
    for dr in range(-half, half + 1):
        for dc in range(-half, half + 1):
            r, c = row + dr, col + dc
            cx, cy = gt[0] + (c + 0.5) * gt[1], gt[3] + (r + 0.5) * gt[5]
            if 0 <= r < ds.RasterYSize and 0 <= c < ds.RasterXSize:
                v = band.ReadAsArray(c, r, 1, 1)[0, 0].item()
                if nodata is not None and v == nodata:
                    v = None
            else:
                v = None
            out.append((dr, dc, v, cx, cy))
    ds = None
    return out


def _rows_from_layers(period_start, period_end, product, crs, files, layers, sources, x, y, window):
    """Rows of one period from ``files`` {layer: GDAL path} on one grid (``crs``)."""
    cells = {}
    for name in layers:
        if name not in files:
            continue
        for dr, dc, v, cx, cy in _read_window(files[name], x, y, window):
            cell = cells.setdefault((dr, dc), {"x": cx, "y": cy, "values": {}})
            cell["values"][name] = v
    by_index = {s.get("source_index"): s for s in sources}
    rows = []
    for (dr, dc), cell in sorted(cells.items()):
        values = {name: cell["values"].get(name) for name in layers}
        src = by_index.get(values.get("source_index"))
        scene = src.get("id", "") if src else ""
        days = values.get("source_date")
        rows.append(PixelRow(period_start, period_end, product, "%d,%d" % (dr, dc), cell["x"], cell["y"], crs,
                             values, scene, _tile_of(scene),
                             (_EPOCH + timedelta(days=int(days))).isoformat() if days is not None else ""))
    if window > 1 and rows:
        rows += _summary_rows(rows, layers)
    return rows


def _tile_of(scene_id):
    m = _TILE.search(scene_id or "")
    return m.group(1) if m else ""


def _summary_rows(rows, layers):
    base = rows[0]
    mean, std = {}, {}
    for name in layers:
        vals = [r.values.get(name) for r in rows if r.values.get(name) is not None]
        if not vals:
            mean[name] = std[name] = None
            continue
        m = sum(vals) / len(vals)
        mean[name] = m
        std[name] = math.sqrt(sum((v - m) ** 2 for v in vals) / len(vals))
    return [PixelRow(base.period_start, base.period_end, base.product, label, None, None, base.crs, vals)
            for label, vals in (("mean", mean), ("std", std))]


# ---------------------------------------------------------------------- entry point
def pixel_time_series(source, x, y, crs="EPSG:4326", window=1, start_date=None, end_date=None,
                      period=None, resolution=60, bands=None, work_dir=None, progress=None,
                      is_cancelled=None, log=None):
    """Time series of the pixel holding (x, y) (in ``crs``) from ``source``.

    ``window`` 1 or 3 (or "1x1" / "3x3"); ``start_date`` / ``end_date`` ISO dates
    (inclusive; products overlapping them are used); ``period`` day / dekad / month /
    quarter / year: for products, only that kind (None = all); for a scene stack, the
    periods to composite (needed there, as are both dates). ``resolution`` and ``bands``
    only matter for a scene stack. Returns :class:`TimeSeries`; raises
    :class:`InvalidRequest` with a message for the user.
    """
    window = WINDOWS.get(str(window), window)
    if window not in (1, 3):
        raise InvalidRequest("WINDOW must be 1x1 or 3x3")
    progress = progress or (lambda pct, msg: None)
    is_cancelled = is_cancelled or (lambda: False)
    log = log or (lambda msg: None)
    start = parse_iso(start_date, "START_DATE") if start_date else None
    end = parse_iso(end_date, "END_DATE") if end_date else None
    if start and end and end < start:
        raise InvalidRequest("END_DATE %s is before START_DATE %s" % (end, start))
    kind = normalise_kind(period) if period else None
    lon, lat = transform_point(x, y, crs, "EPSG:4326")
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise InvalidRequest("the point (%s, %s) in %s is not on the Earth: check its CRS" % (x, y, crs))
    if source and os.path.isdir(source):
        products = find_products(source)
        if products:
            return _from_products(products, lon, lat, window, start, end, kind, progress, is_cancelled)
    if not source or not (os.path.exists(source) or "://" in str(source)):
        raise InvalidRequest("INPUT '%s' does not exist: give a folder of S2GM products, a folder of "
                             "L2A scenes or a STAC JSON / API URL" % source)
    if not (start and end):
        raise InvalidRequest("a time series from scenes (not products) needs START_DATE and END_DATE")
    return _from_stack(source, lon, lat, window, start, end, kind or "dekad", resolution, bands or [],
                       work_dir, progress, is_cancelled, log)


def _from_products(products, lon, lat, window, start, end, kind, progress, is_cancelled):
    chosen = [p for p in products
              if (kind is None or normalise_kind(p.period_kind or "day") == kind)
              and (start is None or p.period_end >= start.isoformat())
              and (end is None or p.period_start <= end.isoformat())]
    if not chosen:
        raise InvalidRequest("no product of the folder overlaps the dates%s" % (
            " with period %s" % kind if kind else ""))
    layers = []
    for p in chosen:
        layers += [name for name in p.layers if name not in layers]
    rows, notes = [], []
    for i, p in enumerate(chosen):
        if is_cancelled():
            raise Cancelled("Cancelled by the user.")
        progress(100.0 * i / len(chosen), "%s %s" % (p.period_start, p.tile))
        x, y = transform_point(lon, lat, "EPSG:4326", p.crs)
        got = _rows_from_layers(p.period_start, p.period_end, os.path.basename(os.path.dirname(p.folder)) + "/"
                                + os.path.basename(p.folder), p.crs, p.files, layers, p.sources, x, y, window)
        if all(all(v is None for v in r.values.values()) for r in got):
            # the point is outside this product (another UTM zone / tile of the order)
            continue
        rows += got
    if not rows:
        raise InvalidRequest("the point (lon %.6f, lat %.6f) is outside every product of the folder" % (lon, lat))
    progress(100.0, "done")
    return TimeSeries(lon, lat, window, layers, rows, notes)


def _from_stack(source, lon, lat, window, start, end, kind, resolution, bands, work_dir, progress,
                is_cancelled, log):
    from .pipeline import CompositeRequest, run_composite
    from .product.layers import quality_to_spec

    periods = periods_touching(kind, start, end)
    utm = utm_crs(lon, lat)
    ux, uy = transform_point(lon, lat, "EPSG:4326", utm)
    half = (window // 2 + 1) * float(resolution)
    extent = [ux - half, uy - half, ux + half, uy + half]
    tmp = tempfile.mkdtemp(prefix="s2gm-ts-", dir=work_dir)
    rows, notes, layers = [], [], []
    try:
        for i, per in enumerate(periods):
            if is_cancelled():
                raise Cancelled("Cancelled by the user.")
            lo, hi = 100.0 * i / len(periods), 100.0 * (i + 1) / len(periods)
            progress(lo, "%s" % per)
            work = os.path.join(tmp, "p%03d" % i)
            os.makedirs(work)
            req = CompositeRequest(input_path=source, output=os.path.join(work, "c.tif"),
                                   quality=os.path.join(work, "q.tif"), qc_report=os.path.join(work, "qc.json"),
                                   start_date=per.start.isoformat(), end_date=per.end.isoformat(),
                                   resolution=int(resolution), bands=list(bands), extent=extent, extent_crs=utm)
            try:
                result = run_composite(req, progress=lambda p, m: progress(lo + (hi - lo) * p / 100.0, m),
                                       is_cancelled=is_cancelled, log=log)
            except (NoUsableScenes, AreaWithoutData) as exc:
                notes.append("%s: no data (%s)" % (per, exc))
                log(notes[-1])
                continue
            files = _split_composite(result, work, quality_to_spec)
            with open(result.qc_report, encoding="utf-8") as fh:
                report = json.load(fh)
            crs = report.get("grid", {}).get("crs") or utm
            for name in files:
                if name not in layers:
                    layers.append(name)
            x, y = transform_point(lon, lat, "EPSG:4326", crs)
            rows += _rows_from_layers(per.start.isoformat(), per.end.isoformat(), "composite %s" % per, crs,
                                      files, list(files), report.get("inputs_used", []), x, y, window)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not rows:
        raise InvalidRequest("no period between %s and %s has usable scenes at this point" % (start, end))
    for r in rows:
        for name in layers:
            r.values.setdefault(name, None)
    progress(100.0, "done")
    return TimeSeries(lon, lat, window, layers, rows, notes)


def _split_composite(result, work, quality_to_spec):
    """One single-band file per layer of a composite, quality layers in S2GM types, so a
    stack's values read like a product's."""
    import numpy as np

    files = {}
    for path, is_quality in ((result.output, False), (result.quality, True)):
        if not path or not os.path.exists(path):
            continue
        ds = gdal.Open(path)
        for i in range(1, ds.RasterCount + 1):
            band = ds.GetRasterBand(i)
            name = band.GetDescription()
            data = band.ReadAsArray()
            nodata = band.GetNoDataValue()
            if is_quality:
                from .product.layers import spec_of
                data = quality_to_spec(name, data, -1)
                nodata = spec_of(name).nodata
            out = os.path.join(work, "%s.tif" % name)
            dtype = {np.dtype("uint8"): gdal.GDT_Byte, np.dtype("uint16"): gdal.GDT_UInt16,
                     np.dtype("int16"): gdal.GDT_Int16, np.dtype("int32"): gdal.GDT_Int32,
                     np.dtype("float32"): gdal.GDT_Float32}.get(data.dtype, gdal.GDT_Float64)
            dst = gdal.GetDriverByName("GTiff").Create(out, ds.RasterXSize, ds.RasterYSize, 1, dtype)
            dst.SetGeoTransform(ds.GetGeoTransform())
            dst.SetProjection(ds.GetProjection())
            if nodata is not None:
                dst.GetRasterBand(1).SetNoDataValue(nodata)
            dst.GetRasterBand(1).WriteArray(data)
            dst = None
            files[name] = out
        ds = None
    return files


# ---------------------------------------------------------------------- CSV
def csv_header(series):
    return (["period_start", "period_end", "product", "pixel", "x", "y", "crs", "lon", "lat"]
            + list(series.layers) + ["ndvi", "source_scene_id", "source_tile_id", "source_scene_date"])


def csv_rows(series):
    for r in series.rows:
        ndvi = r.ndvi
        yield ([r.period_start, r.period_end, r.product, r.pixel, _fmt(r.x), _fmt(r.y), r.crs,
                "%.8f" % series.lon, "%.8f" % series.lat]
               + [_fmt(r.values.get(name)) for name in series.layers]
               + [("%.6f" % ndvi) if ndvi is not None else "", r.source_scene, r.source_tile, r.source_date])


def write_csv(series, path):
    """The series as CSV (UTF-8, comma, header; empty cell = no data). Atomic write."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".%s.tmp" % os.path.basename(path))
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(csv_header(series))
        for row in csv_rows(series):
            writer.writerow(row)
    os.replace(tmp, path)
    return path


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and not v.is_integer():
        return "%.6f" % v
    return str(int(v)) if isinstance(v, float) else str(v)
