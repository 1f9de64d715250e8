"""STC fold (spec section 3): one case per rule, then the vectorised fold against a
scalar, rule-by-rule transcription of the spec on random stacks."""

import numpy as np
import pytest

from s2gm_plugin.bands import (
    SCL_CLOUD_HIGH,
    SCL_DARK,
    SCL_NOT_VEGETATED,
    SCL_SNOW,
    SCL_VEGETATION,
    SCL_WATER,
)
from s2gm_plugin.composite import stc_index

VEG, BARE, SNOW, WATER, DARK = SCL_VEGETATION, SCL_NOT_VEGETATED, SCL_SNOW, SCL_WATER, SCL_DARK
ALL_BANDS = ("B02", "B03", "B04", "B08", "B11", "B12")


def obs(scl, valid=True, cc=0, **bands):
    """One observation of one pixel; bands default to a neutral 0.1."""
    values = {b: 0.1 for b in ALL_BANDS}
    values.update(bands)
    return {"scl": scl, "valid": valid, "cc": cc, "bands": values}


def fold(observations, bands=ALL_BANDS, with_cc=False):
    """stc_index of a single pixel (arrays (N, 1, 1)) given a list of observations."""
    n = len(observations)
    valid = np.array([o["valid"] for o in observations], bool).reshape(n, 1, 1)
    scl = np.array([o["scl"] for o in observations], np.uint8).reshape(n, 1, 1)
    refl = {b: np.array([o["bands"][b] for o in observations], np.float32).reshape(n, 1, 1)
            for b in bands}
    cc = (np.array([o["cc"] for o in observations], np.uint8).reshape(n, 1, 1)
          if with_cc else None)
    result = stc_index(valid, scl, refl, cc)
    assert result.shape == (1, 1) and result.dtype == np.int16
    return int(result[0, 0])


# --- class rank ----------------------------------------------------------------------------

@pytest.mark.parametrize("better,worse", [(VEG, SNOW), (BARE, SNOW), (SNOW, WATER),
                                          (WATER, DARK), (VEG, DARK), (BARE, WATER)])
def test_better_rank_wins_worse_rank_loses(better, worse):
    # Band values that would favour the worse one in any same-rank comparison.
    assert fold([obs(worse), obs(better, B02=0.9, B03=0.9, B04=0.9)]) == 1
    assert fold([obs(better, B02=0.9, B03=0.9, B04=0.9), obs(worse)]) == 0


# --- same rank -----------------------------------------------------------------------------

def test_vegetation_pair_higher_ndvi_wins():
    low, high = dict(B04=0.10, B08=0.30), dict(B04=0.05, B08=0.40)
    assert fold([obs(VEG, **low), obs(VEG, **high)]) == 1
    assert fold([obs(VEG, **high), obs(VEG, **low)]) == 0


def test_other_land_pairs_lower_visible_sum_wins():
    # Vegetation vs not vegetated: visible sum decides, even against a higher NDVI.
    dark_bare = dict(B02=0.05, B03=0.05, B04=0.05, B08=0.06)
    bright_veg = dict(B02=0.1, B03=0.1, B04=0.1, B08=0.5)
    assert fold([obs(VEG, **bright_veg), obs(BARE, **dark_bare)]) == 1
    assert fold([obs(BARE, **dark_bare), obs(VEG, **bright_veg)]) == 0
    # Two not vegetated.
    assert fold([obs(BARE, B02=0.2), obs(BARE, B02=0.1)]) == 1
    assert fold([obs(BARE, B02=0.1), obs(BARE, B02=0.2)]) == 0


def test_snow_and_dark_higher_visible_sum_wins():
    for cls in (SNOW, DARK):
        assert fold([obs(cls, B03=0.5), obs(cls, B03=0.8)]) == 1
        assert fold([obs(cls, B03=0.8), obs(cls, B03=0.5)]) == 0


