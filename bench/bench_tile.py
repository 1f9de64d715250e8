"""Full-tile benchmark: a 10 980 x 10 980 px tile at 10 m, 20 dates, 10 bands, in bounded memory.

The workload is built once from the real Earth Search 33TWL stack of ../shared/data
(5 dates of B02 B03 B04 B08 SCL at 120 m): every band is upsampled (nearest) to its native
Sentinel-2 grid -- 10 m for B02 B03 B04 B08, 20 m for the others and SCL -- and written as
local cloud-optimised GeoTIFFs (DEFLATE, 512 px tiles) like Earth Search's; the six 20 m
bands reuse the pixels of the four real ones (B05 B06 B07 <- B04, B8A <- B08, B11 B12 <-
B03, B02). Twenty STAC items point at them: each real date four times with shifted dates
(the pixels repeat, the workload does not). The cache lives outside the repository, in
``$S2GM_BENCH_CACHE`` or ``~/.cache/s2gm-mosaic/bench-tile`` (about 3 GB); delete it to
rebuild.

Measured in this run, each in a fresh subprocess: the time to merely read every input
window the composite reads (same grid, same windows, same readers), and the composite
end to end (wall time, Mpx/s, peak RSS). Targets: peak RSS < 2 GB, composite <= 1.3x the
read time. Run from the repository root: ``python bench/bench_tile.py``.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
SHARED = os.environ.get("S2GM_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
CACHE = os.environ.get("S2GM_BENCH_CACHE", os.path.expanduser("~/.cache/s2gm-mosaic/bench-tile"))
SIZE = 10980
FROM_REAL = {"B02": "B02", "B03": "B03", "B04": "B04", "B08": "B08", "B05": "B04", "B06": "B04",
             "B07": "B04", "B8A": "B08", "B11": "B03", "B12": "B02", "SCL": "SCL"}
NATIVE = {"B02": 10, "B03": 10, "B04": 10, "B08": 10}
COPIES = 4  # 5 real dates x 4 = 20 observations
TARGET_RSS_GB = 2.0
TARGET_RATIO = 1.3


def build_workload():
    from osgeo import gdal
    gdal.UseExceptions()
    done = os.path.join(CACHE, "items", "collection.json")
    if os.path.isfile(done):
        return os.path.join(CACHE, "items")
    src_root = os.path.join(SHARED, "earthsearch", "sentinel-2-l2a")
    os.makedirs(os.path.join(CACHE, "data"), exist_ok=True)
    items_dir = os.path.join(CACHE, "items")
    os.makedirs(items_dir, exist_ok=True)
    t0 = time.perf_counter()
    features = []
    for scene in sorted(os.listdir(src_root)):
        if not os.path.isdir(os.path.join(src_root, scene)):
            continue
        src_item = json.load(open(os.path.join(src_root, scene, scene + ".json")))
        data_dir = os.path.join(CACHE, "data", scene)
        os.makedirs(data_dir, exist_ok=True)
        for band, real in FROM_REAL.items():
            out = os.path.join(data_dir, band + ".tif")
            if os.path.isfile(out):
                continue
            res = NATIVE.get(band, 20)
            tmp = out + ".tmp.tif"
            gdal.Warp(tmp, os.path.join(src_root, scene, real + ".tif"), format="COG", xRes=res, yRes=res,
                      resampleAlg="near", creationOptions=["COMPRESS=DEFLATE", "BLOCKSIZE=512",
                                                           "OVERVIEWS=NONE", "NUM_THREADS=ALL_CPUS"])
            os.replace(tmp, out)
        when = datetime.fromisoformat(src_item["properties"]["datetime"].replace("Z", "+00:00"))
        for copy in range(COPIES):
            item = json.loads(json.dumps(src_item))
            item["id"] = "%s_copy%d" % (scene, copy)
            item["properties"]["datetime"] = (when + timedelta(days=30 * copy)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            item["properties"]["sat:relative_orbit"] = 1000 + copy  # distinct observations
            assets = {}
            for band in FROM_REAL:
                res = NATIVE.get(band, 20)
                assets[band] = {"href": os.path.join("..", "data", scene, band + ".tif"),
                                "proj:transform": [res, 0, 499980, 0, -res, 5100000],
                                "proj:shape": [SIZE * 10 // res] * 2,
                                "raster:bands": [{"nodata": 0, "scale": 0.0001, "offset": -0.1}]}
            assets["granule_metadata"] = {"href": os.path.join(src_root, scene, "granule_metadata.xml")}
            item["assets"] = assets
            features.append(item)
    with open(os.path.join(items_dir, "items.json"), "w") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh)
    with open(done, "w") as fh:
        json.dump({"type": "Collection", "id": "bench", "links": []}, fh)
    print("workload built in %.0f s in %s" % (time.perf_counter() - t0, CACHE))
    return items_dir


CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
mode, items, out = sys.argv[2], sys.argv[3], sys.argv[4]
from s2gm_plugin.pipeline import CompositeRequest, run_composite
from s2gm_plugin import composite_run
req = CompositeRequest(input_path=items, output=os.path.join(out, "c.tif"), quality=os.path.join(out, "q.tif"),
                       qc_report=os.path.join(out, "qc.json"), resolution=10)
t = time.perf_counter()
if mode == "read":
    # the composite's own windows, readers and merge, with the selection and writing left out
    run = composite_run.CompositeRun(req, read_only=True)
    run.run()
    px = run.grid.width * run.grid.height
else:
    r = run_composite(req)
    px = sum(r.pixels_per_method.values())
wall = time.perf_counter() - t
print(json.dumps({"wall": wall, "pixels": px,
                  "rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0 / 1024.0}))
"""


def run_child(mode, items):
    out = tempfile.mkdtemp(prefix="s2gm-tile-")
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, ROOT, mode, items, out],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit("%s run failed:\n%s" % (mode, proc.stderr[-4000:]))
        return json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main():
    items = build_workload()
    read = run_child("read", items)
    comp = run_child("composite", items)
    ratio = comp["wall"] / read["wall"]
    print("full tile: %d x %d px at 10 m, 20 observations, 10 bands (workload in %s)" % (SIZE, SIZE, CACHE))
    print("read the same windows only: %.1f s (peak RSS %.2f GB)" % (read["wall"], read["rss_gb"]))
    print("composite end to end: %.1f s, %.2f Mpx/s, peak RSS %.2f GB"
          % (comp["wall"], comp["pixels"] / comp["wall"] / 1e6, comp["rss_gb"]))
    print("ratio composite/read: %.2fx (target <= %.1fx) %s"
          % (ratio, TARGET_RATIO, "PASS" if ratio <= TARGET_RATIO else "MISS"))
    print("peak RSS: %.2f GB (target < %.1f GB) %s"
          % (comp["rss_gb"], TARGET_RSS_GB, "PASS" if comp["rss_gb"] < TARGET_RSS_GB else "MISS"))


if __name__ == "__main__":
    main()
