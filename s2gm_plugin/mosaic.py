"""Run an S2GM order: every period x every output product (UTM zone / WGS84 part).

    result = run_order(order, "out/", progress=..., is_cancelled=..., log=...)

Layout (spec section 5): ``out/<ORDER>/order.json`` (the order, for re-runs),
``order_status.json`` (one entry per period and product: delivered, skipped on resume,
no_data, failed_qc) and one folder per period
``S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version}/<UTMnnX | WGS84>/`` holding the layer
files (or the NetCDF), ``metadata_{start}_{ORDER}.json`` and its INSPIRE XML.

Each product is composited by ``pipeline.run_composite`` into a hidden work folder, put on
the product grid (the order's area, 60 m-aligned, the same for every period), written to a
hidden staging folder, checked by output tile QC and renamed into place: a cancelled or
failed product leaves nothing behind, and a product folder that exists is complete, so
resume skips it.

The Dask runner (``runner.py``) makes the same products in three steps per product, each a
function of plain data here: :func:`plan_product` (discovery, input QC, grid, row blocks),
:func:`make_block` (one block's rows composited into the work folder) and
:func:`assemble_product` (the blocks joined, then the very code of the local run from the
composite on: layers, files, metadata, output QC, rename into place).
"""
import functools
import glob
import json
import os
import shutil
from dataclasses import dataclass, field
from typing import List

from osgeo import gdal, ogr, osr

from . import __version__
from .errors import AreaWithoutData, Cancelled, InvalidRequest, NoUsableScenes
from .grid import make_grid
from .naming import product_folder
from .order import Order, save_order
from .periods import Period, parse_iso, periods_touching
from .pipeline import CompositeRequest, composite_block, join_blocks, plan_composite, run_composite
from .product.layers import empty_layer, quality_to_spec
from .product import deliver
from .product.metadata import now_utc, write_json
from .raster import srs_from
from .tiles import ProductTarget, product_targets

STATUS_FILE = "order_status.json"
ORDER_FILE = "order.json"


@dataclass
class ProductEntry:
    period_start: str
    period_end: str
    target: str
    status: str  # delivered | skipped | no_data | failed_qc | failed (Dask runner: an error)
    folder: str = ""
    reason: str = ""
    files: List[str] = field(default_factory=list)


@dataclass
class MosaicResult:
    order_dir: str
    entries: List[ProductEntry]

    @property
    def delivered(self):
        return [e for e in self.entries if e.status in ("delivered", "skipped")]


def run_order(order, output_folder, progress=None, is_cancelled=None, log=None, **options):
    """Run ``order`` (an :class:`Order`) into ``output_folder/<order id>/``.

    ``options``: ``credentials`` ((user, password) for a Copernicus Data Space source, in
    memory for this run only: never in order.json, order_status.json, metadata or the log),
    ``catalog`` (a ``catalog.stac_api.Catalog`` for a STAC API source; default: guessed
    from the URL), ``cache_dir`` (where CDSE scenes are fetched first), ``tile_size_m`` and
    ``granule_step_m`` (where a UTM product is split).

    ``progress(percent, message)`` covers the whole order; ``is_cancelled()`` is polled
    inside each composite and between files (:class:`Cancelled` leaves no half product).
    A period without usable scenes gets a ``no_data`` entry; a product failing output QC
    is not delivered and gets a ``failed_qc`` entry with the reasons."""
    return MosaicRun(order, output_folder, progress, is_cancelled, log, **options).run()


