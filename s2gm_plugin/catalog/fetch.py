"""``s2gm:fetchl2a``: search a catalog and keep only the AOI window of each scene, offline.

For every scene found, each needed asset (the requested bands, SCL, AOT and WVP when the
scene has them, the granule metadata) is cut to the AOI window and written as a local COG
``<OUTPUT_FOLDER>/<scene id>/<KEY>.tif`` beside a rewritten copy of the STAC item
(``<scene id>.json``: local relative hrefs, the window's ``proj:shape`` /
``proj:transform``, ``file:size`` / ``file:checksum``; scale / offset and every property
kept). ``items.json`` is an ItemCollection of all fetched scenes. The folder is then a valid
offline ``INPUT`` for ``s2gm:composite``.

* COG assets are read by window through GDAL ``/vsicurl/`` (HTTP range requests; options
  of ``transfer.gdal_network_options``): only the tiles under the AOI travel.
* JPEG 2000 assets (CDSE) are downloaded whole with :meth:`HttpClient.download` (resume,
  verification) into ``.cache/<scene id>/``, cut, and the cache is removed when the
  scene is complete.
* A scene whose item and files are already there (sizes match) is skipped: running the same
  fetch again downloads nothing new.
* A scene that still fails after the retries is recorded (id + reason) in the report and
  the others go on; the run fails only when no scene could be fetched.
"""
import copy
import json
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import List, Optional, Sequence

from .. import __version__
from ..bands import NATIVE_RESOLUTION, SPECTRAL_BANDS
from ..util import parse_bands, parse_date, write_text_atomic
from ..errors import Cancelled, InvalidRequest, NoUsableScenes
from .stac_api import (CDSE, LOCAL, PLANETARY_COMPUTER, Catalog, SearchQuery, geometry_bounds, make_auth,
                       search_catalog, search_geometry)
from .stac_item import asset_key
from .transfer import (GdalConfig, HttpClient, NetworkSettings, TransferError, gdal_bytes_read,
                       gdal_network_options, multihash_of, redact, run_pool)

ITEM_COLLECTION = "items.json"
REPORT = "fetch_report.json"
EXTRA_KEYS = ("SCL", "AOT", "WVP")
RETRY_STATUSES = (429, 500, 502, 503, 504)
COG_TYPE = "image/tiff; application=geotiff; profile=cloud-optimized"


@dataclass
class FetchRequest:
    """One fetch. Plain data; ``credentials`` (user, password) stay in memory only."""

    catalog: Catalog
    output_folder: str
    extent: Optional[Sequence[float]] = None
    extent_crs: Optional[str] = None
    aoi_wkt: Optional[str] = None
    aoi_crs: Optional[str] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    max_cloud: Optional[float] = None
    bands: Sequence[str] = field(default_factory=list)  # empty = every spectral band
    network: NetworkSettings = field(default_factory=NetworkSettings)
    credentials: Optional[tuple] = field(default=None, repr=False)
    local_path: Optional[str] = None  # the folder / catalog JSON for Catalog(kind="local")
    report: Optional[str] = None  # report JSON path (default: <output_folder>/fetch_report.json)


@dataclass
class FetchResult:
    folder: str
    item_collection: str
    report: str
    fetched: List[str]
    skipped: List[str]
    failed: List[dict]
    bytes_transferred: int
    window_bytes: int
    notes: List[str]

    @property
    def ratio(self):
        return self.bytes_transferred / self.window_bytes if self.window_bytes else None


def _iso(day):
    return day.isoformat() if day else None


