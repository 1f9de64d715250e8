"""Delivering one S2GM product (spec sections 4-5), shared by ``s2gm:mosaic``,
``s2gm:resample`` and ``s2gm:export``:

* :func:`split_tiles` cuts a UTM product larger than one Sentinel-2 tile (109.8 km) along
  the granule grid into ``tile_N`` parts;
* :func:`write_layers` writes the layers of one product (or tile) in a format and runs the
  output tile QC on every file;
* :func:`write_metadata` writes the metadata JSON + INSPIRE XML (QC of the XML included);
* :func:`publish` renames a complete staging folder into place (a product folder that
  exists is complete).
"""
import math
import os
import shutil
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from .. import __version__
from ..errors import Cancelled
from ..grid import Grid, transform_bounds
from ..naming import layer_file, metadata_json, metadata_xml, netcdf_file, product_folder
from ..raster import epsg_of, srs_from
from . import qc
from .metadata import LICENCE, check_inspire_xml, inspire_xml, now_utc, write_json

# A Sentinel-2 granule is 109.8 km wide; granules sit on the 100 km MGRS grid (their
# upper-left corners are the 100 km lines snapped down to 60 m: 499980, 600000, 699960 ...).
S2_TILE_M = 109800.0
GRANULE_STEP_M = 100000.0
ALIGN_M = 60.0


@dataclass
class TilePart:
    tag: str  # "tile_1" ... ("" when the product is not split)
    grid: Grid
    layers: dict


def _granule_lines(lo, hi, step):
    """Granule grid lines strictly inside (lo, hi): k * step snapped down to 60 m."""
    lines = []
    k = math.floor(lo / step)
    while True:
        x = math.floor(round(k * step / ALIGN_M, 6)) * ALIGN_M
        if x >= hi:
            break
        if x > lo:
            lines.append(x)
        k += 1
    return lines


def split_tiles(grid, layers, max_size_m=S2_TILE_M, step_m=GRANULE_STEP_M):
    """[TilePart] of a product: one part (tag "") when the product fits in one Sentinel-2
    tile (width and height <= ``max_size_m``) or is geographic (WGS84 products are one
    untiled product, spec section 4); else the parts cut at the granule grid lines, named
    ``tile_1``, ``tile_2`` ... row by row from the north-west, parts without any data left
    out. ``max_size_m`` / ``step_m`` are parameters so tests can use small sizes."""
    geographic = srs_from(grid.crs_wkt).IsGeographic()
    xmin, ymin, xmax, ymax = grid.bounds
    if geographic or (xmax - xmin <= max_size_m and ymax - ymin <= max_size_m):
        return [TilePart("", grid, layers)]
    xs = [xmin] + _granule_lines(xmin, xmax, step_m) + [xmax]
    ys = [ymax] + sorted(_granule_lines(ymin, ymax, step_m), reverse=True) + [ymin]
    parts = []
    for top, bottom in zip(ys[:-1], ys[1:]):
        r0, r1 = int(round((ymax - top) / grid.res)), int(round((ymax - bottom) / grid.res))
        for left, right in zip(xs[:-1], xs[1:]):
            c0, c1 = int(round((left - xmin) / grid.res)), int(round((right - xmin) / grid.res))
            if r1 <= r0 or c1 <= c0:
                continue
            sub = {name: np.ascontiguousarray(arr[r0:r1, c0:c1]) for name, arr in layers.items()}
            if not _has_data(sub):
                continue
            g = Grid(grid.crs_wkt, grid.x0 + c0 * grid.res, grid.y0 - r0 * grid.res, grid.res, c1 - c0, r1 - r0)
            parts.append(TilePart("", g, sub))
    if not parts:
        return [TilePart("", grid, layers)]
    for i, part in enumerate(parts, start=1):
        part.tag = "tile_%d" % i
    return parts


def _has_data(layers):
    from .layers import spec_of
    for name, arr in layers.items():
        spec = spec_of(name)
        if spec.nodata is not None and np.any(arr != spec.nodata):
            return True
    return False


def netcdf_attributes(period_kind, period, resolution, order, crs_wkt, history):
    return {
        "Conventions": "CF-1.8",
        "title": "S2GM %s composite %s to %s, %d m" % (period_kind, period.start, period.end, resolution),
        "id": product_folder(period, resolution, order),
        "summary": "Sentinel-2 L2A surface reflectance composite (S2GM rules: medoid for 4 or more "
                   "valid observations, STC below; no averaging) with quality layers.",
        "source": "Copernicus Sentinel-2 Level-2A",
        "history": history,
        "time_coverage_start": period.start.isoformat(),
        "time_coverage_end": period.end.isoformat(),
        "product_version": __version__,
        "license": LICENCE.format(years=period.start.year),
        "institution": "S2GM Mosaic for QGIS",
        "crs": epsg_of(crs_wkt) or "",
        "spatial_resolution": "%d m" % resolution,
    }


