"""ESA SAFE L2A products (and the CDSE ``eodata`` layout, which is the same inside).

    <PRODUCT>.SAFE/MTD_MSIL2A.xml                      (optional: offsets, quantification)
    <PRODUCT>.SAFE/GRANULE/<GRANULE>/MTD_TL.xml        (optional: CRS, grid, angles)
    <PRODUCT>.SAFE/GRANULE/<GRANULE>/IMG_DATA/R10m/T13SFA_20240926T173101_B04_10m.jp2
    <PRODUCT>.SAFE/GRANULE/<GRANULE>/QI_DATA/MSK_CLDPRB_20m.jp2 (cloud probability)
"""
import os
import re
import zipfile

from ..metadata import read_granule_metadata, read_product_metadata
from ..scene import Asset, Scene, baseline_offset, parse_datetime, platform_code

PRODUCT_RE = re.compile(
    r"(?P<platform>S2[A-D])_MSIL2A_(?P<time>\d{8}T\d{6})_N(?P<baseline>\d{4})_R(?P<orbit>\d{3})"
    r"_T(?P<tile>\d{2}[A-Z]{3})_(?P<generation>\d{8}T\d{6})")
IMAGE_RE = re.compile(r"_(?P<band>B\d{2}|B8A|SCL|AOT|WVP)_(?P<res>\d{2})m\.jp2$", re.IGNORECASE)
MASK_RE = re.compile(r"(?:MSK_)?(?P<kind>CLDPRB|SNWPRB|CLD|SNW)_(?P<res>\d{2})m\.jp2$", re.IGNORECASE)


def is_safe_product(path):
    """A folder that holds a SAFE L2A product (``GRANULE/*/IMG_DATA``)."""
    granule = os.path.join(path, "GRANULE")
    if not os.path.isdir(granule):
        return False
    return any(os.path.isdir(os.path.join(granule, g, "IMG_DATA")) for g in os.listdir(granule))


def is_safe_zip(path):
    """A zip archive holding a SAFE L2A product (as the Copernicus Data Space delivers)."""
    if not path.lower().endswith(".zip") or not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as zf:
        return any("/IMG_DATA/" in n and n.lower().endswith(".jp2") for n in zf.namelist())