class Fetch:
    def __init__(self, request, progress=None, is_cancelled=None, log=None):
        self.req = request
        self.progress = progress or (lambda pct, msg: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda msg: None)
        self.notes = []
        self.window_bytes = 0
        self.done = 0

    # ------------------------------------------------------------------ set-up
    def _validate(self):
        r = self.req
        if not r.output_folder:
            raise InvalidRequest("OUTPUT_FOLDER is missing: choose the folder the scenes are written to")
        self.start = _iso(parse_date(r.start_date, "START_DATE"))
        self.end = _iso(parse_date(r.end_date, "END_DATE"))
        if self.start and self.end and self.end < self.start:
            raise InvalidRequest("END_DATE %s is before START_DATE %s" % (self.end, self.start))
        if r.max_cloud is not None and not 0 <= float(r.max_cloud) <= 100:
            raise InvalidRequest("MAX_CLOUD %s is not a percentage: give 0 to 100" % r.max_cloud)
        bands = parse_bands(r.bands)
        self.bands = bands or list(SPECTRAL_BANDS)
        self.geometry = search_geometry(r.extent, r.extent_crs, r.aoi_wkt, r.aoi_crs)
        # the area in its own CRS: windows are cut from it, not from the lon/lat envelope
        self.area_src = None
        if r.aoi_wkt:
            from osgeo import ogr
            env = ogr.CreateGeometryFromWkt(r.aoi_wkt).GetEnvelope()
            self.area_src = ((env[0], env[2], env[1], env[3]), r.aoi_crs or "EPSG:4326")
        elif r.extent:
            self.area_src = (tuple(float(v) for v in r.extent), r.extent_crs or "EPSG:4326")
        if self.geometry["type"] == "MultiPolygon":
            self.area_src = None  # across the antimeridian: one lon/lat box per side

    def _scenes(self):
        r = self.req
        if r.catalog.kind == LOCAL:
            return self._local_scenes()
        query = SearchQuery(self.geometry, self.start, self.end, r.max_cloud)
        result = search_catalog(r.catalog, query, self.http, self.log)
        self.searched = query.describe()
        self.superseded = result.superseded
        self.rejected = list(result.rejected)
        self.notes.extend(result.notes)
        return [(s, result.items.get(s.id)) for s in result.scenes]

    def _local_scenes(self):
        from .local import discover
        path = self.req.local_path or self.req.catalog.url
        if not path or not os.path.exists(path):
            raise InvalidRequest("the local folder / catalog '%s' does not exist: give it in CATALOG_URL" % path)
        found = discover(path)
        self.superseded, self.rejected = found.superseded, list(found.rejected)
        self.searched = "%s, dates %s to %s" % (path, self.start or "any", self.end or "any")
        scenes = [s for s in found.scenes if (not self.start or s.date.isoformat() >= self.start)
                  and (not self.end or s.date.isoformat() <= self.end)]
        if not scenes:
            raise NoUsableScenes("No Sentinel-2 L2A scene in %s: widen the dates or choose another folder."
                                 % self.searched)
        return [(s, None) for s in scenes]

    # ------------------------------------------------------------------ per scene
    def _already_there(self, scene):
        folder = os.path.join(self.out, _safe_name(scene.id))
        path = os.path.join(folder, _safe_name(scene.id) + ".json")
        if not os.path.isfile(path):
            return None
        try:
            with open(path, encoding="utf-8") as fh:
                item = json.load(fh)
        except (OSError, ValueError):
            return None
        for a in item.get("assets", {}).values():
            f = os.path.join(folder, a.get("href", ""))
            if not os.path.isfile(f) or (a.get("file:size") is not None and os.path.getsize(f) != a["file:size"]):
                return None
        have = {asset_key(n)[0] for n in item.get("assets", {})}
        if not set(self.bands) & have and self.bands:
            return None
        if any(b not in have for b in self.bands if b in scene.assets):
            return None
        return item

    def _fetch_scene(self, scene, raw):
        """Fetch one scene (retrying the whole scene when a remote read fails)."""
        s = self.req.network
        attempt = 0
        while True:
            try:
                return self._fetch_scene_once(scene, raw)
            except Cancelled:
                raise
            except (TransferError, RuntimeError, OSError) as exc:
                if attempt >= s.retries or (isinstance(exc, TransferError) and exc.status in (401, 403, 404)):
                    raise
                attempt += 1
                self.log("%s: %s, trying the scene again (%d of %d)" % (scene.id, _clean(exc), attempt, s.retries))
                time.sleep(min(s.backoff_max, s.backoff * (2 ** (attempt - 1))))

    def _fetch_scene_once(self, scene, raw):
        from osgeo import gdal
        sid = _safe_name(scene.id)
        folder = os.path.join(self.out, sid)
        cache = os.path.join(self.out, ".cache", sid)
        os.makedirs(folder, exist_ok=True)
        names = _raw_names(raw)
        wanted = [k for k in ["SCL"] + self.bands if k in scene.assets] + [k for k in EXTRA_KEYS[1:]
                                                                           if k in scene.assets]
        if "SCL" not in scene.assets:
            raise _SceneSkipped("no scene classification (SCL) asset: the scene cannot be composited")
        missing = [b for b in self.bands if b not in scene.assets]
        item_assets = {}
        window_bytes = 0
        for key in wanted:
            if self.is_cancelled():
                raise Cancelled("Cancelled by the user.")
            asset = scene.asset_for(key, NATIVE_RESOLUTION.get(key, 20))
            dest = os.path.join(folder, "%s.tif" % key)
            try:
                src = self._source_path(asset, cache)
                ds = gdal.Open(src)
            except (TransferError, RuntimeError) as exc:
                if key in EXTRA_KEYS[1:] and not (isinstance(exc, TransferError) and exc.status in RETRY_STATUSES):
                    self.notes.append("%s: aux %s not fetched (%s)" % (scene.id, key, _clean(exc)))
                    continue
                raise
            win = self._window(ds)
            if win is None:
                raise _SceneSkipped("the scene does not overlap the area")
            xoff, yoff, w, h = win
            band = ds.GetRasterBand(1)
            window_bytes += w * h * gdal.GetDataTypeSize(band.DataType) // 8
            tmp = os.path.join(folder, ".%s.part.tif" % key)
            opts = gdal.TranslateOptions(format="COG", srcWin=[xoff, yoff, w, h],
                                         # no NUM_THREADS: GDAL 3.6.2 can deadlock building
                                         # overviews with multi-threaded compression
                                         creationOptions=["COMPRESS=DEFLATE", "PREDICTOR=2", "BLOCKSIZE=256"])
            try:
                out = gdal.Translate(tmp, ds, options=opts)
                if out is None:
                    raise RuntimeError("GDAL could not write %s" % dest)
                gt = out.GetGeoTransform()
                shape = [out.RasterYSize, out.RasterXSize]
                out = None
                os.replace(tmp, dest)
            finally:
                if os.path.exists(tmp):
                    os.remove(tmp)
            ds = None
            name = names.get((key, asset.resolution)) or names.get((key, None)) or key
            item_assets[name] = {
                "href": "./%s.tif" % key, "type": COG_TYPE, "roles": ["data"],
                "proj:shape": shape, "proj:transform": [gt[1], gt[2], gt[0], gt[4], gt[5], gt[3]],
                "file:size": os.path.getsize(dest), "file:checksum": multihash_of(dest),
                "s2gm:source": redact(asset.href.replace("/vsicurl/", "")),
            }
            if raw and name in (raw.get("assets") or {}):
                keep = copy.deepcopy(raw["assets"][name])
                for k in ("alternate", "auth:refs", "storage:refs", "href", "file:size", "file:checksum",
                          "proj:bbox", "file:local_path", "type"):
                    keep.pop(k, None)
                keep.update(item_assets[name])
                item_assets[name] = keep
            elif raw is None:
                item_assets[name]["raster:bands"] = [{"scale": asset.scale, "offset": asset.offset,
                                                      "nodata": asset.nodata}]
        md = self._granule_metadata(scene, raw, folder)
        if md:
            item_assets["granule_metadata"] = {"href": "./granule_metadata.xml", "type": "application/xml",
                                               "roles": ["metadata"], "file:size": os.path.getsize(md)}
        item = self._rewritten_item(scene, raw, item_assets)
        write_text_atomic(os.path.join(folder, sid + ".json"), json.dumps(item, indent=1))
        if os.path.isdir(cache):
            shutil.rmtree(cache, ignore_errors=True)
        with self.lock:
            self.window_bytes += window_bytes
        if missing:
            self.notes.append("%s has no %s" % (scene.id, ", ".join(missing)))
        return item

    def _source_path(self, asset, cache):
        href = asset.href
        if not href.startswith("/vsicurl/"):
            return href  # a local file (local folder / catalog)
        url = href[len("/vsicurl/"):]
        if re.search(r"\.jp2(\b|$|\))", url, re.IGNORECASE):
            os.makedirs(cache, exist_ok=True)
            dest = os.path.join(cache, "%s_%s.jp2" % (asset.key, int(asset.resolution or 0)))
            if not os.path.isfile(dest):
                self.http.download(url, dest, auth=self.auth)
            return dest
        if self.auth is not None:
            url = self.auth.sign(url)
        return "/vsicurl/" + url

    def _window(self, ds):
        """(xoff, yoff, width, height) of the pixels of ``ds`` under the search area."""
        from ..grid import transform_bounds
        gt = ds.GetGeoTransform()
        wkt = ds.GetProjection()
        boxes = []
        if self.area_src is not None:
            try:
                boxes.append(transform_bounds(self.area_src[0], self.area_src[1], wkt))
            except Exception:  # noqa: BLE001 - fall back to the lon/lat search geometry
                boxes = []
        parts = [] if boxes else  self.geometry["coordinates"] if self.geometry["type"] == "MultiPolygon" else [
            self.geometry["coordinates"]]
        for poly in parts:
            b = geometry_bounds({"coordinates": poly})
            try:
                boxes.append(transform_bounds(b, "EPSG:4326", wkt))
            except Exception:  # noqa: BLE001 - a part that cannot be projected is far away
                continue
        if not boxes:
            return None
        xmin = min(b[0] for b in boxes)
        ymin = min(b[1] for b in boxes)
        xmax = max(b[2] for b in boxes)
        ymax = max(b[3] for b in boxes)
        c0 = max(0, int((xmin - gt[0]) // gt[1]))
        c1 = min(ds.RasterXSize, int(-((gt[0] - xmax) // gt[1])))
        r0 = max(0, int((gt[3] - ymax) // -gt[5]))
        r1 = min(ds.RasterYSize, int(-((ymin - gt[3]) // -gt[5])))
        if c1 <= c0 or r1 <= r0:
            return None
        return c0, r0, c1 - c0, r1 - r0

    def _granule_metadata(self, scene, raw, folder):
        dest = os.path.join(folder, "granule_metadata.xml")
        if os.path.isfile(dest):
            return dest
        if raw is None:
            if scene.granule_metadata and os.path.isfile(scene.granule_metadata):
                shutil.copyfile(scene.granule_metadata, dest)
                return dest
            return None
        a = (raw.get("assets") or {}).get("granule_metadata")
        if not a or not a.get("href"):
            return None
        href = a["href"]
        alt = (a.get("alternate") or {}).get("https", {}).get("href")
        if href.startswith("s3://") and alt:
            href = alt
        if not href.startswith(("http://", "https://")):
            return None
        try:
            self.http.download(href, dest, auth=self.auth)
        except TransferError as exc:
            self.notes.append("%s: granule metadata not fetched (%s)" % (scene.id, exc))
            return None
        return dest

    def _rewritten_item(self, scene, raw, assets):
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if raw is not None:
            item = copy.deepcopy(raw)
            src = scene.source
        else:
            item = {"type": "Feature", "stac_version": "1.0.0", "id": scene.id, "bbox": None, "geometry": None,
                    "properties": {"datetime": scene.datetime.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                   "platform": scene.platform, "s2:processing_baseline": scene.processing_baseline,
                                   "sat:relative_orbit": scene.relative_orbit, "s2:mgrs_tile": scene.tile}}
            if scene.crs:
                item["properties"]["proj:epsg"] = int(scene.crs.split(":")[-1]) if scene.crs.upper().startswith(
                    "EPSG:") else None
            src = scene.source
        item["assets"] = assets
        item["links"] = [{"rel": "derived_from", "href": src if "://" in str(src) else os.path.abspath(src)}]
        props = item.setdefault("properties", {})
        props["s2gm:fetched"] = now
        props["s2gm:fetch_area"] = self.geometry
        props["s2gm:software"] = "S2GM Mosaic %s" % __version__
        return item

    # ------------------------------------------------------------------ main
    def run(self):
        import threading
        t0 = time.perf_counter()
        self._validate()
        self.out = os.path.abspath(self.req.output_folder)
        os.makedirs(self.out, exist_ok=True)
        self.lock = threading.Lock()
        self.http = HttpClient(self.req.network, log=self.log, is_cancelled=self.is_cancelled)
        self.auth = None
        try:
            if self.req.catalog.kind in (PLANETARY_COMPUTER, CDSE):
                self.auth = make_auth(self.req.catalog, self.http, self.req.credentials)
                if self.req.catalog.kind == CDSE:
                    self.auth.headers(None)  # wrong credentials fail here, before any search
            self.progress(1.0, "Searching %s" % self.req.catalog.name)
            scenes = self._scenes()
            return self._fetch_all(scenes, t0)
        finally:
            self.http.close()

    def _fetch_all(self, scenes, t0):
        from osgeo import gdal
        fetched, skipped, failed, outside = [], [], [], []
        todo = []
        for scene, raw in scenes:
            if self._already_there(scene) is not None:
                skipped.append(scene.id)
            else:
                todo.append((scene, raw))
        if skipped:
            self.log("%d scene(s) already in %s: not downloaded again" % (len(skipped), self.out))
        total = max(len(todo), 1)

        def task(scene, raw):
            def run():
                if self.is_cancelled():
                    raise Cancelled("Cancelled by the user.")
                self.progress(2.0 + 96.0 * self.done / total, "Fetching %s" % scene.id)
                item = self._fetch_scene(scene, raw)
                with self.lock:
                    self.done += 1
                self.progress(2.0 + 96.0 * self.done / total, "Fetched %s" % scene.id)
                return item
            return run
        options = gdal_network_options(self.req.network)
        with GdalConfig(options):
            if hasattr(gdal, "NetworkStatsReset"):
                gdal.NetworkStatsReset()
            gdal.VSICurlClearCache()
            http_before = self.http.bytes_received
            results, errors = run_pool([task(s, r) for s, r in todo], self.req.network.workers, self.is_cancelled)
            gdal_bytes = gdal_bytes_read() or 0
            gdal.VSICurlClearCache()
        for (scene, raw), err in zip(todo, errors):
            if err is None:
                fetched.append(scene.id)
            elif isinstance(err, Cancelled):
                self._cleanup_partial(scene)
                raise Cancelled("Cancelled by the user; scenes already complete stay in %s, no partial file "
                                "was left." % self.out)
            elif isinstance(err, _SceneSkipped):
                outside.append({"id": scene.id, "reason": str(err)})
                self._cleanup_partial(scene)
            else:
                failed.append({"id": scene.id, "source": scene.source, "reason": _clean(err)})
                self.log("Failed %s: %s" % (scene.id, _clean(err)))
                self._cleanup_partial(scene)
        transferred = gdal_bytes + (self.http.bytes_received - http_before)
        item_collection = self._write_item_collection()
        result = FetchResult(folder=self.out, item_collection=item_collection,
                             report=self.req.report or os.path.join(self.out, REPORT), fetched=fetched,
                             skipped=skipped, failed=failed + [], bytes_transferred=transferred,
                             window_bytes=self.window_bytes, notes=self.notes)
        self._write_report(result, outside, time.perf_counter() - t0)
        if not fetched and not skipped:
            reasons = "; ".join("%s: %s" % (f["id"], f["reason"]) for f in (failed + outside)[:5])
            raise NoUsableScenes("No scene could be fetched for %s (%s). See %s." % (self.searched, reasons,
                                                                                 result.report))
        if result.ratio:
            self.log("Transferred %.1f MB for %.1f MB of AOI windows (%.2fx)" % (
                transferred / 1e6, self.window_bytes / 1e6, result.ratio))
        self.progress(100.0, "Done")
        return result

    def _cleanup_partial(self, scene):
        sid = _safe_name(scene.id)
        folder = os.path.join(self.out, sid)
        if os.path.isdir(folder) and not os.path.isfile(os.path.join(folder, sid + ".json")):
            shutil.rmtree(folder, ignore_errors=True)
        cache = os.path.join(self.out, ".cache", sid)
        if os.path.isdir(cache):
            shutil.rmtree(cache, ignore_errors=True)

    def _write_item_collection(self):
        items = []
        for name in sorted(os.listdir(self.out)):
            path = os.path.join(self.out, name, name + ".json")
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as fh:
                    item = json.load(fh)
                for a in item.get("assets", {}).values():
                    a["href"] = "./%s/%s" % (name, a["href"][2:] if a["href"].startswith("./") else a["href"])
                items.append(item)
        path = os.path.join(self.out, ITEM_COLLECTION)
        write_text_atomic(path, json.dumps({"type": "FeatureCollection", "features": items}, indent=1))
        return path

    def _write_report(self, result, outside, seconds):
        r = self.req
        doc = {
            "software": {"name": "S2GM Mosaic", "version": __version__},
            "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "request": {"catalog": r.catalog.name,
                        "catalog_url": redact(r.catalog.base_url) if r.catalog.kind != LOCAL else r.local_path,
                        "searched": self.searched, "bands": self.bands, "area": self.geometry,
                        "output_folder": self.out},
            "scenes_fetched": result.fetched,
            "scenes_already_there": result.skipped,
            "inputs_rejected": result.failed + list(self.rejected),
            "scenes_outside_area": outside,
            "inputs_superseded": list(self.superseded or []),
            "bytes_transferred": result.bytes_transferred,
            "aoi_window_bytes": result.window_bytes,
            "transfer_ratio": round(result.ratio, 3) if result.ratio else None,
            "retries": self.http.retries_done,
            "notes": list(self.notes),
            "seconds": round(seconds, 2),
        }
        os.makedirs(os.path.dirname(os.path.abspath(result.report)), exist_ok=True)
        write_text_atomic(os.path.abspath(result.report), json.dumps(doc, indent=2, default=str))


class _SceneSkipped(Exception):
    """A scene with nothing to fetch (outside the area, no SCL): noted, not a failure."""


def _raw_names(raw):
    """(key, resolution) -> asset name of a raw item, also (key, None) for the first one."""
    from .stac_item import _resolution
    names = {}
    for name, a in ((raw or {}).get("assets") or {}).items():
        key, res = asset_key(name)
        if key is None:
            continue
        res = res or _resolution(a)
        names.setdefault((key, res), name)
        names.setdefault((key, None), name)
    return names


def _safe_name(text):
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(text))


def _clean(exc):
    return (str(exc).strip() or exc.__class__.__name__).replace("\n", " ")[:300]


def fetch_l2a(request, progress=None, is_cancelled=None, log=None):
    """Run one fetch (see the module docstring); returns a :class:`FetchResult`.

    Raises InvalidRequest for bad parameters, TransferError / AuthError when the catalog
    cannot be searched, NoUsableScenes when nothing was found or nothing could be fetched,
    Cancelled when ``is_cancelled()`` turned True (no partial file is left).
    """
    return Fetch(request, progress, is_cancelled, log).run()
