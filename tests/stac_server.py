"""A real HTTP server on 127.0.0.1 for the catalog tests (both tiers) and the fetch benchmark.

It replays the recorded STAC API responses of ``shared/data/stac`` (``index.json`` per
provider) with their paging, rewriting the recorded absolute hosts to its own address; it
serves real raster files with ``Range`` support; it runs a small live STAC API over items
the test registers (bbox / intersects envelope, datetime, ``eo:cloud_cover``, paging by
``next`` links in POST or GET style); it issues Planetary Computer SAS tokens and CDSE
OAuth2 tokens; and it injects faults on demand, one per request, per path:

    server.fault("/files/B04.tif", "503", "429:1", "reset:5000", "truncate:5000",
                 "slow:2", "403", "corrupt")

Every request is logged (method, path, query, headers, JSON body) and the bytes of every
response body are counted per path, so tests check what the client sent and how much it
downloaded.
"""
import json
import os
import re
import socket
import struct
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

RECORDED_HOSTS = {
    "https://earth-search.aws.element84.com": "/es",
    "https://planetarycomputer.microsoft.com": "/pc",
    "https://stac.dataspace.copernicus.eu": "/cdse",
    "https://sentinel-cogs.s3.us-west-2.amazonaws.com": "/cogs",
    "https://zipper.dataspace.copernicus.eu": "/zipper",
    "https://sentinel2l2a01.blob.core.windows.net": "/_host/sentinel2l2a01.blob.core.windows.net",
}
PROVIDER_FOLDERS = {"earth-search": "/es", "planetary-computer": "/pc", "cdse": "/cdse"}
PAGING_KEYS = ("next", "token")


class Request:
    def __init__(self, method, path, query, headers, body):
        self.method, self.path, self.query, self.headers, self.body = method, path, query, headers, body

    def __repr__(self):
        return "%s %s" % (self.method, self.path)


