"""Sentinel-2 L2A band keys, native resolutions, SCL classes (spec section 1-3)."""

# Spectral bands of L2A that S2GM composites (B09 and B10 are not surface bands).
SPECTRAL_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
# Every band key a Scene may carry (B09 is read if present but never composited).
ALL_KEYS = SPECTRAL_BANDS + ("B09", "SCL", "AOT", "WVP", "CLD", "SNW")
AUX_LAYERS = ("AOT", "WVP", "CLD", "SNW", "SUN_ZENITH", "SUN_AZIMUTH", "VIEW_ZENITH", "VIEW_AZIMUTH")

NATIVE_RESOLUTION = {
    "B01": 60, "B02": 10, "B03": 10, "B04": 10, "B05": 20, "B06": 20, "B07": 20,
    "B08": 10, "B8A": 20, "B09": 60, "B11": 20, "B12": 20,
    "SCL": 20, "AOT": 10, "WVP": 10, "CLD": 20, "SNW": 20,
}

# Bands S2GM uses for the medoid distance (spec section 3).
MEDOID_BANDS = ("B02", "B03", "B04", "B06", "B08", "B11", "B12")

# Scene classification (SCL) classes.
SCL_NODATA = 0
SCL_SATURATED = 1
SCL_DARK = 2
SCL_CLOUD_SHADOW = 3
SCL_VEGETATION = 4
SCL_NOT_VEGETATED = 5
SCL_WATER = 6
SCL_UNCLASSIFIED = 7
SCL_CLOUD_MEDIUM = 8
SCL_CLOUD_HIGH = 9
SCL_CIRRUS = 10
SCL_SNOW = 11
# Classes S2GM's best-pixel script accepts as valid observations.
VALID_SCL = (SCL_DARK, SCL_VEGETATION, SCL_NOT_VEGETATED, SCL_WATER, SCL_SNOW)

# Layers that are classes, never averaged when resampled.
CATEGORICAL = ("SCL",)

# Default DN -> physical scale of the aux layers (AOT/WVP_QUANTIFICATION_VALUE 1000).
AUX_QUANTIFICATION = {"AOT": 1000.0, "WVP": 1000.0}

# Maximum mean view zenith (degrees) of a valid observation (spec section 2).
MAX_VIEW_ZENITH = 11.0


def medoid_bands_of(loaded):
    """The medoid bands among ``loaded`` (in spectral order); all loaded bands if none is."""
    chosen = [b for b in SPECTRAL_BANDS if b in MEDOID_BANDS and b in loaded]
    if not chosen:
        chosen = [b for b in SPECTRAL_BANDS if b in loaded]
    return chosen


def normalise_band_key(name):
    """'b4', 'B04', 'b8a', 'B8A', 'scl' -> canonical key, or None when not a known key."""
    if not name:
        return None
    key = str(name).strip().upper()
    if key.startswith("B") and key[1:].isdigit():
        key = "B%02d" % int(key[1:])
    if key in ("B8A", "B08A"):
        key = "B8A"
    return key if key in ALL_KEYS else None
