"""Standalone product operations: ``s2gm:resample`` and ``s2gm:export`` (spec sections 4-5).

    resample("…/S2GM_M60_…/UTM13N", 20, "out/")          -> out/S2GM_M20_…/UTM13N/…
    resample("composite.tif", 60, "composite_60m.tif")   -> one multi-band COG, same layout
    export("…/UTM13N", "NetCDF", "WGS84", "out/")        -> out/S2GM_M60_…/WGS84/…

INPUT is one of
* an S2GM product folder (the ``UTM13N`` / ``WGS84`` / ``tile_N`` folder that holds the
  layer files or the NetCDF and ``metadata_*.json``; a folder of ``tile_N`` parts is taken
  part by part), or a file inside one (its folder is used for a ``.nc``);
* a GeoTIFF product file (one layer, ``B04_M60_…tif``) or an ``s2gm:composite`` OUTPUT /
  QUALITY GeoTIFF (bands named by their descriptions).

Resampling (spec section 4): the target grid is the input's area snapped outwards to
multiples of 60 m (UTM) or of the larger pixel size (WGS84), so 10/20/60 m products nest.
Upsampling and every class / quality layer use nearest neighbour (the pixel whose area
holds the target pixel's centre: original values kept); reflectance downsampling is the
mean of the valid pixels of each block (no-data pixels left out, all no data -> no data),
rounded to the nearest DN.

Export reprojects every layer with nearest neighbour, reflectance included, so each output
pixel stays one original observation that its ``source_index`` / ``source_date`` name, onto a 60 m-aligned UTM grid (zone of the product's centre) or the WGS84 grid
of s2gm:mosaic; products are written by the same writers, output tile QC and metadata
code as mosaic products. A product that fails QC is not delivered: nothing is renamed into
place and ``qc_failed_<product>_<tag>.json`` beside it records why.
"""
import glob
import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

import numpy as np
from osgeo import gdal

from .. import __version__
from ..bands import SPECTRAL_BANDS
from ..errors import InvalidRequest, OutputQCFailed
from ..grid import DEGREES_PER_METRE, Grid, make_grid, transform_bounds
from ..naming import order_id, product_folder
from ..periods import PERIOD_KINDS, Period, period_of
from ..raster import epsg_of, srs_from
from ..tiles import utm_zone
from . import deliver, qc
from .layers import QUALITY_SPECS, quality_to_spec, spec_of
from .metadata import write_json

RESOLUTIONS = (10, 20, 60)
FORMATS = ("GeoTIFF", "JP2", "NetCDF")
CRS_CHOICES = ("same", "UTM", "WGS84")
_GDAL_TYPES = {"uint8": gdal.GDT_Byte, "uint16": gdal.GDT_UInt16, "int16": gdal.GDT_Int16,
               "int32": gdal.GDT_Int32, "uint32": gdal.GDT_UInt32, "float32": gdal.GDT_Float32,
               "float64": gdal.GDT_Float64}


# ----------------------------------------------------------------------------- inputs
@dataclass
class Product:
    """One S2GM product (or tile of one): layers in S2GM's types on one grid."""
    grid: Grid
    layers: dict
    period: Period
    order: str
    resolution: int
    tag: str  # "UTM13N", "WGS84", "UTM13N/tile_2" ...
    metadata: dict = field(default_factory=dict)
    source: str = ""


@dataclass
class RasterBands:
    """A plain multi-band raster (s2gm:composite OUTPUT / QUALITY, one product layer file)."""
    path: str
    grid: Grid
    gdal_type: int
    bands: list  # [(name, array, nodata, scale, offset)]
    metadata: dict
    resolution: int


def _is_layer_name(name):
    return name in SPECTRAL_BANDS or name in QUALITY_SPECS