def test_water_lower_swir_mean_wins_when_b11_b12_loaded():
    # Newcomer: lower mean(B11, B12) but lower NDWI: with SWIR loaded, SWIR decides.
    first = dict(B03=0.10, B08=0.02, B11=0.05, B12=0.05)
    second = dict(B03=0.05, B08=0.04, B11=0.02, B12=0.04)
    assert fold([obs(WATER, **first), obs(WATER, **second)]) == 1
    assert fold([obs(WATER, **second), obs(WATER, **first)]) == 0
    # Without B11/B12 (or with only one of them), NDWI decides: the first has the higher.
    for bands in (("B03", "B08"), ("B03", "B08", "B11"), ("B02", "B03", "B04", "B08", "B12")):
        assert fold([obs(WATER, **second), obs(WATER, **first)], bands=bands) == 1
        assert fold([obs(WATER, **first), obs(WATER, **second)], bands=bands) == 0


def test_missing_bands_keep_incumbent():
    veg_better = dict(B02=0.01, B03=0.01, B04=0.01, B08=0.9, B11=0.01, B12=0.01)
    cases = [
        (VEG, ("B02", "B03", "B04", "B11", "B12")),      # no B08: no NDVI
        (BARE, ("B03", "B04", "B08", "B11", "B12")),     # no B02: no visible sum
        (SNOW, ("B02", "B04", "B08")),                  # no B03
        (DARK, ("B08", "B11", "B12")),
        (WATER, ("B02", "B04", "B11")),                  # neither SWIR pair nor NDWI
    ]
    for cls, bands in cases:
        # The newcomer would win on every index; the comparison cannot be made: keep first.
        newcomer = dict(veg_better)
        if cls in (SNOW, DARK):
            newcomer.update(B02=0.9, B03=0.9, B04=0.9)
        assert fold([obs(cls), obs(cls, **newcomer)], bands=bands) == 0, cls
    # ... while a better rank still wins without any band.
    assert fold([obs(WATER), obs(VEG)], bands=()) == 1


def test_ties_keep_the_earlier():
    for cls in (VEG, BARE, SNOW, WATER, DARK):
        assert fold([obs(cls), obs(cls), obs(cls)]) == 0
        assert fold([obs(cls), obs(cls)], bands=("B03", "B08")) == 0


def test_cloud_confidence_condition():
    worse, better = dict(B02=0.2), dict(B02=0.1)          # not vegetated: lower sum wins
    # Same rank, better values, but more cloud confidence: keeps the incumbent.
    assert fold([obs(BARE, cc=10, **worse), obs(BARE, cc=20, **better)], with_cc=True) == 0
    # Equal or lower cloud confidence: wins.
    assert fold([obs(BARE, cc=20, **worse), obs(BARE, cc=20, **better)], with_cc=True) == 1
    assert fold([obs(BARE, cc=30, **worse), obs(BARE, cc=5, **better)], with_cc=True) == 1
    # Lower cloud confidence alone does not make a worse newcomer win.
    assert fold([obs(BARE, cc=50, **better), obs(BARE, cc=0, **worse)], with_cc=True) == 0
    # Without cloud confidence loaded the condition does not apply.
    assert fold([obs(BARE, cc=10, **worse), obs(BARE, cc=20, **better)]) == 1
    # A better rank wins whatever its cloud confidence.
    assert fold([obs(WATER, cc=0), obs(VEG, cc=90)], with_cc=True) == 1


def test_invalid_observations_are_never_chosen():
    nan = float("nan")
    assert fold([obs(VEG, valid=False), obs(VEG, valid=False)]) == -1
    assert fold([obs(DARK, valid=False), obs(SNOW, valid=False), obs(DARK)]) == 2
    # An invalid land observation with perfect values does not displace a valid dark area.
    assert fold([obs(DARK), obs(VEG, valid=False, B04=0.0, B08=1.0)]) == 0
    # NaN / garbage in invalid slots changes nothing; a cloud class with valid=False neither.
    assert fold([obs(SCL_CLOUD_HIGH, valid=False, B02=nan, B03=nan, B04=nan, B08=nan),
                 obs(BARE, B02=0.3), obs(BARE, valid=False, B02=nan)]) == 1


def test_fold_is_sequential():
    # 0 -> 1 (higher NDVI) -> 2 (higher again); 3 (lower than 2) loses, 4 (water) loses.
    ndvi = [0.1, 0.3, 0.6, 0.5]
    observations = [obs(VEG, B04=(1 - v) / 2, B08=(1 + v) / 2) for v in ndvi]
    observations.append(obs(WATER))
    assert fold(observations) == 2
    # The winner of a comparison is the new incumbent: snow, then land, then a snow that
    # would have beaten the first snow still loses against the land.
    assert fold([obs(SNOW, B02=0.5), obs(BARE), obs(SNOW, B02=0.9)]) == 1


