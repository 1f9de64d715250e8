"""fetch_l2a end to end against the loopback server: real COGs read by window through
/vsicurl/, real JP2 downloaded whole with resume (CDSE dialect, OAuth2), offline re-use."""
import json
import os
import sys

import numpy as np
import pytest
import s2gm_test_support as support
from osgeo import gdal

sys.path.insert(0, str(support.REPO_ROOT / "tests"))
from stac_server import StacTestServer, single_scene_server  # noqa: E402

from s2gm_plugin.catalog.fetch import FetchRequest, fetch_l2a  # noqa: E402
from s2gm_plugin.catalog.stac_api import CDSE, EARTH_SEARCH, LOCAL, Catalog  # noqa: E402
from s2gm_plugin.catalog.transfer import AuthError, NetworkSettings  # noqa: E402
from s2gm_plugin.errors import Cancelled, InvalidRequest, NoUsableScenes  # noqa: E402
from s2gm_plugin.pipeline import CompositeRequest, run_composite  # noqa: E402

gdal.UseExceptions()
SS = support.SHARED_DATA / "single-scene"
SCENE_DIR = SS / "sentinel-s2-l2a-cogs" / "29" / "R" / "KH" / "2020" / "2" / "S2A_29RKH_20200219_0_L2A"
ITEM = SCENE_DIR / "S2A_29RKH_20200219_0_L2A.json"
CDSE_ITEM = support.SHARED_DATA / "stac" / "cdse" / \
    "item_S2B_MSIL2A_20200705T101559_N0500_R065_T32TNT_20230530T175912.json"
# 30 km x 30 km inside tile 29RKH (EPSG:32629)
AOI_EXTENT = (199980.0, 2770020.0, 229980.0, 2800020.0)  # on the 100 m grid, in one 512 px tile
pytestmark = support.requires_shared_data("single-scene")


def net(**kw):
    base = dict(timeout=(2.0, 3.0), retries=3, backoff=0.05, backoff_max=0.2, workers=2)
    base.update(kw)
    return NetworkSettings(**base)


@pytest.fixture()
def es():
    srv = single_scene_server(SCENE_DIR)
    yield srv
    srv.stop()


def request(srv, out, **kw):
    base = dict(catalog=Catalog(EARTH_SEARCH, srv.base + "/live/v1"), output_folder=str(out),
                extent=AOI_EXTENT, extent_crs="EPSG:32629", start_date="2020-02-01", end_date="2020-02-29",
                bands=["B02", "B04", "B08"], network=net())
    base.update(kw)
    return FetchRequest(**base)


def test_fetch_cog_windows_offline_input(es, tmp_path):
    out = tmp_path / "fetched"
    logs = []
    res = fetch_l2a(request(es, out), log=logs.append)
    sid = "S2A_29RKH_20200219_0_L2A"
    assert res.fetched == [sid] and not res.failed
    folder = out / sid
    for key in ("B02", "B04", "B08", "SCL", "AOT"):
        assert (folder / ("%s.tif" % key)).is_file()
    # window pixels equal the source pixels at the same place
    sub = gdal.Open(str(folder / "B04.tif"))
    src = gdal.Open(str(SCENE_DIR / "B04.tif"))
    gs, gw = src.GetGeoTransform(), sub.GetGeoTransform()
    col, row = int(round((gw[0] - gs[0]) / gs[1])), int(round((gw[3] - gs[3]) / gs[5]))
    assert sub.RasterXSize == 300 and sub.RasterYSize == 300
    np.testing.assert_array_equal(sub.ReadAsArray(), src.GetRasterBand(1).ReadAsArray(col, row, 300, 300))
    assert gdal.Info(str(folder / "B04.tif"), format="json")["metadata"]["IMAGE_STRUCTURE"].get("LAYOUT") == "COG"
    # rewritten item: local hrefs, window shape, checksum; scale/offset kept
    item = json.loads((folder / (sid + ".json")).read_text())
    assert item["assets"]["red"]["href"] == "./B04.tif"
    assert item["assets"]["red"]["proj:shape"] == [300, 300]
    assert item["assets"]["red"]["raster:bands"][0]["scale"] == 0.0001
    assert item["assets"]["red"]["file:checksum"].startswith("1220")
    assert json.loads((out / "items.json").read_text())["features"][0]["id"] == sid
    report = json.loads((out / "fetch_report.json").read_text())
    assert report["scenes_fetched"] == [sid] and report["aoi_window_bytes"] > 0
    # only the AOI travelled: far less than the whole files
    whole = sum(os.path.getsize(SCENE_DIR / f) for f in ("B02.tif", "B04.tif", "B08.tif", "SCL.tif", "AOT.tif"))
    assert 0 < res.bytes_transferred < whole / 3
    tif_bytes = sum(n for p, n in es.bytes_sent.items() if p.endswith(".tif"))
    assert res.bytes_transferred == tif_bytes
    assert any("aux WVP not fetched" in n for n in res.notes)  # the fixture has no WVP file

    # re-running downloads nothing new
    before = len(es.requests_to("/cogs/"))
    again = fetch_l2a(request(es, out))
    assert again.skipped == [sid] and again.fetched == []
    assert len(es.requests_to("/cogs/")) == before

    # the folder is a valid offline INPUT for s2gm:composite
    comp = run_composite(CompositeRequest(input_path=str(out), output=str(tmp_path / "c.tif"),
                                          qc_report=str(tmp_path / "qc.json"), resolution=60, bands=["B04"]))
    assert comp.scenes_used == [sid]
    arr = gdal.Open(comp.output).ReadAsArray()
    assert (arr > 0).mean() > 0.9


