"""Catalog clients against the recorded Earth Search / Planetary Computer / CDSE responses,
replayed by a real HTTP server on 127.0.0.1 (hosts rewritten to the server's address)."""
import json
import os
import sys

import pytest
import s2gm_test_support as support

sys.path.insert(0, str(support.REPO_ROOT / "tests"))
from stac_server import StacTestServer  # noqa: E402

from s2gm_plugin.catalog.stac_api import (CDSE, EARTH_SEARCH, PLANETARY_COMPUTER, Catalog,  # noqa: E402
                                          CdseAuth, PlanetaryComputerSigner, SearchQuery, iterate_pages,
                                          geometry_bounds, search_body, search_catalog,
                                          search_geometry)
from s2gm_plugin.catalog.stac_item import scene_from_item  # noqa: E402
from s2gm_plugin.catalog.transfer import AuthError, HttpClient, NetworkSettings, TransferError  # noqa: E402
from s2gm_plugin.errors import InvalidRequest, NoUsableScenes  # noqa: E402

STAC = support.SHARED_DATA / "stac"
pytestmark = support.requires_shared_data("stac", "earth-search", "index.json")
COG = support.SHARED_DATA / "single-scene" / "sentinel-s2-l2a-cogs" / "29" / "R" / "KH" / "2020" / "2" / \
    "S2A_29RKH_20200219_0_L2A" / "B04.tif"


def settings():
    return NetworkSettings(timeout=(2.0, 2.0), retries=2, backoff=0.05, backoff_max=0.1)


@pytest.fixture(scope="module")
def server():
    srv = StacTestServer(STAC).start()
    yield srv
    srv.stop()


@pytest.fixture()
def http():
    c = HttpClient(settings())
    yield c
    c.close()


def box(w, s, e, n):
    return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}


# ------------------------------------------------------------------ Earth Search
def test_earth_search_paging_post_and_trailing_empty_page(server, http):
    cat = Catalog(EARTH_SEARCH, server.base + "/es/v1")
    notes = []
    result = search_catalog(cat, SearchQuery(box(9, 47, 10, 48), "2020-03-01", "2020-03-05"), http, log=notes.append)
    posts = server.requests_to("/es/v1/search", "POST")[-3:]
    # first page: what we searched; then the recorded next bodies, then the empty page
    assert posts[0].body["intersects"]["type"] == "Polygon"
    assert posts[0].body["datetime"] == "2020-03-01T00:00:00Z/2020-03-05T23:59:59Z"
    assert posts[1].body["next"].startswith("2020-03-02T10:27:44.563000Z")
    assert posts[2].body["next"].startswith("2020-03-02T10:27:26.416000Z")
    assert result.pages == 3 and result.returned == 16
    # _0_ and _1_ of each acquisition: the reprocessed _1_ (baseline 05.00) is kept
    assert len(result.scenes) == 8
    assert all("_1_" in s.id for s in result.scenes)
    assert len(result.superseded) == 8
    assert all("superseded by newer processing" in s["reason"] and "_1_" in s["reason"]
               for s in result.superseded)
    assert any("kept the newest processing" in n for n in notes)
    s = next(x for x in result.scenes if x.id == "S2A_32TMT_20200305_1_L2A")
    assert s.processing_baseline == "05.00"
    assert s.assets["B04"][0].href.startswith("/vsicurl/" + server.base + "/cogs/")
    assert s.source.startswith(server.base)


def test_earth_search_offset_applied_dialect(server, http):
    """_1_ items say boa_offset_applied: reflectance = DN x 1e-4 although raster:bands say -0.1."""
    doc = json.loads(server.rewrite((STAC / "earth-search" / "item_S2A_32TMT_20200305_1_L2A.json").read_text()))
    old = json.loads(server.rewrite((STAC / "earth-search" / "item_S2A_32TMT_20200305_0_L2A.json").read_text()))
    new_scene, old_scene = scene_from_item(doc, "/x/a.json"), scene_from_item(old, "/x/b.json")
    assert doc["properties"]["earthsearch:boa_offset_applied"] is True
    assert doc["assets"]["red"]["raster:bands"][0]["offset"] == -0.1
    assert new_scene.assets["B04"][0].offset == 0.0 and new_scene.assets["B04"][0].scale == 0.0001
    assert old_scene.assets["B04"][0].offset == 0.0 and old_scene.processing_baseline == "02.14"
    assert new_scene.crs == old_scene.crs == "EPSG:32632"


