"""Dask runner benchmark: one real multi-period order, local runner vs a 2-worker
LocalCluster, measured in the same run, with the products checked identical.

The order: the bundled sample (tile 13SFA), every day of September 2024 that has a scene
(daily periods: 11 products) at 20 m. Each product is a plan task, its block tasks (rows of
the product grid, ``block_rows`` of the runner; the sample's products are one block at the
default 2048 rows) and a product task; the number of block tasks is printed. On one 2-core
machine the cluster mostly shows its overhead (start-up, task shipping); its use is a larger
machine or a real cluster. Run from the repository root: ``python bench/bench_dask.py``.
"""
import hashlib
import os
import re
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from osgeo import gdal  # noqa: E402

from s2gm_plugin.mosaic import run_order  # noqa: E402
from s2gm_plugin.order import Order  # noqa: E402

gdal.UseExceptions()


def sample_box():
    import glob
    from s2gm_plugin.grid import transform_bounds
    b04 = sorted(glob.glob(os.path.join(ROOT, "sample", "T13SFA", "*", "GRANULE", "*", "IMG_DATA", "R10m",
                                        "*B04*")))[0]
    ds = gdal.Open(b04)
    gt = ds.GetGeoTransform()
    b = (gt[0], gt[3] + gt[5] * ds.RasterYSize, gt[0] + gt[1] * ds.RasterXSize, gt[3])
    return transform_bounds(b, ds.GetProjection(), "EPSG:4326", densify=2)


def pixels_digest(folder):
    """Digest of every product raster's pixels and georeference (time stamps aside)."""
    h = hashlib.sha256()
    for d, _s, files in sorted(os.walk(folder)):
        for f in sorted(files):
            if f.endswith(".tif"):
                ds = gdal.Open(os.path.join(d, f))
                h.update(f.encode())
                h.update(repr(ds.GetGeoTransform()).encode())
                h.update(ds.ReadAsArray().tobytes())
    return h.hexdigest()


def main():
    try:
        from s2gm_plugin.runner import run_order_dask
        from s2gm_plugin.runner import import_distributed
        import_distributed()
    except Exception as exc:  # noqa: BLE001
        print("dask runner: not available (%s)" % exc)
        return
    order = Order(name="bench", period="day", start_date="2024-09-01", end_date="2024-09-30",
                  source=os.path.join(ROOT, "sample", "T13SFA"), extent=list(sample_box()), resolution=20,
                  format="GeoTIFF")
    work = tempfile.mkdtemp(prefix="s2gm-bench-dask-")
    try:
        t = time.perf_counter()
        local = run_order(order, os.path.join(work, "local"))
        t_local = time.perf_counter() - t
        t = time.perf_counter()
        logs = []
        dask = run_order_dask(order, os.path.join(work, "dask"), n_workers=2, log=logs.append)
        t_dask = time.perf_counter() - t
        same = pixels_digest(local.order_dir) == pixels_digest(dask.order_dir)
        blocks = [m.group(1) for m in map(re.compile(r"(\d+) block task\(s\) for").match, logs) if m]
        print("dask runner: %d daily products at 20 m (sample 13SFA, Sept 2024), %s block task(s)"
              % (len(local.delivered), blocks[0] if blocks else "?"))
        print("local runner: %.1f s; Dask LocalCluster (2 workers, incl. start-up): %.1f s; ratio %.2fx"
              % (t_local, t_dask, t_dask / t_local))
        print("%s: products identical (pixels and georeference)" % ("PASS" if same else "FAIL"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
