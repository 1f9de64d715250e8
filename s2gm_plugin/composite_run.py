"""The composite pipeline behind ``pipeline.run_composite``: discovery -> input QC -> grid ->
block loop (read, merge same-orbit duplicates, mask, select, gather) -> files -> QC report.

The same run can be cut into row blocks (the Dask runner): :func:`plan_composite` does the
discovery, input QC and grid once and returns a :class:`CompositePlan` (plain data),
:func:`composite_block` composites the rows of one block into files of their own, and
:func:`join_blocks` joins the blocks (a VRT per raster) and writes the QC report from their
summed figures. A local composite is the one-block case of the same code.
"""
import json
import os
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

import numpy as np
from osgeo import gdal

from . import __version__
from .bands import AUX_LAYERS, MAX_VIEW_ZENITH, SPECTRAL_BANDS, VALID_SCL, medoid_bands_of
from .catalog import discover, discover_remote, is_catalog_url
from .catalog.stac_api import CDSE, catalog_for_url
from .composite import choose_observations, kernel_backend
from .errors import AreaWithoutData, Cancelled, InvalidRequest, NoUsableScenes
from .grid import AoiMask, Grid, intersect, make_grid, transform_bounds, union
from .metadata import read_granule_metadata
from .pipeline import CompositeResult
from .qc import SceneRejected, check_scene
from .raster import epsg_of, srs_from
from .stack import ReadError, WindowReader
from .util import parse_bands, parse_date, write_text_atomic

FILE_AUX = ("AOT", "WVP", "CLD", "SNW")
ANGLE_AUX = ("SUN_ZENITH", "SUN_AZIMUTH", "VIEW_ZENITH", "VIEW_AZIMUTH")
QUALITY_BASE = ("valid_obs", "medoid_mos", "quality_scene_classification", "source_index",
                "source_date", "method")
AUX_NAMES = {"AOT": "quality_aot", "WVP": "quality_wvp", "CLD": "quality_cloud_confidence",
             "SNW": "quality_snow_confidence", "SUN_ZENITH": "sun_zenith",
             "SUN_AZIMUTH": "sun_azimuth", "VIEW_ZENITH": "view_zenith_mean",
             "VIEW_AZIMUTH": "view_azimuth_mean"}
# stored value = physical x factor (spec section 5); CLD/SNW are percent already
AUX_FACTOR = {"AOT": 10000.0, "WVP": 10000.0, "CLD": 1.0, "SNW": 1.0,
              "SUN_ZENITH": 100.0, "SUN_AZIMUTH": 100.0, "VIEW_ZENITH": 100.0, "VIEW_AZIMUTH": 100.0}
QUALITY_NODATA = -1
EPOCH = date(1970, 1, 1)
MAX_BLOCK_BYTES = 192 * 1024 * 1024  # cap of one window's working set (two are in flight)
DEFAULT_BLOCK = 512
# threads that read observations of a window in parallel (GDAL decodes without the GIL)
READ_WORKERS = max(1, min(4, int(os.environ.get("S2GM_READ_THREADS", 0)) or (os.cpu_count() or 2)))
GDAL_CACHE_BYTES = 272 * 1024 * 1024  # one column of source tiles per file (~150 MB for 20 dates x 11 files) + output blocks
MAX_GRID_PIXELS = 2_000_000_000  # a single composite larger than this is a mistake
DEFAULT_BLOCK_ROWS = 2048  # rows of one block task (Dask runner): two 1024 px source-tile rows at 10 m


@dataclass
class CompositePlan:
    """What every block of one composite shares, decided once by discovery, input QC and the
    grid: plain, picklable data (scene descriptions and file facts, no open file, no array),
    so it can travel to the workers that composite the blocks.

    ``request`` is the composite's, without the credentials (only discovery needs them; a
    plan may be spilled to a worker's disk). ``scenes``: the scenes that passed input QC, in
    composite order; ``infos``: scene id ->
    ``{key: (Asset, RasterInfo)}``; ``tile_heights``: scene id -> tallest source tile of its
    files in output pixels (the window height); ``rejected`` / ``notes``: those of discovery
    and input QC; ``window``: (width, height) of the processing window for all the scenes;
    ``blocks``: ``(first_row, end_row)`` of the grid per block, aligned to the window rows."""

    request: object
    method: str
    resolution: int
    start: object
    end: object
    bands: list
    medoid_bands: list
    aux: list
    remote: bool
    block_size: int
    scenes: list
    infos: dict
    tile_heights: dict
    grid: Grid
    rejected: list
    notes: list
    out_of_period: list
    superseded: list
    ignored: list
    timings: dict
    window: tuple
    blocks: list


# run attributes a plan carries (its other fields: request, scenes, window, blocks)
_PLAN_ATTRS = ("method", "resolution", "start", "end", "bands", "medoid_bands", "aux", "remote", "block_size",
               "infos", "tile_heights", "grid", "out_of_period", "superseded", "ignored")


@contextmanager
def gdal_session():
    """GDAL set up for compositing: the block cache (default 5 % of RAM) capped -- windows walk
    along rows of source tiles, so one column of tiles per file is all that is reused -- and
    the HTTP options of /vsicurl/ reads of a catalog INPUT; both restored afterwards."""
    from .catalog.transfer import GdalConfig, default_network, gdal_network_options
    previous_cache = gdal.GetCacheMax()
    if previous_cache > GDAL_CACHE_BYTES:
        gdal.SetCacheMax(GDAL_CACHE_BYTES)
    try:
        with GdalConfig(gdal_network_options(default_network())):
            yield
    finally:
        gdal.SetCacheMax(previous_cache)


