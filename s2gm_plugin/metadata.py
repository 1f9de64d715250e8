"""Sentinel-2 L2A XML metadata: product (MTD_MSIL2A.xml) and granule (MTD_TL.xml).

Parsers look at element local names only, so namespaces and indentation of the
different processing baselines do not matter.
"""
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Dict, Optional

import numpy as np

# ESA band_id order used by BOA_ADD_OFFSET / Spectral_Information.
BAND_ID_ORDER = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")


def _parse(source):
    """Root element of an XML file: a path, a GDAL /vsi path (zip, curl) or a file object."""
    if isinstance(source, str) and source.startswith("/vsi"):
        from osgeo import gdal
        fh = gdal.VSIFOpenL(source, "rb")
        if fh is None:
            raise OSError("cannot open %s" % source)
        try:
            gdal.VSIFSeekL(fh, 0, 2)
            size = gdal.VSIFTellL(fh)
            gdal.VSIFSeekL(fh, 0, 0)
            data = gdal.VSIFReadL(1, size, fh)
        finally:
            gdal.VSIFCloseL(fh)
        return ET.fromstring(data)
    return ET.parse(source).getroot()


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _iter(root, name):
    for el in root.iter():
        if _local(el.tag) == name:
            yield el


def _first_text(root, name):
    for el in _iter(root, name):
        if el.text and el.text.strip():
            return el.text.strip()
    return None


@dataclass
class ProductMetadata:
    """What MTD_MSIL2A.xml says about DN -> physical values."""

    processing_baseline: Optional[str] = None
    quantification: float = 10000.0
    aot_quantification: float = 1000.0
    wvp_quantification: float = 1000.0
    boa_offsets: Dict[str, float] = field(default_factory=dict)  # band key -> DN offset
    spacecraft: Optional[str] = None
    relative_orbit: Optional[int] = None
    start_time: Optional[str] = None

    def offset_for(self, key, default=0.0):
        return self.boa_offsets.get(key, default)


def read_product_metadata(path) -> ProductMetadata:
    root = _parse(path)
    md = ProductMetadata()
    md.processing_baseline = _first_text(root, "PROCESSING_BASELINE")
    md.spacecraft = _first_text(root, "SPACECRAFT_NAME")
    orbit = _first_text(root, "SENSING_ORBIT_NUMBER")
    md.relative_orbit = int(orbit) if orbit and orbit.isdigit() else None
    md.start_time = _first_text(root, "PRODUCT_START_TIME")
    for name, attr in (("BOA_QUANTIFICATION_VALUE", "quantification"),
                       ("QUANTIFICATION_VALUE", "quantification"),
                       ("AOT_QUANTIFICATION_VALUE", "aot_quantification"),
                       ("WVP_QUANTIFICATION_VALUE", "wvp_quantification")):
        text = _first_text(root, name)
        if text:
            setattr(md, attr, float(text))
            if name == "BOA_QUANTIFICATION_VALUE":
                # do not let the generic tag overwrite the BOA one
                break
    id_to_key = {}
    for el in _iter(root, "Spectral_Information"):
        band_id, physical = el.get("bandId"), el.get("physicalBand")
        if band_id is not None and physical:
            key = physical.upper()
            key = "B8A" if key == "B8A" else "B%02d" % int(key[1:])
            id_to_key[int(band_id)] = key
    for el in _iter(root, "BOA_ADD_OFFSET"):
        band_id = int(el.get("band_id"))
        key = id_to_key.get(band_id, BAND_ID_ORDER[band_id] if band_id < len(BAND_ID_ORDER) else None)
        if key:
            md.boa_offsets[key] = float(el.text)
    return md


