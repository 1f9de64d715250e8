"""The transfer layer against a real HTTP server on 127.0.0.1 that injects faults.

Each fault of issue 5 has a test: the downloaded file must be byte-identical to the served
real raster, or the error must say clearly what failed. No function of ours is mocked.
"""
import hashlib
import os
import sys
import threading
import time

import pytest
import s2gm_test_support as support

sys.path.insert(0, str(support.REPO_ROOT / "tests"))
from stac_server import StacTestServer  # noqa: E402

from s2gm_plugin.catalog.transfer import (HttpClient, NetworkSettings,  # noqa: E402
                                          TransferError, gdal_network_options, multihash_of,
                                          parse_multihash, redact, retry_after_seconds, run_pool)
from s2gm_plugin.errors import Cancelled  # noqa: E402

COG = support.SHARED_DATA / "single-scene" / "sentinel-s2-l2a-cogs" / "29" / "R" / "KH" / "2020" / "2" / \
    "S2A_29RKH_20200219_0_L2A" / "B04.tif"
JP2 = next(iter(sorted(support.SAMPLE_DIR.rglob("*_B04_10m.jp2"))), None)

pytestmark = support.requires_shared_data("single-scene")


def fast_settings(**kw):
    base = dict(timeout=(2.0, 1.0), retries=3, backoff=0.05, backoff_max=0.2, max_retry_after=5.0,
                per_host=2, workers=3)
    base.update(kw)
    return NetworkSettings(**base)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture()
def server():
    srv = StacTestServer().start()
    srv.serve_file("/files/B04.tif", COG)
    if JP2 is not None:
        srv.serve_file("/files/B04.jp2", JP2)
    yield srv
    srv.stop()


@pytest.fixture()
def client():
    notes = []
    c = HttpClient(fast_settings(), log=notes.append)
    c.notes = notes
    yield c
    c.close()


def leftovers(folder):
    return [f for f in os.listdir(folder) if f.endswith(".part")]


def test_plain_download_is_identical(server, client, tmp_path):
    dest = tmp_path / "B04.tif"
    n = client.download(server.base + "/files/B04.tif", str(dest), size=os.path.getsize(COG),
                        checksum=multihash_of(COG))
    assert sha(dest) == sha(COG)
    assert n == os.path.getsize(COG)
    assert client.retries_done == 0


def test_503_then_success(server, client, tmp_path):
    server.fault("/files/B04.tif", "503", "503")
    dest = tmp_path / "B04.tif"
    client.download(server.base + "/files/B04.tif", str(dest))
    assert sha(dest) == sha(COG)
    assert client.retries_done == 2
    assert any("HTTP 503" in n for n in client.notes)


def test_429_honours_retry_after(server, client, tmp_path):
    server.fault("/files/B04.tif", "429:1")
    dest = tmp_path / "B04.tif"
    t = time.monotonic()
    client.download(server.base + "/files/B04.tif", str(dest))
    # the backoff alone would be <= 0.2 s: the 1 s wait came from Retry-After
    assert time.monotonic() - t >= 1.0
    assert sha(dest) == sha(COG)


def test_retry_after_http_date():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("soon") is None


def test_connection_reset_mid_body_resumes_with_range(server, client, tmp_path):
    server.fault("/files/B04.tif", "reset:300000")
    dest = tmp_path / "B04.tif"
    client.download(server.base + "/files/B04.tif", str(dest), size=os.path.getsize(COG))
    assert sha(dest) == sha(COG)
    gets = server.requests_to("/files/B04.tif", "GET")
    assert len(gets) == 2
    assert gets[1].headers.get("Range") == "bytes=300000-"
    # resumed, not restarted: about one file's worth sent in total
    assert server.sent("/files/B04.tif") == os.path.getsize(COG)


def test_truncated_body_is_completed(server, client, tmp_path):
    server.fault("/files/B04.tif", "truncate:1000")
    dest = tmp_path / "B04.tif"
    client.download(server.base + "/files/B04.tif", str(dest))
    assert sha(dest) == sha(COG)
    assert server.requests_to("/files/B04.tif")[1].headers.get("Range") == "bytes=1000-"


def test_truncated_every_time_gives_clear_error_and_no_partial_file(server, client, tmp_path):
    server.fault("/files/B04.tif", *["truncate:1000"] * 4)
    dest = tmp_path / "B04.tif"
    with pytest.raises(TransferError, match="connection kept dropping"):
        client.download(server.base + "/files/B04.tif", str(dest))
    assert not dest.exists() and not leftovers(tmp_path)


def test_response_slower_than_timeout_is_retried(server, client, tmp_path):
    server.fault("/files/B04.tif", "slow:1.5")  # read timeout is 1 s
    dest = tmp_path / "B04.tif"
    client.download(server.base + "/files/B04.tif", str(dest))
    assert sha(dest) == sha(COG)
    assert any("Timeout" in n for n in client.notes)


def test_always_slow_gives_timed_out_error(server, tmp_path):
    server.fault("/files/B04.tif", *["slow:1.3"] * 3)
    c = HttpClient(fast_settings(retries=2))
    with pytest.raises(TransferError, match="timed out after 3 attempts"):
        c.download(server.base + "/files/B04.tif", str(tmp_path / "x.tif"))
    assert not leftovers(tmp_path)


def test_wrong_checksum_once_is_downloaded_again(server, client, tmp_path):
    server.fault("/files/B04.tif", "corrupt")
    dest = tmp_path / "B04.tif"
    client.download(server.base + "/files/B04.tif", str(dest), checksum=multihash_of(COG))
    assert sha(dest) == sha(COG)
    assert any("checksum mismatch" in n for n in client.notes)


