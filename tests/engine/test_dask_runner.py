"""The Dask-distributed runner (s2gm_plugin.runner) on real data: a LocalCluster of 2 worker
processes runs a multi-period order of the bundled sample, each product cut into several
block tasks (BLOCK_ROWS), and delivers the same products as the local run (every pixel,
band, georeference, file and metadata field but the creation time); a worker killed in the
middle of a block, a product that fails, a cancel, a resume, and a scene whose file breaks
in one block only (left out of every block, as the local run leaves it out). Clusters listen
on 127.0.0.1, ephemeral ports, and are always closed."""
import glob
import json
import os
import re
import shutil
import signal
import threading
import time

import numpy as np
import pytest
from osgeo import gdal

import s2gm_test_support as support
from s2gm_plugin.errors import Cancelled, S2GMError
from s2gm_plugin.mosaic import STATUS_FILE, run_order
from s2gm_plugin.order import Order

distributed = pytest.importorskip("distributed", reason="python3-distributed is not installed (make install)")
psutil = pytest.importorskip("psutil")
from s2gm_plugin.runner import run_order_dask  # noqa: E402

from dask_test_plugins import BlockHook, TaskKeys, finished_keys  # noqa: E402
from engine_helpers import find  # noqa: E402

gdal.UseExceptions()
SLOW_PERIOD = "2024-09-11"
# rows per block task: the sample's products are 71 rows at 60 m, so 3 blocks each (the
# local run composites them in one window)
BLOCK_ROWS = 32
BLOCKS_PER_PRODUCT = 3


@pytest.fixture(scope="module")
def order():
    box = support.sample_lonlat_box()
    return Order(name="sept", period="10-day", start_date="2024-09-01", end_date="2024-09-30",
                 source=str(support.SAMPLE_DIR), extent=list(box), resolution=60, format="GeoTIFF")


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, order):
    result = run_order(order, str(tmp_path_factory.mktemp("local")))
    assert [e.status for e in result.entries] == ["delivered"] * 3
    return result


@pytest.fixture
def cluster():
    """Our own 2-worker LocalCluster (its address goes in as DASK_SCHEDULER), always closed."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  scheduler_port=0, dashboard_address=None, silence_logs=50) as c:
        with distributed.Client(c.scheduler_address, set_as_default=False) as client:
            yield c, client
    _assert_no_worker_left()


def _workers_left():
    """Child processes but Python's own multiprocessing resource tracker."""
    return [p for p in psutil.Process().children(recursive=True)
            if "resource_tracker" not in " ".join(p.cmdline())]


def _assert_no_worker_left():
    deadline = time.monotonic() + 15
    while _workers_left() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _workers_left() == []  # no leaked worker process


def _products(result):
    return {e.folder: e for e in result.entries if e.folder}


def _files(folder):
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _s, names in os.walk(folder) for f in names)


def assert_same_products(a, b, same_status=True):
    """Every product of run ``a`` equals run ``b``'s: files, every band's pixels, data type,
    no data, georeference, band descriptions, metadata JSON (but ``created``), status."""
    pa, pb = _products(a), _products(b)
    assert sorted(pa) == sorted(pb) and len(pa) == 3
    compared = 0
    for folder in pa:
        names = _files(os.path.join(a.order_dir, folder))
        assert names == _files(os.path.join(b.order_dir, folder)) and len(names) == 10
        for name in names:
            fa, fb = os.path.join(a.order_dir, folder, name), os.path.join(b.order_dir, folder, name)
            if name.endswith(".tif"):
                da, db = gdal.Open(fa), gdal.Open(fb)
                assert da.GetGeoTransform() == db.GetGeoTransform(), name
                assert da.GetProjection() == db.GetProjection() and da.GetProjection(), name
                assert (da.RasterXSize, da.RasterYSize, da.RasterCount) == (db.RasterXSize, db.RasterYSize, db.RasterCount)
                for i in range(1, da.RasterCount + 1):
                    ba, bb = da.GetRasterBand(i), db.GetRasterBand(i)
                    assert ba.DataType == bb.DataType and ba.GetNoDataValue() == bb.GetNoDataValue()
                    assert ba.GetDescription() == bb.GetDescription()
                    xa, xb = ba.ReadAsArray(), bb.ReadAsArray()
                    assert xa.shape == xb.shape and np.array_equal(xa, xb), name
                compared += 1
            elif name.endswith(".json"):
                ja, jb = json.load(open(fa)), json.load(open(fb))
                ja.pop("created"), jb.pop("created")
                assert ja == jb, name
    assert compared >= 3 * 8  # 4 bands + 4 quality layers per product
    if same_status:
        sa = json.load(open(os.path.join(a.order_dir, STATUS_FILE)))
        sb = json.load(open(os.path.join(b.order_dir, STATUS_FILE)))
        assert sa["products"] == sb["products"]


def _hidden(result_or_dir):
    d = getattr(result_or_dir, "order_dir", result_or_dir)
    return [n for n in os.listdir(d) if n.startswith(".")]


