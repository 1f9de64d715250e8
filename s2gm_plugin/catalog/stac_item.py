"""STAC items (Earth Search v1, Planetary Computer, CDSE; STAC 1.0 and 1.1) -> Scene.

Dialects handled here:
* asset keys: common names (``red``, ``scl``), band names (``B04``, ``SCL``) or band names
  with a resolution (``B04_10m``, CDSE);
* DN -> reflectance: ``raster:bands`` scale/offset (1.0), asset ``raster:scale`` /
  ``raster:offset`` (1.1), else the processing baseline (``s2:processing_baseline``,
  ``processing:version`` or the ``N0509`` of the product name). Earth Search items with
  ``earthsearch:boa_offset_applied: true`` hold already harmonised DN although their
  ``raster:bands`` say offset -0.1: for them reflectance = DN x 0.0001 (spec section 1);
* CRS from ``proj:epsg`` or ``proj:code`` on the item or its assets.
"""
import json
import os
import re
from urllib.parse import unquote, urlparse

from ..scene import Asset, Scene, baseline_offset, parse_datetime, platform_code

COMMON_NAMES = {
    "coastal": "B01", "blue": "B02", "green": "B03", "red": "B04", "rededge1": "B05",
    "rededge2": "B06", "rededge3": "B07", "nir": "B08", "nir08": "B8A", "nir09": "B09",
    "swir16": "B11", "swir22": "B12", "scl": "SCL", "aot": "AOT", "wvp": "WVP",
    "cld": "CLD", "snw": "SNW", "cloud": "CLD", "snow": "SNW",
}
KEY_RE = re.compile(r"^(B\d{1,2}|B8A|SCL|AOT|WVP|CLD|SNW)(?:_(\d{2})m)?$", re.IGNORECASE)
REFLECTANCE_KEYS = {"B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12"}


def is_stac_item(doc):
    return isinstance(doc, dict) and doc.get("type") == "Feature" and "assets" in doc


def asset_key(name):
    """Normalised band key of an asset key, and the resolution it names (or None)."""
    if name.endswith("-jp2"):  # Earth Search duplicates of the COGs
        return None, None
    low = name.lower()
    if low in COMMON_NAMES:
        return COMMON_NAMES[low], None
    m = KEY_RE.match(name)
    if not m:
        return None, None
    key = m.group(1).upper()
    if key[1:].isdigit():
        key = "B%02d" % int(key[1:])
    return key, (float(m.group(2)) if m.group(2) else None)


def _epsg(obj):
    if not isinstance(obj, dict):
        return None
    if obj.get("proj:epsg"):
        return "EPSG:%d" % int(obj["proj:epsg"])
    code = obj.get("proj:code")
    if code:
        return str(code).upper()
    return None


def _resolution(asset):
    t = asset.get("proj:transform")
    if t and len(t) >= 6:
        return abs(float(t[0]))
    for rb in asset.get("raster:bands") or []:
        if rb.get("spatial_resolution"):
            return float(rb["spatial_resolution"])
    if asset.get("gsd"):
        return float(asset["gsd"])
    return None


def _bounds(asset):
    t, shape = asset.get("proj:transform"), asset.get("proj:shape")
    if t and shape and len(t) >= 6:
        x0, y0 = float(t[2]), float(t[5])
        x1 = x0 + float(t[0]) * shape[1]
        y1 = y0 + float(t[4]) * shape[0]
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    if asset.get("proj:bbox"):
        return tuple(float(v) for v in asset["proj:bbox"][:4])
    return None


def _scale_offset(asset):
    """(scale, offset, nodata) the asset declares, Nones where it says nothing."""
    bands = asset.get("raster:bands") or []
    if bands:
        b = bands[0]
        return b.get("scale"), b.get("offset"), b.get("nodata")
    return asset.get("raster:scale"), asset.get("raster:offset"), asset.get("nodata")


def _baseline(props, item_id):
    for k in ("s2:processing_baseline", "processing:version", "sentinel:processing_baseline"):
        if props.get(k):
            return str(props[k])
    names = [str(props.get(k, "")) for k in ("s2:product_uri", "sentinel:product_id")]
    m = re.search(r"_N(\d{2})(\d{2})_", "_".join(names) + "_" + item_id + "_")
    return "%s.%s" % (m.group(1), m.group(2)) if m else None


def _orbit(props, item_id):
    if props.get("sat:relative_orbit") is not None:
        return int(props["sat:relative_orbit"])
    m = re.search(r"_R(\d{3})_", str(props.get("s2:product_uri", "")) + "_" + item_id + "_")
    return int(m.group(1)) if m else None


