"""Input tile QC (spec section 2): reject a bad scene with a reason, keep the others.

A scene is rejected when one of the files it needs cannot be opened, is truncated, lies
remote while only local files are allowed, has a grid (size, transform, CRS) that disagrees
with its metadata or its siblings, when it lacks SCL, or when it holds no data at all.
"""
import numpy as np

from .bands import CATEGORICAL, NATIVE_RESOLUTION
from .raster import TruncatedFile, check_file_complete, open_raster, raster_info, same_crs


class SceneRejected(Exception):
    """Raised by the checks; the message is the reason written to the QC report."""


def check_scene(scene, keys, resolution, allow_remote=False, datasets=None):
    """Check the assets ``keys`` of ``scene`` for a ``resolution`` m grid.

    Returns ``{key: (asset, RasterInfo)}``; raises SceneRejected with the reason.
    ``datasets`` (dict path -> open GDAL dataset) keeps the files open for the reads
    that follow, so each file is opened once per run.
    """
    datasets = {} if datasets is None else datasets
    if "SCL" not in scene.assets:
        raise SceneRejected("no scene classification (SCL) layer: cannot tell clouds from land")
    infos = {}
    for key in keys:
        asset = scene.asset_for(key, resolution)
        if asset is None:
            raise SceneRejected("band %s is missing" % key)
        if asset.is_remote and not allow_remote:
            raise SceneRejected("band %s is not available locally (%s); fetch the scene first" % (key, asset.href))
        try:
            ds = datasets.get(asset.href) or open_raster(asset.href)
            check_file_complete(asset.href, ds)
            datasets[asset.href] = ds
            info = raster_info(asset.href, ds)
        except TruncatedFile as exc:
            raise SceneRejected("%s file is truncated: %s (%s)" % (key, exc, asset.href))
        except RuntimeError as exc:
            raise SceneRejected("%s cannot be opened: %s" % (key, str(exc).strip() or asset.href))
        if not info.crs_wkt:
            raise SceneRejected("%s has no coordinate reference system (%s)" % (key, asset.href))
        infos[key] = (asset, info)
    _check_grids(scene, infos)
    _check_has_data(infos, datasets)
    return infos


def _check_grids(scene, infos):
    """Every file must share the scene CRS and footprint (within one coarse pixel); files of
    one native resolution class must share their pixel size; SAFE names state the size."""
    ref_key = "SCL"
    ref = infos[ref_key][1]
    if scene.crs and not same_crs(scene.crs, ref.crs_wkt):
        raise SceneRejected("SCL CRS disagrees with the metadata (%s)" % scene.crs)
    by_class = {}
    for key, (asset, info) in infos.items():
        if not same_crs(info.crs_wkt, ref.crs_wkt):
            raise SceneRejected("%s CRS differs from SCL's" % key)
        tol = max(info.res, ref.res) * 1.01
        if any(abs(a - b) > tol for a, b in zip(info.bounds, ref.bounds)):
            raise SceneRejected("%s grid %dx%d px covers %s, its siblings cover %s (wrong size)"
                                % (key, info.width, info.height, _fmt(info.bounds), _fmt(ref.bounds)))
        if scene.bounds is not None:
            mb = scene.bounds
            tol_md = max(info.res, 60.0) * 1.01
            inside = (info.bounds[0] >= mb[0] - tol_md and info.bounds[1] >= mb[1] - tol_md
                      and info.bounds[2] <= mb[2] + tol_md and info.bounds[3] <= mb[3] + tol_md)
            if not inside:
                raise SceneRejected("%s covers %s, outside the granule footprint %s of its metadata"
                                    % (key, _fmt(info.bounds), _fmt(mb)))
        if asset.resolution and "IMG_DATA" in asset.href and abs(info.res - asset.resolution) > 1e-6:
            raise SceneRejected("%s pixel size %.1f m, its file name says %g m" % (key, info.res, asset.resolution))
        native = NATIVE_RESOLUTION.get(key)
        if native and key not in CATEGORICAL and asset.resolution == native:
            by_class.setdefault(native, []).append((key, info.res))
    for native, members in by_class.items():
        sizes = {round(r, 6) for _, r in members}
        if len(sizes) > 1:
            raise SceneRejected("bands of the %d m class differ in pixel size: %s (wrong size)"
                                % (native, ", ".join("%s %.1f m" % m for m in members)))


def _check_has_data(infos, datasets):
    """Reject a scene whose SCL is entirely no data (read decimated: SCL is the smallest
    file; bands without data under valid SCL are caught while compositing)."""
    asset, info = infos["SCL"]
    band = datasets[asset.href].GetRasterBand(1)
    w, h = min(info.width, 512), min(info.height, 512)
    try:
        arr = band.ReadAsArray(0, 0, info.width, info.height, buf_xsize=w, buf_ysize=h)
    except RuntimeError as exc:
        raise SceneRejected("SCL cannot be decoded: %s" % str(exc).strip())
    if arr is None:
        raise SceneRejected("SCL cannot be decoded")
    if not np.any((arr > 0) & (arr <= 11)):
        raise SceneRejected("entirely no data (SCL holds only no-data values)")


def _fmt(bounds):
    return "(%.0f, %.0f, %.0f, %.0f)" % tuple(bounds)