def test_local_cluster_products_equal_the_local_run_and_resume_skips_them(tmp_path, order, local_run):
    logs = []
    progress = []
    result = run_order_dask(order, str(tmp_path), scheduler="", n_workers=2, log=logs.append,
                            progress=lambda pct, msg: progress.append(pct), block_rows=BLOCK_ROWS)
    assert any("local Dask cluster at tcp://127.0.0.1:" in line for line in logs)
    assert any(line == "Dask workers: 2" for line in logs)
    assert [e.status for e in result.entries] == ["delivered"] * 3
    (blocks,) = [int(m.group(1)) for m in map(re.compile(r"(\d+) block task\(s\) for 3 product").match, logs) if m]
    assert blocks == 3 * BLOCKS_PER_PRODUCT > 3  # every product was cut into blocks
    assert progress[-1] == 100.0 and progress == sorted(progress)
    assert len(progress) >= 2 + 3 * (1 + BLOCKS_PER_PRODUCT + 1)  # per plan, per block, per product
    assert_same_products(local_run, result)
    assert _hidden(result) == []
    _assert_no_worker_left()  # the runner closed the cluster it started
    stamps = {f: os.stat(f).st_mtime_ns for f in glob.glob(os.path.join(result.order_dir, "S2GM_*", "*", "*"))}
    again = run_order_dask(order, str(tmp_path), scheduler="")  # resume: nothing left to do, no cluster
    assert [e.status for e in again.entries] == ["skipped"] * 3
    assert {f: os.stat(f).st_mtime_ns for f in stamps} == stamps


def test_a_worker_killed_mid_block_and_the_order_still_completes(tmp_path, order, local_run, cluster):
    c, client = cluster
    client.register_scheduler_plugin(TaskKeys())
    marker = str(tmp_path / "hooked.json")
    client.register_worker_plugin(BlockHook(SLOW_PERIOD, marker, "slow"))
    killed = {}

    def kill_when_hooked():  # SIGKILL the worker process that is inside the slow block
        deadline = time.monotonic() + 90
        while not os.path.exists(marker) and time.monotonic() < deadline:
            time.sleep(0.05)
        info = json.load(open(marker))
        killed["hidden"] = _hidden(tmp_path / "sept")
        killed.update(info)
        os.kill(info["pid"], signal.SIGKILL)
    killer = threading.Thread(target=kill_when_hooked, daemon=True)
    killer.start()
    result = run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address, block_rows=BLOCK_ROWS)
    killer.join(5)
    assert not psutil.pid_exists(killed["pid"]) or psutil.Process(killed["pid"]).status() == psutil.STATUS_ZOMBIE
    assert any(n.startswith(".work-S2GM_T60_20240911") for n in killed["hidden"])  # killed mid-product
    block_file = os.path.basename(killed["output"])
    assert any(t.startswith("." + block_file) for t in killed["temporary"])  # ... with a half-written block file
    assert [e.status for e in result.entries] == ["delivered"] * 3
    assert_same_products(local_run, result)
    assert _hidden(result) == []
    keys = client.run_on_scheduler(finished_keys)
    blocks = [k for k in keys if k.startswith("s2gm-block-")]
    assert len(set(blocks)) == 3 * BLOCKS_PER_PRODUCT > 3
    for key in blocks:  # keys name order, period, target and block
        assert re.fullmatch(r"s2gm-block-sept-2024-09-(01|11|21)-UTM13N-[1-3]of3-[0-9a-f]{8}", key), key
    assert len([k for k in keys if k.startswith("s2gm-product-sept-")]) == 3


def test_a_failing_product_is_recorded_and_the_others_delivered(tmp_path, order, local_run, cluster):
    c, client = cluster
    client.register_worker_plugin(BlockHook(SLOW_PERIOD, str(tmp_path / "hooked.json"), "fail"))
    with pytest.raises(S2GMError, match=r"1 product\(s\) failed.*2024-09-11.*RuntimeError: test failure injected"):
        run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address, block_rows=BLOCK_ROWS)
    status = json.load(open(tmp_path / "sept" / STATUS_FILE))
    assert [p["status"] for p in status["products"]] == ["delivered", "failed", "delivered"]
    assert "test failure injected" in status["products"][1]["reason"]
    assert not glob.glob(str(tmp_path / "sept" / "S2GM_T60_20240911*"))
    assert _hidden(tmp_path / "sept") == []
    result = run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address)  # marker set: runs now
    assert [e.status for e in result.entries] == ["skipped", "delivered", "skipped"]
    assert_same_products(local_run, result, same_status=False)


