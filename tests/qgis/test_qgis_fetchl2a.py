"""s2gm:fetchl2a and s2gm:composite with a catalog INPUT, through processing.run, against
the loopback STAC server serving the real single-scene COGs."""
import os
import sys

import pytest
import s2gm_test_support as support

sys.path.insert(0, str(support.REPO_ROOT / "tests"))
from stac_server import single_scene_server  # noqa: E402

SCENE_DIR = support.SHARED_DATA / "single-scene" / "sentinel-s2-l2a-cogs" / "29" / "R" / "KH" / "2020" / "2" / \
    "S2A_29RKH_20200219_0_L2A"
EXTENT = "199980,229980,2770020,2800020 [EPSG:32629]"
pytestmark = support.requires_shared_data("single-scene")


@pytest.fixture()
def es():
    srv = single_scene_server(SCENE_DIR)
    yield srv
    srv.stop()


def test_fetchl2a_registered(s2gm_provider):
    alg = s2gm_provider.algorithm("fetchl2a")
    assert alg is not None
    names = [p.name() for p in alg.parameterDefinitions()]
    for name in ("CATALOG", "CATALOG_URL", "EXTENT", "AOI", "START_DATE", "END_DATE", "MAX_CLOUD", "BANDS",
                 "AUTH", "OUTPUT_FOLDER"):
        assert name in names
    assert alg.parameterDefinition("CATALOG").options() == [
        "Earth Search", "Planetary Computer", "Copernicus Data Space", "Local folder/catalog"]


def test_fetchl2a_then_composite(run_alg, es, tmp_path):
    out = tmp_path / "fetched"
    res = run_alg({"CATALOG": "earthsearch", "CATALOG_URL": es.base + "/live/v1", "EXTENT": EXTENT,
                   "START_DATE": "2020-02-01", "END_DATE": "2020-02-29", "MAX_CLOUD": 50, "BANDS": "B04,B08",
                   "OUTPUT_FOLDER": str(out)}, algorithm="s2gm:fetchl2a")
    assert res["SCENES_FETCHED"] == 1 and res["SCENES_FAILED"] == 0 and res["BYTES_TRANSFERRED"] > 0
    assert os.path.isfile(res["ITEM_COLLECTION"])
    assert es.requests_to("/live/v1/search")[0].body["query"]["eo:cloud_cover"]["lte"] == 50
    comp = run_alg({"INPUT": str(out), "RESOLUTION": "60", "BANDS": "B04", "OUTPUT": str(tmp_path / "c.tif")})
    assert comp["SCENES_USED"] == 1
    # the same straight from the catalog (streamed windows)
    comp2 = run_alg({"INPUT": es.base + "/live/v1", "EXTENT": EXTENT, "START_DATE": "2020-02-01",
                     "END_DATE": "2020-02-29", "RESOLUTION": "60", "BANDS": "B04",
                     "OUTPUT": str(tmp_path / "c2.tif")})
    assert comp2["SCENES_USED"] == 1


def test_fetchl2a_cdse_without_auth_is_clear(run_alg, es, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="needs an account"):
        run_alg({"CATALOG": "cdse", "CATALOG_URL": es.base + "/live/v1", "EXTENT": EXTENT,
                 "OUTPUT_FOLDER": str(tmp_path / "o")}, algorithm="s2gm:fetchl2a")


def test_fetchl2a_empty_search_is_clear(run_alg, es, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="found no Sentinel-2 L2A scene for area"):
        run_alg({"CATALOG": 0, "CATALOG_URL": es.base + "/live/v1", "EXTENT": EXTENT, "START_DATE": "2022-01-01",
                 "END_DATE": "2022-01-05", "OUTPUT_FOLDER": str(tmp_path / "o")}, algorithm="s2gm:fetchl2a")


def test_fetchl2a_needs_an_area(run_alg, es, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="Give an Extent or an Area of interest"):
        run_alg({"CATALOG": 0, "CATALOG_URL": es.base + "/live/v1", "OUTPUT_FOLDER": str(tmp_path / "o")},
                algorithm="s2gm:fetchl2a")


def test_certificate_authorities_added_to_qgis_reach_the_engine(qgis_app, tmp_path):
    """A CA the user gave QGIS (Options > Authentication: extra CA file) is handed to the
    engine as a PEM bundle, so catalogs behind a private CA work as they do in QGIS."""
    import subprocess
    from qgis.core import QgsApplication
    fetch_mod = support.import_plugin("algorithms.fetchl2a")
    cert, key = tmp_path / "ca.pem", tmp_path / "ca.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=S2GM test CA"], check=True, capture_output=True)
    am = QgsApplication.authManager()
    assert fetch_mod.network_settings_from_qgis().verify is True  # nothing added: system store
    assert am.storeAuthSetting("cafile", str(cert))  # what the Authentication options write
    try:
        am.rebuildCaCertsCache()
        am.rebuildTrustedCaCertsCache()
        verify = fetch_mod.network_settings_from_qgis().verify
        assert isinstance(verify, str) and os.path.isfile(verify)
        body = "".join(cert.read_text().split("\n")[1:-2])  # the certificate's base64 body
        assert body in "".join(open(verify).read().split("\n"))
    finally:
        am.removeAuthSetting("cafile")
        am.rebuildCaCertsCache()
        am.rebuildTrustedCaCertsCache()
