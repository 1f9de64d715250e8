"""STAC API catalogs: Earth Search v1, Microsoft Planetary Computer, Copernicus Data Space.

``search_catalog(catalog, query, http)`` runs one item search and returns the scenes
(``stac_item.scene_from_item`` maps every dialect), following ``next`` links in both styles
(POST with a ``body`` that repeats the search plus a paging key -- Earth Search's ``next``,
Planetary Computer's ``token`` -- and GET with the paging key in the query string), and
stopping at a page without features (Earth Search's trailing empty page) or without ``next``.

* Earth Search returns the original (``_0_``) and the reprocessed (``_1_``) item of one
  acquisition: the newest processing is kept and the other listed as superseded.
* Planetary Computer asset hrefs need a SAS token: :class:`PlanetaryComputerSigner` gets one
  per storage account / container from the token endpoint, caches it until it expires and
  renews it when storage answers 403.
* Copernicus Data Space downloads need an OAuth2 bearer token: :class:`CdseAuth` uses the
  password grant once, then the refresh token, then the password grant again.

The search area is an EPSG:4326 GeoJSON geometry (``intersects``) made by
:func:`search_geometry` from the request's extent and / or AOI in any CRS; a geometry that
crosses the antimeridian is split in two polygons.
"""
import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import List, Optional
from urllib.parse import urlsplit

from ..errors import InvalidRequest, NoUsableScenes
from .local import Discovery, _drop_superseded
from .stac_item import scene_from_item
from .transfer import AuthError, TransferError, redact

EARTH_SEARCH, PLANETARY_COMPUTER, CDSE, LOCAL = "earth-search", "planetary-computer", "cdse", "local"
CATALOG_KINDS = (EARTH_SEARCH, PLANETARY_COMPUTER, CDSE, LOCAL)  # the CATALOG enum order
DEFAULT_URLS = {
    EARTH_SEARCH: "https://earth-search.aws.element84.com/v1",
    PLANETARY_COMPUTER: "https://planetarycomputer.microsoft.com/api/stac/v1",
    CDSE: "https://stac.dataspace.copernicus.eu/v1",
}
CATALOG_NAMES = {EARTH_SEARCH: "Earth Search", PLANETARY_COMPUTER: "Planetary Computer",
                 CDSE: "Copernicus Data Space", LOCAL: "local folder / catalog"}
PC_SAS_URL = "https://planetarycomputer.microsoft.com/api/sas/v1"
CDSE_TOKEN_URL = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"
COLLECTION = "sentinel-2-l2a"
MAX_PAGES = 200
_BLOB = re.compile(r"(?:^|/)([a-z0-9]{3,24})\.blob\.core\.windows\.net/([^/?#]+)/")


@dataclass
class Catalog:
    """Which catalog to search: ``kind`` (one of CATALOG_KINDS) and its base URL."""

    kind: str = EARTH_SEARCH
    url: Optional[str] = None
    collection: str = COLLECTION
    token_url: Optional[str] = None  # CDSE OAuth2 token endpoint (None: the public one)
    sas_url: Optional[str] = None  # Planetary Computer SAS endpoint (None: next to the API)

    @property
    def base_url(self):
        return (self.url or DEFAULT_URLS.get(self.kind) or "").rstrip("/")

    @property
    def name(self):
        return CATALOG_NAMES.get(self.kind, self.kind)


@dataclass
class SearchQuery:
    geometry: dict  # GeoJSON geometry in EPSG:4326
    start: Optional[str] = None  # YYYY-MM-DD inclusive
    end: Optional[str] = None
    max_cloud: Optional[float] = None  # percent
    limit: int = 100

    def datetime_range(self):
        if not self.start and not self.end:
            return None
        start = "%sT00:00:00Z" % self.start if self.start else ".."
        end = "%sT23:59:59Z" % self.end if self.end else ".."
        return "%s/%s" % (start, end)

    def describe(self):
        west, south, east, north = geometry_bounds(self.geometry)
        parts = ["area %.4f, %.4f to %.4f, %.4f (lon/lat)" % (west, south, east, north),
                 "dates %s to %s" % (self.start or "any", self.end or "any")]
        if self.max_cloud is not None:
            parts.append("cloud cover <= %g %%" % self.max_cloud)
        return ", ".join(parts)


@dataclass
class SearchResult:
    scenes: list = field(default_factory=list)
    items: dict = field(default_factory=dict)  # scene id -> raw item (hrefs as the catalog gave them)
    superseded: List[dict] = field(default_factory=list)
    rejected: List[dict] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    pages: int = 0
    returned: int = 0


