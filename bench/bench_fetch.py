"""Bytes transferred vs bytes of the AOI window when fetching from COGs (issue 5, target <= 1.5x).

Serves the real single-scene COGs (S2A_29RKH_20200219, 512 px tiles, DEFLATE) on 127.0.0.1
with Range support, runs fetch_l2a for a few AOIs and prints, per AOI, the bytes GDAL
received over HTTP (counted by the server, equal to GDAL's network statistics), the
uncompressed bytes of the AOI windows, and their ratio. The whole files are the alternative.
"""
import json
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))
from stac_server import StacTestServer  # noqa: E402

from s2gm_plugin.catalog.fetch import FetchRequest, fetch_l2a  # noqa: E402
from s2gm_plugin.catalog.stac_api import EARTH_SEARCH, Catalog  # noqa: E402
from s2gm_plugin.catalog.transfer import NetworkSettings  # noqa: E402

SHARED = os.environ.get("S2GM_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
SCENE = os.path.join(SHARED, "single-scene", "sentinel-s2-l2a-cogs", "29", "R", "KH", "2020", "2",
                     "S2A_29RKH_20200219_0_L2A")
AOIS = {  # EPSG:32629, 100 m pixels, 512 px (51.2 km) tiles
    "one tile (51.2 km, tile-aligned)": (199980.0, 2748820.0, 251180.0, 2800020.0),
    "2x2 tiles (102.4 km, tile-aligned)": (199980.0, 2697620.0, 302380.0, 2800020.0),
    "30 km inside one tile": (199980.0, 2770020.0, 229980.0, 2800020.0),
    "30 km across 4 tiles": (236180.0, 2733820.0, 266180.0, 2763820.0),
}


def main():
    bands = ["B02", "B03", "B04", "B08"]
    with StacTestServer() as srv:
        for f in os.listdir(SCENE):
            if f.endswith(".tif"):
                srv.serve_file("/cogs/sentinel-s2-l2a-cogs/29/R/KH/2020/2/S2A_29RKH_20200219_0_L2A/" + f,
                               os.path.join(SCENE, f))
        with open(os.path.join(SCENE, "S2A_29RKH_20200219_0_L2A.json"), encoding="utf-8") as fh:
            srv.add_live_item(json.loads(srv.rewrite(fh.read())))
        whole = sum(os.path.getsize(os.path.join(SCENE, b + ".tif")) for b in bands + ["SCL", "AOT"])
        print("fetch_l2a from COGs on loopback: bands %s + SCL + AOT; whole files %.2f MB"
              % (",".join(bands), whole / 1e6))
        for name, extent in AOIS.items():
            with tempfile.TemporaryDirectory() as out:
                srv.bytes_sent.clear()
                t = time.perf_counter()
                res = fetch_l2a(FetchRequest(catalog=Catalog(EARTH_SEARCH, srv.base + "/live/v1"), output_folder=out,
                                             extent=extent, extent_crs="EPSG:32629", bands=bands,
                                             network=NetworkSettings(retries=0)))
                dt = time.perf_counter() - t
                served = sum(n for p, n in srv.bytes_sent.items() if p.endswith(".tif"))
                print("BENCH fetch %-36s transferred %6.2f MB (server %6.2f MB), AOI window %6.2f MB, "
                      "ratio %.2fx, whole files %.1f%%, %.2f s"
                      % (name, res.bytes_transferred / 1e6, served / 1e6, res.window_bytes / 1e6,
                         res.ratio, 100.0 * res.bytes_transferred / whole, dt))


if __name__ == "__main__":
    main()