def nominal_resolution(grid):
    """The product resolution in metres (10, 20, 60) of a grid, also in degrees."""
    res = grid.res / DEGREES_PER_METRE if srs_from(grid.crs_wkt).IsGeographic() else grid.res
    for r in RESOLUTIONS:
        if abs(res - r) < 0.01 * r:
            return r
    raise InvalidRequest("the input's pixel size %.6g is not an S2GM resolution (10, 20 or 60 m): "
                         "resample/export take S2GM products or s2gm:composite outputs" % grid.res)


def _grid_of(ds):
    gt = ds.GetGeoTransform()
    if gt[2] or gt[4] or gt[1] != -gt[5]:
        raise InvalidRequest("the input raster is rotated or has non-square pixels: not an S2GM product")
    return Grid(srs_from(ds.GetProjection() or "EPSG:4326").ExportToWkt(), gt[0], gt[3], gt[1],
                ds.RasterXSize, ds.RasterYSize)


def read_raster(path):
    """A GeoTIFF / JP2 with named bands -> :class:`RasterBands`."""
    try:
        ds = gdal.Open(path)
    except RuntimeError as exc:
        raise InvalidRequest("cannot open INPUT %s as a raster (%s): give an S2GM product folder, a "
                             "product GeoTIFF or an s2gm:composite output" % (path, exc)) from None
    grid = _grid_of(ds)
    bands, types = [], set()
    md = ds.GetMetadata() or {}
    for i in range(1, ds.RasterCount + 1):
        b = ds.GetRasterBand(i)
        name = b.GetDescription() or md.get("S2GM_LAYER", "") if ds.RasterCount == 1 else b.GetDescription()
        if not _is_layer_name(name):
            raise InvalidRequest("band %d of %s is named '%s', not an S2GM layer (B02 ... B12, valid_obs, "
                                 "source_index ...): resample/export take S2GM products or s2gm:composite "
                                 "outputs" % (i, path, name))
        nodata = b.GetNoDataValue()
        nodata = int(nodata) if nodata is not None and float(nodata).is_integer() else nodata
        if nodata is None and md.get("S2GM_NODATA") not in (None, ""):
            nodata = int(md["S2GM_NODATA"])
        bands.append((name, b.ReadAsArray(), nodata, b.GetScale() or None, b.GetOffset() or 0.0))
        types.add(b.DataType)
    if len(types) != 1:
        raise InvalidRequest("%s mixes data types across bands; not an S2GM output" % path)
    return RasterBands(path, grid, types.pop(), bands, md, nominal_resolution(grid))


def _to_spec(name, array, nodata):
    """Stored values of a layer -> S2GM's type (composite quality rasters are int32, -1)."""
    spec = spec_of(name)
    if array.dtype == np.dtype(spec.dtype) and (nodata == spec.nodata or spec.nodata is None):
        return array
    if name == "source_date" and array.dtype == np.uint16:  # JP2 products
        return np.where(array == (65535 if nodata is None else nodata), -1, array).astype("int32")
    return quality_to_spec(name, array.astype(np.int64), -1 if nodata is None else nodata)


def _smallest_period(first, last):
    for kind in PERIOD_KINDS:
        p = period_of(kind, first)
        if p.end >= last:
            return p
    return period_of("year", first)


def _period_from_tags(md, path):
    if md.get("S2GM_PERIOD_START") and md.get("S2GM_PERIOD_END"):
        start, end = date.fromisoformat(md["S2GM_PERIOD_START"]), date.fromisoformat(md["S2GM_PERIOD_END"])
        kind = md.get("S2GM_PERIOD_KIND")
        if kind in PERIOD_KINDS:
            return Period(kind, start, end)
        for kind in PERIOD_KINDS:
            if period_of(kind, start) == Period(kind, start, end):
                return Period(kind, start, end)
        return _smallest_period(start, end)
    if md.get("S2GM_PERIOD") and "/" in md["S2GM_PERIOD"]:  # s2gm:composite: first/last observation
        first, last = (date.fromisoformat(x[:10]) for x in md["S2GM_PERIOD"].split("/"))
        return _smallest_period(first, last)
    raise InvalidRequest("%s carries no period (S2GM_PERIOD_START/END or S2GM_PERIOD tags): export "
                         "needs an S2GM product or an s2gm:composite output" % path)


