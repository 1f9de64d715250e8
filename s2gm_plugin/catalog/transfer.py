"""HTTP for the catalog clients: one session, timeouts, retries, resumable verified downloads.

Everything network-related the engine does goes through :class:`HttpClient`:

* timeouts on connect and read (``NetworkSettings.timeout``);
* retries with exponential backoff and full jitter on 429, 5xx and connection errors,
  honouring ``Retry-After`` (seconds or an HTTP date), up to ``retries`` times;
* at most ``per_host`` requests at once to one host (a semaphore per host);
* :meth:`HttpClient.download`: a file written under a temporary name in the destination
  folder and renamed when complete; after a reset the transfer resumes with ``Range``;
  size (``file:size``, ``Content-Length``) and ``file:checksum`` (multihash) checked;
  cancel removes the partial file;
* an ``auth`` object (``headers()``, ``renew()``, ``sign(url)``) for catalogs that need a
  token: a 401/403 renews it once and the request is sent again.

Proxy, SSL verification and the User-Agent come in as plain values
(:class:`NetworkSettings`); the QGIS layer reads them from the QGIS settings.
:func:`gdal_network_options` gives the matching GDAL ``/vsicurl/`` options, applied for the
length of a run by :class:`GdalConfig`. Credentials are never logged: messages name the URL
without its query string (which may carry a SAS token).
"""
import email.utils
import hashlib
import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlsplit, urlunsplit

from .. import __version__
from ..errors import Cancelled, S2GMError

RETRY_STATUS = {429, 500, 502, 503, 504}
CHUNK = 256 * 1024


class TransferError(S2GMError):
    """A request or download that failed for good; the message names the URL and the cause."""

    def __init__(self, message, url=None, status=None):
        super().__init__(message)
        self.url = url
        self.status = status


class AuthError(TransferError):
    """Credentials refused (wrong user name / password, token that cannot be renewed)."""


@dataclass
class NetworkSettings:
    """Plain network settings handed to the engine (no QGIS types).

    * ``proxy``: ``"http://host:port"`` (credentials may be in the URL) or None;
      ``no_proxy``: comma-separated hosts that bypass it.
    * ``verify``: True, False (do not check certificates) or the path of a CA bundle.
    * ``timeout``: (connect, read) seconds; ``retries``: attempts after the first;
      ``backoff``: first delay in seconds (doubles per attempt, full jitter), capped by
      ``backoff_max``; ``max_retry_after``: longest ``Retry-After`` honoured.
    * ``per_host``: concurrent requests per host; ``workers``: parallel downloads.
    """

    proxy: Optional[str] = None
    no_proxy: Optional[str] = None
    verify: object = True
    user_agent: str = "S2GM-Mosaic/%s (QGIS plugin)" % __version__
    timeout: tuple = (10.0, 60.0)
    retries: int = 5
    backoff: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 120.0
    per_host: int = 4
    workers: int = 4
    extra_headers: dict = field(default_factory=dict)


_DEFAULT = [None]


def configure_network(settings):
    """Network settings for engine code that is not handed any (the composite reading a
    catalog INPUT); the QGIS layer sets them from the QGIS proxy / SSL settings."""
    _DEFAULT[0] = settings


def default_network():
    return _DEFAULT[0] or NetworkSettings()


