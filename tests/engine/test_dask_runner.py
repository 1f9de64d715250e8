"""The Dask-distributed runner (s2gm_plugin.runner) on real data: a LocalCluster of 2 worker
processes runs a multi-period order of the bundled sample and delivers the same products
as the local run (every pixel, band, georeference, file and metadata field but the creation
time); a worker killed in the middle of a product, a product that fails, a cancel and a
resume. Clusters listen on 127.0.0.1, ephemeral ports, and are always closed."""
import glob
import json
import os
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

from dask_test_plugins import ProductHook  # noqa: E402

gdal.UseExceptions()
SLOW_PERIOD = "2024-09-11"


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
                            progress=lambda pct, msg: progress.append(pct))
    assert any("local Dask cluster at tcp://127.0.0.1:" in line for line in logs)
    assert any(line == "Dask workers: 2" for line in logs)
    assert [e.status for e in result.entries] == ["delivered"] * 3
    assert progress[-1] == 100.0 and progress == sorted(progress) and len(progress) >= 4
    assert_same_products(local_run, result)
    assert _hidden(result) == []
    _assert_no_worker_left()  # the runner closed the cluster it started
    stamps = {f: os.stat(f).st_mtime_ns for f in glob.glob(os.path.join(result.order_dir, "S2GM_*", "*", "*"))}
    again = run_order_dask(order, str(tmp_path), scheduler="")  # resume: nothing left to do, no cluster
    assert [e.status for e in again.entries] == ["skipped"] * 3
    assert {f: os.stat(f).st_mtime_ns for f in stamps} == stamps


def test_a_worker_killed_mid_product_and_the_order_still_completes(tmp_path, order, local_run, cluster):
    c, client = cluster
    marker = str(tmp_path / "hooked.json")
    client.register_worker_plugin(ProductHook(SLOW_PERIOD, marker, "slow"))
    killed = {}

    def kill_when_hooked():  # SIGKILL the worker process that is inside the slow product
        deadline = time.monotonic() + 90
        while not os.path.exists(marker) and time.monotonic() < deadline:
            time.sleep(0.05)
        info = json.load(open(marker))
        killed["hidden"] = _hidden(tmp_path / "sept")
        killed["pid"] = info["pid"]
        os.kill(info["pid"], signal.SIGKILL)
    killer = threading.Thread(target=kill_when_hooked, daemon=True)
    killer.start()
    result = run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address)
    killer.join(5)
    assert not psutil.pid_exists(killed["pid"]) or psutil.Process(killed["pid"]).status() == psutil.STATUS_ZOMBIE
    assert any(n.startswith(".work-S2GM_T60_20240911") for n in killed["hidden"])  # killed mid-product
    assert [e.status for e in result.entries] == ["delivered"] * 3
    assert_same_products(local_run, result)
    assert _hidden(result) == []


def test_a_failing_product_is_recorded_and_the_others_delivered(tmp_path, order, local_run, cluster):
    c, client = cluster
    client.register_worker_plugin(ProductHook(SLOW_PERIOD, str(tmp_path / "hooked.json"), "fail"))
    with pytest.raises(S2GMError, match=r"1 product\(s\) failed.*2024-09-11.*RuntimeError: test failure injected"):
        run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address)
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
    client.register_worker_plugin(ProductHook(SLOW_PERIOD, marker, "slow"))
    seen = {}

    def is_cancelled():  # cancel once the slow product is running and the two others are done
        others = glob.glob(str(tmp_path / "sept" / "S2GM_*"))
        if os.path.exists(marker) and len(others) == 2:
            seen.setdefault("hidden", _hidden(tmp_path / "sept"))
            return True
        return False
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        run_order_dask(order, str(tmp_path), scheduler=c.scheduler_address, is_cancelled=is_cancelled)
    assert time.monotonic() - t0 < 60  # the slow task saw the cancel event (it would wait 120 s)
    assert seen["hidden"] and _hidden(tmp_path / "sept") == []
    assert not glob.glob(str(tmp_path / "sept" / "S2GM_T60_20240911*"))
    status = json.load(open(tmp_path / "sept" / STATUS_FILE))
    assert sorted(p["period_start"] for p in status["products"]) == ["2024-09-01", "2024-09-21"]


def test_clear_errors_for_an_unreachable_scheduler(tmp_path, order):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # a free port: nobody listens there
    with pytest.raises(S2GMError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:%d.*dask scheduler" % port):
        run_order_dask(order, str(tmp_path), scheduler="tcp://127.0.0.1:%d" % port, connect_timeout=3)