def test_cloud_filter_sent_and_applied(server, http):
    cat = Catalog(EARTH_SEARCH, server.base + "/es/v1")
    with pytest.raises(NoUsableScenes) as err:
        search_catalog(cat, SearchQuery(box(9, 47, 10, 48), "2020-03-01", "2020-03-05", max_cloud=20), http)
    body = server.requests_to("/es/v1/search", "POST")[-3].body
    assert body["query"] == {"eo:cloud_cover": {"lte": 20.0}}
    msg = str(err.value)
    # the message says what was searched
    assert "Earth Search" in msg and "2020-03-01 to 2020-03-05" in msg and "cloud cover <= 20" in msg
    assert "9.0000, 47.0000 to 10.0000, 48.0000" in msg and "16 items were returned but left out" in msg


# ------------------------------------------------------------------ Planetary Computer
def test_planetary_computer_no_raster_bands(server, http):
    cat = Catalog(PLANETARY_COMPUTER, server.base + "/pc/api/stac/v1")
    result = search_catalog(cat, SearchQuery(box(-180, -90, 180, 90), "2019-01-01", "2019-01-01"), http)
    assert result.pages == 1 and result.returned == 33
    s = result.scenes[0]
    raw = result.items[s.id]
    assert "raster:bands" not in raw["assets"]["B04"]
    # offset from s2:processing_baseline: 02.12 -> 0, scale 1/10000
    assert s.processing_baseline == "02.12" and s.boa_offset == 0.0
    assert s.assets["B04"][0].scale == pytest.approx(1e-4) and s.assets["B04"][0].offset == 0.0
    assert "_host/sentinel2l2a01.blob.core.windows.net/sentinel2-l2/" in s.assets["B04"][0].href


def test_planetary_computer_two_recorded_pages(server, http):
    url = server.base + "/pc/api/stac/v1/search"
    body = {"limit": 10, "bbox": [-73.21, 43.99, -73.12, 44.05], "collections": ["naip"]}
    got = []
    with pytest.raises(TransferError, match="HTTP 404"):
        for page in iterate_pages(http, url, body):
            got.append(page)
    assert len(got) == 2
    sent = server.requests_to("/pc/api/stac/v1/search", "POST")[-3:]
    assert sent[1].body["token"] == "next:naip:vt_m_4307307_nw_18_060_20211029"
    assert sent[2].body["token"] == "next:naip:vt_m_4307307_ne_18_h_20160805"
    ids1 = {f["id"] for f in got[0]["features"]}
    ids2 = {f["id"] for f in got[1]["features"]}
    assert len(ids1) == 10 and len(ids2) == 10 and not ids1 & ids2


def test_get_style_paging(http):
    """GET next links (paging key in the query string), on the live STAC API of the server."""
    with StacTestServer() as srv:
        item = json.loads((COG.parent / "S2A_29RKH_20200219_0_L2A.json").read_text())
        for i in range(5):
            it = json.loads(json.dumps(item))
            it["id"] = "item%d" % i
            srv.add_live_item(it)
        pages = []
        url = srv.base + "/live/v1/search?limit=2"
        doc = http.get_json(url)
        pages.append(doc)
        while True:
            nxt = [l for l in doc["links"] if l["rel"] == "next"]
            if not nxt:
                break
            assert nxt[0]["method"] == "GET"
            doc = http.get_json(nxt[0]["href"])
            pages.append(doc)
        assert [len(p["features"]) for p in pages] == [2, 2, 1]
        # iterate_pages follows a GET link coming after a POST first page the same way
        posts = list(iterate_pages(http, srv.base + "/live/v1/search", {"limit": 2}))
        assert sum(len(p["features"]) for p in posts) == 5


