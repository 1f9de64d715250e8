"""Product layers in S2GM's types (spec section 5) and the product grid they live on.

Every layer is a 2-D numpy array in its stored type; ``LayerSpec`` says how it decodes:
physical value = stored x ``scale`` where stored != ``nodata``.
"""
from dataclasses import dataclass
from typing import Optional

import numpy as np
from osgeo import gdal

from ..bands import SPECTRAL_BANDS


@dataclass(frozen=True)
class LayerSpec:
    dtype: str  # numpy dtype name
    nodata: Optional[int]
    scale: Optional[float] = None
    long_name: str = ""
    units: str = "1"
    categorical: bool = False
    valid_max: Optional[float] = None  # physical (decoded) maximum, for QC

    @property
    def gdal_type(self):
        return {"uint8": gdal.GDT_Byte, "uint16": gdal.GDT_UInt16, "int32": gdal.GDT_Int32}[self.dtype]


REFLECTANCE = LayerSpec("uint16", 0, 0.0001, "surface reflectance", "1", False, 6.5535)
QUALITY_SPECS = {
    "valid_obs": LayerSpec("uint8", 255, None, "number of valid observations", "1", True, 254),
    "medoid_mos": LayerSpec("uint16", 65535, 0.0001, "medoid mean of spectral distances", "1"),
    "quality_scene_classification": LayerSpec("uint8", 0, None, "scene classification of the chosen observation",
                                              "1", True, 11),
    "source_index": LayerSpec("uint16", 65535, None, "index into the source products of the metadata", "1", True),
    "source_date": LayerSpec("int32", -1, None, "date of the chosen observation", "days since 1970-01-01", True),
    "method": LayerSpec("uint8", None, None, "compositing method: 0 none, 1 STC, 2 MEDOID", "1", True, 2),
    "quality_aot": LayerSpec("uint16", 65535, 0.0001, "aerosol optical thickness", "1"),
    "quality_wvp": LayerSpec("uint16", 65535, 0.0001, "water vapour", "cm"),
    "quality_cloud_confidence": LayerSpec("uint8", 255, None, "cloud confidence", "%", False, 100),
    "quality_snow_confidence": LayerSpec("uint8", 255, None, "snow confidence", "%", False, 100),
    "sun_zenith": LayerSpec("uint16", 32768, 0.01, "sun zenith angle", "degree", False, 90),
    "sun_azimuth": LayerSpec("uint16", 32768, 0.01, "sun azimuth angle", "degree", False, 360),
    "view_zenith_mean": LayerSpec("uint16", 32768, 0.01, "mean viewing zenith angle", "degree", False, 90),
    "view_azimuth_mean": LayerSpec("uint16", 32768, 0.01, "mean viewing azimuth angle", "degree", False, 360),
}


def spec_of(name):
    if name in SPECTRAL_BANDS:
        return REFLECTANCE
    return QUALITY_SPECS[name]


def quality_to_spec(name, values, nodata_in=-1):
    """A quality layer of ``run_composite`` (int32, ``nodata_in`` = no data) in S2GM's type."""
    spec = spec_of(name)
    info = np.iinfo(spec.dtype)
    fill = spec.nodata if spec.nodata is not None else 0
    hi = info.max - 1 if spec.nodata == info.max else info.max
    out = np.clip(values, info.min, hi).astype(spec.dtype)
    if spec.nodata is not None and spec.nodata not in (info.max,):
        # a value equal to the no-data code (angles: 32768 = 327.68 degrees) is nudged off it
        out[(out == spec.nodata) & (values != nodata_in)] = spec.nodata + 1
    out[values == nodata_in] = fill
    return out


def empty_layer(name, shape):
    spec = spec_of(name)
    return np.full(shape, spec.nodata if spec.nodata is not None else 0, dtype=spec.dtype)


def decode(name, stored):
    """Stored values -> float64 physical values, NaN where no data."""
    spec = spec_of(name)
    out = stored.astype(np.float64)
    if spec.scale:
        out *= spec.scale
    if spec.nodata is not None:
        out[stored == spec.nodata] = np.nan
    return out


# OpenJPEG cannot write 32-bit samples losslessly: in JP2 products ``source_date`` is uint16
# (days since 1970-01-01 fit until 2149) with no data 65535.
JP2_SOURCE_DATE = LayerSpec("uint16", 65535, None, "date of the chosen observation", "days since 1970-01-01", True)


def for_format(name, array, fmt):
    """(spec, stored array) of a layer as written in format ``fmt``."""
    spec = spec_of(name)
    if fmt == "JP2" and spec.dtype == "int32":
        out = np.where(array < 0, 65535, np.clip(array, 0, 65534)).astype("uint16")
        return JP2_SOURCE_DATE, out
    return spec, array