def plan_composite(request, block_rows=DEFAULT_BLOCK_ROWS, progress=None, is_cancelled=None, log=None):
    """Discovery, input QC and grid of ``request`` -> :class:`CompositePlan` with its row
    blocks of about ``block_rows`` rows (a multiple of the window height when at least one
    window tall). Raises like :func:`pipeline.run_composite` (``NoUsableScenes``,
    ``AreaWithoutData``, ``InvalidRequest``)."""
    run = CompositeRun(request, progress, is_cancelled, log)
    try:
        with gdal_session():
            run._prepare()
            return run.plan(block_rows)
    finally:
        run.datasets = {}


def composite_block(plan, rows, output, quality=None, exclude=(), progress=None, is_cancelled=None, log=None):
    """Composite grid rows ``rows`` = (first, end) of ``plan`` into ``output`` / ``quality``
    (GeoTIFFs of just those rows, written to a temporary name and renamed), leaving out the
    scene ids ``exclude``. A scene whose file breaks here is rejected and the rows are made
    again without it, as the local run does. Reads its inputs itself.

    Returns plain data: ``rows``, ``output``, ``quality``, ``scenes`` (ids used, [] when every
    scene failed: no files then), ``excluded``, ``rejected`` (entries of scenes rejected
    here), ``method_counts``, ``pixels_inside``, ``vza_filtered``, ``source_pixels`` and
    ``band_data_seen`` (per scene used), ``view_zenith`` (ids whose view zenith was known),
    ``notes`` (new ones), ``seconds``."""
    run = CompositeRun.from_plan(plan, progress, is_cancelled, log)
    run.overviews = False
    gone = set(exclude)
    scenes = [s for s in run.qc_scenes if s.id not in gone]
    t = time.perf_counter()
    try:
        with gdal_session():
            if not scenes:
                raise NoUsableScenes("Every input scene failed%s." % run._reasons_suffix())
            run._composite_rows(tuple(rows), output, quality, scenes)
    except NoUsableScenes:
        run.scenes = []
    finally:
        run.datasets = {}
    return run._block_figures(rows, output, quality, sorted(gone), time.perf_counter() - t)


def join_blocks(plan, blocks, output, quality=None, qc_report=None, progress=None, is_cancelled=None, log=None):
    """The composite of ``plan`` from its blocks (results of :func:`composite_block`, in row
    order) -> :class:`CompositeResult`. A scene rejected while compositing one block is left
    out of every block: the blocks that used it are composited again here without it (the
    local run restarts without such a scene), until all blocks used the same scenes. Then
    ``output`` / ``quality`` become VRTs over the block files and the QC report is written
    from the blocks' figures (counts summed), as the local run writes it."""
    run = CompositeRun.from_plan(plan, progress, is_cancelled, log)
    log = run.log
    blocks = list(blocks)
    rejected = []  # scenes rejected while compositing, in the order blocks found them
    fresh = blocks
    while True:
        for b in fresh:
            for r in b["rejected"]:
                if r["id"] not in {x["id"] for x in rejected}:
                    rejected.append(r)
        gone = {r["id"] for r in rejected}
        final = [s.id for s in plan.scenes if s.id not in gone]
        if not final:
            run.rejected = list(plan.rejected) + rejected
            raise NoUsableScenes("Every input scene failed%s." % run._reasons_suffix())
        stale = [i for i, b in enumerate(blocks) if b["scenes"] != final]
        if not stale:
            break
        fresh = []
        for i in stale:
            if run.is_cancelled():
                raise Cancelled("Cancelled by the user; no output was written.")
            b = blocks[i]
            log("Block %d of %d: compositing again without %s, rejected while compositing another block"
                % (i + 1, len(blocks), ", ".join(sorted(set(b["scenes"]) & gone))))
            blocks[i] = composite_block(plan, b["rows"], b["output"], b["quality"], sorted(gone),
                                        is_cancelled=is_cancelled, log=log)
            fresh.append(blocks[i])
    from .writer import write_rows_vrt
    names = [("output", output)] + ([("quality", quality)] if quality else [])
    for key, path in names:
        write_rows_vrt(path, plan.grid, [(b[key], b["rows"][0]) for b in blocks])
    run.timings["composite_s"] = sum(b["seconds"] for b in blocks)
    return run._finish(blocks, rejected, output, quality, qc_report)


def _picker(index):
    """``pick(arr)`` = ``arr[index[r, c], r, c]`` for ``(N, H, W)`` arrays whose rows are
    contiguous (every array of a window, the views of the medoid stack included), as one
    ``np.take`` on the array's memory: several times faster than ``take_along_axis``, which
    builds the full index tuple again for every layer."""
    h, w = index.shape
    within = np.arange(h * w, dtype=np.int64).reshape(h, w)
    cache = {}

    def pick(arr):
        size = arr.itemsize
        if arr.shape[1:] != (h, w) or arr.strides[2] != size or arr.strides[1] != w * size \
                or arr.strides[0] % size:
            return np.take_along_axis(arr, index[None], axis=0)[0]
        step = arr.strides[0] // size
        if step not in cache:
            cache[step] = index * step + within
        flat = np.lib.stride_tricks.as_strided(arr, shape=((arr.shape[0] - 1) * step + h * w,),
                                               strides=(size,), writeable=False)
        return np.take(flat, cache[step])
    return pick