def test_pc_sas_signing_cached_and_renewed_on_403(server, http, tmp_path):
    signer = PlanetaryComputerSigner(http, server.base + "/pc/api/sas/v1")
    path = "/_host/sentinel2l2a01.blob.core.windows.net/sentinel2-l2/T29RKH_B04.tif"
    url = server.serve_file(path, COG)
    http.download(url, str(tmp_path / "a.tif"), auth=signer)
    http.download(url, str(tmp_path / "b.tif"), auth=signer)
    assert signer.issued == 1  # cached until it expires
    served = server.requests_to(path)
    assert all("sig" in r.query for r in served)
    server.expire_tokens()  # the token dies: storage answers 403, the signer renews it
    http.download(url, str(tmp_path / "c.tif"), auth=signer)
    assert signer.issued == 2
    assert server.requests_to(path)[-2].query["sig"] != server.requests_to(path)[-1].query["sig"]
    assert (tmp_path / "c.tif").read_bytes() == COG.read_bytes()


def test_pc_unsigned_gets_403_clear_error(server, http, tmp_path):
    url = server.serve_file("/_host/sentinel2l2a01.blob.core.windows.net/sentinel2-l2/x.tif", COG)
    with pytest.raises(AuthError, match="refused access \\(HTTP 403\\)"):
        http.download(url, str(tmp_path / "x.tif"))


# ------------------------------------------------------------------ CDSE
def test_cdse_dialect(server, http):
    cat = Catalog(CDSE, server.base + "/cdse/v1")
    result = search_catalog(cat, SearchQuery(box(9, 47, 9.1, 47.1), "2020-07-01", "2020-07-05", max_cloud=100), http)
    sent = server.requests_to("/cdse/v1/search", "POST")[-1].body
    assert sent["filter"]["args"][1] == 100.0 and sent["filter-lang"] == "cql2-json"
    assert len(result.scenes) == 4
    s = next(x for x in result.scenes if x.id.startswith("S2B_MSIL2A_20200705T101559"))
    raw = result.items[s.id]
    assert raw["stac_version"] == "1.1.0"
    assert "proj:epsg" not in json.dumps(raw) and raw["assets"]["B04_10m"]["proj:code"] == "EPSG:32632"
    assert s.crs == "EPSG:32632"
    assert raw["assets"]["B04_10m"]["href"].startswith("s3://eodata/")
    b04 = {a.resolution: a for a in s.assets["B04"]}
    assert b04[10.0].href.startswith("/vsicurl/" + server.base + "/zipper/")  # https alternate
    assert b04[10.0].scale == 0.0001 and b04[10.0].offset == -0.1  # asset raster:scale/offset
    assert s.processing_baseline == "05.00" and s.boa_offset == -1000.0
    assert s.assets["SCL"][0].resolution == 20.0


def test_cdse_oauth_password_refresh_and_wrong_credentials(server, http):
    server.add_user("alice", "s3cret")
    auth = CdseAuth(http, "alice", "s3cret", server.base + "/auth/token")
    h1 = auth.headers("x")
    assert h1["Authorization"].startswith("Bearer access")
    assert auth.headers("x") == h1  # cached
    auth.expiry = 0  # expired: the refresh token gives a new one
    h2 = auth.headers("x")
    assert h2 != h1 and auth.grants == ["password", "refresh_token"]
    assert "s3cret" not in repr(auth) and "alice" not in repr(auth)
    bad = CdseAuth(http, "alice", "wrong", server.base + "/auth/token")
    with pytest.raises(AuthError, match="refused the user name or password") as err:
        bad.headers("x")
    assert "wrong" not in str(err.value)