def test_checksum_that_never_matches_is_a_clear_error(server, client, tmp_path):
    wrong = "1220" + "00" * 32
    dest = tmp_path / "B04.tif"
    with pytest.raises(TransferError, match="checksum mismatch.*does not match its catalog entry"):
        client.download(server.base + "/files/B04.tif", str(dest), checksum=wrong)
    assert not dest.exists() and not leftovers(tmp_path)


def test_wrong_size_is_a_clear_error(server, client, tmp_path):
    with pytest.raises(TransferError, match="the catalog says 12"):
        client.download(server.base + "/files/B04.tif", str(tmp_path / "x.tif"), size=12)


def test_multihash_parsing():
    name, digest = parse_multihash(multihash_of(COG))
    assert name == "sha256" and digest == sha(COG)
    assert parse_multihash("d50110" + "ab" * 16)[0] == "md5"


def test_cancel_leaves_no_partial_file(server, tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3
    c = HttpClient(fast_settings(), is_cancelled=cancel)
    dest = tmp_path / "B04.tif"
    with pytest.raises(Cancelled):
        c.download(server.base + "/files/B04.tif", str(dest))
    assert not dest.exists() and not leftovers(tmp_path)


def test_unreachable_host_is_a_clear_error(tmp_path):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    c = HttpClient(fast_settings(retries=1))
    with pytest.raises(TransferError, match=r"unreachable after 2 attempts.*proxy settings"):
        c.get_json("http://127.0.0.1:%d/v1" % port)


def test_bad_url_is_a_clear_error():
    c = HttpClient(fast_settings())
    with pytest.raises(TransferError, match="not an http"):
        c.get_json("earth-search.aws.element84.com/v1")


def test_per_host_cap_and_bounded_pool(server, tmp_path):
    """Six downloads on a pool of 3 workers with 2 per host: never more than 2 at once."""
    active, peak = [0], [0]
    lock = threading.Lock()
    server.fault("/files/B04.tif", *["slow:0.3"] * 6)
    c = HttpClient(fast_settings(per_host=2, timeout=(2.0, 3.0)))
    orig = c.session.request

    def counting(*a, **kw):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        try:
            return orig(*a, **kw)
        finally:
            with lock:
                active[0] -= 1
    c.session.request = counting  # observes the requests library's calls, ours run unchanged
    tasks = [lambda i=i: c.download(server.base + "/files/B04.tif", str(tmp_path / ("%d.tif" % i)))
             for i in range(6)]
    results, errors = run_pool(tasks, workers=3)
    assert errors == [None] * 6
    assert peak[0] == 2
    assert all(sha(tmp_path / ("%d.tif" % i)) == sha(COG) for i in range(6))


def test_pool_keeps_going_after_one_failure(server, tmp_path):
    c = HttpClient(fast_settings(retries=0))
    tasks = [lambda: c.download(server.base + "/files/missing.tif", str(tmp_path / "m.tif")),
             lambda: c.download(server.base + "/files/B04.tif", str(tmp_path / "ok.tif"))]
    results, errors = run_pool(tasks, workers=2)
    assert isinstance(errors[0], TransferError) and "HTTP 404" in str(errors[0])
    assert errors[1] is None and sha(tmp_path / "ok.tif") == sha(COG)


@pytest.mark.skipif(JP2 is None, reason="bundled sample missing")
def test_jp2_reset_resumes(server, client, tmp_path):
    server.fault("/files/B04.jp2", "reset:100000")
    dest = tmp_path / "B04.jp2"
    client.download(server.base + "/files/B04.jp2", str(dest), size=os.path.getsize(JP2))
    assert sha(dest) == sha(JP2)


def test_redact_hides_tokens_and_passwords():
    assert redact("https://user:pw@host.example/a/b.tif?st=1&sig=SECRET") == "https://host.example/a/b.tif"


def test_gdal_options_carry_proxy_and_ssl():
    opts = gdal_network_options(NetworkSettings(proxy="http://u:p@proxy.local:3128", verify="/etc/ca.pem",
                                                user_agent="UA/1"))
    assert opts["GDAL_HTTP_PROXY"] == "proxy.local:3128"
    assert opts["GDAL_HTTP_PROXYUSERPWD"] == "u:p"
    assert opts["CURL_CA_BUNDLE"] == "/etc/ca.pem"
    assert opts["GDAL_HTTP_USERAGENT"] == "UA/1"
    assert opts["GDAL_DISABLE_READDIR_ON_OPEN"] == "EMPTY_DIR"
    assert gdal_network_options(NetworkSettings(verify=False))["GDAL_HTTP_UNSAFESSL"] == "YES"


def test_user_agent_sent(server, client, tmp_path):
    client.download(server.base + "/files/B04.tif", str(tmp_path / "a.tif"))
    assert server.requests_to("/files/B04.tif")[0].headers["User-Agent"].startswith("S2GM-Mosaic/")


def test_proxy_is_used(server, tmp_path):
    """A proxy setting sends the request through the proxy (the test server acts as one: an
    absolute-URI request line for a host that does not exist reaches it)."""
    c = HttpClient(fast_settings(proxy=server.base, retries=0))
    with pytest.raises(TransferError):
        c.get_json("http://catalog.invalid/v1")
    assert any(r.path.endswith("/v1") for r in server.log)