def plan_product(order_doc, output_folder, period_doc, target_doc, block_rows=None, is_cancelled=None, log=None,
                 **options):
    """Step 1 of one product on a Dask worker: discovery, input QC and grid of its composite ->
    ``CompositePlan`` whose ``blocks`` are row bands of about ``block_rows`` rows.

    ``order_doc``: ``Order.to_dict()``; ``period_doc``: ``{"kind", "start", "end"}`` (ISO
    dates); ``target_doc``: a ``ProductTarget`` as a dict; ``options`` as for
    :func:`run_order`. Raises ``NoUsableScenes`` / ``AreaWithoutData`` when the product has
    no data (the local run's ``no_data`` entry)."""
    run, period, target = _worker_run(order_doc, output_folder, period_doc, target_doc, is_cancelled, log, options)
    work, _staging = run._work_dirs(period, target)
    return plan_composite(run._request(period, target, work), block_rows, is_cancelled=run.is_cancelled,
                          log=run.log)


def make_block(order_doc, output_folder, period_doc, target_doc, plan, index, is_cancelled=None, log=None,
               **options):
    """Step 2: composite block ``index`` of ``plan`` into the product's hidden work folder on
    the output disk (GeoTIFFs written to a temporary name and renamed: a block file that
    exists is complete); returns the block's figures (plain data, ``composite_block``).
    Temporary files a killed earlier attempt left are removed first."""
    run, period, target = _worker_run(order_doc, output_folder, period_doc, target_doc, is_cancelled, log, options)
    work, _staging = run._work_dirs(period, target)
    output, quality = block_files(work, index)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    for path in (output, quality):
        folder, name = os.path.split(path)
        for leftover in glob.glob(os.path.join(glob.escape(folder), "." + glob.escape(name) + ".s2gm-*")):
            try:
                os.remove(leftover)
            except FileNotFoundError:
                pass
    return composite_block(plan, plan.blocks[index], output, quality, is_cancelled=run.is_cancelled, log=run.log)


def assemble_product(order_doc, output_folder, period_doc, target_doc, plan, blocks, is_cancelled=None, log=None,
                     **options):
    """Step 3: the product from its blocks (``blocks``: their figures in row order): joined
    by ``join_blocks`` (blocks that used a scene rejected in another block are made again
    without it), then what the local run does with its composite. ``plan`` may be the
    no-data message of step 1 instead. Returns a :class:`ProductEntry`; removes the work
    folder."""
    run, period, target = _worker_run(order_doc, output_folder, period_doc, target_doc, is_cancelled, log, options)

    def joined(work):
        if isinstance(plan, str):
            raise NoUsableScenes(plan)
        return join_blocks(plan, blocks, os.path.join(work, "composite.vrt"), os.path.join(work, "quality.vrt"),
                           os.path.join(work, "qc.json"), is_cancelled=run.is_cancelled, log=run.log)
    return run._product(period, target, joined)


def block_files(work, index):
    """(reflectance, quality) GeoTIFF of block ``index`` in a product's work folder."""
    return (os.path.join(work, "blocks", "composite_%04d.tif" % index),
            os.path.join(work, "blocks", "quality_%04d.tif" % index))


def product_work_dir(order_doc, output_folder, period_doc, target_doc):
    """The hidden work folder of one product (its block files live there)."""
    run, period, target = _worker_run(order_doc, output_folder, period_doc, target_doc, None, None, {})
    return run._work_dirs(period, target)[0]


def _worker_run(order_doc, output_folder, period_doc, target_doc, is_cancelled, log, options):
    run = MosaicRun(Order.from_dict(order_doc), output_folder, None, is_cancelled, log, **options)
    run.order_dir = os.path.join(run.output_folder, run.order.id)
    run.span = (0.0, 100.0)
    return run, period_from_doc(period_doc), ProductTarget(**target_doc)


def period_to_doc(period):
    return {"kind": period.kind, "start": period.start.isoformat(), "end": period.end.isoformat()}


def period_from_doc(doc):
    return Period(doc["kind"], parse_iso(doc["start"], "period start"), parse_iso(doc["end"], "period end"))


