"""choose_observations (spec section 3): auto switches to the medoid at 4 valid
observations, STC / MEDOID can be forced, and the method / valid_obs / medoid_mos layers."""

import os
import tempfile

import numpy as np
import pytest

os.environ.setdefault("NUMBA_CACHE_DIR", os.path.join(tempfile.gettempdir(), "s2gm-numba-cache"))

from s2gm_plugin.bands import MEDOID_BANDS, medoid_bands_of  # noqa: E402
from s2gm_plugin.composite import (  # noqa: E402
    Selection,
    choose_observations,
    medoid_index_and_score,
    stc_index,
)
from s2gm_plugin.composite import select as select_mod  # noqa: E402

LOADED = ("B02", "B03", "B04", "B05", "B08", "B11", "B12")


def make_stack(seed=0, n=7, h=12, w=15):
    """Random stack where pixel column c has min(c, n) valid observations on row 0 and a
    random count elsewhere; SCL among the valid classes."""
    rng = np.random.default_rng(seed)
    valid = rng.random((n, h, w)) < 0.55
    for c in range(w):
        valid[:, 0, c] = False
        valid[rng.choice(n, min(c, n), replace=False), 0, c] = True
    scl = rng.choice(np.array([2, 4, 5, 6, 11], np.uint8), size=(n, h, w))
    refl = {b: rng.random((n, h, w), dtype=np.float32) * np.float32(0.5) for b in LOADED}
    for b in LOADED:
        refl[b][~valid] = np.nan
    return valid, scl, refl


def medoid_reference(valid, refl, bands):
    x = np.stack([refl[b] for b in bands], axis=1)
    return medoid_index_and_score(x, valid)


def test_auto_switches_at_four_valid_observations():
    valid, scl, refl = make_stack()
    bands = medoid_bands_of(refl)
    assert bands == [b for b in LOADED if b in MEDOID_BANDS]          # B05 is not one
    sel = choose_observations("auto", valid, scl, refl, bands)
    assert isinstance(sel, Selection)
    count = valid.sum(axis=0)
    np.testing.assert_array_equal(sel.valid_obs, count)
    assert sel.valid_obs.dtype == np.uint8 and sel.method.dtype == np.uint8
    assert sel.index.dtype == np.int16 and sel.medoid_mos.dtype == np.float32

    expected_method = np.where(count >= 4, 2, np.where(count >= 1, 1, 0))
    np.testing.assert_array_equal(sel.method, expected_method)
    np.testing.assert_array_equal(sel.method[0], [0, 1, 1, 1, 2, 2, 2, 2] + [2] * 7)

    med_idx, med_mos = medoid_reference(valid, refl, bands)
    stc_idx = stc_index(valid, scl, refl)
    expected = np.where(count >= 4, med_idx, np.where(count >= 1, stc_idx, -1))
    np.testing.assert_array_equal(sel.index, expected)
    np.testing.assert_array_equal(sel.medoid_mos[count >= 4], med_mos[count >= 4])
    assert np.isnan(sel.medoid_mos[count < 4]).all()
    # One valid observation: that one, method STC.
    one = count == 1
    np.testing.assert_array_equal(sel.index[one], np.argmax(valid, axis=0)[one])
    assert (sel.method[one] == 1).all()
    # The chosen observation is valid wherever there is one.
    rows, cols = np.nonzero(sel.index >= 0)
    assert valid[sel.index[rows, cols], rows, cols].all()
    assert (sel.index[count == 0] == -1).all()


def test_forced_stc():
    valid, scl, refl = make_stack(1)
    sel = choose_observations("STC", valid, scl, refl, medoid_bands_of(refl))
    count = valid.sum(axis=0)
    np.testing.assert_array_equal(sel.index, stc_index(valid, scl, refl))
    np.testing.assert_array_equal(sel.method, np.where(count > 0, 1, 0))
    assert np.isnan(sel.medoid_mos).all()


def test_forced_medoid():
    valid, scl, refl = make_stack(2)
    bands = medoid_bands_of(refl)
    sel = choose_observations("MEDOID", valid, scl, refl, bands)
    count = valid.sum(axis=0)
    med_idx, med_mos = medoid_reference(valid, refl, bands)
    np.testing.assert_array_equal(sel.index, med_idx)
    np.testing.assert_array_equal(sel.method, np.where(count > 0, 2, 0))
    np.testing.assert_array_equal(np.isnan(sel.medoid_mos), count == 0)
    np.testing.assert_allclose(sel.medoid_mos[count > 0], med_mos[count > 0], rtol=1e-6)