# ---------------------------------------------------------------------- search area
def search_geometry(extent=None, extent_crs=None, aoi_wkt=None, aoi_crs=None):
    """EPSG:4326 GeoJSON geometry (lon/lat) covering the AOI (or the extent when no AOI).

    Raises InvalidRequest when neither is given, when the area is empty, or when its
    coordinates cannot be in the CRS they claim (lon/lat outside the globe: typically
    metres declared as EPSG:4326). Geometries across the antimeridian become a
    MultiPolygon with one part on each side.
    """
    from osgeo import ogr, osr
    from ..raster import srs_from
    if aoi_wkt:
        try:
            geom = ogr.CreateGeometryFromWkt(aoi_wkt)
        except RuntimeError:
            geom = None
        if geom is None:
            raise InvalidRequest("the AOI is not a valid geometry: check the layer (Fix geometries)")
        crs = aoi_crs or "EPSG:4326"
        what = "AOI"
    elif extent:
        xmin, ymin, xmax, ymax = (float(v) for v in extent)
        if not (xmax > xmin and ymax > ymin):
            raise InvalidRequest("the EXTENT %s is empty: give xmin < xmax and ymin < ymax" % (tuple(extent),))
        geom = ogr.CreateGeometryFromWkt("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
            xmin, ymin, xmax, ymin, xmax, ymax, xmin, ymax, xmin, ymin))
        crs = extent_crs or "EPSG:4326"
        what = "EXTENT"
    else:
        raise InvalidRequest("a catalog search needs an area: give EXTENT or AOI")
    if geom.IsEmpty() or geom.GetArea() <= 0:
        raise InvalidRequest("the %s is empty (no area): draw or choose a polygon / extent with an area" % what)
    src = srs_from(crs)
    if src.IsGeographic():
        env = geom.GetEnvelope()  # (minx, maxx, miny, maxy)
        if env[0] < -540 or env[1] > 540 or env[2] < -90.001 or env[3] > 90.001:
            raise InvalidRequest(
                "the %s coordinates %s are outside longitude/latitude range, yet its CRS is %s: set the "
                "layer's real CRS (these look like projected metres)"
                % (what, tuple(round(v, 1) for v in env), crs))
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if not src.IsSame(dst):
        seg = _segment_length(geom, src)
        if seg:
            geom.Segmentize(seg)
        try:
            geom.Transform(osr.CoordinateTransformation(src, dst))
        except RuntimeError as exc:
            raise InvalidRequest("the %s cannot be transformed from %s to EPSG:4326 (%s): check its CRS"
                                 % (what, crs, exc))
        env = geom.GetEnvelope()
        if not all(math.isfinite(v) for v in env) or env[2] < -90.001 or env[3] > 90.001:
            raise InvalidRequest("the %s does not transform to valid longitude/latitude from %s: check its CRS"
                                 % (what, crs))
    return _split_antimeridian(geom)


def _segment_length(geom, srs):
    env = geom.GetEnvelope()
    size = max(env[1] - env[0], env[3] - env[2])
    return size / 32.0 if size > 0 else None


def _split_antimeridian(geom):
    """GeoJSON dict of ``geom`` (EPSG:4326, lon/lat), split at +-180 degrees."""
    from osgeo import ogr
    geom = geom.Clone()
    polys = [geom.GetGeometryRef(i).Clone() for i in range(geom.GetGeometryCount())] \
        if geom.GetGeometryType() in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) else [geom]
    parts = []
    for poly in polys:
        ring = poly.GetGeometryRef(0)
        lons = [ring.GetX(i) for i in range(ring.GetPointCount())]
        jumps = any(abs(a - b) > 180 for a, b in zip(lons, lons[1:]))
        if jumps:  # unwrap to 0..360 so the polygon is continuous
            for r in range(poly.GetGeometryCount()):
                rg = poly.GetGeometryRef(r)
                for i in range(rg.GetPointCount()):
                    x, y = rg.GetX(i), rg.GetY(i)
                    rg.SetPoint_2D(i, x + 360 if x < 0 else x, y)
        env = poly.GetEnvelope()
        if env[0] >= -180 and env[1] <= 180:
            parts.append(poly)
            continue
        for shift in (0, -360, 360):
            box = ogr.CreateGeometryFromWkt("POLYGON((%f -90,%f -90,%f 90,%f 90,%f -90))" % (
                -180 - shift, 180 - shift, 180 - shift, -180 - shift, -180 - shift))
            piece = poly.Intersection(box)
            if piece is None or piece.IsEmpty() or piece.GetArea() <= 0:
                continue
            piece = ogr.CreateGeometryFromWkb(piece.ExportToWkb())
            if shift:
                _shift(piece, shift)
            parts.extend(_polygons(piece))
    if len(parts) == 1:
        return json.loads(parts[0].ExportToJson())
    return {"type": "MultiPolygon",
            "coordinates": [json.loads(p.ExportToJson())["coordinates"] for p in parts]}


