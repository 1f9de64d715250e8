"""Scale guard: estimate an order before it runs, and refuse what would not fit.

``estimate_order(order, output_folder)`` counts the products (periods x zones), their pixels
on the order's grids, the input scenes and bytes (local sources: from the files; catalogs:
unknown until searched), the output size, the time and the peak memory. ``check_estimate``
refuses an order that would not fit the free disk space (always) or that exceeds the
configurable size limit (unless the user confirms). Figures are estimates: the constants
below say where they come from.
"""
import os
import shutil
from dataclasses import asdict, dataclass
from typing import Optional

from .errors import InvalidRequest
from .grid import transform_bounds
from .periods import periods_touching
from .tiles import product_targets

# Bytes per output pixel of the quality layers (S2GM types, spec section 5): valid_obs 1,
# medoid_mos 2, scene classification 1, source_index 2, source_date 4, method 1.
QUALITY_BYTES = 11
AUX_BYTES = 2
# DEFLATE on reflectance and quality layers: about half the raw size on real L2A data
# (the bundled sample's products are 0.45-0.6 of raw).
COMPRESSION = 0.6
# Seconds per (output pixel x observation x band) on one 2-core machine: the full-tile
# benchmark (bench/bench_tile.py, 20 observations, 10 bands) composites ~0.5 Mpx/s.
SECONDS_PER_PIXEL_OBS_BAND = 1.0 / (0.5e6 * 20 * 10)
INTERPRETER_BYTES = 300 * 2 ** 20  # the interpreter with numpy / numba / GDAL
DEFAULT_BANDS = 10  # when the order says "every band" and the source cannot be inspected
DEFAULT_OBS_PER_DAY = 0.5  # a Sentinel-2 pair revisits every ~5 days; overlaps add more


class OrderTooLarge(InvalidRequest):
    """The order would not fit the disk, or exceeds the size limit without confirmation."""

    def __init__(self, message, estimate):
        super().__init__(message)
        self.estimate = estimate


@dataclass
class OrderEstimate:
    periods: int
    zones: int
    products: int
    pixels: int  # output pixels over all products
    bands: int
    input_scenes: Optional[int]
    input_bytes: Optional[int]
    output_bytes: int
    seconds: float
    peak_memory_bytes: int
    free_disk_bytes: Optional[int]

    def to_dict(self):
        return asdict(self)

    def summary(self):
        def size(n):
            return "unknown" if n is None else "%.1f GB" % (n / 1e9) if n >= 1e8 else "%.1f MB" % (n / 1e6)
        return ("%d product(s) (%d period(s) x %d zone(s)), %.1f Mpx, %d band(s); inputs: %s scene(s), %s; "
                "output about %s; about %s; peak memory about %s; free disk %s"
                % (self.products, self.periods, self.zones, self.pixels / 1e6, self.bands,
                   "unknown" if self.input_scenes is None else self.input_scenes, size(self.input_bytes),
                   size(self.output_bytes), _duration(self.seconds), size(self.peak_memory_bytes),
                   size(self.free_disk_bytes)))


def _duration(seconds):
    if seconds < 90:
        return "%.0f s" % seconds
    if seconds < 5400:
        return "%.0f min" % (seconds / 60)
    return "%.1f h" % (seconds / 3600)


def _local_inputs(order):
    """(scenes in the order's dates, bytes of their needed files, bands they share) of a
    local source; Nones for a catalog (unknown before the search)."""
    from .catalog import discover, is_catalog_url
    if is_catalog_url(order.source) or not os.path.exists(order.source):
        return None, None, None
    found = discover(order.source)
    scenes = [s for s in found.scenes if order.start_date <= s.date.isoformat() <= order.end_date]
    keys = set(order.bands) if order.bands else None
    total, shared = 0, None
    for s in scenes:
        have = {k for k, variants in s.assets.items() if any(not a.is_remote for a in variants)}
        shared = have if shared is None else shared & have
        for k, variants in s.assets.items():
            if k == "SCL" or keys is None or k in keys:
                for a in variants:
                    if not a.is_remote and os.path.isfile(a.href):
                        total += os.path.getsize(a.href)
    from .bands import SPECTRAL_BANDS
    bands = len([b for b in SPECTRAL_BANDS if b != "B09" and b in (shared or set())]) or None
    return len(scenes), total, bands


