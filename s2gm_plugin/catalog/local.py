"""Local sources: a folder searched recursively, or one JSON file.

A folder may hold any mix of ESA SAFE L2A products, Earth Search-style scene folders (a
STAC item JSON beside its COG / GeoTIFF / JP2 assets), and STAC catalog / collection /
ItemCollection JSON files with local asset hrefs. Each becomes one ``Scene``; a source that
cannot be understood is recorded as rejected, with its reason, and the rest goes on.
"""
import json
import os
from dataclasses import dataclass, field
from typing import List

from .safe import is_safe_product, is_safe_zip, read_safe
from .stac_item import is_stac_item, load_json, scene_from_item

SKIP_JSON = {"assets-map.json"}


@dataclass
class Discovery:
    scenes: list = field(default_factory=list)
    rejected: List[dict] = field(default_factory=list)  # {"id", "source", "reason"}
    superseded: List[dict] = field(default_factory=list)  # older processing of a scene
    ignored: List[str] = field(default_factory=list)  # JSON files that are not STAC

    def reject(self, scene_id, source, reason):
        self.rejected.append({"id": scene_id, "source": source, "reason": reason})


def _assets_map(folder):
    """The ``assets-map.json`` convention (absolute href -> local path) of a folder."""
    path = os.path.join(folder, "assets-map.json")
    if not os.path.isfile(path):
        return {}
    try:
        doc = load_json(path)
    except (OSError, ValueError):
        return {}
    mapping = {}
    groups = []
    if isinstance(doc.get("assets"), dict):
        groups.append(doc["assets"])
    for entry in (doc.get("items") or {}).values():
        if isinstance(entry, dict):
            groups.append(entry)
    for group in groups:
        for asset in group.values():
            # only absolute hrefs: relative ones already resolve next to their item
            if isinstance(asset, dict) and "://" in str(asset.get("href")) and asset.get("local"):
                mapping[asset["href"]] = os.path.normpath(os.path.join(folder, asset["local"]))
    return mapping


def discover(input_path) -> Discovery:
    """All scenes under ``input_path`` (folder or JSON file), with rejections recorded."""
    found = Discovery()
    seen_json = set()
    href_map = {}
    if not os.path.exists(input_path):
        raise FileNotFoundError(input_path)
    if os.path.isdir(input_path):
        # assets maps of the input folder and its parents apply below them
        folder = os.path.abspath(input_path)
        for _ in range(3):
            href_map.update(_assets_map(folder))
            folder = os.path.dirname(folder)
        _walk(os.path.abspath(input_path), found, seen_json, href_map)
    elif str(input_path).lower().endswith(".zip"):
        _read_zip(os.path.abspath(input_path), found)
    else:
        href_map.update(_assets_map(os.path.dirname(os.path.abspath(input_path))))
        _read_json(os.path.abspath(input_path), found, seen_json, href_map)
    _drop_superseded(found)
    found.scenes.sort(key=lambda s: (s.datetime, s.id))
    return found


def _walk(root, found, seen_json, href_map):
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        if is_safe_product(dirpath):
            dirs[:] = []  # a SAFE product is read whole
            try:
                found.scenes.extend(read_safe(dirpath))
            except Exception as exc:  # noqa: BLE001 - any failure rejects this product only
                found.reject(os.path.basename(dirpath), dirpath, "unreadable SAFE product: %s" % exc)
            continue
        href_map.update(_assets_map(dirpath))
        for fname in sorted(files):
            if fname.lower().endswith(".zip"):
                _read_zip(os.path.join(dirpath, fname), found)
                continue
            if fname.lower().endswith((".json", ".geojson")) and fname not in SKIP_JSON:
                _read_json(os.path.join(dirpath, fname), found, seen_json, href_map)


def _read_zip(path, found):
    """A zipped SAFE product is read in place; other zip files are ignored."""
    try:
        if not is_safe_zip(path):
            found.ignored.append(path)
            return
        found.scenes.extend(read_safe(path))
    except Exception as exc:  # noqa: BLE001 - a broken archive rejects this product only
        found.reject(os.path.basename(path), path, "unreadable zipped SAFE product: %s" % exc)


def _read_json(path, found, seen_json, href_map):
    path = os.path.abspath(path)
    if path in seen_json:
        return
    seen_json.add(path)
    try:
        doc = load_json(path)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        found.reject(os.path.splitext(os.path.basename(path))[0], path,
                     "unparseable JSON (%s): fix or remove the file" % exc.__class__.__name__)
        return
    kind = doc.get("type") if isinstance(doc, dict) else None
    if is_stac_item(doc):
        _add_item(doc, path, found, href_map)
    elif kind == "FeatureCollection":
        for feature in doc.get("features") or []:
            if is_stac_item(feature):
                _add_item(feature, path, found, href_map)
    elif kind in ("Catalog", "Collection"):
        base = os.path.dirname(path)
        for link in doc.get("links") or []:
            if link.get("rel") in ("child", "item") and link.get("href"):
                href = link["href"]
                if "://" in href:
                    continue  # remote children are the catalog clients' job
                target = os.path.normpath(os.path.join(base, href))
                if os.path.isfile(target):
                    _read_json(target, found, seen_json, href_map)
    else:
        found.ignored.append(path)


def _add_item(item, path, found, href_map):
    item_id = str(item.get("id") or os.path.basename(path))
    if any(s.id == item_id for s in found.scenes):
        return  # reached twice (catalog link and folder walk)
    try:
        found.scenes.append(scene_from_item(item, path, href_map))
    except Exception as exc:  # noqa: BLE001 - one bad item never stops the others
        found.reject(item_id, path, "STAC item not understood: %s" % exc)


def _drop_superseded(found):
    """Keep the newest processing of one acquisition (Earth Search ``_0_`` vs ``_1_``,
    SAFE products reprocessed with a newer baseline)."""
    groups = {}
    for scene in found.scenes:
        key = (scene.platform, scene.tile, scene.datetime.replace(microsecond=0))
        groups.setdefault(key, []).append(scene)
    keep = []
    for members in groups.values():
        if len(members) == 1:
            keep.extend(members)
            continue
        # datastrip splits share the processing: they stay (merged per pixel later);
        # a different processing of the same acquisition is superseded by the newest
        newest_seq = max(s.sequence for s in members)
        newest = [s for s in members if s.sequence == newest_seq]
        keep.extend(newest)
        for old in members:
            if old.sequence != newest_seq:
                found.superseded.append({"id": old.id, "source": old.source,
                                         "reason": "superseded by newer processing %s" % newest[0].id})
    found.scenes = keep


def dumps_ids(scenes):
    return json.dumps([s.id for s in scenes])
