"""Short-term composite (STC) fold, spec section 3 (S2GM's adaptation of WELD).

Observations are folded in index order (the caller sorts them by date, then scene id):
the first valid one is the incumbent, each later valid one replaces it only when it wins
the comparison below, so ties keep the earlier observation.

* Class rank: land (SCL 4 vegetation, 5 not vegetated) > snow (11) > water (6) > dark
  area (2). A newcomer of a better rank wins, of a worse rank loses. (A valid observation
  of any other class ranks below dark area; the spec's valid classes never produce one.)
* Same rank:
  - vegetation vs vegetation: higher NDVI (B08, B04) wins;
  - any other land pair: lower visible sum B02+B03+B04 wins;
  - snow: higher visible sum wins;
  - water: lower mean(B11, B12) wins where both are loaded, else higher NDWI (B03, B08);
  - dark area: higher visible sum wins;
  - with ``cloud_conf``, the newcomer also needs cloud_conf <= the incumbent's.
* A comparison whose bands are not loaded keeps the incumbent. All comparisons are strict;
  a NaN index (e.g. 0/0) never wins.
"""

import numpy as np

from ..bands import (
    SCL_DARK,
    SCL_NOT_VEGETATED,
    SCL_SNOW,
    SCL_VEGETATION,
    SCL_WATER,
)

RANK_OTHER = 0
RANK_DARK = 1
RANK_WATER = 2
RANK_SNOW = 3
RANK_LAND = 4

_VISIBLE = ("B02", "B03", "B04")


def class_rank(scl):
    """STC rank of SCL classes: land 4 > snow 3 > water 2 > dark area 1 > other 0."""
    scl = np.asarray(scl)
    rank = np.zeros(scl.shape, dtype=np.uint8)
    rank[(scl == SCL_VEGETATION) | (scl == SCL_NOT_VEGETATED)] = RANK_LAND
    rank[scl == SCL_SNOW] = RANK_SNOW
    rank[scl == SCL_WATER] = RANK_WATER
    rank[scl == SCL_DARK] = RANK_DARK
    return rank


def _ratio(a, b):
    """(a - b) / (a + b) in float32; NaN/inf where undefined (never wins a comparison)."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return ((a - b) / (a + b)).astype(np.float32, copy=False)


class _Scores:
    """Per-observation comparison values; absent when their bands are not loaded."""

    def __init__(self, refl):
        self.refl = {k: v for k, v in refl.items()}
        self.has_ndvi = "B08" in refl and "B04" in refl
        self.has_visible = all(k in refl for k in _VISIBLE)
        self.has_swir = "B11" in refl and "B12" in refl
        self.has_ndwi = "B03" in refl and "B08" in refl

    def of(self, i):
        r = self.refl
        out = {}
        with np.errstate(invalid="ignore", over="ignore"):
            if self.has_ndvi:
                out["ndvi"] = _ratio(np.asarray(r["B08"][i], np.float32),
                                     np.asarray(r["B04"][i], np.float32))
            if self.has_visible:
                out["vis"] = (np.asarray(r["B02"][i], np.float32)
                              + np.asarray(r["B03"][i], np.float32)
                              + np.asarray(r["B04"][i], np.float32))
            if self.has_swir:
                out["swir"] = (np.asarray(r["B11"][i], np.float32)
                               + np.asarray(r["B12"][i], np.float32)) * np.float32(0.5)
            elif self.has_ndwi:
                out["ndwi"] = _ratio(np.asarray(r["B03"][i], np.float32),
                                     np.asarray(r["B08"][i], np.float32))
        return out


def _same_rank_wins(rank, scl_new, scl_inc, new, inc, shape):
    """Bool (H, W): does the newcomer win against an incumbent of the same ``rank``?"""
    false = np.zeros(shape, dtype=bool)
    veg_pair = (scl_new == SCL_VEGETATION) & (scl_inc == SCL_VEGETATION)
    with np.errstate(invalid="ignore"):
        ndvi_wins = new["ndvi"] > inc["ndvi"] if "ndvi" in new else false
        vis_lower = new["vis"] < inc["vis"] if "vis" in new else false
        vis_higher = new["vis"] > inc["vis"] if "vis" in new else false
        if "swir" in new:
            water_wins = new["swir"] < inc["swir"]
        elif "ndwi" in new:
            water_wins = new["ndwi"] > inc["ndwi"]
        else:
            water_wins = false
    land_wins = np.where(veg_pair, ndvi_wins, vis_lower)
    wins = np.select(
        [rank == RANK_LAND, rank == RANK_SNOW, rank == RANK_WATER, rank == RANK_DARK],
        [land_wins, vis_higher, water_wins, vis_higher],
        default=False,
    )
    return wins


def stc_index(valid, scl, refl, cloud_conf=None):
    """STC choice per pixel.

    ``valid`` bool ``(N, H, W)``; ``scl`` uint8 ``(N, H, W)``; ``refl`` dict band key ->
    float32 ``(N, H, W)`` harmonised reflectance (any subset of the spectral bands);
    ``cloud_conf`` uint8 ``(N, H, W)`` or None. Returns int16 ``(H, W)``: the index of the
    chosen observation, -1 where none is valid. Vectorised over pixels, loops over N.
    """
    valid = np.asarray(valid, dtype=bool)
    if valid.ndim != 3:
        raise ValueError("valid must be (N, H, W), got shape %s" % (valid.shape,))
    n_obs = valid.shape[0]
    shape = valid.shape[1:]
    scl = np.asarray(scl)
    if scl.shape != valid.shape:
        raise ValueError("scl shape %s differs from valid %s" % (scl.shape, valid.shape))
    for key, arr in refl.items():
        if np.shape(arr) != valid.shape:
            raise ValueError("%s shape %s differs from valid %s"
                             % (key, np.shape(arr), valid.shape))
    if cloud_conf is not None:
        cloud_conf = np.asarray(cloud_conf)
        if cloud_conf.shape != valid.shape:
            raise ValueError("cloud_conf shape %s differs from valid %s"
                             % (cloud_conf.shape, valid.shape))

    scores = _Scores(refl)
    index = np.full(shape, -1, dtype=np.int16)
    inc_rank = np.zeros(shape, dtype=np.uint8)
    inc_scl = np.zeros(shape, dtype=scl.dtype)
    inc_cc = None if cloud_conf is None else np.zeros(shape, dtype=cloud_conf.dtype)
    inc = None
    for i in range(n_obs):
        ok = valid[i]
        if not ok.any():
            continue
        new = scores.of(i)
        rank = class_rank(scl[i])
        empty = index < 0
        if inc is None:
            inc = {k: np.zeros(shape, dtype=v.dtype) for k, v in new.items()}
        same = rank == inc_rank
        wins = _same_rank_wins(rank, scl[i], inc_scl, new, inc, shape) & same
        if cloud_conf is not None:
            wins &= cloud_conf[i] <= inc_cc
        wins |= rank > inc_rank
        take = ok & (empty | wins)
        index[take] = i
        inc_rank[take] = rank[take]
        inc_scl[take] = scl[i][take]
        if cloud_conf is not None:
            inc_cc[take] = cloud_conf[i][take]
        for k, v in new.items():
            inc[k][take] = v[take]
    return index