class _QuietServer(ThreadingHTTPServer):
    """A client closing its connection early (GDAL reading only part of a range, a
    cancelled download) is normal here: no traceback for it; other errors as usual."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


class StacTestServer:
    def __init__(self, stac_dir=None, tls=None):
        """``tls``: (certificate file, key file) to serve HTTPS instead of HTTP."""
        self.stac_dir = str(stac_dir) if stac_dir else None
        self.recorded = []  # (method, path, body, file)
        self.files = {}  # url path -> local file
        self.live_items = []
        self.live_page_size = 2
        self.faults = {}
        self.log = []
        self.bytes_sent = {}
        self.lock = threading.RLock()
        self.sas_tokens = {}  # valid SAS "sig" values
        self.sas_issued = 0
        self.sas_lifetime = timedelta(hours=1)
        self.users = {}  # CDSE user -> password
        self.access_tokens = set()
        self.refresh_tokens = set()
        self.token_count = 0
        self.token_lifetime = 600
        self.protected_prefixes = set()
        self.httpd = _QuietServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = "http://127.0.0.1:%d" % self.port
        if tls:
            import ssl
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.base = "https://127.0.0.1:%d" % self.port
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        if self.stac_dir:
            self._load_recorded()

    # ------------------------------------------------------------------ set-up
    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def rewrite(self, text):
        for host, prefix in RECORDED_HOSTS.items():
            text = text.replace(host, self.base + prefix)
        return text

    def _load_recorded(self):
        for provider, prefix in PROVIDER_FOLDERS.items():
            index = os.path.join(self.stac_dir, provider, "index.json")
            if not os.path.isfile(index):
                continue
            with open(index, encoding="utf-8") as fh:
                entries = json.load(fh)
            for e in entries:
                if not e.get("method") or not e.get("url"):
                    continue
                path = self.rewrite(e["url"])[len(self.base):].rstrip("/") or "/"
                self.recorded.append((e["method"], path, e.get("body"), e.get("status") or 200,
                                      os.path.join(self.stac_dir, provider, e["file"])))

    def serve_file(self, url_path, local_path):
        self.files[url_path] = str(local_path)
        return self.base + url_path

    def fault(self, path, *specs):
        with self.lock:
            self.faults.setdefault(path, []).extend(specs)

    def requests_to(self, path_prefix, method=None):
        return [r for r in self.log if r.path.startswith(path_prefix) and (method is None or r.method == method)]

    def sent(self, path_prefix=""):
        return sum(n for p, n in self.bytes_sent.items() if p.startswith(path_prefix))

    def add_live_item(self, item):
        self.live_items.append(item)

    def add_user(self, user, password):
        self.users[user] = password

    def expire_tokens(self):
        """Every SAS and OAuth2 access token issued so far stops working (403 / 401)."""
        with self.lock:
            self.sas_tokens.clear()
            self.access_tokens.clear()

    # ------------------------------------------------------------------ handler
    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                server._dispatch(self, "GET")

            def do_HEAD(self):  # noqa: N802
                server._dispatch(self, "HEAD")

            def do_POST(self):  # noqa: N802
                server._dispatch(self, "POST")

        return Handler

    def _dispatch(self, h, method):
        parts = urlsplit(h.path)
        path = parts.path.rstrip("/") or "/"
        query = parse_qs(parts.query)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        body = None
        if raw:
            ctype = h.headers.get("Content-Type", "")
            if "json" in ctype:
                body = json.loads(raw.decode("utf-8"))
            else:
                body = {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}
        req = Request(method, path, query, dict(h.headers), body)
        with self.lock:
            self.log.append(req)
            fault = self.faults.get(path, []).pop(0) if self.faults.get(path) else None
        try:
            if fault and self._fault_before(h, req, fault):
                return
            self._route(h, req, fault)
        except OSError:
            pass

    def _fault_before(self, h, req, fault):
        """Faults answered before the normal route; returns True when the answer is sent."""
        kind, _, arg = fault.partition(":")
        if kind in ("503", "500", "502", "504", "404", "403", "401"):
            self._send(h, req, int(kind), b'{"error": "injected"}', "application/json")
            return True
        if kind == "429":
            self._send(h, req, 429, b'{"error": "slow down"}', "application/json",
                       {"Retry-After": arg or "1"})
            return True
        if kind == "slow":
            time.sleep(float(arg or 2))
            return False
        if kind == "garbage":
            self._send(h, req, 200, b"<html>not json</html>", "text/html")
            return True
        return False

    def _send(self, h, req, status, data, ctype, headers=None, fault=None):
        kind, _, arg = (fault or "").partition(":")
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        if kind in ("reset", "truncate"):
            h.send_header("Connection", "close")
        h.end_headers()
        if req.method == "HEAD":
            return
        if kind in ("reset", "truncate"):
            cut = min(int(arg or len(data) // 2), len(data))
            h.wfile.write(data[:cut])
            h.wfile.flush()
            self._count(req.path, cut)
            h.close_connection = True
            if kind == "reset":
                # let the client read what was sent, then abort the connection (TCP RST)
                time.sleep(0.3)
                h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                h.connection.shutdown(socket.SHUT_RDWR)
            return
        if kind == "corrupt" and data:
            data = bytes([data[0] ^ 0xFF]) + data[1:]
        h.wfile.write(data)
        self._count(req.path, len(data))

    def _count(self, path, n):
        with self.lock:
            self.bytes_sent[path] = self.bytes_sent.get(path, 0) + n

    def _json(self, h, req, doc, status=200, ctype="application/geo+json"):
        self._send(h, req, status, json.dumps(doc).encode("utf-8"), ctype)

    # ------------------------------------------------------------------ routes
    def _route(self, h, req, fault):
        p = req.path
        if p in self.files or p.startswith("/_host/") or p.startswith("/zipper/"):
            return self._serve_file(h, req, fault)
        if p.startswith("/pc/api/sas/v1/token/"):
            return self._sas_token(h, req)
        if p == "/auth/token":
            return self._oauth_token(h, req)
        if p.startswith("/live/"):
            return self._live(h, req)
        for method, path, body, status, fname in self._matching(req):
            with open(fname, encoding="utf-8") as fh:
                text = self.rewrite(fh.read())
            return self._send(h, req, status, text.encode("utf-8"), "application/geo+json", fault=fault)
        self._json(h, req, {"code": "NotFound", "description": "no recorded response for %s %s" % (req.method, p)},
                   404, "application/json")

    def _matching(self, req):
        """Recorded responses for this request: same method and path; for searches the same
        collections and paging token (first page: the one without a token)."""
        out = []
        for method, path, body, status, fname in self.recorded:
            if method != req.method or path != req.path:
                continue
            if method == "POST":
                rb = req.body or {}
                body = body or {}
                if rb.get("collections") != body.get("collections"):
                    continue
                if any(rb.get(k) != body.get(k) for k in PAGING_KEYS):
                    continue
            out.append((method, path, body, status, fname))
        return out

    def _serve_file(self, h, req, fault):
        p = req.path
        local = self.files.get(p)
        if p.startswith("/_host/"):
            sig = (req.query.get("sig") or [None])[0]
            if sig not in self.sas_tokens:
                return self._send(h, req, 403, b"<Error><Code>AuthenticationFailed</Code></Error>",
                                  "application/xml")
            local = self.files.get(p)
        if p.startswith("/zipper/"):
            auth = req.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
                return self._json(h, req, {"detail": "Expired signature or invalid token"}, 401, "application/json")
            local = self.files.get(p)
        if not local or not os.path.isfile(local):
            return self._json(h, req, {"error": "no such file %s" % p}, 404, "application/json")
        size = os.path.getsize(local)
        rng = req.headers.get("Range")
        status, start, end = 200, 0, size - 1
        if rng:
            m = re.fullmatch(r"bytes=(\d*)-(\d*)", rng.strip())
            if m and (m.group(1) or m.group(2)):
                if m.group(1):
                    start = int(m.group(1))
                    end = int(m.group(2)) if m.group(2) else size - 1
                else:
                    start, end = max(0, size - int(m.group(2))), size - 1
                if start >= size:
                    return self._send(h, req, 416, b"", "application/octet-stream",
                                      {"Content-Range": "bytes */%d" % size})
                end = min(end, size - 1)
                status = 206
        with open(local, "rb") as fh:
            fh.seek(start)
            data = fh.read(end - start + 1)
        headers = {"Accept-Ranges": "bytes"}
        if status == 206:
            headers["Content-Range"] = "bytes %d-%d/%d" % (start, end, size)
        ctype = "image/jp2" if local.endswith(".jp2") else "image/tiff"
        self._send(h, req, status, data, ctype, headers, fault)

    def _sas_token(self, h, req):
        with self.lock:
            self.sas_issued += 1
            sig = "sig%d" % self.sas_issued
            self.sas_tokens[sig] = True
        expiry = (datetime.now(timezone.utc) + self.sas_lifetime).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._json(h, req, {"msft:expiry": expiry, "token": "st=2024-01-01&se=%s&sp=rl&sig=%s" % (expiry, sig)},
                   ctype="application/json")

    def _oauth_token(self, h, req):
        form = req.body or {}
        grant = form.get("grant_type")
        with self.lock:
            ok = False
            if grant == "password":
                ok = self.users.get(form.get("username")) == form.get("password") and form.get("username")
            elif grant == "refresh_token":
                ok = form.get("refresh_token") in self.refresh_tokens
            if not ok:
                return self._json(h, req, {"error": "invalid_grant", "error_description": "Invalid user credentials"},
                                  401, "application/json")
            self.token_count += 1
            access, refresh = "access%d" % self.token_count, "refresh%d" % self.token_count
            self.access_tokens.add(access)
            self.refresh_tokens.add(refresh)
        self._json(h, req, {"access_token": access, "expires_in": self.token_lifetime,
                            "refresh_token": refresh, "refresh_expires_in": 3600, "token_type": "Bearer"},
                   ctype="application/json")

    # ------------------------------------------------------------------ live STAC API
    def _live(self, h, req):
        p = req.path
        base = self.base + "/live/v1"
        if p == "/live/v1":
            return self._json(h, req, {"type": "Catalog", "id": "live", "stac_version": "1.0.0",
                                       "conformsTo": ["https://api.stacspec.org/v1.0.0/item-search"],
                                       "links": [{"rel": "search", "href": base + "/search", "method": "POST"}]},
                              ctype="application/json")
        if p != "/live/v1/search":
            return self._json(h, req, {"code": "NotFound"}, 404, "application/json")
        if req.method == "POST":
            params = dict(req.body or {})
        else:
            params = {k: v[0] for k, v in req.query.items()}
            for k in ("intersects", "query"):
                if k in params:
                    params[k] = json.loads(params[k])
            if "bbox" in params:
                params["bbox"] = [float(v) for v in params["bbox"].split(",")]
        hits = [it for it in self.live_items if _live_match(it, params)]
        page = int(params.get("page") or 1)
        n = int(params.get("limit") or self.live_page_size)
        n = min(n, self.live_page_size)
        chunk = hits[(page - 1) * n: page * n]
        links = [{"rel": "root", "href": base}]
        if page * n < len(hits):
            if req.method == "POST":
                nb = dict(params)
                nb["page"] = page + 1
                links.append({"rel": "next", "href": base + "/search", "method": "POST", "body": nb})
            else:
                links.append({"rel": "next", "href": base + "/search?" + "&".join(
                    "%s=%s" % (k, v) for k, v in list(req.query.items()) if k != "page"
                    for v in v) + "&page=%d" % (page + 1), "method": "GET"})
        self._json(h, req, {"type": "FeatureCollection", "features": chunk, "links": links,
                            "numberReturned": len(chunk)})


def _envelope(geom):
    xs, ys = [], []

    def walk(c):
        if isinstance(c[0], (int, float)):
            xs.append(c[0])
            ys.append(c[1])
        else:
            for cc in c:
                walk(cc)
    walk(geom["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def _live_match(item, params):
    ib = item.get("bbox")
    boxes = []
    if params.get("intersects"):
        g = params["intersects"]
        if g["type"] == "MultiPolygon":
            boxes = [_envelope({"coordinates": poly}) for poly in g["coordinates"]]
        else:
            boxes = [_envelope(g)]
    elif params.get("bbox"):
        boxes = [tuple(params["bbox"])]
    if boxes and ib and not any(b[0] <= ib[2] and b[2] >= ib[0] and b[1] <= ib[3] and b[3] >= ib[1] for b in boxes):
        return False
    if params.get("datetime"):
        start, _, end = params["datetime"].partition("/")
        when = item["properties"]["datetime"][:19]
        if start not in ("", "..") and when < start[:19]:
            return False
        if end not in ("", "..") and when > end[:19]:
            return False
    cc = ((params.get("query") or {}).get("eo:cloud_cover") or {}).get("lte")
    if cc is not None and item["properties"].get("eo:cloud_cover", 0) > cc:
        return False
    return True


def single_scene_server(scene_dir):
    """A started server that searches like Earth Search over the one real item of
    ``scene_dir`` (the single-scene fixture) and serves its COGs with Range support."""
    import json
    import os
    srv = StacTestServer().start()
    for f in os.listdir(scene_dir):
        if f.endswith(".tif"):
            srv.serve_file("/cogs/sentinel-s2-l2a-cogs/29/R/KH/2020/2/S2A_29RKH_20200219_0_L2A/" + f,
                           os.path.join(str(scene_dir), f))
    item = [f for f in os.listdir(scene_dir) if f.endswith(".json")][0]
    with open(os.path.join(str(scene_dir), item), encoding="utf-8") as fh:
        srv.add_live_item(json.loads(srv.rewrite(fh.read())))
    return srv