def product_from_raster(rb):
    """A :class:`RasterBands` as a Product (period and order from its GDAL tags)."""
    period = _period_from_tags(rb.metadata, rb.path)
    order = rb.metadata.get("S2GM_ORDER") or order_id(os.path.splitext(os.path.basename(rb.path))[0])
    layers = {name: _to_spec(name, arr, nodata) for name, arr, nodata, _s, _o in rb.bands}
    tag = _crs_tag(rb.grid.crs_wkt)
    return Product(rb.grid, layers, period, order_id(order), rb.resolution, tag, {}, rb.path)


def _crs_tag(crs_wkt):
    srs = srs_from(crs_wkt)
    if srs.IsGeographic():
        return "WGS84"
    zone = srs.GetUTMZone()
    if zone:
        return "UTM%02d%s" % (abs(zone), "N" if zone > 0 else "S")
    return (epsg_of(crs_wkt) or "CRS").replace(":", "")


def _metadata_doc(folder):
    found = sorted(glob.glob(os.path.join(folder, "metadata_*.json")))
    if not found:
        return None
    with open(found[0], encoding="utf-8") as fh:
        return json.load(fh)


def read_product_folder(folder):
    """One product folder (with metadata_*.json) -> :class:`Product`."""
    doc = _metadata_doc(folder)
    fmt = doc.get("format")
    period = Period(doc["period"]["kind"], date.fromisoformat(doc["period"]["start"]),
                    date.fromisoformat(doc["period"]["end"]))
    order = order_id(doc.get("order", {}).get("name") or "ORDER")
    layers, grid = {}, None
    if fmt == "NetCDF":
        ncs = sorted(glob.glob(os.path.join(folder, "*.nc")))
        if not ncs:
            raise InvalidRequest("%s says NetCDF but holds no .nc file: the product is incomplete" % folder)
        for name in doc["layers"]:
            ds = gdal.Open('NETCDF:"%s":%s' % (ncs[0], name))
            grid = grid or _grid_of(ds)
            layers[name] = np.asarray(ds.GetRasterBand(1).ReadAsArray()).astype(spec_of(name).dtype)
        # GDAL's NetCDF driver may report a bottom-up grid; the product grid is in the metadata
        grid = _grid_from_doc(doc, grid)
    else:
        for name in doc["layers"]:
            hits = [p for p in glob.glob(os.path.join(folder, "%s_*" % name))
                    if p.endswith((".tif", ".jp2")) and os.path.basename(p).rsplit("_", 3)[0] == name]
            if not hits:
                raise InvalidRequest("layer %s of %s is missing: the product is incomplete" % (name, folder))
            rb = read_raster(hits[0])
            grid = grid or rb.grid
            n, arr, nodata, _s, _o = rb.bands[0]
            layers[name] = _to_spec(name, arr, nodata)
    return Product(grid, layers, period, order, int(doc.get("order", {}).get("resolution") or
                                                     nominal_resolution(grid)),
                   doc.get("tile") or _crs_tag(grid.crs_wkt), doc, folder)


def _grid_from_doc(doc, fallback):
    g = doc.get("grid")
    if not g:
        return fallback
    xmin, ymin, xmax, ymax = g["bounds"]
    return Grid(fallback.crs_wkt, xmin, ymax, g["pixel_size"], g["width"], g["height"])