def estimate_order(order, output_folder, inspect_source=True):
    """An ``OrderEstimate`` for ``order`` (an ``order.Order``) written to ``output_folder``.
    ``inspect_source=False`` skips reading a local source's scenes (a quick estimate for a
    form that updates as the user types: inputs unknown, bands as ordered or the default)."""
    o = order.validated()
    periods = periods_touching(o.period, o.start_date, o.end_date)
    targets = product_targets(o.crs_kind, o.aoi_wkt, o.aoi_crs, o.extent, o.extent_crs)
    pixels_per_period = 0
    for t in targets:
        xmin, ymin, xmax, ymax = transform_bounds(t.bounds_lonlat, "EPSG:4326", t.crs)
        res = o.resolution if not t.crs.endswith(":4326") else o.resolution / 111320.0
        pixels_per_period += int((xmax - xmin) / res + 1) * int((ymax - ymin) / res + 1)
    scenes, input_bytes, shared_bands = _local_inputs(o) if inspect_source else (None, None, None)
    bands = len(o.bands) or shared_bands or DEFAULT_BANDS
    layers_bytes = bands * 2 + QUALITY_BYTES + AUX_BYTES * len(o.aux)
    pixels = pixels_per_period * len(periods)
    output_bytes = int(pixels * layers_bytes * COMPRESSION)
    days = max(1, (_day(o.end_date) - _day(o.start_date)).days + 1)
    obs_per_period = (scenes / len(periods)) if scenes else DEFAULT_OBS_PER_DAY * days / len(periods)
    seconds = pixels * max(obs_per_period, 1.0) * bands * SECONDS_PER_PIXEL_OBS_BAND
    folder = os.path.abspath(output_folder)
    while folder and not os.path.exists(folder):
        folder = os.path.dirname(folder)
    free = shutil.disk_usage(folder).free if folder else None
    return OrderEstimate(len(periods), len(targets), len(periods) * len(targets), pixels, bands, scenes,
                         input_bytes, output_bytes, seconds, peak_memory(), free)


def peak_memory():
    """Peak memory of one composite: two windows of at most the engine's window budget in
    flight, GDAL's block cache as the engine caps it for a run, and the interpreter."""
    from .composite_run import GDAL_CACHE_BYTES, MAX_BLOCK_BYTES
    return 2 * MAX_BLOCK_BYTES + GDAL_CACHE_BYTES + INTERPRETER_BYTES


def _day(text):
    from datetime import date
    return date.fromisoformat(str(text)[:10])


def check_estimate(estimate, max_output_gb=50.0, confirmed=False):
    """Refuse an order that would not fit the disk (always), or whose output exceeds
    ``max_output_gb`` unless ``confirmed``. Returns the estimate when it may run."""
    need = estimate.output_bytes * 1.2  # temporary files of the product being written
    if estimate.free_disk_bytes is not None and need > estimate.free_disk_bytes:
        raise OrderTooLarge(
            "The order would not fit the disk: it needs about %.1f GB, %.1f GB are free. Choose another "
            "OUTPUT_FOLDER, a smaller area or period, or a coarser RESOLUTION. Estimate: %s"
            % (need / 1e9, estimate.free_disk_bytes / 1e9, estimate.summary()), estimate)
    if max_output_gb and estimate.output_bytes > max_output_gb * 1e9 and not confirmed:
        raise OrderTooLarge(
            "The order would write about %.1f GB, above the limit of %.1f GB. Confirm the large order "
            "(CONFIRM_LARGE) or raise the limit (MAX_OUTPUT_GB). Estimate: %s"
            % (estimate.output_bytes / 1e9, max_output_gb, estimate.summary()), estimate)
    return estimate