def test_fetch_survives_503_on_a_cog(es, tmp_path):
    path = "/cogs/sentinel-s2-l2a-cogs/29/R/KH/2020/2/S2A_29RKH_20200219_0_L2A/B04.tif"
    es.fault(path, "503", "503")
    res = fetch_l2a(request(es, tmp_path / "o"))
    assert res.fetched and not res.failed
    sub = gdal.Open(str(tmp_path / "o" / res.fetched[0] / "B04.tif")).ReadAsArray()
    assert sub.shape == (300, 300) and (sub > 0).all()


def test_failed_scene_recorded_and_rest_goes_on(es, tmp_path):
    broken = json.loads(es.rewrite(ITEM.read_text()))
    broken["id"] = "S2A_29RKH_20200219_9_L2A"
    broken["properties"]["datetime"] = "2020-02-20T11:34:25Z"
    broken["assets"]["red"]["href"] = es.base + "/cogs/missing/B04.tif"
    es.add_live_item(broken)
    res = fetch_l2a(request(es, tmp_path / "o", network=net(retries=1)))
    assert res.fetched == ["S2A_29RKH_20200219_0_L2A"]
    assert [f["id"] for f in res.failed] == ["S2A_29RKH_20200219_9_L2A"]
    report = json.loads((tmp_path / "o" / "fetch_report.json").read_text())
    assert report["inputs_rejected"][0]["id"] == "S2A_29RKH_20200219_9_L2A"
    assert "missing/B04.tif" in report["inputs_rejected"][0]["reason"]
    assert not (tmp_path / "o" / "S2A_29RKH_20200219_9_L2A").exists()