def open_input(path):
    """INPUT -> ("product", [Product ...]) or ("raster", RasterBands)."""
    path = os.fspath(path) if path else ""
    if not path or not os.path.exists(path):
        raise InvalidRequest("INPUT %s does not exist: give an S2GM product folder, a product GeoTIFF or an "
                             "s2gm:composite output" % (path or "(empty)"))
    path = os.path.abspath(path)
    if os.path.isfile(path) and path.endswith(".nc"):
        path = os.path.dirname(path)
    if os.path.isdir(path):
        if _metadata_doc(path) is not None:
            return "product", [read_product_folder(path)]
        tiles = sorted((d for d in glob.glob(os.path.join(path, "tile_*")) if _metadata_doc(d) is not None),
                       key=lambda d: int(d.rsplit("_", 1)[1]) if d.rsplit("_", 1)[1].isdigit() else 0)
        if tiles:
            return "product", [read_product_folder(d) for d in tiles]
        inner = [d for d in sorted(glob.glob(os.path.join(path, "*", ""))) if _metadata_doc(d) is not None
                 or glob.glob(os.path.join(d, "tile_*"))]
        hint = (": it holds the products %s, give one of them" % ", ".join(
            os.path.basename(os.path.normpath(d)) for d in inner)) if inner else ""
        raise InvalidRequest("%s is not an S2GM product folder (no metadata_*.json)%s" % (path, hint))
    return "raster", read_raster(path)


# ----------------------------------------------------------------------------- resampling
def target_grid(grid, resolution):
    """The grid of ``grid``'s area at ``resolution`` m, snapped outwards like s2gm:mosaic."""
    return make_grid(grid.crs_wkt, grid.bounds, resolution)


class _Mapping:
    """Integer index arithmetic between a source grid and a target grid whose pixel sizes
    divide each other and whose origins lie on the finer pixel lattice."""

    def __init__(self, src, dst, src_m, dst_m):
        ratio = Fraction(dst_m, src_m)
        fine = min(src.res, dst.res)
        self.ks, self.kt = (1, int(ratio)) if ratio >= 1 else (int(1 / ratio), 1)
        if Fraction(self.kt, self.ks) != ratio:
            raise InvalidRequest("cannot resample %d m to %d m on nested grids" % (src_m, dst_m))
        ox, oy = (dst.x0 - src.x0) / fine, (src.y0 - dst.y0) / fine
        if abs(ox - round(ox)) > 1e-6 or abs(oy - round(oy)) > 1e-6:
            raise InvalidRequest("the input grid is not aligned to its pixel size (origin %s, %s): not an "
                                 "S2GM product; reproject it with s2gm:export first" % (src.x0, src.y0))
        self.ox, self.oy = int(round(ox)), int(round(oy))
        self.src, self.dst = src, dst

    def _index(self, n_dst, offset, n_src):
        i = np.arange(n_dst)
        idx = np.floor_divide(2 * (offset + i * self.kt) + self.kt, 2 * self.ks)
        ok = (idx >= 0) & (idx < n_src)
        return idx, ok

    def nearest(self, array, fill):
        rows, rok = self._index(self.dst.height, self.oy, self.src.height)
        cols, cok = self._index(self.dst.width, self.ox, self.src.width)
        out = np.full((self.dst.height, self.dst.width), fill, dtype=array.dtype)
        out[np.ix_(rok, cok)] = array[np.ix_(rows[rok], cols[cok])]
        return out

    def block_mean(self, array, nodata, lo, hi):
        """Mean of the valid source pixels of each target pixel (ks == 1)."""
        k = self.kt
        h, w = self.dst.height * k, self.dst.width * k
        pad = np.full((h, w), nodata, dtype=array.dtype)
        r0, c0 = -self.oy, -self.ox  # the source's first row / column inside the padded block grid
        rs0, cs0 = max(0, -r0), max(0, -c0)
        rs1, cs1 = min(self.src.height, h - r0), min(self.src.width, w - c0)
        if rs1 > rs0 and cs1 > cs0:
            pad[r0 + rs0:r0 + rs1, c0 + cs0:c0 + cs1] = array[rs0:rs1, cs0:cs1]
        blocks = pad.reshape(self.dst.height, k, self.dst.width, k)
        valid = blocks != nodata
        count = valid.sum(axis=(1, 3))
        total = np.where(valid, blocks, 0).astype(np.int64).sum(axis=(1, 3))
        mean = np.floor(total / np.maximum(count, 1) + 0.5)
        out = np.clip(mean, lo, hi).astype(array.dtype)
        out[count == 0] = nodata
        return out


