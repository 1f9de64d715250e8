"""End-to-end benchmark: composite the bundled sample vs merely reading the same inputs.

Both figures are measured in this run on this machine; the ratio is what counts
(target: composite <= 2x the read time). Run from the repository root:
``python bench/bench_e2e.py [INPUT_FOLDER]``.
"""
import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from osgeo import gdal  # noqa: E402

from s2gm_plugin.catalog import discover  # noqa: E402
from s2gm_plugin.composite import kernel_backend  # noqa: E402
from s2gm_plugin.pipeline import CompositeRequest, run_composite  # noqa: E402

TARGET_RATIO = 2.0


def read_inputs(folder, keys):
    """Decode every input file the composite needs, whole, once (no compositing)."""
    pixels = 0
    for scene in discover(folder).scenes:
        for key in keys:
            asset = scene.asset_for(key, 10)
            ds = gdal.Open(asset.href)
            arr = ds.GetRasterBand(1).ReadAsArray()
            pixels += arr.size
            ds = None
    return pixels


def best_of(n, fn):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "sample", "T13SFA")
    out = tempfile.mkdtemp(prefix="s2gm-bench-")
    try:
        req = CompositeRequest(input_path=folder, output=os.path.join(out, "c.tif"),
                               quality=os.path.join(out, "q.tif"), qc_report=os.path.join(out, "qc.json"))
        result = run_composite(req)  # warm-up: numba compile / cache load, file system cache
        keys = ["SCL"] + result.bands
        read_s = best_of(3, lambda: read_inputs(folder, keys))
        comp_s = best_of(3, lambda: run_composite(req))
        ds = gdal.Open(result.output)
        mpx = ds.RasterXSize * ds.RasterYSize / 1e6
        ratio = comp_s / read_s
        print("end-to-end sample: %d scenes, bands %s, %dx%d px at 10 m, medoid kernel %s"
              % (len(result.scenes_used), ",".join(result.bands), ds.RasterXSize, ds.RasterYSize, kernel_backend()))
        print("read inputs only: %.3f s" % read_s)
        print("composite end-to-end: %.3f s (%.2f Mpx/s of output)" % (comp_s, mpx / comp_s))
        print("ratio composite/read: %.2fx (target <= %.1fx) %s"
              % (ratio, TARGET_RATIO, "PASS" if ratio <= TARGET_RATIO else "MISS"))
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