def redact(url):
    """The URL without query string or user info (SAS tokens, passwords stay out of logs)."""
    try:
        parts = urlsplit(str(url))
    except ValueError:
        return "<url>"
    netloc = parts.hostname or ""
    if parts.port:
        netloc += ":%d" % parts.port
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def retry_after_seconds(value, now=None):
    """Seconds asked by a ``Retry-After`` header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = str(value).strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


MULTIHASH = {0x11: "sha1", 0x12: "sha256", 0x13: "sha512", 0xd5: "md5", 0xb220: "blake2b"}


def parse_multihash(text):
    """(hashlib name, hex digest) of a ``file:checksum`` multihash hex string."""
    text = str(text).strip().lower()
    raw = bytes.fromhex(text)
    code, i, shift = 0, 0, 0
    while True:  # unsigned varint
        b = raw[i]
        code |= (b & 0x7F) << shift
        i += 1
        shift += 7
        if not b & 0x80:
            break
    length = raw[i]
    digest = raw[i + 1:]
    if code not in MULTIHASH or len(digest) != length:
        raise ValueError("unsupported or malformed multihash %s" % text[:12])
    return MULTIHASH[code], digest.hex()


def multihash_of(path, name="sha256"):
    """The ``file:checksum`` multihash (hex) of a file (sha256 by default)."""
    code = {v: k for k, v in MULTIHASH.items()}[name]
    h = hashlib.new(name)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    digest = h.digest()
    return bytes([code, len(digest)]).hex() + digest.hex()


class _Resettable(Exception):
    """Connection dropped mid-body: resume from the bytes written."""


class HttpClient:
    """A ``requests`` session with the retry, per-host cap and download rules above.

    ``sleep`` may be replaced (tests pass a recorder that still sleeps); ``log`` receives
    human-readable notes (retries, renewals), never credentials.
    """

    def __init__(self, settings=None, log=None, is_cancelled=None):
        import requests  # lazily: the plugin loads without it
        self.requests = requests
        self.settings = settings or NetworkSettings()
        self.log = log or (lambda msg: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.session = requests.Session()
        self.session.trust_env = False  # proxies come from the settings, not the environment
        s = self.settings
        if s.proxy:
            self.session.proxies = {"http": s.proxy, "https": s.proxy}
            if s.no_proxy:
                self.session.proxies["no_proxy"] = s.no_proxy
        self.session.verify = s.verify
        self.session.headers["User-Agent"] = s.user_agent
        self.session.headers.update(s.extra_headers or {})
        adapter = requests.adapters.HTTPAdapter(pool_connections=8, pool_maxsize=max(8, s.workers * 2),
                                                max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._host_locks = {}
        self._lock = threading.Lock()
        self.bytes_received = 0
        self.retries_done = 0
        self.sleep = time.sleep

    # ------------------------------------------------------------------ plumbing
    def _host_semaphore(self, url):
        host = urlsplit(url).netloc
        with self._lock:
            sem = self._host_locks.get(host)
            if sem is None:
                sem = self._host_locks[host] = threading.BoundedSemaphore(max(1, self.settings.per_host))
            return sem

    def _count(self, n):
        with self._lock:
            self.bytes_received += n

    def _delay(self, attempt, response=None):
        s = self.settings
        asked = retry_after_seconds(response.headers.get("Retry-After")) if response is not None else None
        if asked is not None:
            return min(asked, s.max_retry_after)
        return random.uniform(0, min(s.backoff_max, s.backoff * (2 ** attempt)))

    def _wait(self, seconds):
        end = time.monotonic() + seconds
        while True:
            if self.is_cancelled():
                raise Cancelled("Cancelled by the user.")
            left = end - time.monotonic()
            if left <= 0:
                return
            self.sleep(min(left, 0.2))

    def close(self):
        self.session.close()

    # ------------------------------------------------------------------ requests
    def request(self, method, url, auth=None, expect=(200,), stream=False, **kwargs):
        """Send a request with retries; returns the ``requests.Response`` (status in ``expect``).

        Raises :class:`TransferError` (or :class:`AuthError` for refused credentials) with a
        message that says what failed and what to do.
        """
        s = self.settings
        renewed = False
        attempt = 0
        base_headers = dict(kwargs.pop("headers", None) or {})
        while True:
            if self.is_cancelled():
                raise Cancelled("Cancelled by the user.")
            headers = dict(base_headers)
            send_url = url
            if auth is not None:
                headers.update(auth.headers(url))
                send_url = auth.sign(url)
            response = None
            try:
                with self._host_semaphore(url):
                    response = self.session.request(method, send_url, headers=headers, timeout=s.timeout,
                                                    stream=stream, **kwargs)
                    if not stream:
                        self._count(len(response.content))
            except self.requests.exceptions.InvalidURL as exc:
                raise TransferError("'%s' is not a valid URL (%s)" % (redact(url), exc), url) from None
            except (self.requests.exceptions.MissingSchema, self.requests.exceptions.InvalidSchema) as exc:
                raise TransferError("'%s' is not an http(s) URL (%s): give the full address, e.g. "
                                    "https://earth-search.aws.element84.com/v1" % (redact(url), exc), url) from None
            except self.requests.exceptions.SSLError as exc:
                raise TransferError("SSL error talking to %s (%s): check the QGIS SSL / certificate "
                                    "settings" % (redact(url), exc.__class__.__name__), url) from None
            except (self.requests.exceptions.ConnectionError, self.requests.exceptions.Timeout) as exc:
                if attempt >= s.retries:
                    kind = "timed out" if isinstance(exc, self.requests.exceptions.Timeout) else "unreachable"
                    raise TransferError("%s %s after %d attempts (%s): check the address, your network "
                                        "and the QGIS proxy settings" % (redact(url), kind, attempt + 1,
                                                                        exc.__class__.__name__), url) from None
                self._retry_note(url, attempt, exc.__class__.__name__)
                self._wait(self._delay(attempt))
                attempt += 1
                continue
            status = response.status_code
            if status in (401, 403) and auth is not None and not renewed:
                response.close()
                self.log("%s answered %d: renewing the access token" % (redact(url), status))
                auth.renew(url)
                renewed = True
                continue
            if status in RETRY_STATUS and attempt < s.retries:
                self._retry_note(url, attempt, "HTTP %d" % status)
                delay = self._delay(attempt, response)
                response.close()
                self._wait(delay)
                attempt += 1
                continue
            if status not in expect:
                text = ""
                try:
                    text = (response.text or "")[:200] if not stream else ""
                except Exception:  # noqa: BLE001 - the body is only decoration
                    text = ""
                response.close()
                if status in (401, 403):
                    raise AuthError("%s refused access (HTTP %d): check the credentials of the "
                                    "authentication configuration" % (redact(url), status), url, status)
                raise TransferError("%s answered HTTP %d%s" % (redact(url), status,
                                                               (": " + text.strip()) if text.strip() else ""),
                                    url, status)
            return response

    def _retry_note(self, url, attempt, why):
        with self._lock:
            self.retries_done += 1
        self.log("%s: %s, retry %d of %d" % (redact(url), why, attempt + 1, self.settings.retries))

    def get_json(self, url, auth=None, method="GET", body=None, params=None):
        response = self.request(method, url, auth=auth, json=body, params=params,
                                headers={"Accept": "application/geo+json, application/json"})
        try:
            return response.json()
        except ValueError:
            raise TransferError("%s did not answer JSON (content type %s): is it a STAC API address?"
                                % (redact(url), response.headers.get("Content-Type", "?")), url) from None

    # ------------------------------------------------------------------ downloads
    def download(self, url, dest, size=None, checksum=None, auth=None, progress=None):
        """Download ``url`` to ``dest`` atomically; returns the bytes received.

        ``size`` (``file:size``) and ``checksum`` (``file:checksum`` multihash) are verified
        when given, ``Content-Length`` always. A connection reset or truncated body resumes
        with ``Range`` (from the start when the server ignores it); a checksum mismatch
        downloads once more, then fails. ``progress(done, total)`` follows the bytes.
        """
        folder = os.path.dirname(os.path.abspath(dest))
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, ".%s.part" % os.path.basename(dest))
        received = 0
        try:
            for check_round in range(2):
                received += self._download_to(url, tmp, size, auth, progress)
                problem = self._verify(tmp, size, checksum)
                if problem is None:
                    os.replace(tmp, dest)
                    return received
                os.remove(tmp)
                if check_round == 0:
                    self.log("%s: %s, downloading again" % (redact(url), problem))
            raise TransferError("%s: %s after two downloads: the file on the server does not match its "
                                "catalog entry; try again later or report it to the catalog provider"
                                % (redact(url), problem), url)
        except BaseException:
            if os.path.exists(tmp):
                os.remove(tmp)
            raise

    @staticmethod
    def _verify(path, size, checksum):
        got = os.path.getsize(path)
        if size is not None and got != int(size):
            return "size %d bytes, the catalog says %d" % (got, int(size))
        if checksum:
            try:
                name, expected = parse_multihash(checksum)
            except (ValueError, IndexError):
                return None  # an unknown hash cannot be checked; the size was
            h = hashlib.new(name)
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            if h.hexdigest() != expected:
                return "checksum mismatch (%s %s..., the catalog says %s...)" % (name, h.hexdigest()[:12],
                                                                               expected[:12])
        return None

    def _download_to(self, url, tmp, size, auth, progress):
        """Fill ``tmp`` from ``url``, resuming after resets; returns bytes received."""
        s = self.settings
        received = 0
        total = None
        attempt = 0
        open(tmp, "wb").close()
        while True:
            have = os.path.getsize(tmp)
            headers = {"Range": "bytes=%d-" % have} if have else {}
            try:
                response = self.request("GET", url, auth=auth, stream=True, headers=headers,
                                        expect=(200, 206, 416))
            except TransferError:
                raise
            try:
                if response.status_code == 416:  # asked past the end: the file is complete
                    return received
                if response.status_code == 200 and have:
                    self.log("%s: server ignored Range, downloading from the start" % redact(url))
                    open(tmp, "wb").close()
                    have = 0
                length = response.headers.get("Content-Length")
                expected_body = int(length) if length and length.isdigit() else None
                if total is None:
                    total = (have + expected_body) if expected_body is not None else size
                body = 0
                with open(tmp, "ab") as fh:
                    try:
                        for chunk in response.iter_content(CHUNK):
                            if self.is_cancelled():
                                raise Cancelled("Cancelled by the user; the partial download was removed.")
                            fh.write(chunk)
                            body += len(chunk)
                            self._count(len(chunk))
                            if progress:
                                progress(have + body, total)
                    except (self.requests.exceptions.ConnectionError, self.requests.exceptions.ChunkedEncodingError,
                            self.requests.exceptions.Timeout) as exc:
                        raise _Resettable(exc.__class__.__name__)
                received += body
                if expected_body is not None and body < expected_body:
                    raise _Resettable("body ended after %d of %d bytes" % (body, expected_body))
                return received
            except _Resettable as exc:
                received += body
                if attempt >= s.retries:
                    raise TransferError("%s: the connection kept dropping (%s) after %d attempts: try again "
                                        "later" % (redact(url), exc, attempt + 1), url) from None
                self._retry_note(url, attempt, "connection dropped (%s), resuming at byte %d"
                                 % (exc, os.path.getsize(tmp)))
                self._wait(self._delay(attempt))
                attempt += 1
            finally:
                response.close()


def run_pool(tasks, workers, is_cancelled=None):
    """Run ``tasks`` (callables) on at most ``workers`` threads; returns (results, errors)
    in task order: each result or exception is kept, so one failure never stops the rest."""
    results = [None] * len(tasks)
    errors = [None] * len(tasks)

    def call(i):
        if is_cancelled and is_cancelled():
            errors[i] = Cancelled("Cancelled by the user.")
            return
        try:
            results[i] = tasks[i]()
        except BaseException as exc:  # noqa: BLE001 - recorded per task
            errors[i] = exc
    with ThreadPoolExecutor(max_workers=max(1, int(workers))) as pool:
        list(pool.map(call, range(len(tasks))))
    return results, errors


# ---------------------------------------------------------------------- GDAL /vsicurl/
def gdal_network_options(settings):
    """GDAL config options so ``/vsicurl/`` reads honour the same network settings, list
    no directories and merge adjacent ranges (the fewest requests for a COG window)."""
    s = settings or NetworkSettings()
    opts = {
        "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
        "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".tif,.tiff,.TIF,.jp2,.JP2,.xml",
        "GDAL_HTTP_MULTIRANGE": "YES",
        "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
        "GDAL_HTTP_USERAGENT": s.user_agent,
        "GDAL_HTTP_MAX_RETRY": str(int(s.retries)),
        "GDAL_HTTP_RETRY_DELAY": "%g" % max(0.1, s.backoff),
        "GDAL_HTTP_CONNECTTIMEOUT": "%d" % max(1, int(round(s.timeout[0]))),
        "GDAL_HTTP_TIMEOUT": "%d" % max(1, int(round(s.timeout[1]))),
        "VSI_CACHE": "TRUE",
        "CPL_VSIL_NETWORK_STATS_ENABLED": "YES",
    }
    if s.proxy:
        parts = urlsplit(s.proxy)
        host = parts.hostname or ""
        opts["GDAL_HTTP_PROXY"] = "%s:%d" % (host, parts.port) if parts.port else host
        if parts.username:
            opts["GDAL_HTTP_PROXYUSERPWD"] = "%s:%s" % (parts.username, parts.password or "")
    if s.verify is False:
        opts["GDAL_HTTP_UNSAFESSL"] = "YES"
    elif isinstance(s.verify, str) and s.verify:
        # GDAL 3.6's /vsicurl/ takes the CA bundle from SSL_CERT_FILE (checked against a
        # TLS server in tests/engine/test_tls.py); CURL_CA_BUNDLE serves other GDAL builds
        opts["SSL_CERT_FILE"] = s.verify
        opts["CURL_CA_BUNDLE"] = s.verify
    return opts


class GdalConfig:
    """Context manager: set GDAL config options for a run, restore the previous values."""

    def __init__(self, options):
        self.options = dict(options)
        self.saved = {}

    def __enter__(self):
        from osgeo import gdal
        for key, value in self.options.items():
            self.saved[key] = gdal.GetConfigOption(key)
            gdal.SetConfigOption(key, value)
        return self

    def __exit__(self, *exc):
        from osgeo import gdal
        for key, value in self.saved.items():
            gdal.SetConfigOption(key, value)
        return False


def gdal_bytes_read():
    """Bytes GDAL's network file systems have received so far (needs the network statistics
    option of :func:`gdal_network_options`), or None when GDAL cannot say."""
    import json
    from osgeo import gdal
    if not hasattr(gdal, "NetworkStatsGetAsSerializedJSON"):
        return None
    try:
        doc = json.loads(gdal.NetworkStatsGetAsSerializedJSON() or "{}")
    except ValueError:
        return None
    return int(((doc.get("methods") or {}).get("GET") or {}).get("downloaded_bytes", 0) or 0)