def resample_layer(mapping, name, array, nodata, downsampling):
    """One layer: block mean for reflectance when downsampling, nearest otherwise."""
    fill = nodata if nodata is not None else 0
    if downsampling and name in SPECTRAL_BANDS and nodata is not None:
        info = np.iinfo(array.dtype) if array.dtype.kind in "ui" else None
        lo, hi = (1, info.max) if info is not None else (-np.inf, np.inf)
        if nodata == hi:
            hi -= 1
        return mapping.block_mean(array, nodata, lo, hi)
    return mapping.nearest(array, fill)


def resample_product(product, resolution):
    resolution = _check_resolution(resolution)
    dst = target_grid(product.grid, resolution)
    m = _Mapping(product.grid, dst, product.resolution, resolution)
    down = resolution > product.resolution
    layers = {name: resample_layer(m, name, arr, spec_of(name).nodata, down) for name, arr in product.layers.items()}
    return Product(dst, layers, product.period, product.order, resolution, product.tag, product.metadata,
                   product.source)


def _check_resolution(resolution):
    try:
        r = int(str(resolution).strip().lower().rstrip("m").strip())
    except ValueError:
        r = -1
    if r not in RESOLUTIONS:
        raise InvalidRequest("RESOLUTION %s is not offered: use 10, 20 or 60 (metres)" % resolution)
    return r


# ----------------------------------------------------------------------------- reprojection
def reproject_product(product, crs_kind):
    """The product on a UTM (zone of its centre) or WGS84 grid; the same product when it is
    already in that CRS."""
    kind = _pick(crs_kind, CRS_CHOICES, "CRS")
    src_srs = srs_from(product.grid.crs_wkt)
    lon_lat = transform_bounds(product.grid.bounds, product.grid.crs_wkt, "EPSG:4326")
    if kind == "same":
        return product
    if kind == "WGS84":
        dst_crs = "EPSG:4326"
        if src_srs.IsGeographic():
            return product
    else:
        lon, lat = (lon_lat[0] + lon_lat[2]) / 2.0, (lon_lat[1] + lon_lat[3]) / 2.0
        dst_crs = "EPSG:%d" % ((32600 if lat >= 0 else 32700) + utm_zone(lon))
        if src_srs.IsSame(srs_from(dst_crs)):
            return product
    dst_srs = srs_from(dst_crs)
    dst = make_grid(dst_srs.ExportToWkt(), transform_bounds(product.grid.bounds, product.grid.crs_wkt, dst_crs),
                    product.resolution)
    layers = {}
    for name, arr in product.layers.items():
        spec = spec_of(name)
        # nearest for every layer: no mixing of observations (S2GM: no averaging, ever)
        layers[name] = _warp(product.grid, arr, dst, spec.nodata, "near")
    tag = _crs_tag(dst.crs_wkt)
    return Product(dst, layers, product.period, product.order, product.resolution, tag, product.metadata,
                   product.source)


def _warp(src_grid, array, dst_grid, nodata, alg):
    gtype = _GDAL_TYPES[array.dtype.name]
    src = gdal.GetDriverByName("MEM").Create("", src_grid.width, src_grid.height, 1, gtype)
    src.SetGeoTransform(src_grid.geotransform)
    src.SetProjection(src_grid.crs_wkt)
    src.GetRasterBand(1).WriteArray(array)
    if nodata is not None:
        src.GetRasterBand(1).SetNoDataValue(nodata)
    xmin, ymin, xmax, ymax = dst_grid.bounds
    opts = dict(format="MEM", outputBounds=(xmin, ymin, xmax, ymax), width=dst_grid.width,
                height=dst_grid.height, dstSRS=dst_grid.crs_wkt, resampleAlg=alg, outputType=gtype,
                multithread=False)
    if nodata is not None:
        opts.update(srcNodata=nodata, dstNodata=nodata)
    else:
        opts.update(warpOptions=["INIT_DEST=0"])
    out = gdal.Warp("", src, **opts)
    return out.GetRasterBand(1).ReadAsArray().astype(array.dtype)