def _tile(props, item_id):
    for prefix in ("mgrs:", "sentinel:"):  # Earth Search v1, and v0 (sentinel-s2-l2a-cogs)
        zone, band, square = (props.get(prefix + k) for k in ("utm_zone", "latitude_band", "grid_square"))
        if zone and band and square:
            return "%02d%s%s" % (int(zone), band, square)
    for k in ("s2:mgrs_tile", "grid:code", "tile"):
        if props.get(k):
            return str(props[k]).replace("MGRS-", "")
    m = re.search(r"_T?(\d{2}[A-Z]{3})_", "_" + item_id + "_")
    return m.group(1) if m else ""


def resolve_href(href, base_dir, href_map=None):
    """A GDAL-openable path for an asset href.

    Relative hrefs resolve next to the item JSON. An absolute URL is mapped to a local
    file when ``href_map`` maps it or a file of the same name lies beside the item (a
    downloaded scene). Otherwise it stays remote (``/vsicurl/`` for http(s)).
    """
    if href_map and href in href_map:
        return href_map[href]
    parsed = urlparse(href)
    if parsed.scheme in ("", "file") or (len(parsed.scheme) == 1 and os.name == "nt"):
        path = unquote(parsed.path) if parsed.scheme == "file" else href
        return os.path.normpath(path if os.path.isabs(path) else os.path.join(base_dir, path))
    local = os.path.join(base_dir, os.path.basename(parsed.path))
    if os.path.isfile(local):
        return local
    if parsed.scheme in ("http", "https"):
        return "/vsicurl/" + href
    if parsed.scheme == "s3":
        return "/vsis3/" + parsed.netloc + parsed.path
    return href


def scene_from_item(item, source, href_map=None):
    """Map one STAC item (dict) to a Scene. ``source`` is the JSON file it came from."""
    props = item.get("properties") or {}
    item_id = str(item.get("id") or os.path.splitext(os.path.basename(source))[0])
    when = props.get("datetime") or props.get("start_datetime")
    if not when:
        raise ValueError("item %s has no datetime" % item_id)
    base_dir = os.path.dirname(os.path.abspath(source))
    baseline = _baseline(props, item_id)
    applied = props.get("earthsearch:boa_offset_applied")
    default_offset_dn = 0.0 if applied else baseline_offset(baseline)
    notes = []
    if applied:
        notes.append("earthsearch:boa_offset_applied: DN already harmonised, reflectance = DN x 0.0001")
    scene = Scene(
        id=item_id, datetime=parse_datetime(when), tile=_tile(props, item_id),
        platform=platform_code(props.get("platform") or item_id[:3]),
        relative_orbit=_orbit(props, item_id), processing_baseline=baseline,
        crs=_epsg(props), source=os.path.abspath(source),
        boa_offset=default_offset_dn, notes=notes,
        sequence="%s|%s" % (baseline or "", props.get("s2:sequence", "")))
    for name, asset in (item.get("assets") or {}).items():
        if name == "granule_metadata":
            href = resolve_href(asset["href"], base_dir, href_map)
            if os.path.isfile(href):
                scene.granule_metadata = href
            continue
        key, res_from_key = asset_key(name)
        if key is None or not asset.get("href"):
            continue
        href = asset["href"]
        alternate = (asset.get("alternate") or {}).get("https", {}).get("href")
        if urlparse(href).scheme == "s3" and alternate:
            local = asset.get("file:local_path")
            if local and os.path.isfile(os.path.join(base_dir, local)):
                href = os.path.join(base_dir, local)
        path = resolve_href(href, base_dir, href_map)
        if urlparse(asset["href"]).scheme == "s3" and alternate and path.startswith("/vsis3/"):
            path = "/vsicurl/" + alternate
        res = res_from_key or _resolution(asset)
        scale, offset, nodata = _scale_offset(asset)
        if key in REFLECTANCE_KEYS:
            if applied:
                # spec section 1: the -0.1 of raster:bands is wrong for these items
                scale, offset = 0.0001, 0.0
            elif scale is None:
                scale = 1.0 / scene.quantification
                offset = default_offset_dn / scene.quantification
            else:
                offset = float(offset or 0.0)
        elif key in ("AOT", "WVP"):
            scale = float(scale) if scale else 0.001
            offset = float(offset or 0.0)
        else:
            scale, offset = 1.0, 0.0
        if key in ("CLD", "SNW"):
            nodata = None
        elif nodata is None:
            nodata = 0.0
        scene.add_asset(Asset(key, path, res, float(scale), float(offset), nodata))
        if scene.crs is None:
            scene.crs = _epsg(asset)
        if scene.bounds is None and key in REFLECTANCE_KEYS | {"SCL"}:
            scene.bounds = _bounds(asset)
    for key in sorted(scene.assets):
        if key in REFLECTANCE_KEYS:
            first = scene.assets[key][0]
            scene.boa_offset = round(first.offset / first.scale, 3)
            scene.quantification = round(1.0 / first.scale, 3)
            break
    return scene


def load_json(path):
    with open(path, "rb") as fh:
        return json.loads(fh.read().decode("utf-8"))