@dataclass
class AngleGrid:
    """An angle on the 5 km granule grid: ``values[r, c]`` at (ulx + c*step, uly - r*step)."""

    ulx: float
    uly: float
    step: float
    values: np.ndarray  # float32, NaN where undefined

    def sample(self, xs, ys):
        """Bilinear interpolation at map coordinates (arrays, same shape); NaN-aware:
        nodes without a value are left out of the weights, NaN only where all four are."""
        fc = (np.asarray(xs, dtype=np.float64) - self.ulx) / self.step
        fr = (self.uly - np.asarray(ys, dtype=np.float64)) / self.step
        rows, cols = self.values.shape
        fc = np.clip(fc, 0, cols - 1)
        fr = np.clip(fr, 0, rows - 1)
        c0 = np.minimum(np.floor(fc).astype(int), cols - 2 if cols > 1 else 0)
        r0 = np.minimum(np.floor(fr).astype(int), rows - 2 if rows > 1 else 0)
        c1 = np.minimum(c0 + 1, cols - 1)
        r1 = np.minimum(r0 + 1, rows - 1)
        tc = fc - c0
        tr = fr - r0
        total = np.zeros(fc.shape, dtype=np.float64)
        weight = np.zeros(fc.shape, dtype=np.float64)
        for rr, cc, w in ((r0, c0, (1 - tr) * (1 - tc)), (r0, c1, (1 - tr) * tc),
                          (r1, c0, tr * (1 - tc)), (r1, c1, tr * tc)):
            v = self.values[rr, cc]
            ok = np.isfinite(v)
            total += np.where(ok, v, 0.0) * w
            weight += np.where(ok, w, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            out = np.where(weight > 1e-12, total / np.maximum(weight, 1e-12), np.nan)
        return out.astype(np.float32)


@dataclass
class GranuleMetadata:
    """What MTD_TL.xml says: tile CRS, grid and the 5 km angle grids."""

    crs: Optional[str] = None
    ulx: Optional[float] = None
    uly: Optional[float] = None
    sizes: Dict[int, tuple] = field(default_factory=dict)  # resolution -> (rows, cols)
    sun_zenith: Optional[AngleGrid] = None
    sun_azimuth: Optional[AngleGrid] = None
    view_zenith: Optional[AngleGrid] = None  # mean over bands and detectors
    view_azimuth: Optional[AngleGrid] = None

    @property
    def bounds(self):
        if self.ulx is None or not self.sizes:
            return None
        res = min(self.sizes)
        rows, cols = self.sizes[res]
        return (self.ulx, self.uly - rows * res, self.ulx + cols * res, self.uly)

    def angle(self, name) -> Optional[AngleGrid]:
        return {"SUN_ZENITH": self.sun_zenith, "SUN_AZIMUTH": self.sun_azimuth,
                "VIEW_ZENITH": self.view_zenith, "VIEW_AZIMUTH": self.view_azimuth}.get(name)


def _values(el):
    rows = []
    for v in _iter(el, "VALUES"):
        rows.append([float(x) for x in v.text.split()])
    return np.array(rows, dtype=np.float64) if rows else None


def _step(el):
    text = _first_text(el, "COL_STEP")
    return float(text) if text else 5000.0


def _mean_angle(grids, circular):
    stack = np.stack(grids)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        if not circular:
            return np.nanmean(stack, axis=0)
        rad = np.deg2rad(stack)
        s = np.nanmean(np.sin(rad), axis=0)
        c = np.nanmean(np.cos(rad), axis=0)
        return np.mod(np.rad2deg(np.arctan2(s, c)), 360.0)


def read_granule_metadata(path) -> GranuleMetadata:
    root = _parse(path)
    md = GranuleMetadata()
    md.crs = _first_text(root, "HORIZONTAL_CS_CODE")
    for geo in _iter(root, "Geoposition"):
        if md.ulx is None:
            md.ulx = float(_first_text(geo, "ULX"))
            md.uly = float(_first_text(geo, "ULY"))
    for size in _iter(root, "Size"):
        res = int(size.get("resolution"))
        md.sizes[res] = (int(_first_text(size, "NROWS")), int(_first_text(size, "NCOLS")))
    if md.ulx is None:
        return md
    for sun in _iter(root, "Sun_Angles_Grid"):
        for part in sun:
            name = _local(part.tag)
            vals = _values(part)
            if vals is None:
                continue
            grid = AngleGrid(md.ulx, md.uly, _step(part), vals.astype(np.float32))
            if name == "Zenith":
                md.sun_zenith = grid
            elif name == "Azimuth":
                md.sun_azimuth = grid
        break
    zen, azi, step = [], [], 5000.0
    for view in _iter(root, "Viewing_Incidence_Angles_Grids"):
        for part in view:
            vals = _values(part)
            if vals is None:
                continue
            step = _step(part)
            (zen if _local(part.tag) == "Zenith" else azi).append(vals)
    if zen:
        md.view_zenith = AngleGrid(md.ulx, md.uly, step, _mean_angle(zen, False).astype(np.float32))
    if azi:
        md.view_azimuth = AngleGrid(md.ulx, md.uly, step, _mean_angle(azi, True).astype(np.float32))
    return md