class _FolderTree:
    """Files of a SAFE folder: relative names, bytes, GDAL paths."""

    def __init__(self, root):
        self.root = root
        self.names = []
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                self.names.append(os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/"))
        self.names.sort()

    def open(self, name):
        return open(os.path.join(self.root, name), "rb")

    def href(self, name):
        return os.path.join(self.root, *name.split("/"))


class _ZipTree:
    """Files of a zipped SAFE: read through GDAL's /vsizip/ without unpacking."""

    def __init__(self, path):
        self.path = path
        self.zf = zipfile.ZipFile(path)
        names = [n for n in self.zf.namelist() if not n.endswith("/")]
        # the SAFE root is the folder that holds GRANULE/
        prefix = ""
        for n in names:
            i = n.find("GRANULE/")
            if i >= 0:
                prefix = n[:i]
                break
        self.prefix = prefix
        self.names = sorted(n[len(prefix):] for n in names if n.startswith(prefix))

    def open(self, name):
        return self.zf.open(self.prefix + name)

    def href(self, name):
        return "/vsizip/%s/%s%s" % (self.path, self.prefix, name)


def read_safe(path):
    """One Scene per granule of a SAFE product folder or zipped SAFE product."""
    path = os.path.abspath(path)
    if os.path.isfile(path):
        tree = _ZipTree(path)
        name = tree.prefix.rstrip("/") or os.path.basename(path)[:-4]
    else:
        tree = _FolderTree(path)
        name = os.path.basename(path.rstrip(os.sep))
    for suffix in (".zip", ".SAFE", ".safe"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    m = PRODUCT_RE.search(name)
    product_md = None
    if "MTD_MSIL2A.xml" in tree.names:
        with tree.open("MTD_MSIL2A.xml") as fh:
            product_md = read_product_metadata(fh)
    granules = sorted({n.split("/")[1] for n in tree.names
                       if n.startswith("GRANULE/") and "/IMG_DATA/" in n})
    return [_read_granule(path, name, m, product_md, tree, g, len(granules)) for g in granules]


def _read_granule(path, name, m, product_md, tree, granule, n_granules):
    notes = []
    if m:
        when = parse_datetime(m.group("time"))
        baseline = "%s.%s" % (m.group("baseline")[:2], m.group("baseline")[2:])
        tile, platform = m.group("tile"), m.group("platform")
        orbit = int(m.group("orbit"))
    else:
        when, baseline, tile, platform, orbit = None, None, "", "", None
    if product_md:
        baseline = product_md.processing_baseline or baseline
        platform = platform or platform_code(product_md.spacecraft)
        orbit = orbit if orbit is not None else product_md.relative_orbit
        if when is None and product_md.start_time:
            when = parse_datetime(product_md.start_time)
    if when is None:
        t = re.search(r"_(\d{8}T\d{6})", granule)
        if not t:
            raise ValueError("cannot tell the sensing time of %s from its name or metadata" % name)
        when = parse_datetime(t.group(1))
    if not tile:
        t = re.search(r"_T(\d{2}[A-Z]{3})_", granule + "_")
        tile = t.group(1) if t else ""

    quant = product_md.quantification if product_md else 10000.0
    if product_md and product_md.boa_offsets:
        offsets = product_md.boa_offsets
        notes.append("offset from MTD_MSIL2A.xml")
    else:
        offsets = None
        notes.append("offset from processing baseline %s (no MTD_MSIL2A.xml)" % baseline)
    default_offset = baseline_offset(baseline)

    gprefix = "GRANULE/%s/" % granule
    granule_md = None
    if gprefix + "MTD_TL.xml" in tree.names:
        with tree.open(gprefix + "MTD_TL.xml") as fh:
            granule_md = read_granule_metadata(fh)
    tl_path = tree.href(gprefix + "MTD_TL.xml")
    scene = Scene(
        id=name if n_granules == 1 else "%s/%s" % (name, granule),
        datetime=when, tile=tile, platform=platform, relative_orbit=orbit,
        processing_baseline=baseline, crs=granule_md.crs if granule_md else None,
        source=path, boa_offset=default_offset, quantification=quant,
        granule_metadata=tl_path if granule_md else None,
        bounds=granule_md.bounds if granule_md else None,
        sequence="%s|" % (baseline or ""), notes=notes)
    aot_q = product_md.aot_quantification if product_md else 1000.0
    wvp_q = product_md.wvp_quantification if product_md else 1000.0
    for rel in tree.names:
        if not rel.startswith(gprefix):
            continue
        sub = rel[len(gprefix):].split("/")[0]
        fname = rel.rsplit("/", 1)[-1]
        full = tree.href(rel)
        im = IMAGE_RE.search(fname)
        if im and sub == "IMG_DATA":
            key, res = im.group("band").upper(), float(im.group("res"))
            if key in ("SCL",):
                scale, offset = 1.0, 0.0
            elif key == "AOT":
                scale, offset = 1.0 / aot_q, 0.0
            elif key == "WVP":
                scale, offset = 1.0 / wvp_q, 0.0
            else:
                dn_offset = offsets.get(key, default_offset) if offsets else default_offset
                scale, offset = 1.0 / quant, dn_offset / quant
            scene.add_asset(Asset(key, full, res, scale, offset, 0.0))
            continue
        mm = MASK_RE.search(fname)
        if mm and sub == "QI_DATA":
            key = "CLD" if mm.group("kind").upper().startswith("CLD") else "SNW"
            # probability masks: 0..100 %, 0 is a real value (no nodata)
            scene.add_asset(Asset(key, full, float(mm.group("res")), 1.0, 0.0, None))
    return scene