def write_layers(folder, fmt, grid, period, resolution, order, layers, meta, nc_attrs,
                 is_cancelled=lambda: False):
    """Write ``layers`` ({name: array in S2GM's type}) into ``folder`` with S2GM names and
    re-open every file (output tile QC). Returns (files, problems)."""
    files, problems = [], []
    if fmt == "NetCDF":
        from .netcdf import write_netcdf
        path = os.path.join(folder, netcdf_file(period, resolution, order))
        write_netcdf(path, grid, period, layers, nc_attrs, is_cancelled)
        files.append(path)
        problems += qc.check_netcdf(path, grid, layers)
        return files, problems
    from .rasters import WRITERS
    writer = WRITERS[fmt]
    for name, array in layers.items():
        if is_cancelled():
            raise Cancelled("Cancelled by the user; no half product was left.")
        path = os.path.join(folder, layer_file(name, period, resolution, order, fmt))
        writer(path, grid, name, array, dict(meta, S2GM_LAYER=name))
        files.append(path)
        problems += qc.check_raster(path, grid, name, array, fmt)
    return files, problems


def qc_checks(fmt):
    return (["opens", "grid", "crs", "data type", "no-data value", "scale", "pixels equal the composite",
             "value ranges"] + (["COG layout"] if fmt == "GeoTIFF" else []))


def write_metadata(folder, doc, period, order, grid, layers, files, problems, xml_info):
    """Complete ``doc`` (grid, box, statistics, QC, checksums) and write it as
    ``metadata_{start}_{ORDER}.json`` beside ``metadata_..._inspire.xml`` (``xml_info``:
    identifier, title, abstract, lineage, format, resolution_m). A missing required XML
    element is added to ``problems`` (the product then fails QC)."""
    doc.setdefault("created", now_utc())
    doc["crs"] = epsg_of(grid.crs_wkt) or grid.crs_wkt
    doc["grid"] = {"bounds": list(grid.bounds), "pixel_size": grid.res, "width": grid.width, "height": grid.height}
    bbox = transform_bounds(grid.bounds, grid.crs_wkt, "EPSG:4326")
    doc["bbox_lonlat"] = list(bbox)
    doc["layers"] = list(layers)
    doc["statistics"] = {name: qc.layer_statistics(name, arr) for name, arr in layers.items()}
    doc["qc"] = {"passed": not problems, "problems": problems, "checks": qc_checks(xml_info["format"])}
    doc["files"] = {os.path.relpath(f, folder): {"sha256": qc.sha256(f), "bytes": os.path.getsize(f)}
                    for f in files}
    xpath = os.path.join(folder, metadata_xml(period, order))
    years = sorted({period.start.year, period.end.year})
    info = dict(xml_info, created=doc["created"], bbox=bbox, start=period.start.isoformat(),
                end=period.end.isoformat(), epsg=int((epsg_of(grid.crs_wkt) or "EPSG:0").split(":")[1]),
                years="-".join(str(y) for y in years))
    inspire_xml(xpath, info)
    missing = check_inspire_xml(xpath)
    if missing:
        problems.append("INSPIRE XML lacks %s" % ", ".join(missing))
        doc["qc"]["passed"] = False
        doc["qc"]["problems"] = problems
    write_json(os.path.join(folder, metadata_json(period, order)), doc)
    return doc


def file_metadata(order, period, resolution, extra=None):
    """GDAL metadata items written into every layer file."""
    meta = {"S2GM_ORDER": order, "S2GM_PERIOD_START": period.start.isoformat(),
            "S2GM_PERIOD_END": period.end.isoformat(), "S2GM_PERIOD_KIND": period.kind,
            "S2GM_RESOLUTION": resolution, "S2GM_SOFTWARE": "S2GM Mosaic %s" % __version__}
    meta.update(extra or {})
    return meta


def publish(staging, final):
    """Rename a complete staging folder to ``final`` (which must not exist)."""
    os.makedirs(os.path.dirname(final), exist_ok=True)
    os.replace(staging, final)
    return final


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def gdal_version():
    return gdal.__version__
