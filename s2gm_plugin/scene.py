"""The ``Scene``: one Sentinel-2 L2A granule, whatever source it came from.

Every source (SAFE folder, STAC item, catalog search result) becomes a ``Scene`` with
its band files ("assets") under normalised keys (``B02``, ``SCL``, ``AOT``...) and the
numbers needed to turn digital numbers into physical values (spec section 1).
"""
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Dict, List, Optional

REFLECTANCE_QUANTIFICATION = 10000.0
OFFSET_BASELINE = "04.00"  # BOA_ADD_OFFSET = -1000 from this processing baseline on


@dataclass
class Asset:
    """One raster of a scene. Physical value = DN * scale + offset; DN ``nodata`` = no data."""

    key: str
    href: str  # GDAL-openable path (local file, or /vsicurl/ URL)
    resolution: Optional[float] = None  # nominal pixel size in metres, when known
    scale: float = 1.0
    offset: float = 0.0
    nodata: Optional[float] = 0.0

    @property
    def is_remote(self):
        return self.href.startswith(("/vsicurl", "/vsis3", "http://", "https://", "s3://"))


@dataclass
class Scene:
    id: str
    datetime: datetime
    tile: str
    platform: str  # "S2A", "S2B", "S2C"
    relative_orbit: Optional[int]
    processing_baseline: Optional[str]
    crs: Optional[str]  # "EPSG:32633"
    source: str  # path of the item JSON / SAFE folder it was read from
    assets: Dict[str, List[Asset]] = field(default_factory=dict)
    boa_offset: float = 0.0  # in DN, applied to reflectance bands
    quantification: float = REFLECTANCE_QUANTIFICATION
    granule_metadata: Optional[str] = None  # MTD_TL.xml path
    bounds: Optional[tuple] = None  # (xmin, ymin, xmax, ymax) in ``crs`` from metadata
    sequence: str = ""  # reprocessing order (Earth Search ``_1_``, generation time...)
    notes: List[str] = field(default_factory=list)

    @property
    def date(self) -> date:
        return self.datetime.date()

    @property
    def observation_key(self):
        """Scenes with the same key are one observation (datastrip / tile splits)."""
        return (self.platform, self.date, self.relative_orbit)

    def keys(self):
        return set(self.assets)

    def add_asset(self, asset: Asset):
        self.assets.setdefault(asset.key, []).append(asset)

    def asset_for(self, key, resolution):
        """The variant of ``key`` to read for a ``resolution`` m grid (spec section 4):
        the source's own band at that resolution when it has one, else the finest finer
        variant (nearest upsampling keeps values / block mean downsamples), else the
        coarsest one available."""
        variants = self.assets.get(key) or []
        if not variants:
            return None
        known = [a for a in variants if a.resolution]
        exact = [a for a in known if abs(a.resolution - resolution) < 1e-6]
        if exact:
            return exact[0]
        finer = sorted((a for a in known if a.resolution < resolution), key=lambda a: -a.resolution)
        if finer:
            return finer[0]
        if known:
            return sorted(known, key=lambda a: a.resolution)[0]
        return variants[0]

    def summary(self):
        return {
            "id": self.id,
            "datetime": self.datetime.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tile": self.tile,
            "platform": self.platform,
            "relative_orbit": self.relative_orbit,
            "processing_baseline": self.processing_baseline,
            "crs": self.crs,
            "source": self.source,
            "boa_offset": self.boa_offset,
            "quantification": self.quantification,
            "bands": sorted(self.assets),
            "notes": list(self.notes),
        }


def baseline_offset(baseline: Optional[str]) -> float:
    """BOA_ADD_OFFSET in DN implied by a processing baseline (spec section 1)."""
    if not baseline:
        return 0.0
    try:
        major, minor = (int(x) for x in str(baseline).split(".")[:2])
    except ValueError:
        return 0.0
    return -1000.0 if (major, minor) >= (4, 0) else 0.0


def parse_datetime(text) -> datetime:
    """ISO 8601 / SAFE compact time stamps -> aware UTC datetime."""
    text = str(text).strip()
    m = re.match(r"^(\d{8})T(\d{6})$", text)
    if m:
        return datetime.strptime(text, "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
    text = text.replace("Z", "+00:00")
    # Python 3.11 fromisoformat accepts any number of fractional digits
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def platform_code(text) -> str:
    """'sentinel-2a', 'Sentinel-2B', 'S2A' -> 'S2A' (empty string when unknown)."""
    if not text:
        return ""
    m = re.search(r"(?:sentinel-?2|s2)([a-d])", str(text), re.IGNORECASE)
    return ("S2" + m.group(1)).upper() if m else str(text).upper()