def _pick(value, options, name):
    text = str(value if value is not None else "").strip()
    for o in options:
        if text.upper() == o.upper():
            return o
    aliases = {"EPSG:4326": "WGS84", "4326": "WGS84", "": "same", "KEEP": "same", "SAME AS INPUT": "same",
               "TIF": "GeoTIFF", "TIFF": "GeoTIFF", "COG": "GeoTIFF", "JPEG2000": "JP2", "NC": "NetCDF"}
    if text.upper() in aliases and aliases[text.upper()] in options:
        return aliases[text.upper()]
    raise InvalidRequest("%s '%s' is unknown: use %s" % (name, value, ", ".join(options)))


# ----------------------------------------------------------------------------- writing
def write_product(product, fmt, output_folder, operation, is_cancelled=lambda: False,
                  tile_size_m=None, granule_step_m=None):
    """Write ``product`` as an S2GM product under ``output_folder``:
    ``S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version}/<tag>/`` (files, metadata JSON +
    INSPIRE XML), split into ``tile_N`` parts when larger than one Sentinel-2 tile. Staged
    in a hidden folder, checked by output QC, then renamed into place (a previous product
    of the same name is replaced). Raises :class:`OutputQCFailed` (nothing delivered,
    ``qc_failed_*.json`` written) when a file fails QC. Returns the product folder."""
    fmt = _pick(fmt, FORMATS, "FORMAT")
    os.makedirs(output_folder, exist_ok=True)
    name = product_folder(product.period, product.resolution, product.order)
    final = os.path.join(output_folder, name, *product.tag.split("/"))
    label = "%s-%s" % (name, product.tag.replace("/", "-"))
    staging = deliver.fresh_dir(os.path.join(output_folder, ".staging-" + label))
    try:
        parts = deliver.split_tiles(product.grid, product.layers, tile_size_m or deliver.S2_TILE_M,
                                    granule_step_m or deliver.GRANULE_STEP_M)
        problems = []
        for part in parts:
            folder = os.path.join(staging, part.tag) if part.tag else staging
            os.makedirs(folder, exist_ok=True)
            tag = product.tag + ("/" + part.tag if part.tag else "")
            meta = deliver.file_metadata(product.order, product.period, product.resolution,
                                         {"S2GM_DERIVED": operation})
            attrs = deliver.netcdf_attributes(product.period.kind, product.period, product.resolution,
                                              product.order, part.grid.crs_wkt,
                                              "S2GM Mosaic %s: %s of %s" % (__version__, operation, product.source))
            files, p = deliver.write_layers(folder, fmt, part.grid, product.period, product.resolution,
                                            product.order, part.layers, meta, attrs, is_cancelled)
            _write_metadata(product, part, tag, fmt, folder, files, p, operation)
            problems += ["%s: %s" % (part.tag, x) for x in p] if part.tag else p
        failed = os.path.join(output_folder, "qc_failed_%s.json" % label)
        if problems:
            write_json(failed, {"product": name, "tile": product.tag, "operation": operation,
                                "delivered": False, "problems": problems})
            raise OutputQCFailed("%s %s failed output QC and was not delivered: %s (recorded in %s)"
                                 % (name, product.tag, "; ".join(problems), failed))
        if os.path.exists(failed):
            os.remove(failed)
        if os.path.exists(final):  # replace an earlier result of the same name
            old = final.rstrip(os.sep) + ".old-%d" % os.getpid()
            os.replace(final, old)
            deliver.publish(staging, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            deliver.publish(staging, final)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_metadata(product, part, tag, fmt, folder, files, problems, operation):
    src = product.metadata or {}
    keep = ("order", "source_products", "inputs_rejected", "inputs_outside_period", "pixels_per_method", "notes")
    doc = {"product": product_folder(product.period, product.resolution, product.order),
           "software": {"name": "S2GM Mosaic", "version": __version__, "gdal": gdal.__version__},
           "period": {"kind": product.period.kind, "start": product.period.start.isoformat(),
                      "end": product.period.end.isoformat()},
           "tile": tag, "format": fmt, "resolution": product.resolution}
    doc.update({k: src[k] for k in keep if k in src})
    doc.setdefault("source_products", [])
    doc["derived_from"] = {"input": product.source, "product": src.get("product"), "tile": src.get("tile"),
                           "operation": operation}
    sources = doc["source_products"]
    deliver.write_metadata(folder, doc, product.period, product.order, part.grid, part.layers, files, problems, {
        "identifier": "%s_%s" % (doc["product"], tag.replace("/", "_")),
        "title": "S2GM %s mosaic %s to %s (%s, %d m)" % (product.period.kind, product.period.start,
                                                        product.period.end, tag, product.resolution),
        "abstract": "Cloud-free Sentinel-2 L2A surface reflectance mosaic (S2GM rules), %s, with quality "
                    "layers %s." % (operation, ", ".join(n for n in part.layers if not n.startswith("B")) or "none"),
        "resolution_m": product.resolution,
        "lineage": "%s by S2GM Mosaic %s from %s (%d Sentinel-2 L2A source product(s)%s). Output re-opened and "
                   "checked by output tile QC." % (operation[:1].upper() + operation[1:], __version__,
                                                   os.path.basename(product.source) or product.source,
                                                   len(sources), (": " + ", ".join(s["id"] for s in sources))
                                                   if sources else ""),
        "format": fmt})


def _write_raster(rb, dst, bands, output, operation):
    """Resampled plain raster -> one multi-band COG in the input's layout, re-opened and
    checked before it is renamed into place."""
    from .rasters import write_cog_bands
    output = os.path.abspath(output)
    folder = os.path.dirname(output)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".%s.%d.resample.tif" % (os.path.basename(output), os.getpid()))
    meta = dict(rb.metadata, S2GM_RESOLUTION=nominal_resolution(dst), S2GM_DERIVED=operation)
    categorical = [b[0] for b in bands if b[0] not in SPECTRAL_BANDS]
    try:
        write_cog_bands(tmp, dst, rb.gdal_type, bands, meta, categorical)
        problems = _check_raster_bands(tmp, dst, bands)
        if problems:
            failed = output + ".qc_failed.json"
            write_json(failed, {"output": output, "operation": operation, "delivered": False, "problems": problems})
            raise OutputQCFailed("%s failed output QC and was not delivered: %s (recorded in %s)"
                                 % (output, "; ".join(problems), failed))
        os.replace(tmp, output)
        if os.path.exists(output + ".qc_failed.json"):
            os.remove(output + ".qc_failed.json")
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return output


