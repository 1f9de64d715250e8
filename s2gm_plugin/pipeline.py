"""Run one composite (one period) block by block: sources -> QC -> stack -> composite -> files.

Public API used by ``algorithms/`` and tests::

    req = CompositeRequest(input_path=".../safe", output="out.tif", quality="q.tif",
                           qc_report="qc.json", resolution=10, method="auto")
    result = run_composite(req, progress=lambda pct, msg: ..., is_cancelled=lambda: False,
                           log=print)

The same composite in row blocks, each made where it runs (the Dask runner)::

    plan = plan_composite(req, block_rows=2048)          # discovery, input QC, grid, once
    parts = [composite_block(plan, rows, "b%d.tif" % i, "q%d.tif" % i)
             for i, rows in enumerate(plan.blocks)]      # anywhere the inputs are readable
    result = join_blocks(plan, parts, "c.vrt", "q.vrt", "qc.json")  # == run_composite's
"""
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

from .errors import Cancelled, InvalidRequest, NoUsableScenes, S2GMError  # noqa: F401


@dataclass
class CompositeRequest:
    """Everything one composite needs. Plain data: serialisable, no QGIS types.

    * ``input_path``: folder (searched recursively for SAFE products, STAC item JSONs,
      catalogs / collections / ItemCollections) or one JSON file.
    * ``start_date`` / ``end_date``: ISO dates ``YYYY-MM-DD`` (inclusive) or None.
    * ``method``: ``"auto"``, ``"STC"`` or ``"MEDOID"``.
    * ``resolution``: 10, 20 or 60 (metres).
    * ``bands``: band keys (``"B02"``...); empty = every spectral band the inputs have.
    * ``aux``: aux layer keys among ``bands.AUX_LAYERS`` (``"AOT"``, ``"WVP"``...).
    * ``extent``: ``(xmin, ymin, xmax, ymax)`` in ``extent_crs`` (any CRS GDAL/OSR reads:
      ``"EPSG:4326"``, WKT) or None.
    * ``aoi_wkt``: polygon / multipolygon WKT in ``aoi_crs``; output pixels outside are no data.
    * ``crs``: output CRS (``"EPSG:32633"``...); None = the UTM CRS of the input tiles.
    * ``output``: multi-band reflectance GeoTIFF path; ``quality``: quality GeoTIFF path or
      None; ``qc_report``: JSON path or None.
    * ``catalog``: for a STAC API ``input_path``, a ``catalog.stac_api.Catalog`` that says
      which catalog it is (default: guessed from the host); ``credentials``: (user,
      password) for Copernicus Data Space, in memory only (never written or logged);
      ``cache_dir``: where Copernicus Data Space scenes are fetched before compositing
      (their JPEG 2000 files cannot be read by window; default ~/.cache/s2gm-mosaic/cdse).
    * ``block_size``: side of the square processing window in output pixels; the default
      (512) lets the engine shape windows along the source tiles within its memory budget.
    * ``overviews``: give ``output`` / ``quality`` overviews (for display); the mosaic's
      work rasters, which only feed its products, go without.
    """

    input_path: str
    output: str
    quality: Optional[str] = None
    qc_report: Optional[str] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    method: str = "auto"
    resolution: int = 10
    bands: Sequence[str] = field(default_factory=list)
    aux: Sequence[str] = field(default_factory=list)
    extent: Optional[Sequence[float]] = None
    extent_crs: Optional[str] = None
    aoi_wkt: Optional[str] = None
    aoi_crs: Optional[str] = None
    crs: Optional[str] = None
    block_size: int = 512
    catalog: Optional[object] = None
    credentials: Optional[tuple] = field(default=None, repr=False)
    cache_dir: Optional[str] = None
    overviews: bool = True


@dataclass
class CompositeResult:
    output: str
    quality: Optional[str]
    qc_report: Optional[str]
    scenes_used: List[str]
    scenes_rejected: List[dict]
    pixels_per_method: dict
    nodata_fraction: float
    bands: List[str]
    quality_layers: List[str]


def run_composite(request: CompositeRequest,
                  progress: Optional[Callable[[float, str], None]] = None,
                  is_cancelled: Optional[Callable[[], bool]] = None,
                  log: Optional[Callable[[str], None]] = None) -> CompositeResult:
    """Make the composite described by ``request``.

    ``progress(percent, message)`` is called as blocks finish (0..100); ``is_cancelled()``
    is polled between blocks: when it returns True the temporary files are removed and
    :class:`Cancelled` is raised. ``log(message)`` receives human-readable notes (rejected
    scenes, filters applied). Raises :class:`NoUsableScenes` when no scene is left and
    :class:`InvalidRequest` for bad parameters; both carry a message for the user.
    """
    from .composite_run import CompositeRun
    return CompositeRun(request, progress, is_cancelled, log).run()


def plan_composite(request: CompositeRequest, block_rows: Optional[int] = None, progress=None, is_cancelled=None,
                   log=None):
    """Discovery, input QC and grid of ``request`` -> ``composite_run.CompositePlan`` (plain,
    picklable data) whose ``blocks`` are (first row, end row) bands of the grid of about
    ``block_rows`` rows (default ``composite_run.DEFAULT_BLOCK_ROWS``, 2048), aligned to the
    processing windows. Raises as :func:`run_composite`."""
    from .composite_run import plan_composite as plan
    return plan(request, block_rows, progress, is_cancelled, log)


def composite_block(plan, rows, output, quality=None, exclude=(), progress=None, is_cancelled=None, log=None):
    """Composite the grid rows ``rows`` of ``plan`` into the GeoTIFFs ``output`` / ``quality``
    (those rows only), without the scene ids ``exclude``; returns the block's figures (plain
    data) for :func:`join_blocks`. Reads its inputs itself."""
    from .composite_run import composite_block as block
    return block(plan, rows, output, quality, exclude, progress, is_cancelled, log)


def join_blocks(plan, blocks, output, quality=None, qc_report=None, progress=None, is_cancelled=None,
                log=None) -> CompositeResult:
    """The composite of ``plan`` from the figures of all its blocks: blocks that used a scene
    rejected in another block are composited again without it, ``output`` / ``quality``
    become VRTs over the block files, the QC report is written. Same result and report as
    :func:`run_composite` (time stamps aside)."""
    from .composite_run import join_blocks as join
    return join(plan, blocks, output, quality, qc_report, progress, is_cancelled, log)
