"""Run one composite (one period) block by block: sources -> QC -> stack -> composite -> files.

Public API used by ``algorithms/`` and tests::

    req = CompositeRequest(input_path=".../safe", output="out.tif", quality="q.tif",
                           qc_report="qc.json", resolution=10, method="auto")
    result = run_composite(req, progress=lambda pct, msg: ..., is_cancelled=lambda: False,
                           log=print)
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
