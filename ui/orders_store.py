"""The Hub's list of orders, persisted as JSON in the QGIS profile folder.

Plain Python (the Qt-free part of the dock): ``OrdersStore(path)`` loads, ``save()`` writes
atomically (temporary file + ``os.replace``). A file that cannot be read is renamed to
``orders.corrupt-<time>.json`` and :attr:`OrdersStore.problem` says so, so nothing is
dropped silently. An order that was queued or running when QGIS closed comes back as
``interrupted``: running it again resumes it (delivered products are kept).
"""
import json
import os
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from typing import Dict, List, Optional

STATUSES = ("queued", "running", "done", "failed", "cancelled", "interrupted")
SCHEMA = "s2gm-mosaic-hub-orders/1"


def now_utc():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class OrderRecord:
    """One order of the Hub: what the user asked for (``parameters`` of ``s2gm:mosaic``,
    serialisable strings only) and how it went."""

    name: str
    parameters: Dict[str, object]
    format: str = "GeoTIFF"
    resolution: int = 60
    crs: str = "UTM"
    period: str = "month"
    start_date: str = ""
    end_date: str = ""
    source: str = ""
    output_folder: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created: str = field(default_factory=now_utc)
    status: str = "queued"
    reason: str = ""
    progress: float = 0.0
    message: str = ""
    order_folder: str = ""
    products: List[dict] = field(default_factory=list)
    estimate: Dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, doc):
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in doc.items() if k in known})


class OrdersStore:
    def __init__(self, path):
        self.path = path
        self.orders: List[OrderRecord] = []
        self.problem: Optional[str] = None
        self.load()

    def load(self):
        self.orders, self.problem = [], None
        if not os.path.exists(self.path):
            return
        try:
            with open(self.path, encoding="utf-8") as fh:
                doc = json.load(fh)
            if not isinstance(doc, dict) or not isinstance(doc.get("orders"), list):
                raise ValueError("no 'orders' list")
            orders = [OrderRecord.from_dict(o) for o in doc["orders"]]
        except (OSError, ValueError, TypeError) as exc:
            aside = "%s.corrupt-%s.json" % (os.path.splitext(self.path)[0], time.strftime("%Y%m%d-%H%M%S"))
            try:
                os.replace(self.path, aside)
            except OSError:
                aside = self.path
            self.problem = ("The orders file could not be read ({error}); it was set aside as {aside}. "
                            "The list starts empty; your products on disk are untouched.").format(
                                error=exc, aside=aside)
            return
        for order in orders:
            if order.status in ("queued", "running"):
                order.status = "interrupted"
                order.reason = "QGIS was closed while the order ran: run it again to resume."
        self.orders = orders

    def save(self):
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, ".%s.%d.tmp" % (os.path.basename(self.path), os.getpid()))
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"schema": SCHEMA, "orders": [asdict(o) for o in self.orders]}, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def add(self, order):
        self.orders.append(order)
        self.save()
        return order

    def get(self, order_id):
        return next((o for o in self.orders if o.id == order_id), None)

    def remove(self, order_id):
        self.orders = [o for o in self.orders if o.id != order_id]
        self.save()

    def update(self, order_id, save=True, **changes):
        order = self.get(order_id)
        if order is None:
            return None
        for key, value in changes.items():
            setattr(order, key, value)
        if save:
            self.save()
        return order


def human_bytes(n):
    n = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return ("%.0f %s" if unit == "B" else "%.1f %s") % (n, unit)
        n /= 1024.0