class MosaicRun:
    def __init__(self, order, output_folder, progress=None, is_cancelled=None, log=None,
                 tile_size_m=None, granule_step_m=None, credentials=None, catalog=None, cache_dir=None):
        if not isinstance(order, Order):
            raise InvalidRequest("run_order needs an Order")
        self.order = order.validated()
        if not output_folder:
            raise InvalidRequest("OUTPUT_FOLDER is missing: give a folder for the order's products")
        self.output_folder = os.path.abspath(output_folder)
        self.progress = progress or (lambda pct, msg: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda msg: None)
        # a UTM product larger than one Sentinel-2 tile is split at the granule grid
        self.tile_size_m = tile_size_m or deliver.S2_TILE_M
        self.granule_step_m = granule_step_m or deliver.GRANULE_STEP_M
        # how to reach the source: run-time only, not part of the order (no secret on disk)
        self.credentials = tuple(credentials) if credentials else None
        self.catalog = catalog
        self.cache_dir = cache_dir

    # ------------------------------------------------------------------ order folder
    def _prepare(self):
        self.order_dir = os.path.join(self.output_folder, self.order.id)
        os.makedirs(self.order_dir, exist_ok=True)
        path = os.path.join(self.order_dir, ORDER_FILE)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                previous = json.load(fh)
            if previous != json.loads(json.dumps(self.order.to_dict())):
                raise InvalidRequest(
                    "%s already holds a different order named '%s': choose another OUTPUT_FOLDER or "
                    "order name, or delete that folder" % (self.order_dir, self.order.id))
        save_order(self.order, path)
        for name in os.listdir(self.order_dir):  # leftovers of a killed run
            if name.startswith((".work-", ".staging-")):
                shutil.rmtree(os.path.join(self.order_dir, name), ignore_errors=True)

    def plan(self):
        """Periods and targets of the order, the order folder prepared; [(period, target)]."""
        o = self.order
        self.periods = periods_touching(o.period, o.start_date, o.end_date)
        self.targets = product_targets(o.crs_kind, o.aoi_wkt, o.aoi_crs, o.extent, o.extent_crs)
        if not self.targets:
            raise InvalidRequest("the order's area is empty after clipping to lon/lat: check the AOI and its CRS")
        self._prepare()
        self.entries = []
        self.log("Order %s: %d period(s) x %d product(s)" % (o.id, len(self.periods), len(self.targets)))
        return [(p, t) for p in self.periods for t in self.targets]

    def run(self):
        units = self.plan()
        for i, (period, target) in enumerate(units):
            if self.is_cancelled():
                raise Cancelled("Cancelled by the user; delivered products are kept, run the order again to resume.")
            self.span = (100.0 * i / len(units), 100.0 * (i + 1) / len(units))
            label = "%s %s" % (period, target.tag)
            self.progress(self.span[0], "Product %d of %d: %s" % (i + 1, len(units), label))
            entry = self._product(period, target)
            self.entries.append(entry)
            self.log("%s: %s%s" % (label, entry.status, (" (%s)" % entry.reason) if entry.reason else ""))
            self._write_status()
        self.progress(100.0, "Order done")
        return MosaicResult(self.order_dir, self.entries)

    def _write_status(self, entries=None):
        doc = {"order": self.order.id, "software": "S2GM Mosaic %s" % __version__,
               "products": [e.__dict__ for e in (self.entries if entries is None else entries)]}
        write_json(os.path.join(self.order_dir, STATUS_FILE), doc)

    # ------------------------------------------------------------------ one product
    def _paths(self, period, target):
        folder = product_folder(period, self.order.resolution, self.order.id)
        return os.path.join(self.order_dir, folder, target.tag), os.path.join(folder, target.tag)

    def _work_dirs(self, period, target):
        """(work, staging): the product's hidden folders in the order folder."""
        final, _rel = self._paths(period, target)
        tag = "%s-%s" % (os.path.basename(os.path.dirname(final)), target.tag)
        return os.path.join(self.order_dir, ".work-" + tag), os.path.join(self.order_dir, ".staging-" + tag)

    def _product(self, period, target, make_composite=None):
        """One product: ``make_composite(work)`` -> its ``CompositeResult`` (default: a fresh
        work folder and ``run_composite``; the Dask runner: its blocks joined), then layers,
        files, metadata, output QC and the rename into place. Returns a ProductEntry."""
        final, rel = self._paths(period, target)
        base = dict(period_start=period.start.isoformat(), period_end=period.end.isoformat(), target=target.tag)
        if os.path.isdir(final):  # only ever made by renaming a complete staging folder
            return ProductEntry(status="skipped", folder=rel, reason="already delivered (resume)",
                                files=sorted(_files_under(final)), **base)
        work, staging = self._work_dirs(period, target)
        if make_composite is None:
            deliver.fresh_dir(work)
            make_composite = functools.partial(self._composite, period, target)
        deliver.fresh_dir(staging)
        try:
            try:
                composite = make_composite(work)
            except (NoUsableScenes, AreaWithoutData) as exc:
                return ProductEntry(status="no_data", reason=str(exc), **base)
            grid, layers = self._layers(composite, target)
            if self.is_cancelled():
                raise Cancelled("Cancelled by the user; no half product was left.")
            report = _read_json(composite.qc_report)
            parts = deliver.split_tiles(grid, layers, self.tile_size_m, self.granule_step_m)
            files, problems = [], []
            for part in parts:
                folder = os.path.join(staging, part.tag) if part.tag else staging
                f, p = self._write_part(period, target, part, folder, report)
                files += [os.path.relpath(x, staging) for x in f]
                problems += ["%s: %s" % (part.tag, x) for x in p] if part.tag else p
            if problems:
                return ProductEntry(status="failed_qc", reason="; ".join(problems), **base)
            deliver.publish(staging, final)
            return ProductEntry(status="delivered", folder=rel, files=sorted(files), **base)
        finally:
            shutil.rmtree(work, ignore_errors=True)
            shutil.rmtree(staging, ignore_errors=True)

    def _composite(self, period, target, work):
        lo, hi = self.span

        def progress(pct, msg):
            self.progress(lo + (hi - lo) * 0.85 * max(0.0, min(100.0, pct)) / 100.0, msg)
        return run_composite(self._request(period, target, work), progress=progress, is_cancelled=self.is_cancelled,
                             log=self.log)

    def _request(self, period, target, work):
        """The CompositeRequest of one product: the period, the target's AOI and CRS, into ``work``."""
        o = self.order
        return CompositeRequest(
            input_path=o.source, output=os.path.join(work, "composite.tif"),
            quality=os.path.join(work, "quality.tif"), qc_report=os.path.join(work, "qc.json"),
            start_date=period.start.isoformat(), end_date=period.end.isoformat(), method=o.method,
            resolution=o.resolution, bands=list(o.bands), aux=list(o.aux),
            aoi_wkt=target.aoi_wkt, aoi_crs=target.aoi_crs, crs=target.crs,
            catalog=self.catalog, credentials=self.credentials, cache_dir=self.cache_dir,
            overviews=False)  # the work rasters only feed the products, which get their own

    def _grid(self, target):
        """The product grid: the target's AOI in its CRS, snapped like the engine's grid."""
        geom = ogr.CreateGeometryFromWkt(target.aoi_wkt)
        src, dst = srs_from(target.aoi_crs), srs_from(target.crs)
        if not src.IsSame(dst):
            geom.Transform(osr.CoordinateTransformation(src, dst))
        xmin, xmax, ymin, ymax = geom.GetEnvelope()
        return make_grid(dst.ExportToWkt(), (xmin, ymin, xmax, ymax), self.order.resolution)

    def _layers(self, composite, target):
        """Composite + quality rasters -> {layer: array on the product grid, S2GM type}."""
        grid = self._grid(target)
        layers = {}
        for path, is_quality in ((composite.output, False), (composite.quality, True)):
            ds = gdal.Open(path)
            gt = ds.GetGeoTransform()
            col = int(round((gt[0] - grid.x0) / grid.res))
            row = int(round((grid.y0 - gt[3]) / grid.res))
            # the part of the composite inside the product grid
            c0, r0 = max(0, -col), max(0, -row)
            c1 = min(ds.RasterXSize, grid.width - col)
            r1 = min(ds.RasterYSize, grid.height - row)
            for i in range(1, ds.RasterCount + 1):
                band = ds.GetRasterBand(i)
                name = band.GetDescription()
                out = empty_layer(name, (grid.height, grid.width))
                if c1 > c0 and r1 > r0:
                    data = band.ReadAsArray(c0, r0, c1 - c0, r1 - r0)
                    if is_quality:
                        data = quality_to_spec(name, data, -1)
                    out[row + r0:row + r1, col + c0:col + c1] = data
                layers[name] = out
            ds = None
        return grid, layers

    def _write_part(self, period, target, part, folder, report):
        """Write one product (or one ``tile_N`` of it) into ``folder``; returns (files, problems)."""
        o = self.order
        os.makedirs(folder, exist_ok=True)
        meta = deliver.file_metadata(o.id, period, o.resolution)
        attrs = deliver.netcdf_attributes(o.period, period, o.resolution, o.id, part.grid.crs_wkt,
                                          "S2GM Mosaic %s: composite of the order %s" % (__version__, o.id))
        files, problems = deliver.write_layers(folder, o.format, part.grid, period, o.resolution, o.id,
                                               part.layers, meta, attrs, self.is_cancelled)
        self._metadata(period, target, part, files, problems, report, folder)
        return files, problems

    def _metadata(self, period, target, part, files, problems, report, folder):
        o = self.order
        used = report.get("inputs_used", [])
        total = sum(u.get("pixels_chosen", 0) for u in used) or 1
        sources = [{"source_index": u["source_index"], "id": u["id"], "datetime": u.get("datetime"),
                    "pixels_chosen": u.get("pixels_chosen", 0),
                    "share": round(u.get("pixels_chosen", 0) / total, 6)} for u in used]
        tile = target.tag + ("/" + part.tag if part.tag else "")
        doc = {
            "product": product_folder(period, o.resolution, o.id),
            "created": now_utc(),
            "software": {"name": "S2GM Mosaic", "version": __version__, "gdal": gdal.__version__,
                         "medoid_kernel": report.get("software", {}).get("medoid_kernel")},
            "order": o.to_dict(),
            "period": {"kind": o.period, "start": period.start.isoformat(), "end": period.end.isoformat()},
            "tile": tile,
            "format": o.format,
            "source_products": sources,
            "inputs_rejected": report.get("inputs_rejected", []),
            "inputs_outside_period": report.get("inputs_outside_period", []),
            "pixels_per_method": report.get("pixels_per_method", {}),
            "notes": report.get("notes", []),
        }
        deliver.write_metadata(folder, doc, period, o.id, part.grid, part.layers, files, problems, {
            "identifier": "%s_%s" % (doc["product"], tile.replace("/", "_")),
            "title": "S2GM %s mosaic %s to %s (%s, %d m)" % (o.period, period.start, period.end, tile,
                                                            o.resolution),
            "abstract": "Cloud-free Sentinel-2 L2A surface reflectance mosaic of the period, made with the "
                        "S2GM rules (medoid for 4 or more valid observations, short-term composite below, "
                        "every pixel one real observation) with quality layers %s." % ", ".join(
                            n for n in part.layers if not n.startswith("B")),
            "resolution_m": o.resolution,
            "lineage": "Composited by S2GM Mosaic %s from %d Sentinel-2 L2A scene(s) (%s); %d rejected by input "
                       "QC. Reflectance harmonised across processing baselines; output re-opened and checked "
                       "by output tile QC." % (__version__, len(sources), ", ".join(s["id"] for s in sources),
                                               len(doc["inputs_rejected"])),
            "format": o.format})


def _files_under(folder):
    return [os.path.relpath(os.path.join(d, f), folder) for d, _s, names in os.walk(folder) for f in names]


def _read_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
