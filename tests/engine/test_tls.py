"""HTTPS with a private certificate authority (a corporate proxy's, or one added to QGIS):
refused with a clear error by default, accepted when the engine is given that CA bundle,
for both our HTTP client and GDAL's /vsicurl/ reads. A real TLS server on 127.0.0.1."""
import os
import subprocess
import sys

import pytest
from osgeo import gdal

gdal.UseExceptions()

import s2gm_test_support as support

sys.path.insert(0, str(support.REPO_ROOT / "tests"))
from stac_server import StacTestServer  # noqa: E402
from s2gm_plugin.catalog.transfer import (GdalConfig, HttpClient, NetworkSettings,  # noqa: E402
                                          TransferError, gdal_network_options)

COG = support.SHARED_DATA / "single-scene" / "sentinel-s2-l2a-cogs" / "29" / "R" / "KH" / "2020" / "2" / \
    "S2A_29RKH_20200219_0_L2A" / "SCL.tif"


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return str(cert), str(key)


@pytest.fixture()
def https_server(tls_files):
    srv = StacTestServer(tls=tls_files).start()
    srv.serve_file("/files/SCL.tif", COG)
    yield srv
    srv.stop()


def _settings(**kw):
    return NetworkSettings(timeout=(2.0, 2.0), retries=0, backoff=0.01, **kw)


def test_unknown_authority_is_refused_clearly(https_server, tmp_path):
    client = HttpClient(_settings())
    with pytest.raises(TransferError) as err:
        client.download(https_server.base + "/files/SCL.tif", str(tmp_path / "scl.tif"))
    client.close()
    assert "certificate" in str(err.value).lower() or "ssl" in str(err.value).lower()
    assert not os.listdir(tmp_path)


def test_ca_bundle_is_honoured_by_the_client(https_server, tls_files, tmp_path):
    client = HttpClient(_settings(verify=tls_files[0]))
    dest = tmp_path / "scl.tif"
    client.download(https_server.base + "/files/SCL.tif", str(dest))
    client.close()
    assert dest.read_bytes() == COG.read_bytes()


def test_ca_bundle_is_honoured_by_gdal(https_server, tls_files):
    url = "/vsicurl/" + https_server.base + "/files/SCL.tif"
    with GdalConfig(gdal_network_options(_settings(verify=tls_files[0]))):
        gdal.VSICurlClearCache()
        ds = gdal.Open(url)
        expected = gdal.Open(str(COG)).ReadAsArray()
        assert (ds.ReadAsArray() == expected).all()
        ds = None


def test_unknown_authority_is_refused_by_gdal(https_server):
    url = "/vsicurl/" + https_server.base + "/files/SCL.tif"
    with GdalConfig(gdal_network_options(_settings())):
        gdal.VSICurlClearCache()
        with pytest.raises(RuntimeError, match="certificate"):
            gdal.Open(url)