def test_cancel_stops_the_running_product_and_leaves_no_half_product(tmp_path, order, cluster):
    c, client = cluster
    marker = str(tmp_path / "hooked.json")
    client.register_worker_plugin(BlockHook(SLOW_PERIOD, marker, "slow"))
    seen = {}

    def is_cancelled():  # cancel once the slow block is running and the two other products are done
        others = glob.glob(str(tmp_path / "sept" / "S2GM_*"))
        if os.path.exists(marker) and len(others) == 2:
            seen.setdefault("hidden", _hidden(tmp_path / "sept"))
            return True
        return False
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address, is_cancelled=is_cancelled,
                       block_rows=BLOCK_ROWS)
    assert time.monotonic() - t0 < 60  # the slow task saw the cancel event (it would wait 120 s)
    assert seen["hidden"] and _hidden(tmp_path / "sept") == []  # block files and work folder removed
    assert not glob.glob(str(tmp_path / "sept" / "S2GM_T60_20240911*"))
    status = json.load(open(tmp_path / "sept" / STATUS_FILE))
    assert sorted(p["period_start"] for p in status["products"]) == ["2024-09-01", "2024-09-21"]


VICTIM = "S2A_MSIL2A_20240916T172951_N0511_R055_T13SFA_20240917T005553.SAFE"


def _break_one_tile(stack, product_tif, rows):
    """The victim's B04 becomes a tiled GeoTIFF (same pixels, still named .jp2: input QC
    passes, the TIFF tile index is sound) with one tile scribbled over: reading it fails. The
    tile lies in grid ``rows`` (60 m) of the product, so only the block of those rows reads it."""
    b04 = find(stack / VICTIM, "B04_10m.jp2")
    src = gdal.Open(b04)
    gt = src.GetGeoTransform()
    gdal.Translate(b04 + ".tif", src, format="GTiff",
                   creationOptions=["TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64", "COMPRESS=DEFLATE"])
    src = None
    os.replace(b04 + ".tif", b04)
    grid = gdal.Open(product_tif).GetGeoTransform()  # the product grid, 60 m
    top = int(round((grid[3] - gt[3]) / gt[5]))  # file row of the product's first row
    first, end = top + rows[0] * 6, top + rows[1] * 6  # file rows of the product rows
    ty = -(-(first + 12) // 64)  # a tile within those rows, two product rows from their edges
    assert first + 12 <= ty * 64 and (ty + 1) * 64 + 12 <= end
    tx = int(round((grid[0] - gt[0]) / gt[1])) // 64 + 2  # and inside the product's columns
    ds = gdal.Open(b04)
    band = ds.GetRasterBand(1)
    offset = int(band.GetMetadataItem("BLOCK_OFFSET_%d_%d" % (tx, ty), "TIFF"))
    size = int(band.GetMetadataItem("BLOCK_SIZE_%d_%d" % (tx, ty), "TIFF"))
    ds = None
    with open(b04, "r+b") as fh:
        fh.seek(offset + 2)
        fh.write(bytes(range(256)) * max(1, (size - 4) // 256))


def test_a_scene_rejected_by_one_block_is_left_out_of_every_block(tmp_path, order, local_run, cluster):
    c, client = cluster
    stack = tmp_path / "stack"
    shutil.copytree(support.SAMPLE_DIR, stack)
    product = os.path.join(local_run.order_dir, "S2GM_T60_20240911_20240920_sept_STD_v0.1.0", "UTM13N")
    _break_one_tile(stack, glob.glob(os.path.join(product, "*B04*.tif"))[0], (BLOCK_ROWS, 2 * BLOCK_ROWS))
    bad_order = Order.from_dict(dict(order.to_dict(), source=str(stack)))
    local = run_order(bad_order, str(tmp_path / "local"))  # one window: the victim fails, restart without it
    logs = []
    result = run_order_dask(bad_order, str(tmp_path / "dask"), scheduler=c.scheduler_address, block_rows=BLOCK_ROWS,
                            log=logs.append)
    victim = VICTIM[:-5]
    # the middle block rejected the victim (and restarted without it); the two others, which
    # used it, were composited again without it
    assert len([line for line in logs if line == "Restarting without %s" % victim]) == 1
    again = [line for line in logs if "compositing again without %s" % victim in line]
    assert sorted(line.split(":")[0] for line in again) == ["Block 1 of 3", "Block 3 of 3"]
    assert [e.status for e in result.entries] == ["delivered"] * 3
    assert_same_products(local, result)  # pixels and metadata equal the local run's
    meta = json.load(open(glob.glob(os.path.join(result.order_dir, "S2GM_T60_20240911*", "UTM13N",
                                                 "metadata_*.json"))[0]))
    (rejected,) = meta["inputs_rejected"]
    assert rejected["id"] == victim and "while compositing" in rejected["reason"]
    before = json.load(open(glob.glob(os.path.join(product, "metadata_*.json"))[0]))
    assert victim in [s["id"] for s in before["source_products"]]
    kept = [s["id"] for s in before["source_products"] if s["id"] != victim]
    assert [s["id"] for s in meta["source_products"]] == kept
    assert _hidden(result) == []


def test_clear_errors_for_an_unreachable_scheduler(tmp_path, order):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # a free port: nobody listens there
    with pytest.raises(S2GMError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:%d.*dask scheduler" % port):
        run_order_dask(order, str(tmp_path), scheduler="tcp://127.0.0.1:%d" % port, connect_timeout=3)