def test_cdse_expired_token_403_then_renewal(server, http, tmp_path):
    server.add_user("bob", "pw")
    path = "/zipper/odata/v1/Products(x)/Nodes(B04_10m.jp2)/$value"
    jp2 = next(support.SAMPLE_DIR.rglob("*_B04_10m.jp2"))
    url = server.serve_file(path, jp2)
    auth = CdseAuth(http, "bob", "pw", server.base + "/auth/token")
    http.download(url, str(tmp_path / "a.jp2"), auth=auth)
    server.expire_tokens()  # server-side expiry, client still thinks the token is fresh
    http.download(url, str(tmp_path / "b.jp2"), auth=auth)
    assert (tmp_path / "b.jp2").read_bytes() == jp2.read_bytes()
    # the 401 renewed the token (through the still valid refresh token) and the download went on
    assert auth.grants == ["password", "refresh_token"]


# ------------------------------------------------------------------ errors and the search area
def test_bad_catalog_url_is_clear(server, http):
    with pytest.raises(TransferError, match="not a STAC API search endpoint.*CATALOG_URL"):
        search_catalog(Catalog(EARTH_SEARCH, server.base + "/nothing/here"), SearchQuery(box(0, 0, 1, 1)), http)
    with pytest.raises(InvalidRequest, match="not a web address"):
        search_catalog(Catalog(EARTH_SEARCH, "earth-search/v1"), SearchQuery(box(0, 0, 1, 1)), http)


def test_unreachable_catalog_is_clear(http):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(TransferError, match="unreachable"):
        search_catalog(Catalog(EARTH_SEARCH, "http://127.0.0.1:%d/v1" % port), SearchQuery(box(0, 0, 1, 1)), http)


def test_search_geometry_reprojects_and_checks():
    g = search_geometry(extent=(500000, 5200000, 510000, 5210000), extent_crs="EPSG:32632")
    w, s, e, n = geometry_bounds(g)
    assert 8.99 < w < 9.01 and 46.9 < s < 47.0 and 9.1 < e < 9.2 and 47.0 < n < 47.1
    with pytest.raises(InvalidRequest, match="outside longitude/latitude range.*projected metres"):
        search_geometry(extent=(500000, 5200000, 510000, 5210000), extent_crs="EPSG:4326")
    with pytest.raises(InvalidRequest, match="empty"):
        search_geometry(extent=(9, 47, 9, 48), extent_crs="EPSG:4326")
    with pytest.raises(InvalidRequest, match="empty"):
        search_geometry(aoi_wkt="POLYGON((9 47, 9 47, 9 47, 9 47))", aoi_crs="EPSG:4326")
    with pytest.raises(InvalidRequest, match="needs an area"):
        search_geometry()


def test_search_geometry_antimeridian():
    # an AOI in UTM zone 60 crossing 180 degrees east
    g = search_geometry(aoi_wkt="POLYGON((600000 6400000, 800000 6400000, 800000 6500000, 600000 6500000, "
                                "600000 6400000))", aoi_crs="EPSG:32660")
    assert g["type"] == "MultiPolygon" and len(g["coordinates"]) == 2
    lons = [pt[0] for poly in g["coordinates"] for pt in poly[0]]
    assert min(lons) >= -180 and max(lons) <= 180
    assert any(x > 179 for x in lons) and any(x < -179 for x in lons)
    # a lon/lat AOI written past 180 is split too
    g2 = search_geometry(aoi_wkt="POLYGON((179 -17, 181 -17, 181 -16, 179 -16, 179 -17))", aoi_crs="EPSG:4326")
    assert g2["type"] == "MultiPolygon"


def test_search_body_per_catalog():
    q = SearchQuery(box(0, 0, 1, 1), "2024-01-01", "2024-01-31", 30)
    es = search_body(Catalog(EARTH_SEARCH), q)
    assert es["collections"] == ["sentinel-2-l2a"] and es["query"]["eo:cloud_cover"]["lte"] == 30
    assert "filter" in search_body(Catalog(CDSE), q)
    assert Catalog(PLANETARY_COMPUTER).base_url.endswith("/api/stac/v1")
    assert os.path.basename(Catalog(CDSE).base_url) == "v1"