def _check_raster_bands(path, grid, bands):
    base = os.path.basename(path)
    ds = gdal.Open(path)
    if ds is None:
        return ["%s: cannot be opened" % base]
    problems = []
    if (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) != (grid.width, grid.height, len(bands)):
        return ["%s: size %dx%dx%d, expected %dx%dx%d" % (base, ds.RasterXSize, ds.RasterYSize, ds.RasterCount,
                                                          grid.width, grid.height, len(bands))]
    if any(abs(a - b) > 1e-9 * max(1.0, abs(b)) for a, b in zip(ds.GetGeoTransform(), grid.geotransform)):
        problems.append("%s: geotransform %s, expected %s" % (base, ds.GetGeoTransform(), grid.geotransform))
    for i, (name, array, nodata, scale, _o) in enumerate(bands, start=1):
        b = ds.GetRasterBand(i)
        if b.GetDescription() != name:
            problems.append("%s: band %d is named %s, expected %s" % (base, i, b.GetDescription(), name))
        if nodata is not None and b.GetNoDataValue() != nodata:
            problems.append("%s: %s no-data value %s, expected %s" % (base, name, b.GetNoDataValue(), nodata))
        if scale and abs((b.GetScale() or 0) - scale) > 1e-12:
            problems.append("%s: %s scale %s, expected %s" % (base, name, b.GetScale(), scale))
        stored = b.ReadAsArray()
        if not np.array_equal(stored, array):
            problems.append("%s: %s read back differs (%d pixels)" % (base, name, int(np.count_nonzero(stored != array))))
    problems += qc.cog_problems(path)
    return problems