def test_shape_errors():
    valid = np.ones((2, 3, 3), bool)
    with pytest.raises(ValueError):
        stc_index(valid, np.zeros((2, 3, 4), np.uint8), {})
    with pytest.raises(ValueError):
        stc_index(valid, np.zeros((2, 3, 3), np.uint8), {"B04": np.zeros((2, 3), np.float32)})


# --- vectorised fold against a scalar transcription of the spec ----------------------------

RANK = {VEG: 4, BARE: 4, SNOW: 3, WATER: 2, DARK: 1}


def newcomer_wins(new, inc, loaded, with_cc):
    """The spec's comparison for one pixel, written plainly (new/inc: scl, cc, bands)."""
    rn, ri = RANK.get(new["scl"], 0), RANK.get(inc["scl"], 0)
    if rn != ri:
        return rn > ri
    if with_cc and not new["cc"] <= inc["cc"]:
        return False
    b_new, b_inc = new["bands"], inc["bands"]

    def has(*keys):
        return all(k in loaded for k in keys)

    def vis(b):
        return np.float32(b["B02"]) + np.float32(b["B03"]) + np.float32(b["B04"])

    def norm_diff(b, p, q):
        with np.errstate(invalid="ignore", divide="ignore"):
            return (np.float32(b[p]) - np.float32(b[q])) / (np.float32(b[p]) + np.float32(b[q]))

    if rn == 4:
        if new["scl"] == VEG and inc["scl"] == VEG:
            return (has("B04", "B08")
                    and norm_diff(b_new, "B08", "B04") > norm_diff(b_inc, "B08", "B04"))
        return has("B02", "B03", "B04") and vis(b_new) < vis(b_inc)
    if rn in (3, 1):
        return has("B02", "B03", "B04") and vis(b_new) > vis(b_inc)
    if rn == 2:
        if has("B11", "B12"):
            return ((np.float32(b_new["B11"]) + np.float32(b_new["B12"])) * np.float32(0.5)
                    < (np.float32(b_inc["B11"]) + np.float32(b_inc["B12"])) * np.float32(0.5))
        return (has("B03", "B08")
                and norm_diff(b_new, "B03", "B08") > norm_diff(b_inc, "B03", "B08"))
    return False


def scalar_fold(valid, scl, refl, cc, p):
    loaded = set(refl)
    chosen = -1
    for i in range(valid.shape[0]):
        if not valid[i].flat[p]:
            continue
        new = {"scl": int(scl[i].flat[p]), "cc": None if cc is None else int(cc[i].flat[p]),
               "bands": {b: refl[b][i].flat[p] for b in loaded}}
        if chosen < 0:
            chosen, inc = i, new
        elif newcomer_wins(new, inc, loaded, cc is not None):
            chosen, inc = i, new
    return chosen


@pytest.mark.parametrize("seed,bands,with_cc", [
    (1, ALL_BANDS, False), (2, ALL_BANDS, True), (3, ("B03", "B04", "B08"), False),
    (4, ("B02", "B03", "B04", "B08"), True), (5, ("B11", "B12"), False), (6, (), True),
])
def test_vectorised_fold_matches_scalar_spec(seed, bands, with_cc):
    rng = np.random.default_rng(seed)
    n, h, w = 6, 20, 25
    valid = rng.random((n, h, w)) < 0.6
    scl = rng.choice(np.array([VEG, BARE, SNOW, WATER, DARK], np.uint8), size=(n, h, w))
    # Few distinct values, so that exact ties happen; zeros make some NDVI/NDWI 0/0 = NaN.
    refl = {b: rng.choice(np.array([0.0, 0.05, 0.1, 0.2], np.float32), size=(n, h, w))
            for b in bands}
    for b in bands:
        refl[b][~valid] = np.nan
    cc = rng.choice(np.array([0, 10, 20], np.uint8), size=(n, h, w)) if with_cc else None
    result = stc_index(valid, scl, refl, cc)
    expected = np.array([scalar_fold(valid, scl, refl, cc, p) for p in range(h * w)])
    np.testing.assert_array_equal(result.ravel(), expected)
    assert len(set(expected.tolist())) > 3          # the case exercises the fold