def _polygons(geom):
    from osgeo import ogr
    if geom.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
        return [geom]
    out = []
    for i in range(geom.GetGeometryCount()):
        out.extend(_polygons(geom.GetGeometryRef(i).Clone()))
    return out


def _shift(geom, dx):
    if geom.GetGeometryCount():
        for i in range(geom.GetGeometryCount()):
            _shift(geom.GetGeometryRef(i), dx)
        return
    for i in range(geom.GetPointCount()):
        geom.SetPoint_2D(i, geom.GetX(i) + dx, geom.GetY(i))


def geometry_bounds(geometry):
    xs, ys = [], []

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            xs.append(c[0])
            ys.append(c[1])
        else:
            for cc in c:
                walk(cc)
    walk(geometry["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


# ---------------------------------------------------------------------- auth
class PlanetaryComputerSigner:
    """SAS tokens for Planetary Computer blob hrefs, cached until they expire."""

    def __init__(self, http, sas_url=PC_SAS_URL, margin_s=300):
        self.http = http
        self.sas_url = sas_url.rstrip("/")
        self.margin_s = margin_s
        self.cache = {}  # (account, container) -> (token, expiry epoch)
        self.lock = threading.Lock()
        self.issued = 0

    def __repr__(self):
        return "PlanetaryComputerSigner(%s)" % self.sas_url

    @staticmethod
    def target(url):
        m = _BLOB.search(str(url))
        return (m.group(1), m.group(2)) if m else None

    def _token(self, key):
        with self.lock:
            cached = self.cache.get(key)
            if cached and cached[1] - self.margin_s > time.time():
                return cached[0]
            doc = self.http.get_json("%s/token/%s/%s" % (self.sas_url, key[0], key[1]))
            token = doc.get("token")
            if not token:
                raise AuthError("the Planetary Computer token service gave no token for %s/%s" % key)
            expiry = time.time() + 3600
            if doc.get("msft:expiry"):
                try:
                    expiry = datetime.fromisoformat(doc["msft:expiry"].replace("Z", "+00:00")).timestamp()
                except ValueError:
                    pass
            self.cache[key] = (token, expiry)
            self.issued += 1
            return token

    def sign(self, url):
        key = self.target(url)
        if key is None or "sig=" in url:
            return url
        return url + ("&" if "?" in url else "?") + self._token(key)

    def headers(self, url):
        return {}

    def renew(self, url):
        key = self.target(url)
        with self.lock:
            if key is None:
                self.cache.clear()
            else:
                self.cache.pop(key, None)


class CdseAuth:
    """OAuth2 bearer tokens for Copernicus Data Space downloads (password grant, then the
    refresh token). The user name and password stay in memory; ``repr`` and every message
    leave them out."""

    def __init__(self, http, username, password, token_url=CDSE_TOKEN_URL, client_id="cdse-public",
                 margin_s=30):
        if not username or not password:
            raise AuthError("Copernicus Data Space needs a user name and password: choose an authentication "
                            "configuration (Basic authentication) in AUTH")
        self.http = http
        self._username = username
        self._password = password
        self.token_url = token_url
        self.client_id = client_id
        self.margin_s = margin_s
        self.access = None
        self.refresh = None
        self.expiry = 0.0
        self.lock = threading.Lock()
        self.grants = []  # grant types used, for the record (no secrets)

    def __repr__(self):
        return "CdseAuth(token_url=%s)" % self.token_url

    def _grant(self, form, kind):
        try:
            response = self.http.request("POST", self.token_url, data=dict(form, client_id=self.client_id),
                                         expect=(200,))
        except AuthError:
            if kind == "refresh_token":
                return False
            raise AuthError("Copernicus Data Space refused the user name or password (token service %s): "
                            "check the authentication configuration in AUTH" % redact(self.token_url)) from None
        except TransferError as exc:
            if kind == "refresh_token" and exc.status in (400, 401):
                return False
            if exc.status in (400, 401):
                raise AuthError("Copernicus Data Space refused the user name or password (HTTP %s): check the "
                                "authentication configuration in AUTH" % exc.status) from None
            raise
        doc = response.json()
        self.access = doc.get("access_token")
        self.refresh = doc.get("refresh_token") or self.refresh
        self.expiry = time.time() + float(doc.get("expires_in") or 600)
        self.grants.append(kind)
        return bool(self.access)

    def _ensure(self, force=False):
        with self.lock:
            if self.access and not force and self.expiry - self.margin_s > time.time():
                return self.access
            if self.refresh and self._grant({"grant_type": "refresh_token", "refresh_token": self.refresh},
                                            "refresh_token"):
                return self.access
            self._grant({"grant_type": "password", "username": self._username, "password": self._password},
                        "password")
            return self.access

    def headers(self, url):
        return {"Authorization": "Bearer %s" % self._ensure()}

    def sign(self, url):
        return url

    def renew(self, url):
        self._ensure(force=True)


# ---------------------------------------------------------------------- search
def search_body(catalog, query):
    body = {"collections": [catalog.collection], "intersects": query.geometry, "limit": int(query.limit)}
    dt = query.datetime_range()
    if dt:
        body["datetime"] = dt
    if query.max_cloud is not None:
        if catalog.kind == CDSE:
            body["filter-lang"] = "cql2-json"
            body["filter"] = {"op": "<=", "args": [{"property": "eo:cloud_cover"}, float(query.max_cloud)]}
        else:
            body["query"] = {"eo:cloud_cover": {"lte": float(query.max_cloud)}}
    return body


def iterate_pages(http, url, body, log=None, max_pages=MAX_PAGES):
    """Yield the FeatureCollection pages of a search, following ``next`` links (POST bodies
    merged when ``merge`` is true, replaced otherwise; GET links as they are)."""
    method = "POST"
    seen = set()
    pages = 0
    while True:
        doc = http.get_json(url, method=method, body=body if method == "POST" else None)
        if not isinstance(doc, dict) or not isinstance(doc.get("features"), list):
            raise TransferError("%s did not answer a STAC FeatureCollection: is it a STAC API search "
                                "endpoint?" % redact(url), url)
        pages += 1
        yield doc
        nxt = next((l for l in doc.get("links") or [] if l.get("rel") == "next" and l.get("href")), None)
        if nxt is None or not doc["features"]:
            return
        key = json.dumps(nxt, sort_keys=True)
        if key in seen:
            if log:
                log("the catalog repeated its next link: stopping after %d pages" % pages)
            return
        seen.add(key)
        if pages >= max_pages:
            if log:
                log("stopped after %d pages of results: narrow the search" % pages)
            return
        method = str(nxt.get("method") or "GET").upper()
        url = nxt["href"]
        if method == "POST":
            link_body = nxt.get("body")
            if link_body is None:
                pass
            elif nxt.get("merge"):
                body = dict(body, **link_body)
            else:
                body = link_body


def search_catalog(catalog, query, http, log=None, signer=None):
    """Search ``catalog`` for Sentinel-2 L2A scenes; returns a :class:`SearchResult`.

    Raises TransferError for an unreachable catalog or an address that is not a STAC API,
    NoUsableScenes when the search finds nothing (the message says what was searched).
    """
    log = log or (lambda msg: None)
    base = catalog.base_url
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidRequest("CATALOG_URL '%s' is not a web address: give the STAC API root, e.g. %s"
                             % (base, DEFAULT_URLS[EARTH_SEARCH]))
    url = base + "/search"
    body = search_body(catalog, query)
    result = SearchResult()
    found = Discovery()
    raw = {}
    try:
        for page in iterate_pages(http, url, body, log):
            result.pages += 1
            for item in page["features"]:
                result.returned += 1
                iid = str(item.get("id"))
                if iid in raw:
                    continue
                raw[iid] = item
    except TransferError as exc:
        if exc.status in (404, 405) and result.pages == 0:
            raise TransferError("%s is not a STAC API search endpoint (HTTP %d): check CATALOG_URL, it must be "
                                "the API root such as %s" % (redact(url), exc.status, DEFAULT_URLS[EARTH_SEARCH]),
                                url, exc.status) from None
        raise
    too_cloudy = 0
    for iid, item in raw.items():
        cc = (item.get("properties") or {}).get("eo:cloud_cover")
        if query.max_cloud is not None and cc is not None and float(cc) > float(query.max_cloud):
            too_cloudy += 1  # the catalog ignored the filter: apply it here
            continue
        source = _item_url(item, base)
        try:
            scene = scene_from_item(item, "/nonexistent-remote-item/%s.json" % iid)
        except Exception as exc:  # noqa: BLE001 - one odd item never stops the search
            found.reject(iid, source, "STAC item not understood: %s" % exc)
            continue
        scene.source = source
        found.scenes.append(scene)
    if too_cloudy:
        result.notes.append("%d items above MAX_CLOUD %g %% left out" % (too_cloudy, query.max_cloud))
    _drop_superseded(found)
    for s in found.superseded:
        log("%s: %s (kept the newest processing only)" % (s["id"], s["reason"]))
    found.scenes.sort(key=lambda s: (s.datetime, s.id))
    result.scenes = found.scenes
    result.superseded = found.superseded
    result.rejected = found.rejected
    result.items = {s.id: raw[s.id] for s in found.scenes}
    log("%s: %d items in %d pages, %d scenes kept" % (catalog.name, result.returned, result.pages,
                                                      len(result.scenes)))
    if not result.scenes:
        raise NoUsableScenes("%s (%s) found no Sentinel-2 L2A scene for %s%s: widen the dates, raise MAX_CLOUD "
                             "or check the area." % (catalog.name, redact(base), query.describe(),
                                                     " (%d items were returned but left out)" % result.returned
                                                     if result.returned else ""))
    return result


def _item_url(item, base):
    for link in item.get("links") or []:
        if link.get("rel") == "self" and str(link.get("href", "")).startswith("http"):
            return link["href"]
    return "%s/collections/%s/items/%s" % (base, item.get("collection") or COLLECTION, item.get("id"))


def make_auth(catalog, http, credentials=None):
    """The signer / token source the catalog's downloads need (None for Earth Search)."""
    if catalog.kind == PLANETARY_COMPUTER:
        sas = catalog.sas_url
        if not sas:
            base = catalog.base_url
            sas = base.replace("/api/stac/v1", "/api/sas/v1") if "/api/stac/v1" in base else PC_SAS_URL
        return PlanetaryComputerSigner(http, sas)
    if catalog.kind == CDSE:
        user, password = credentials or (None, None)
        return CdseAuth(http, user, password, catalog.token_url or CDSE_TOKEN_URL)
    return None


def now_utc():
    return datetime.now(timezone.utc)


def catalog_for_url(url):
    """The Catalog behind a STAC API address given as INPUT (kind guessed from the host)."""
    host = (urlsplit(url).hostname or "").lower()
    if "planetarycomputer" in host:
        kind = PLANETARY_COMPUTER
    elif "dataspace.copernicus" in host:
        kind = CDSE
    else:
        kind = EARTH_SEARCH
    return Catalog(kind, url.rstrip("/"))


def is_catalog_url(text):
    return bool(re.match(r"^https?://", str(text or ""), re.IGNORECASE))


def discover_remote(url, start=None, end=None, extent=None, extent_crs=None, aoi_wkt=None, aoi_crs=None,
                    http=None, log=None):
    """Scenes of a STAC API for a composite read straight from the catalog (``/vsicurl/``).

    Returns a ``local.Discovery`` (scenes with remote COG hrefs, signed for Planetary
    Computer). Copernicus Data Space serves JPEG 2000 behind a login, which cannot be read
    by window: fetch those scenes first with s2gm:fetchl2a.
    """
    from .transfer import HttpClient, default_network
    catalog = catalog_for_url(url)
    if catalog.kind == CDSE:
        raise InvalidRequest("Copernicus Data Space serves JPEG 2000 files behind a login, which cannot be read "
                             "by window: download the AOI with s2gm:fetchl2a, then use its output folder as INPUT")
    geometry = search_geometry(extent, extent_crs, aoi_wkt, aoi_crs)
    own = http is None
    http = http or HttpClient(default_network(), log=log)
    try:
        result = search_catalog(catalog, SearchQuery(geometry, start, end), http, log)
        signer = make_auth(catalog, http)
        for scene in result.scenes:
            if signer is not None:
                for variants in scene.assets.values():
                    for a in variants:
                        if a.href.startswith("/vsicurl/"):
                            a.href = "/vsicurl/" + signer.sign(a.href[len("/vsicurl/"):])
    finally:
        if own:
            http.close()
    found = Discovery(scenes=result.scenes, rejected=list(result.rejected), superseded=list(result.superseded))
    return found