# ----------------------------------------------------------------------------- entry points
def resample(input_path, resolution, output, is_cancelled=lambda: False, log=lambda m: None, **split):
    """``s2gm:resample``. A product (folder) -> an S2GM product at ``resolution`` under the
    folder ``output`` (a trailing ``.tif`` is dropped); a raster file -> the GeoTIFF
    ``output``. Returns the written product folders or file (a list)."""
    resolution = _check_resolution(resolution)
    if not output:
        raise InvalidRequest("OUTPUT is missing: give a folder (product input) or a .tif file (raster input)")
    kind, data = open_input(input_path)
    if kind == "raster":
        if not str(output).lower().endswith((".tif", ".tiff")):
            output = str(output) + ".tif"
        dst = target_grid(data.grid, resolution)
        m = _Mapping(data.grid, dst, data.resolution, resolution)
        down = resolution > data.resolution
        bands = [(n, resample_layer(m, n, a, nd, down), nd, s, o) for n, a, nd, s, o in data.bands]
        log("%s: %d m -> %d m, %d band(s)" % (data.path, data.resolution, resolution, len(bands)))
        return [_write_raster(data, dst, bands, output, "resampled from %d m to %d m" % (data.resolution, resolution))]
    folder = _output_folder(output)
    out = []
    for product in data:
        op = "resampled from %d m to %d m" % (product.resolution, resolution)
        log("%s %s: %s" % (product.order, product.tag, op))
        out.append(write_product(resample_product(product, resolution), product_format(product), folder, op,
                                 is_cancelled, **split))
    return out


def product_format(product):
    return (product.metadata or {}).get("format") or "GeoTIFF"


def export(input_path, fmt, crs_kind, output_folder, is_cancelled=lambda: False, log=lambda m: None, **split):
    """``s2gm:export``: a product or composite output -> an S2GM product in ``fmt``
    (GeoTIFF COG / JP2 / NetCDF) and CRS (same, UTM, WGS84) under ``output_folder``.
    Returns the written product folders."""
    fmt = _pick(fmt, FORMATS, "FORMAT")
    kind = _pick(crs_kind, CRS_CHOICES, "CRS")
    if not output_folder:
        raise InvalidRequest("OUTPUT_FOLDER is missing: give a folder for the exported product")
    what, data = open_input(input_path)
    products = [product_from_raster(data)] if what == "raster" else data
    out = []
    for product in products:
        moved = reproject_product(product, kind)
        op = "exported as %s%s" % (fmt, "" if moved is product else " in %s" % (epsg_of(moved.grid.crs_wkt) or kind))
        log("%s %s: %s" % (product.order, product.tag, op))
        out.append(write_product(moved, fmt, _output_folder(output_folder), op, is_cancelled, **split))
    return out


def _output_folder(path):
    path = os.path.abspath(os.fspath(path))
    if path.lower().endswith((".tif", ".tiff")) and not os.path.isdir(path):
        path = os.path.splitext(path)[0]
    return path


def product_files(folder):
    """Every file of a written product folder (relative paths), for reports."""
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _s, names in os.walk(folder) for f in names)