def test_cancel_leaves_no_partial_scene(es, tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 6
    with pytest.raises(Cancelled):
        fetch_l2a(request(es, tmp_path / "o"), is_cancelled=cancel)
    left = [p for p in (tmp_path / "o").rglob("*") if p.is_file() and p.name.endswith((".tif", ".part"))]
    assert left == []


def test_empty_search_says_what_was_searched(es, tmp_path):
    with pytest.raises(NoUsableScenes, match="2021-01-01 to 2021-01-31"):
        fetch_l2a(request(es, tmp_path / "o", start_date="2021-01-01", end_date="2021-01-31"))


def test_wrong_aoi_crs_is_refused(es, tmp_path):
    with pytest.raises(InvalidRequest, match="outside longitude/latitude range"):
        fetch_l2a(request(es, tmp_path / "o", extent_crs="EPSG:4326"))


def test_local_folder_catalog(tmp_path):
    """CATALOG = local folder: the bundled SAFE sample cut to an AOI, then composited."""
    out = tmp_path / "o"
    res = fetch_l2a(FetchRequest(catalog=Catalog(LOCAL), local_path=str(support.SAMPLE_DIR), output_folder=str(out),
                                 aoi_wkt="POLYGON((-103.01 36.28, -102.98 36.28, -102.98 36.31, -103.01 36.31, "
                                         "-103.01 36.28))", aoi_crs="EPSG:4326",
                                 start_date="2024-09-01", end_date="2024-09-10", bands=["B04", "B08"]))
    assert len(res.fetched) >= 2 and not res.failed
    comp = run_composite(CompositeRequest(input_path=str(out), output=str(tmp_path / "c.tif"), resolution=20,
                                          bands=["B04", "B08"]))
    assert sorted(comp.scenes_used) == sorted(res.fetched)


def _cdse_item(srv):
    """The recorded CDSE item (STAC 1.1, proj:code, s3:// + https alternate, raster:scale /
    offset on the asset), its B04 / SCL pointing at a real T13SFA JP2 of the bundled sample."""
    item = json.loads(srv.rewrite(CDSE_ITEM.read_text()))
    safe = sorted(support.SAMPLE_DIR.glob("S2A_MSIL2A_20240926*.SAFE"))[0]
    keep = {}
    for name, pattern in (("B04_10m", "*_B04_10m.jp2"), ("SCL_20m", "*_SCL_20m.jp2")):
        jp2 = next(safe.rglob(pattern))
        a = item["assets"][name]
        ds = gdal.Open(str(jp2))
        gt = ds.GetGeoTransform()
        path = "/zipper/odata/v1/Products(test)/Nodes(%s)/$value" % jp2.name
        a["alternate"]["https"]["href"] = srv.serve_file(path, jp2)
        a["proj:code"] = "EPSG:32613"
        a["proj:bbox"] = [gt[0], gt[3] + gt[5] * ds.RasterYSize, gt[0] + gt[1] * ds.RasterXSize, gt[3]]
        a["proj:shape"] = [ds.RasterYSize, ds.RasterXSize]
        a["proj:transform"] = [gt[1], 0, gt[0], 0, gt[5], gt[3]]
        a.pop("file:checksum", None)
        a["file:size"] = os.path.getsize(jp2)
        keep[name] = a
    item["assets"] = keep
    item["properties"]["proj:code"] = "EPSG:32613"
    item["properties"]["datetime"] = "2024-09-26T17:31:01Z"
    item["bbox"] = [-103.1, 36.2, -102.9, 36.4]
    return item


def test_cdse_jp2_whole_with_resume_and_token(tmp_path):
    with StacTestServer() as srv:
        srv.add_live_item(_cdse_item(srv))
        srv.add_user("carol", "pw")
        jp2_path = [p for p in srv.files if "B04_10m" in p][0]
        srv.fault(jp2_path, "reset:60000")
        req = FetchRequest(catalog=Catalog(CDSE, srv.base + "/live/v1", token_url=srv.base + "/auth/token"),
                           output_folder=str(tmp_path / "o"), credentials=("carol", "pw"),
                           aoi_wkt="POLYGON((-103.01 36.28, -102.98 36.28, -102.98 36.31, -103.01 36.31, "
                                   "-103.01 36.28))", aoi_crs="EPSG:4326",
                           start_date="2024-09-26", end_date="2024-09-26", bands=["B04"], network=net())
        res = fetch_l2a(req)
        assert len(res.fetched) == 1 and not res.failed
        gets = srv.requests_to(jp2_path, "GET")
        assert gets[-1].headers.get("Range") == "bytes=60000-"  # resumed, whole file, once
        assert all(r.headers["Authorization"].startswith("Bearer ") for r in gets)
        folder = tmp_path / "o" / res.fetched[0]
        item = json.loads((folder / (res.fetched[0] + ".json")).read_text())
        a = item["assets"]["B04_10m"]
        assert a["href"] == "./B04.tif" and a["raster:scale"] == 0.0001 and a["raster:offset"] == -0.1
        assert "alternate" not in a and not (tmp_path / "o" / ".cache" / res.fetched[0]).exists()
        report = (tmp_path / "o" / "fetch_report.json").read_text()
        assert "carol" not in report and '"pw"' not in report
        # wrong credentials: a clear error
        bad = FetchRequest(**dict(req.__dict__, credentials=("carol", "nope"), output_folder=str(tmp_path / "b")))
        with pytest.raises(AuthError, match="refused the user name or password"):
            fetch_l2a(bad)


def test_composite_streams_windows_from_a_catalog_input(es, tmp_path):
    """INPUT = STAC API URL: searched with EXTENT and dates, read by window through /vsicurl/,
    nothing kept on disk; same pixels as the composite of the local files."""
    url = es.base + "/live/v1"
    remote = run_composite(CompositeRequest(input_path=url, output=str(tmp_path / "r.tif"), resolution=60,
                                            bands=["B04"], extent=AOI_EXTENT, extent_crs="EPSG:32629",
                                            start_date="2020-02-01", end_date="2020-02-29",
                                            qc_report=str(tmp_path / "qc.json")))
    assert remote.scenes_used == ["S2A_29RKH_20200219_0_L2A"]
    search = es.requests_to("/live/v1/search", "POST")[-1].body
    assert search["datetime"] == "2020-02-01T00:00:00Z/2020-02-29T23:59:59Z"
    read = sum(n for p, n in es.bytes_sent.items() if p.endswith(".tif"))
    whole = sum(os.path.getsize(SCENE_DIR / f) for f in ("B04.tif", "SCL.tif"))
    assert 0 < read < whole / 2
    local = run_composite(CompositeRequest(input_path=str(SS), output=str(tmp_path / "l.tif"), resolution=60,
                                           bands=["B04"], extent=AOI_EXTENT, extent_crs="EPSG:32629"))
    np.testing.assert_array_equal(gdal.Open(remote.output).ReadAsArray(), gdal.Open(local.output).ReadAsArray())
    assert sorted(os.listdir(tmp_path)) == ["l.tif", "qc.json", "r.tif"]


def test_composite_catalog_input_without_area_is_refused(es, tmp_path):
    with pytest.raises(InvalidRequest, match="needs an area"):
        run_composite(CompositeRequest(input_path=es.base + "/live/v1", output=str(tmp_path / "r.tif")))


def test_composite_from_copernicus_data_space_fetches_first_then_reuses(tmp_path):
    """A CDSE INPUT: whole JP2 behind a login cannot be read by window, so the composite
    fetches the AOI into a cache folder of its own and composites that; the same request
    again downloads nothing; without credentials the error says to give AUTH."""
    with StacTestServer() as srv:
        srv.add_live_item(_cdse_item(srv))
        srv.add_user("carol", "pw")
        catalog = Catalog(CDSE, srv.base + "/live/v1", token_url=srv.base + "/auth/token")
        aoi = "POLYGON((-103.01 36.28, -102.98 36.28, -102.98 36.31, -103.01 36.31, -103.01 36.28))"

        def request(name, **kw):
            base = dict(input_path=srv.base + "/live/v1", output=str(tmp_path / (name + ".tif")),
                        qc_report=str(tmp_path / (name + ".json")), catalog=catalog,
                        credentials=("carol", "pw"), cache_dir=str(tmp_path / "cache"), bands=["B04"],
                        aoi_wkt=aoi, aoi_crs="EPSG:4326", start_date="2024-09-26", end_date="2024-09-26")
            base.update(kw)
            return CompositeRequest(**base)
        jp2_path = [p for p in srv.files if "B04_10m" in p][0]
        first = run_composite(request("a"))
        assert len(first.scenes_used) == 1
        gets = len(srv.requests_to(jp2_path, "GET"))
        second = run_composite(request("b"))
        assert len(srv.requests_to(jp2_path, "GET")) == gets  # the cache was reused
        a = gdal.Open(first.output).ReadAsArray()
        assert (a == gdal.Open(second.output).ReadAsArray()).all() and a.max() > 0
        report = (tmp_path / "a.json").read_text()
        assert "carol" not in report and '"pw"' not in report
        with pytest.raises(InvalidRequest, match="AUTH"):
            run_composite(request("c", credentials=None))


def test_mosaic_order_from_copernicus_data_space_uses_credentials_and_writes_none(tmp_path):
    """An order whose source needs a login: run_order hands the credentials to each
    composite (the CDSE fetch logs in with them), and no written file -- order.json,
    order_status.json, metadata JSON / XML, fetch cache, products -- nor the log holds the
    password or the user name; without credentials the order stops with a clear error."""
    from s2gm_plugin.mosaic import run_order
    from s2gm_plugin.order import Order

    user, password = "carol-7f3k", "Pw-9a!ZqX-not-in-files"
    with StacTestServer() as srv:
        srv.add_live_item(_cdse_item(srv))
        srv.add_user(user, password)
        catalog = Catalog(CDSE, srv.base + "/live/v1", token_url=srv.base + "/auth/token")
        order = Order(name="cdse", period="10-day", start_date="2024-09-21", end_date="2024-09-30",
                      source=srv.base + "/live/v1", extent=(-103.01, 36.28, -102.98, 36.31),
                      extent_crs="EPSG:4326", bands=["B04"], aux=[], format="GeoTIFF", resolution=60,
                      crs_kind="UTM")
        logged = []
        result = run_order(order, str(tmp_path / "orders"), log=logged.append, credentials=(user, password),
                           catalog=catalog, cache_dir=str(tmp_path / "cache"))
        assert [e.status for e in result.entries] == ["delivered"], [e.reason for e in result.entries]
        assert srv.requests_to("/auth/token", "POST")  # it logged in with them
        written = [os.path.join(d, f) for root in (tmp_path / "orders", tmp_path / "cache")
                   for d, _s, names in os.walk(root) for f in names]
        assert any(p.endswith("order.json") for p in written) and any("metadata_" in p for p in written)
        for path in written:
            data = open(path, "rb").read()
            assert password.encode() not in data and user.encode() not in data, path
        assert not any(password in m or user in m for m in logged)
        with pytest.raises(InvalidRequest, match="AUTH"):
            run_order(order, str(tmp_path / "again"), catalog=catalog, cache_dir=str(tmp_path / "cache2"))
