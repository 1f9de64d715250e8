"""ESA SAFE L2A products (and the CDSE ``eodata`` layout, which is the same inside).

    <PRODUCT>.SAFE/MTD_MSIL2A.xml                      (optional: offsets, quantification)
    <PRODUCT>.SAFE/GRANULE/<GRANULE>/MTD_TL.xml        (optional: CRS, grid, angles)
    <PRODUCT>.SAFE/GRANULE/<GRANULE>/IMG_DATA/R10m/T13SFA_20240926T173101_B04_10m.jp2
    <PRODUCT>.SAFE/GRANULE/<GRANULE>/QI_DATA/MSK_CLDPRB_20m.jp2 (cloud probability)
"""
import os
import re

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


def read_safe(path):
    """One Scene per granule of a SAFE product folder."""
    path = os.path.abspath(path)
    name = os.path.basename(path.rstrip(os.sep))
    if name.upper().endswith(".SAFE"):
        name = name[:-5]
    m = PRODUCT_RE.search(name)
    product_md = None
    mtd = os.path.join(path, "MTD_MSIL2A.xml")
    if os.path.isfile(mtd):
        product_md = read_product_metadata(mtd)
    scenes = []
    granule_root = os.path.join(path, "GRANULE")
    for granule in sorted(os.listdir(granule_root)):
        gdir = os.path.join(granule_root, granule)
        if not os.path.isdir(os.path.join(gdir, "IMG_DATA")):
            continue
        scenes.append(_read_granule(path, name, m, product_md, gdir, granule))
    return scenes


def _read_granule(path, name, m, product_md, gdir, granule):
    notes = []
    if m:
        when = parse_datetime(m.group("time"))
        baseline = "%s.%s" % (m.group("baseline")[:2], m.group("baseline")[2:])
        tile, platform = m.group("tile"), m.group("platform")
        orbit, generation = int(m.group("orbit")), m.group("generation")
    else:
        when, baseline, tile, platform, orbit, generation = None, None, "", "", None, ""
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

    tl_path = os.path.join(gdir, "MTD_TL.xml")
    granule_md = read_granule_metadata(tl_path) if os.path.isfile(tl_path) else None
    scene = Scene(
        id=name if len(os.listdir(os.path.dirname(gdir))) == 1 else "%s/%s" % (name, granule),
        datetime=when, tile=tile, platform=platform, relative_orbit=orbit,
        processing_baseline=baseline, crs=granule_md.crs if granule_md else None,
        source=path, boa_offset=default_offset, quantification=quant,
        granule_metadata=tl_path if granule_md else None,
        bounds=granule_md.bounds if granule_md else None,
        sequence="%s|" % (baseline or ""), notes=notes)
    aot_q = product_md.aot_quantification if product_md else 1000.0
    wvp_q = product_md.wvp_quantification if product_md else 1000.0
    for sub in ("IMG_DATA", "QI_DATA"):
        for dirpath, _dirs, files in os.walk(os.path.join(gdir, sub)):
            for fname in sorted(files):
                full = os.path.join(dirpath, fname)
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