class CompositeRun:
    """One composite. ``read_only=True`` reads every window exactly as the composite does
    but selects and writes nothing: the read-time reference of the benchmarks."""

    def __init__(self, request, progress=None, is_cancelled=None, log=None, read_only=False):
        self.req = request
        self.read_only = read_only
        self.progress = progress or (lambda pct, msg: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda msg: None)
        self.timings = {}
        self.datasets = {}  # path -> open GDAL dataset, shared by QC and the readers
        self.rejected = []
        self.notes = []
        self.overviews = request.overviews  # block files of a Dask run get none
        self.row0 = 0  # first grid row of the rows being composited

    @classmethod
    def from_plan(cls, plan, progress=None, is_cancelled=None, log=None):
        """A run that composites (blocks of) ``plan``: what discovery and input QC found is
        taken from the plan, files are opened by the readers."""
        run = cls(plan.request, progress, is_cancelled, log)
        for name in _PLAN_ATTRS:
            setattr(run, name, getattr(plan, name))
        run.qc_scenes = list(plan.scenes)
        run.rejected, run.plan_rejected = list(plan.rejected), list(plan.rejected)
        run.notes, run.plan_notes = list(plan.notes), list(plan.notes)
        run.timings = dict(plan.timings)
        run.aoi = AoiMask(plan.request.aoi_wkt, plan.request.aoi_crs, plan.grid) if plan.request.aoi_wkt else None
        run.angle_md = {}
        run._use(run.qc_scenes)
        return run

    def plan(self, block_rows=DEFAULT_BLOCK_ROWS):
        """:class:`CompositePlan` of a prepared run, its rows cut into blocks of about
        ``block_rows`` rows: a multiple of the window height, so a block's windows are the
        local run's; blocks lower than one window get windows of their own height."""
        rows = max(1, int(block_rows or DEFAULT_BLOCK_ROWS))
        h = self.window[1]
        step = rows - rows % h if rows >= h else rows
        blocks = [(r, min(r + step, self.grid.height)) for r in range(0, self.grid.height, step)]
        return CompositePlan(request=replace(self.req, credentials=None), scenes=list(self.qc_scenes),
                             rejected=list(self.rejected), notes=list(self.notes), timings=dict(self.timings),
                             window=tuple(self.window), blocks=blocks,
                             **{name: getattr(self, name) for name in _PLAN_ATTRS})

    # ------------------------------------------------------------------ parameters
    def _validate(self):
        r = self.req
        self.method = str(r.method or "auto").strip().lower()
        if self.method not in ("auto", "stc", "medoid"):
            raise InvalidRequest("METHOD '%s' is unknown: use auto, STC or MEDOID" % r.method)
        try:
            self.resolution = int(r.resolution)
        except (TypeError, ValueError):
            self.resolution = -1
        if self.resolution not in (10, 20, 60):
            raise InvalidRequest("RESOLUTION %s m is not offered: use 10, 20 or 60" % r.resolution)
        self.start = parse_date(r.start_date, "START_DATE")
        self.end = parse_date(r.end_date, "END_DATE")
        if self.start and self.end and self.end < self.start:
            raise InvalidRequest("END_DATE %s is before START_DATE %s" % (self.end, self.start))
        self.requested_bands = parse_bands(r.bands)
        self.aux = []
        for a in r.aux or []:
            key = str(a).strip().upper()
            if key not in AUX_LAYERS:
                raise InvalidRequest("aux layer '%s' is unknown (use %s)" % (a, ", ".join(AUX_LAYERS)))
            if key not in self.aux:
                self.aux.append(key)
        self.remote = is_catalog_url(r.input_path)  # a STAC API: searched, read by window
        if not self.remote and (not r.input_path or not os.path.exists(r.input_path)):
            raise InvalidRequest("INPUT '%s' does not exist: give a folder of L2A scenes (SAFE or "
                                 "STAC item folders) or a STAC catalog / item collection JSON" % r.input_path)
        if not r.output:
            raise InvalidRequest("OUTPUT is missing: give the path of the composite GeoTIFF")
        self.block_size = max(16, int(r.block_size or DEFAULT_BLOCK))

    # ------------------------------------------------------------------ discovery + QC
    def _discover(self):
        t = time.perf_counter()
        if self.remote:
            r = self.req
            catalog = r.catalog or catalog_for_url(r.input_path)
            if catalog.kind == CDSE:
                found = self._fetch_first(catalog)
            else:
                found = discover_remote(r.input_path, r.start_date, r.end_date, r.extent, r.extent_crs,
                                        r.aoi_wkt, r.aoi_crs, log=self.log)
        else:
            found = discover(self.req.input_path)
        self.superseded, self.ignored = list(found.superseded), list(found.ignored)
        self.rejected.extend(found.rejected)
        for rej in found.rejected:
            self.log("Rejected %s: %s" % (rej["id"], rej["reason"]))
        in_range = []
        self.out_of_period = []
        for s in found.scenes:
            if (self.start and s.date < self.start) or (self.end and s.date > self.end):
                self.out_of_period.append(s.id)
            else:
                in_range.append(s)
        if not found.scenes:
            raise NoUsableScenes(
                "No Sentinel-2 L2A scene found in '%s' (looked for SAFE products, STAC items, catalogs "
                "and item collections)%s. Point INPUT at a folder that holds them."
                % (self.req.input_path, self._reasons_suffix()))
        if not in_range:
            raise NoUsableScenes(
                "None of the %d scenes in '%s' falls between %s and %s (they span %s to %s): "
                "widen START_DATE / END_DATE." % (len(found.scenes), self.req.input_path, self.start or "-",
                                                  self.end or "-", found.scenes[0].date, found.scenes[-1].date))
        self.timings["discovery_s"] = time.perf_counter() - t
        return in_range

    def _fetch_first(self, catalog):
        """Copernicus Data Space serves whole JPEG 2000 files behind a login: fetch the AOI of
        each scene into a cache folder of its own for this search (the same search reuses
        it, downloading nothing new), then composite those local files."""
        import hashlib
        from .catalog.fetch import FetchRequest, fetch_l2a
        from .catalog.transfer import default_network
        r = self.req
        if not r.credentials:
            raise InvalidRequest("Copernicus Data Space needs an account: give AUTH, a QGIS authentication "
                                 "configuration with your CDSE user name and password")
        if not (r.extent or r.aoi_wkt):
            raise InvalidRequest("a Copernicus Data Space INPUT needs an EXTENT or AOI: whole scenes are "
                                 "not downloaded for a composite")
        key = json.dumps([catalog.base_url, r.extent, r.extent_crs, r.aoi_wkt, r.aoi_crs, r.start_date,
                          r.end_date, self.requested_bands], sort_keys=True, default=str)
        root = r.cache_dir or os.path.join(os.path.expanduser("~"), ".cache", "s2gm-mosaic", "cdse")
        folder = os.path.join(root, hashlib.sha256(key.encode()).hexdigest()[:16])
        self.notes.append("Copernicus Data Space scenes fetched to %s before compositing" % folder)
        result = fetch_l2a(FetchRequest(
            catalog=catalog, output_folder=folder, extent=r.extent, extent_crs=r.extent_crs,
            aoi_wkt=r.aoi_wkt, aoi_crs=r.aoi_crs, start_date=r.start_date, end_date=r.end_date,
            bands=self.requested_bands, network=default_network(), credentials=r.credentials),
            progress=lambda pct, msg: self.progress(0.0, msg), is_cancelled=self.is_cancelled, log=self.log)
        found = discover(result.item_collection)
        found.rejected.extend({"id": f.get("id", "?"), "source": catalog.base_url,
                               "reason": f.get("reason", "fetch failed")} for f in result.failed)
        return found

    def _reasons_suffix(self):
        if not self.rejected:
            return ""
        return "; rejected: " + "; ".join("%s (%s)" % (r["id"], r["reason"]) for r in self.rejected[:5])

    def _choose_bands(self, scenes):
        if self.requested_bands:
            return list(self.requested_bands)
        candidates = [b for b in SPECTRAL_BANDS if b != "B09"]

        def local(scene, key):
            a = scene.asset_for(key, self.resolution)
            return a is not None and (self.remote or not a.is_remote)
        with_scl = [s for s in scenes if local(s, "SCL")] or scenes
        common = [b for b in candidates if all(local(s, b) for s in with_scl)]
        some = [b for b in candidates if b not in common and any(local(s, b) for s in with_scl)]
        if some:
            self.notes.append("bands left out because not every scene has them locally: %s" % ", ".join(some))
        if not common:
            raise NoUsableScenes("The scenes in '%s' share no spectral band available locally: "
                                 "choose BANDS explicitly or fetch the scenes first." % self.req.input_path)
        return common

    def _qc(self, scenes):
        t = time.perf_counter()
        keys = ["SCL"] + self.bands
        usable, self.infos = [], {}
        for i, scene in enumerate(scenes):
            self.progress(5.0 * i / max(len(scenes), 1), "Checking %s" % scene.id)
            try:
                infos = check_scene(scene, keys, self.resolution, allow_remote=self.remote,
                                    datasets=self.datasets)
            except SceneRejected as exc:
                self._reject(scene, str(exc))
                continue
            for key in self.file_aux:
                if key not in scene.assets:
                    continue
                try:
                    checked = check_scene(scene, ["SCL", key], self.resolution, allow_remote=self.remote,
                                          datasets=self.datasets)
                    infos[key] = checked[key]
                except SceneRejected as exc:
                    self.notes.append("%s: aux %s not used (%s)" % (scene.id, key, exc))
            usable.append(scene)
            self.infos[scene.id] = infos
        self.timings["input_qc_s"] = time.perf_counter() - t
        if not usable:
            raise NoUsableScenes("Every input scene was rejected by input tile QC%s. Replace the bad files "
                                 "or point INPUT at other scenes." % self._reasons_suffix())
        return usable

    def _reject(self, scene, reason):
        self.rejected.append({"id": scene.id, "source": scene.source, "reason": reason})
        self.log("Rejected %s: %s" % (scene.id, reason))

    # ------------------------------------------------------------------ grid
    def _grid(self, scenes):
        if self.req.crs:
            crs = srs_from(self.req.crs).ExportToWkt()
        else:
            codes = Counter()
            wkts = {}
            for s in scenes:
                info = self.infos[s.id]["SCL"][1]
                code = epsg_of(info.crs_wkt) or info.crs_wkt
                codes[code] += 1
                wkts.setdefault(code, info.crs_wkt)
            crs = wkts[codes.most_common(1)[0][0]]
            if len(codes) > 1:
                self.notes.append("scenes come in %d CRSs; output in %s, others reprojected"
                                  % (len(codes), codes.most_common(1)[0][0]))
        data = union(transform_bounds(self.infos[s.id]["SCL"][1].bounds, self.infos[s.id]["SCL"][1].crs_wkt, crs)
                     for s in scenes)
        area = data
        self.aoi = None
        if self.req.extent:
            ext = transform_bounds(tuple(float(v) for v in self.req.extent), self.req.extent_crs or crs, crs)
            area = intersect(area, ext)
            if area is None:
                raise AreaWithoutData("EXTENT %s does not overlap the input scenes (they cover %s in the output CRS)"
                                     % (tuple(round(v, 3) for v in self.req.extent), tuple(round(v) for v in data)))
        if self.req.aoi_wkt:
            probe = make_grid(crs, area, self.resolution)
            self.aoi = AoiMask(self.req.aoi_wkt, self.req.aoi_crs, probe)
            area = intersect(area, self.aoi.bounds)
            if area is None:
                raise AreaWithoutData("the AOI does not overlap the input scenes (check its CRS)")
        grid = make_grid(crs, area, self.resolution)
        pixels = grid.width * grid.height
        if pixels > MAX_GRID_PIXELS:
            raise InvalidRequest(
                "The composite would be %d x %d pixels (%.0f x %.0f km, about %.0f GB per band): the "
                "inputs are spread far apart. Give an EXTENT or AOI, or a coarser RESOLUTION."
                % (grid.width, grid.height, grid.width * self.resolution / 1000.0,
                   grid.height * self.resolution / 1000.0, pixels * 2 / 1e9))
        if self.aoi is not None:
            self.aoi.grid = grid
        return grid

    # ------------------------------------------------------------------ block loop
    @staticmethod
    def _observations(scenes):
        """Observations: lists of indices into ``scenes`` of one platform, day and orbit."""
        groups = {}
        for idx, s in enumerate(scenes):
            groups.setdefault(s.observation_key, []).append(idx)
        return sorted(groups.values(), key=lambda members: (scenes[members[0]].datetime, scenes[members[0]].id))

    def _use(self, scenes):
        """Composite with ``scenes`` from now on: their observations and window."""
        self.scenes = scenes
        self.first_date, self.last_date = scenes[0].date, scenes[-1].date
        self.obs = self._observations(scenes)
        self.window = self._window_shape()

    def _tile_heights(self, scenes):
        """Scene id -> tallest tile (GDAL block) of its files in output pixels, 0 = unknown."""
        heights = {}
        for s in scenes:
            tile_h = 0
            for asset, info in self.infos[s.id].values():
                ds = self.datasets.get(asset.href)
                if ds is not None:
                    bh = ds.GetRasterBand(1).GetBlockSize()[1]
                    tile_h = max(tile_h, int(round(bh * info.res / self.grid.res)))
            heights[s.id] = tile_h
        return heights

    def _reader(self, scene, key):
        cache_key = (scene.id, key)
        reader = self.readers.get(cache_key)
        if reader is None:
            asset, info = self.infos[scene.id][key]
            with self.reader_lock:
                # a GDAL dataset is used by one thread at a time: a file shared by two
                # scenes gets a second handle
                ds = self.datasets.get(asset.href) if asset.href not in self.hrefs_taken else None
                self.hrefs_taken.add(asset.href)
            reader = WindowReader(asset.href, info, self.grid, key in ("SCL", "CLD", "SNW"), asset.nodata, ds)
            self.readers[cache_key] = reader
        return reader

    def _angles(self, scene):
        if scene.id not in self.angle_md:
            md = None
            if scene.granule_metadata:
                try:
                    md = read_granule_metadata(scene.granule_metadata)
                except Exception as exc:  # noqa: BLE001 - angles are optional
                    self.notes.append("%s: granule metadata unreadable (%s)" % (scene.id, exc))
            self.angle_md[scene.id] = md
        return self.angle_md[scene.id]

    def _read_observation(self, i, win, out):
        """Observation ``i`` of a window into slice ``i`` of the window arrays: per-pixel
        merge of its same-orbit scenes (the first that has data wins), masked, harmonised.
        Runs on a read worker; observations touch disjoint slices and files. Returns the
        number of valid pixels dropped by the view zenith filter."""
        col, row, w, h = win
        scl, refl, ok, aux, member, valid, inside, _stack = out
        vza = np.full((h, w), np.nan, np.float32)
        for idx in self.obs[i]:
            scene = self.scenes[idx]
            try:
                s = self._reader(scene, "SCL").read(col, row, w, h)
            except ReadError as exc:
                raise _SceneFailed(idx, str(exc))
            has = (s > 0) & (s <= 11) & (member[i] < 0)
            if not has.any():
                continue
            member[i][has] = idx
            scl[i][has] = s[has]
            for b in self.bands:
                asset = self.infos[scene.id][b][0]
                try:
                    dn = self._reader(scene, b).read(col, row, w, h)
                except ReadError as exc:
                    raise _SceneFailed(idx, str(exc))
                good = dn != (asset.nodata if asset.nodata is not None else 0)
                # float64 then float32: every DN convention lands on the same float32 value
                refl[b][i][has] = (dn[has] * asset.scale + asset.offset).astype(np.float32)
                ok[b][i][has] = good[has]
                self.band_data_seen[idx] |= bool(good[has].any())
            for k in self.aux:
                if k in FILE_AUX:
                    if k not in self.infos[scene.id]:
                        continue
                    asset = self.infos[scene.id][k][0]
                    try:
                        dn = self._reader(scene, k).read(col, row, w, h).astype(np.float32)
                    except ReadError as exc:
                        raise _SceneFailed(idx, str(exc))
                    val = dn * np.float32(asset.scale) + np.float32(asset.offset)
                    if asset.nodata is not None:
                        val[dn == asset.nodata] = np.nan
                    aux[k][i][has] = val[has]
            md = self._angles(scene)
            if md is not None:
                xs, ys = self.grid.pixel_centres(col, row, w, h)
                if md.view_zenith is not None:
                    vza[has] = md.view_zenith.sample(xs[has], ys[has])
                for k in self.aux:
                    if k in ANGLE_AUX and md.angle(k) is not None:
                        aux[k][i][has] = md.angle(k).sample(xs[has], ys[has])
        v = np.isin(scl[i], VALID_SCL) & inside
        for b in self.medoid_bands:
            v &= ok[b][i]
        far = vza >= MAX_VIEW_ZENITH  # NaN (unknown) compares False: kept
        valid[i] = v & ~far
        return int(np.count_nonzero(v & far))

    def _window_shape(self):
        """(width, height) of the processing window.

        The working set of one window stays under MAX_BLOCK_BYTES. With the default
        ``block_size`` the window is as tall as the tallest source tile (in output pixels:
        a 512 px tile of a 20 m band is 1024 px of a 10 m grid) and as wide as the budget
        allows, so that windows walk along rows of source tiles and every tile is decoded
        once while only one column of tiles per file sits in GDAL's cache. An explicit
        ``block_size`` gives square windows of that side.
        """
        n = len(self.obs)
        per_px = n * (len(self.bands) * 5 + len(self.aux) * 4 + 12) + 64
        budget = max(256, int(MAX_BLOCK_BYTES / per_px))
        side = int(budget ** 0.5)
        side = max(16, side - side % 16)
        if self.block_size != DEFAULT_BLOCK:
            side = max(16, min(self.block_size, side))
            return side, side
        tile_h = max([self.tile_heights.get(s.id, 0) for s in self.scenes] + [0])
        height = min(tile_h, self.grid.height) if tile_h else min(side, self.grid.height)
        if height * 16 > budget:  # tiles too tall for the budget: square windows
            side = min(side, DEFAULT_BLOCK)
            return side, side
        width = min(self.grid.width, max(16, budget // height))
        if width < self.grid.width:
            width = max(16, width - width % 16)
        return width, max(1, height)

    def _read_block(self, win):
        """Every observation of a window, merged, masked and harmonised (reader thread;
        the observations are read in parallel by the read workers)."""
        col, row, w, h = win
        n = len(self.obs)
        # the medoid bands live in one C-contiguous (N, B, H, W) stack that the kernel
        # reads in place; every band is reached by key as an (N, H, W) view or array
        stack = np.zeros((n, len(self.medoid_bands), h, w), np.float32)
        refl = {b: stack[:, j] for j, b in enumerate(self.medoid_bands)}
        refl.update({b: np.zeros((n, h, w), np.float32) for b in self.bands if b not in refl})
        out = (np.zeros((n, h, w), np.uint8),
               refl,
               {b: np.zeros((n, h, w), bool) for b in self.bands},
               {k: np.full((n, h, w), np.nan, np.float32) for k in self.aux},
               np.full((n, h, w), -1, np.int32),
               np.zeros((n, h, w), bool),
               self.aoi.window(col, row, w, h) if self.aoi is not None else np.ones((h, w), bool),
               stack)
        futures = [self.read_pool.submit(self._read_observation, i, win, out) for i in range(n)]
        self.vza_filtered += sum(f.result() for f in futures)
        return out

    def _process_block(self, win, writers, data):
        """Select per pixel (main thread); returns the window's layers to write as
        [(writer, layer name, column, row, array)]."""
        col, row, w, h = win
        out = []
        scl, refl, ok, aux, member, valid, inside, stack = data
        cloud = None
        if "CLD" in self.aux:
            cloud = np.where(np.isnan(aux["CLD"]), 255, aux["CLD"]).astype(np.uint8)
        sel = choose_observations(self.method, valid, scl, refl, self.medoid_bands, cloud,
                                  medoid_stack=stack)
        idx = sel.index.astype(np.int64)
        chosen = idx >= 0
        pick = _picker(np.where(chosen, idx, 0))
        for b in self.bands:
            rho = pick(refl[b])
            good = pick(ok[b]) & chosen
            dn = np.clip(np.rint(rho * 10000.0), 1, 65535)
            out.append((writers["out"], b, col, row - self.row0, np.where(good, dn, 0).astype(np.uint16)))
        src = pick(member)
        q = {
            "valid_obs": np.where(inside, sel.valid_obs, QUALITY_NODATA),
            "medoid_mos": np.where(sel.method == 2, np.rint(np.nan_to_num(sel.medoid_mos) * 10000.0), QUALITY_NODATA),
            "quality_scene_classification": np.where(chosen, pick(scl), 0),
            "source_index": np.where(chosen, src, QUALITY_NODATA),
            "source_date": np.where(chosen, self.scene_days[np.maximum(src, 0)], QUALITY_NODATA),
            "method": sel.method,
        }
        for k in self.aux:
            val = pick(aux[k])
            q[AUX_NAMES[k]] = np.where(chosen & np.isfinite(val), np.rint(np.nan_to_num(val) * AUX_FACTOR[k]),
                                       QUALITY_NODATA)
        if writers.get("quality") is not None:
            for name, arr in q.items():
                out.append((writers["quality"], name, col, row - self.row0, arr.astype(np.int32)))
        self.method_counts["STC"] += int(np.count_nonzero(sel.method == 1))
        self.method_counts["MEDOID"] += int(np.count_nonzero(sel.method == 2))
        self.method_counts["none"] += int(np.count_nonzero(inside & ~chosen))
        self.pixels_inside += int(np.count_nonzero(inside))
        used = np.bincount(src[chosen], minlength=len(self.scenes))
        self.source_pixels += used
        return out

    @staticmethod
    def _write_layers(layers):
        """Writer thread: the layers of one window, compressed by GDAL (GIL released)."""
        for writer, name, col, row, array in layers:
            writer.write(name, col, row, array)

    def _open_writers(self, rows, output, quality):
        from .writer import BlockWriter
        g = self.grid
        grid = Grid(g.crs_wkt, g.x0, g.y0 - rows[0] * g.res, g.res, g.width, rows[1] - rows[0])
        meta = {"S2GM_SOFTWARE": "S2GM Mosaic %s" % __version__, "S2GM_METHOD": self.method.upper(),
                "S2GM_PERIOD": "%s/%s" % (self.first_date, self.last_date)}
        writers = {"out": BlockWriter(output, grid, self.bands, gdal.GDT_UInt16, 0,
                                      {b: 0.0001 for b in self.bands}, meta, self.overviews)}
        writers["quality"] = None
        if quality:
            names = list(QUALITY_BASE) + [AUX_NAMES[k] for k in self.aux]
            scales = {"medoid_mos": 0.0001, "quality_aot": 0.0001, "quality_wvp": 0.0001,
                      "sun_zenith": 0.01, "sun_azimuth": 0.01, "view_zenith_mean": 0.01,
                      "view_azimuth_mean": 0.01}
            writers["quality"] = BlockWriter(quality, grid, names, gdal.GDT_Int32,
                                             QUALITY_NODATA, scales, meta, self.overviews)
        return writers

    def _windows(self, rows):
        """The processing windows of grid rows [first, end), row-major; the whole grid gives
        ``grid.blocks(*window)``, a block its rows of those windows (cut at its last row)."""
        w, h = self.window
        for row in range(rows[0], rows[1], h):
            for col in range(0, self.grid.width, w):
                yield col, row, min(w, self.grid.width - col), min(h, rows[1] - row)

    def _composite(self, rows, output, quality):
        """One pass over the windows of grid rows ``rows`` = (first, end), written to
        ``output`` / ``quality`` (rasters of those rows). Raises _SceneFailed when a file breaks
        mid-run."""
        self.readers = {}
        self.hrefs_taken = set()
        self.reader_lock = threading.Lock()
        self.read_pool = ThreadPoolExecutor(max_workers=READ_WORKERS, thread_name_prefix="s2gm-obs")
        self.method_counts = Counter({"STC": 0, "MEDOID": 0, "none": 0})
        self.pixels_inside = 0
        self.vza_filtered = 0
        self.source_pixels = np.zeros(len(self.scenes), np.int64)
        self.band_data_seen = np.zeros(len(self.scenes), bool)
        self.scene_days = np.array([(s.date - EPOCH).days for s in self.scenes], np.int64)
        self.row0 = rows[0]
        writers = {} if self.read_only else self._open_writers(rows, output, quality)
        blocks = list(self._windows(rows))
        # One reader thread reads the next window while this one is composited, and one
        # writer thread compresses the previous window's layers (GDAL releases the GIL while
        # it decodes and encodes); at most two windows are read and one written at a time,
        # and the output files are only ever touched by the writer thread until commit.
        reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="s2gm-read")
        writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="s2gm-write")
        pending = written = None
        try:
            pending = reader.submit(self._read_block, blocks[0]) if blocks else None
            for i, win in enumerate(blocks):
                if self.is_cancelled():
                    raise Cancelled("Cancelled by the user; no output was written.")
                data = pending.result()
                pending = reader.submit(self._read_block, blocks[i + 1]) if i + 1 < len(blocks) else None
                if not self.read_only:
                    layers = self._process_block(win, writers, data)
                    if written is not None:
                        written.result()  # the previous window is written (or raise its error)
                    written = writer.submit(self._write_layers, layers)
                    layers = None
                data = None
                self.progress(5.0 + 90.0 * (i + 1) / len(blocks),
                              "Block %d of %d composited" % (i + 1, len(blocks)))
            if written is not None:
                written.result()
            if self.is_cancelled():
                raise Cancelled("Cancelled by the user; no output was written.")
            for wr in writers.values():
                if wr is not None:
                    wr.commit()
        except BaseException:
            if pending is not None:
                pending.cancel()
            reader.shutdown(wait=True)
            writer.shutdown(wait=True)  # a write in progress ends before its file is removed
            for wr in writers.values():
                if wr is not None:
                    wr.discard()
            raise
        finally:
            reader.shutdown(wait=True)
            writer.shutdown(wait=True)
            self.read_pool.shutdown(wait=True)
            self.readers = {}

    # ------------------------------------------------------------------ main
    def run(self):
        try:
            with gdal_session():
                return self._run()
        finally:
            self.readers, self.datasets = {}, {}  # close every file

    def _run(self):
        t_start = time.perf_counter()
        self._prepare()
        rows = (0, self.grid.height)
        t = time.perf_counter()
        self._composite_rows(rows, self.req.output, self.req.quality, self.qc_scenes)
        self.timings["composite_s"] = time.perf_counter() - t
        figures = self._block_figures(rows, self.req.output, self.req.quality, [], self.timings["composite_s"])
        self.timings["total_s"] = time.perf_counter() - t_start
        return self._finish([figures], figures["rejected"], self.req.output, self.req.quality, self.req.qc_report)

    def _prepare(self):
        """Parameters, discovery, band choice, input QC, grid: everything before the first
        window (a plan's content)."""
        self._validate()
        self.file_aux = [k for k in self.aux if k in FILE_AUX]
        scenes = self._discover()
        self.bands = self._choose_bands(scenes)
        self.medoid_bands = medoid_bands_of(self.bands)
        scenes = self._qc(scenes)
        for k in list(self.aux):
            if k in FILE_AUX and not any(k in self.infos[s.id] for s in scenes):
                self.notes.append("aux %s requested but no scene has it: layer left out" % k)
                self.aux.remove(k)
        missing_angles = [k for k in self.aux if k in ANGLE_AUX]
        if missing_angles and not any(s.granule_metadata for s in scenes):
            self.notes.append("%s requested but no scene has granule metadata (MTD_TL.xml): "
                              "those layers are no data" % ", ".join(missing_angles))
        self.grid = self._grid(scenes)
        self.tile_heights = self._tile_heights(scenes)
        self.qc_scenes = scenes
        self.plan_rejected, self.plan_notes = list(self.rejected), list(self.notes)
        self.angle_md = {}
        self._use(scenes)

    def _composite_rows(self, rows, output, quality, scenes):
        """Composite grid rows ``rows`` with ``scenes``. A scene whose file breaks is rejected
        and the rows are composited again without it (as often as needed); returns the
        scenes used. Raises NoUsableScenes when every scene failed."""
        while True:
            self._use(scenes)
            try:
                self._composite(rows, output, quality)
                return scenes
            except _SceneFailed as exc:
                bad = scenes[exc.index]
                self._reject(bad, "read error while compositing: %s" % exc.message)
                scenes = [s for s in scenes if s.id != bad.id]
                if not scenes:
                    raise NoUsableScenes("Every input scene failed%s." % self._reasons_suffix())
                self.log("Restarting without %s" % bad.id)

    def _block_figures(self, rows, output, quality, excluded, seconds):
        """What :meth:`_finish` needs of composited rows, as plain data (see composite_block);
        rejections and notes are those made since the plan."""
        used = list(getattr(self, "scenes", []))
        done = bool(used) and hasattr(self, "source_pixels")
        return {
            "rows": list(rows), "output": output, "quality": quality, "excluded": list(excluded),
            "scenes": [s.id for s in used],
            "rejected": self.rejected[len(self.plan_rejected):],
            "method_counts": dict(self.method_counts) if done else {},
            "pixels_inside": int(self.pixels_inside) if done else 0,
            "vza_filtered": int(self.vza_filtered) if done else 0,
            "source_pixels": self.source_pixels.tolist() if done else [],
            "band_data_seen": self.band_data_seen.tolist() if done else [],
            "view_zenith": sorted(k for k, md in self.angle_md.items()
                                  if md is not None and md.view_zenith is not None),
            "notes": self.notes[len(self.plan_notes):],
            "seconds": seconds,
        }

    def _finish(self, blocks, rejected, output, quality, qc_report):
        """Result and QC report of the composite made of ``blocks`` (figures of composited
        rows, every block made with the same scenes; one block of every row in a local run):
        counts summed, per-scene flags or-ed, ``rejected`` = the scenes rejected while
        compositing, in the order they were found."""
        by_id = {s.id: s for s in self.qc_scenes}
        ids = blocks[0]["scenes"]
        if any(b["scenes"] != ids for b in blocks):
            raise RuntimeError("blocks of one composite were made with different scenes")
        self._use([by_id[i] for i in ids])
        n = len(self.scenes)
        self.rejected = list(self.plan_rejected) + list(rejected)
        self.method_counts = Counter({"STC": 0, "MEDOID": 0, "none": 0})
        self.pixels_inside = self.vza_filtered = 0
        self.source_pixels = np.zeros(n, np.int64)
        self.band_data_seen = np.zeros(n, bool)
        self.view_zenith_known = set()
        notes = []
        for b in blocks:
            self.method_counts.update(b["method_counts"])
            self.pixels_inside += b["pixels_inside"]
            self.vza_filtered += b["vza_filtered"]
            self.source_pixels += np.asarray(b["source_pixels"], np.int64)
            self.band_data_seen |= np.asarray(b["band_data_seen"], bool)
            self.view_zenith_known.update(b["view_zenith"])
            notes += [x for x in b["notes"] if x not in notes]
        merged = sum(1 for m in self.obs if len(m) > 1)
        self.notes = list(self.plan_notes)
        if merged:
            self.notes.append("%d observations merged from same-orbit scenes of one day" % merged)
        self.notes += [x for x in notes if x not in self.notes]
        for i in np.nonzero(~self.band_data_seen)[0]:
            self.notes.append("%s: its bands hold no data in the area (scene did not contribute)"
                              % self.scenes[i].id)
        self.timings.setdefault("total_s", sum(self.timings.get(k, 0.0)
                                               for k in ("discovery_s", "input_qc_s", "composite_s")))
        total = max(self.pixels_inside, 1)
        nodata_fraction = self.method_counts["none"] / total
        result = CompositeResult(
            output=os.path.abspath(output),
            quality=os.path.abspath(quality) if quality else None,
            qc_report=os.path.abspath(qc_report) if qc_report else None,
            scenes_used=[s.id for s in self.scenes], scenes_rejected=list(self.rejected),
            pixels_per_method=dict(self.method_counts), nodata_fraction=nodata_fraction,
            bands=list(self.bands),
            quality_layers=list(QUALITY_BASE) + [AUX_NAMES[k] for k in self.aux])
        if qc_report:
            write_text_atomic(qc_report, json.dumps(self._report(result), indent=2, default=str))
        self.progress(100.0, "Done")
        return result

    def _report(self, result):
        g = self.grid
        used = []
        for i, s in enumerate(self.scenes):
            entry = s.summary()
            entry["source_index"] = i
            entry["pixels_chosen"] = int(self.source_pixels[i])
            entry["view_zenith_filter"] = s.id in self.view_zenith_known
            entry["files"] = {k: a.href for k, (a, _info) in self.infos[s.id].items()}
            used.append(entry)
        r = self.req
        return {
            "software": {"name": "S2GM Mosaic", "version": __version__, "medoid_kernel": kernel_backend(),
                         "gdal": gdal.__version__, "numpy": np.__version__},
            "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "request": {"input": r.input_path, "start_date": str(self.start) if self.start else None,
                        "end_date": str(self.end) if self.end else None, "method": self.method.upper(),
                        "resolution": self.resolution, "bands": self.bands, "aux": self.aux,
                        "extent": list(r.extent) if r.extent else None, "extent_crs": r.extent_crs,
                        "aoi": bool(r.aoi_wkt), "output": result.output, "quality": result.quality},
            "grid": {"crs": epsg_of(g.crs_wkt) or g.crs_wkt, "bounds": list(g.bounds), "resolution": g.res,
                     "width": g.width, "height": g.height, "window": list(self.window)},
            "inputs_used": used,
            "inputs_rejected": list(self.rejected),
            "inputs_superseded": list(self.superseded),
            "inputs_outside_period": list(self.out_of_period),
            "files_ignored": list(self.ignored),
            "observations": [[self.scenes[i].id for i in m] for m in self.obs],
            "medoid_bands": self.medoid_bands,
            "pixels_per_method": dict(self.method_counts),
            "pixels_total": int(self.pixels_inside),
            "nodata_fraction": result.nodata_fraction,
            "view_zenith_filter": {"max_degrees": MAX_VIEW_ZENITH,
                                   "applied_to_scenes": sum(1 for u in used if u["view_zenith_filter"]),
                                   "observations_filtered": int(self.vza_filtered)},
            "quality_layers": result.quality_layers,
            "notes": list(self.notes),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


class _SceneFailed(Exception):
    def __init__(self, index, message):
        super().__init__(message)
        self.index = index
        self.message = message