def test_forced_medoid_with_two_observations_takes_the_earliest():
    valid, scl, refl = make_stack(3)
    valid[:] = False
    valid[2] = valid[5] = True
    sel = choose_observations("medoid", valid, scl, refl, ["B04", "B08"])
    assert (sel.index == 2).all() and (sel.method == 2).all()
    # mos = the one distance / 2.
    d = np.sqrt((refl["B04"][2] - refl["B04"][5]) ** 2 + (refl["B08"][2] - refl["B08"][5]) ** 2)
    np.testing.assert_allclose(sel.medoid_mos, d / 2, rtol=1e-5)


def test_method_names_case_insensitive_and_unknown_rejected():
    valid, scl, refl = make_stack(4)
    bands = medoid_bands_of(refl)
    ref = choose_observations("auto", valid, scl, refl, bands)
    for name in ("AUTO", "Auto", " auto "):
        np.testing.assert_array_equal(choose_observations(name, valid, scl, refl, bands).index,
                                      ref.index)
    for name in ("stc", "Stc"):
        assert (choose_observations(name, valid, scl, refl, bands).method <= 1).all()
    for name in ("median", "", None, 1, "best"):
        with pytest.raises(ValueError):
            choose_observations(name, valid, scl, refl, bands)


def test_medoid_uses_only_the_medoid_bands():
    valid, scl, refl = make_stack(5)
    bands = medoid_bands_of(refl)
    sel = choose_observations("auto", valid, scl, refl, bands)
    changed = dict(refl, B05=np.random.default_rng(9).random(refl["B05"].shape, dtype=np.float32))
    medoid_px = sel.method == 2
    again = choose_observations("auto", valid, scl, changed, bands)
    np.testing.assert_array_equal(again.index[medoid_px], sel.index[medoid_px])
    with pytest.raises(ValueError):
        choose_observations("MEDOID", valid, scl, refl, ["B06"])       # not loaded
    with pytest.raises(ValueError):
        choose_observations("MEDOID", valid, scl, refl, [])


def test_medoid_work_only_on_medoid_pixels(monkeypatch):
    valid, scl, refl = make_stack(6)
    seen = []
    real = select_mod.medoid_index_and_score

    def spy(reflectance, ok):
        seen.append(reflectance.shape)
        return real(reflectance, ok)

    monkeypatch.setattr(select_mod, "medoid_index_and_score", spy)
    sel = choose_observations("auto", valid, scl, refl, ["B02", "B04"])
    n_medoid = int((valid.sum(axis=0) >= 4).sum())
    assert seen == [(valid.shape[0], 2, 1, n_medoid)]
    assert int((sel.method == 2).sum()) == n_medoid
    seen.clear()
    choose_observations("STC", valid, scl, refl, ["B02", "B04"])
    assert seen == []


def test_valid_obs_capped_at_255():
    n = 300
    valid = np.zeros((n, 1, 2), bool)
    valid[:, 0, 0] = True
    valid[:3, 0, 1] = True
    scl = np.full((n, 1, 2), 4, np.uint8)
    refl = {"B04": np.random.default_rng(0).random((n, 1, 2), dtype=np.float32)}
    sel = choose_observations("auto", valid, scl, refl, medoid_bands_of(refl))
    assert sel.valid_obs.tolist() == [[255, 3]]
    assert sel.method.tolist() == [[2, 1]]
    assert 0 <= sel.index[0, 0] < n



@pytest.mark.parametrize("method", ["auto", "MEDOID"])
def test_caller_stack_gives_the_same_selection(method):
    """The in-place path (a pre-stacked medoid array, used when most pixels need the
    medoid) chooses exactly what the gather path chooses."""
    rng = np.random.default_rng(11)
    n, h, w = 9, 40, 50
    bands = ["B02", "B03", "B04", "B08"]
    stack = rng.random((n, len(bands), h, w), dtype=np.float32)
    refl = {b: stack[:, j] for j, b in enumerate(bands)}
    valid = rng.random((n, h, w)) > 0.2
    scl = np.where(rng.random((n, h, w)) > 0.5, 4, 5).astype(np.uint8)
    plain = choose_observations(method, valid, scl, refl, bands)
    in_place = choose_observations(method, valid, scl, refl, bands, medoid_stack=stack)
    assert (plain.method == 2).mean() >= select_mod.DENSE_MEDOID_FRACTION  # the dense path ran
    assert np.array_equal(plain.index, in_place.index)
    assert np.array_equal(plain.method, in_place.method)
    assert np.array_equal(plain.medoid_mos, in_place.medoid_mos, equal_nan=True)
