"""Medoid kernels: the numpy reference against the definition (spec section 3), the numba
kernel against the reference, on random and on real Sentinel-2 stacks."""

import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("NUMBA_CACHE_DIR", os.path.join(tempfile.gettempdir(), "s2gm-numba-cache"))

from s2gm_plugin.bands import VALID_SCL, medoid_bands_of  # noqa: E402
from s2gm_plugin.composite import medoid as medoid_mod  # noqa: E402
from s2gm_plugin.composite import (  # noqa: E402
    kernel_backend,
    medoid_index,
    medoid_index_and_score,
    medoid_index_numpy,
)

REPO = Path(__file__).resolve().parents[2]
REL_TOL = 1e-5  # spec: implementations may differ only where sums are this close


def shared_data():
    override = os.environ.get("S2GM_SHARED_DATA")
    return Path(override) if override else REPO.parent / "shared" / "data"


def numba_or_skip():
    pytest.importorskip("numba")
    if medoid_mod._load_numba() is None:
        pytest.fail("numba imports but the kernel does not: %s" % medoid_mod._numba_error)


def sums_float64(x, valid):
    """sum_j ||x_i - x_j|| over valid j, float64, per (i, pixel): x (N, B, P), valid (N, P)."""
    xv = np.where(valid[:, None, :], x, 0).astype(np.float64)
    diff = xv[:, None, :, :] - xv[None, :, :, :]              # (N, N, B, P)
    dist = np.sqrt((diff ** 2).sum(axis=2))
    dist = np.where(valid[:, None, :] & valid[None, :, :], dist, 0.0)
    return dist.sum(axis=1)                                    # (N, P)


def check_against_definition(x, valid, index):
    """``index`` must be a valid observation whose sum is within REL_TOL of the smallest;
    where observations are exact duplicates of the chosen one, no earlier one may exist."""
    n_obs, _, n_pix = x.shape
    sums = sums_float64(x, valid)
    for p in range(n_pix):
        k = int(index[p])
        if not valid[:, p].any():
            assert k == -1, p
            continue
        assert 0 <= k < n_obs and valid[k, p], p
        best = sums[valid[:, p], p].min()
        assert sums[k, p] <= best + REL_TOL * max(best, 1e-30), (p, sums[k, p], best)
        for e in range(k):
            assert not (valid[e, p] and np.array_equal(x[e, :, p], x[k, :, p])), \
                "pixel %d: earlier duplicate %d of chosen %d" % (p, e, k)


def random_stack(rng, n_obs, n_bands, height, width, invalid, duplicates=True):
    x = rng.random((n_obs, n_bands, height, width), dtype=np.float32) * np.float32(0.6)
    valid = rng.random((n_obs, height, width)) >= invalid
    if height > 2:
        valid[:, 1, :] = False                                  # a row of empty pixels
    if duplicates and n_obs >= 2:
        # Exact copies of other observations on a third of the pixels: exact ties.
        for k in range(1, n_obs):
            src = rng.integers(0, k)
            sel = rng.random((height, width)) < 0.33
            x[k][:, sel] = x[src][:, sel]
    # Invalid slots hold garbage: NaN, inf, huge values.
    junk = rng.choice(np.array([np.nan, np.inf, -np.inf, 1e30, -7.0], np.float32),
                      size=x.shape)
    x = np.where(valid[:, None], x, junk)
    return x, valid


def compare_backends(x, valid, idx_a, mos_a, idx_b, mos_b):
    """Indices equal except near ties (both valid, float64 sums within REL_TOL); mos equal
    within REL_TOL; returns the number of differing pixels."""
    n_obs, n_bands = x.shape[:2]
    flat_x = x.reshape(n_obs, n_bands, -1)
    flat_v = valid.reshape(n_obs, -1)
    a, b = idx_a.ravel(), idx_b.ravel()
    differ = np.flatnonzero(a != b)
    if differ.size:
        sums = sums_float64(flat_x[:, :, differ], flat_v[:, differ])
        for q, p in enumerate(differ):
            assert a[p] >= 0 and b[p] >= 0, p
            sa, sb = sums[a[p], q], sums[b[p], q]
            assert abs(sa - sb) <= REL_TOL * max(sa, sb), (p, sa, sb)
    ma, mb = mos_a.ravel(), mos_b.ravel()
    assert np.array_equal(np.isnan(ma), np.isnan(mb))
    assert np.array_equal(np.isnan(ma), a < 0)
    fin = ~np.isnan(ma)
    np.testing.assert_allclose(ma[fin], mb[fin], rtol=REL_TOL, atol=1e-7)
    return differ.size


# --- the reference against the definition -------------------------------------------------

@pytest.mark.parametrize("n_obs,n_bands,invalid", [(1, 3, 0.3), (2, 2, 0.0), (3, 1, 0.5),
                                                    (6, 4, 0.3), (11, 7, 0.6)])
def test_reference_matches_definition(n_obs, n_bands, invalid):
    rng = np.random.default_rng(100 + n_obs)
    x, valid = random_stack(rng, n_obs, n_bands, 9, 13, invalid)
    index = medoid_index_numpy(x, valid)
    assert index.dtype == np.int16 and index.shape == (9, 13)
    check_against_definition(x.reshape(n_obs, n_bands, -1), valid.reshape(n_obs, -1),
                             index.ravel())
    assert (index[1] == -1).all()


def test_two_observations_pick_the_earliest_valid():
    rng = np.random.default_rng(1)
    x = rng.random((4, 3, 5, 6), dtype=np.float32)
    valid = np.zeros((4, 5, 6), dtype=bool)
    valid[1] = valid[3] = True                      # two valid: equal sums, ties -> earliest
    for fn in (medoid_index_numpy, medoid_index):
        assert (fn(x, valid) == 1).all()


def test_all_identical_pick_first_valid():
    x = np.ones((5, 2, 3, 4), dtype=np.float32)
    valid = np.ones((5, 3, 4), dtype=bool)
    valid[0, 0, :] = False
    valid[:2, 1, :] = False
    valid[:, 2, 0] = False
    expected = np.zeros((3, 4), dtype=np.int16)
    expected[0, :], expected[1, :], expected[2, 0] = 1, 2, -1
    for fn in (medoid_index_numpy, medoid_index):
        np.testing.assert_array_equal(fn(x, valid), expected)


def test_clear_medoid_on_a_line():
    # Points 0, 1, 2, 3, 10 on a line (second band constant): the medoid is the median, 2
    # (index 2), with sum of distances 2 + 1 + 1 + 8 = 12 and mos = 12 / 5.
    x = np.zeros((5, 2, 2, 3), dtype=np.float32)
    x[:, 0] = np.array([0.0, 1.0, 2.0, 3.0, 10.0], dtype=np.float32)[:, None, None]
    x[:, 1] = 0.25
    valid = np.ones((5, 2, 3), dtype=bool)
    assert (medoid_index_numpy(x, valid) == 2).all()
    idx, mos = medoid_index_and_score(x, valid)
    assert (idx == 2).all()
    np.testing.assert_allclose(mos, 12.0 / 5.0, rtol=1e-6)
    # Without the point at 2, points 1 and 3 tie exactly (sums 12): the earliest, 1, wins.
    valid[2] = False
    assert (medoid_index_numpy(x, valid) == 1).all()
    assert (medoid_index(x, valid) == 1).all()


def test_invalid_observations_never_influence():
    rng = np.random.default_rng(7)
    x, valid = random_stack(rng, 8, 5, 20, 30, 0.4)
    idx_ref, mos_ref = medoid_mod._index_and_score(x, valid, use_numba=False)
    other = np.where(valid[:, None], x, rng.random(x.shape, dtype=np.float32) * 5)
    for use_numba in (False, True):
        idx, mos = medoid_mod._index_and_score(other, valid, use_numba=use_numba)
        np.testing.assert_array_equal(idx, idx_ref)
        np.testing.assert_array_equal(np.isnan(mos), np.isnan(mos_ref))


def test_no_valid_observation_and_empty_stacks():
    x = np.full((3, 2, 4, 5), np.nan, dtype=np.float32)
    valid = np.zeros((3, 4, 5), dtype=bool)
    for fn in (medoid_index_numpy, medoid_index):
        assert (fn(x, valid) == -1).all()
    idx, mos = medoid_index_and_score(x, valid)
    assert (idx == -1).all() and np.isnan(mos).all() and mos.dtype == np.float32
    empty = medoid_index(np.zeros((0, 2, 3, 3), np.float32), np.zeros((0, 3, 3), bool))
    assert empty.shape == (3, 3) and (empty == -1).all()
    no_rows = medoid_index(np.zeros((2, 2, 0, 3), np.float32), np.zeros((2, 0, 3), bool))
    assert no_rows.shape == (0, 3)


def test_shape_errors():
    with pytest.raises(ValueError):
        medoid_index(np.zeros((2, 3, 4), np.float32), np.zeros((2, 3, 4), bool))
    with pytest.raises(ValueError):
        medoid_index(np.zeros((2, 1, 3, 4), np.float32), np.zeros((3, 3, 4), bool))


def test_non_contiguous_and_float64_input():
    rng = np.random.default_rng(3)
    x, valid = random_stack(rng, 6, 4, 30, 40, 0.3, duplicates=False)
    window = (slice(None), slice(None), slice(5, 25), slice(3, 33))
    expected = medoid_index_numpy(np.ascontiguousarray(x[window]), valid[:, 5:25, 3:33])
    np.testing.assert_array_equal(medoid_index(x[window], valid[:, 5:25, 3:33]), expected)
    np.testing.assert_array_equal(
        medoid_index(x[window].astype(np.float64), valid[:, 5:25, 3:33]), expected)


# --- numba against the reference ---------------------------------------------------------

CASES = [(n, b, inv) for n, b, inv in [
    (1, 1, 0.0), (1, 10, 0.5), (2, 3, 0.3), (3, 10, 0.0), (4, 1, 0.3), (5, 7, 0.9),
    (7, 10, 0.3), (13, 4, 0.5), (20, 10, 0.3), (20, 2, 0.0), (31, 6, 0.7), (40, 10, 0.3),
    (40, 1, 0.95), (17, 10, 1.0),
]]


@pytest.mark.parametrize("n_obs,n_bands,invalid", CASES)
def test_numba_equals_reference_random(n_obs, n_bands, invalid):
    numba_or_skip()
    rng = np.random.default_rng(1000 * n_obs + 10 * n_bands + int(invalid * 10))
    # 37 x 61 = 2257 pixels: several chunks with a ragged last one.
    x, valid = random_stack(rng, n_obs, n_bands, 37, 61, invalid)
    idx_np, mos_np = medoid_mod._index_and_score(x, valid, use_numba=False)
    idx_nb, mos_nb = medoid_mod._index_and_score(x, valid, use_numba=True)
    assert idx_nb.dtype == np.int16 and mos_nb.dtype == np.float32
    n_differ = compare_backends(x, valid, idx_nb, mos_nb, idx_np, mos_np)
    assert n_differ <= max(1, idx_np.size // 1000)
    assert (idx_nb[1] == -1).all()
    assert np.array_equal(idx_nb >= 0, valid.any(axis=0))


def test_numba_chunk_size_does_not_matter():
    numba_or_skip()
    from s2gm_plugin.composite.medoid_numba import medoid_numba
    rng = np.random.default_rng(11)
    x, valid = random_stack(rng, 9, 5, 1, 3001, 0.3)
    flat_x, flat_v = x.reshape(9, 5, -1), valid.reshape(9, -1)
    base = medoid_numba(flat_x, flat_v)
    for chunk in (1, 7, 128, 1000, 4096):
        idx, mos = medoid_numba(flat_x, flat_v, chunk=chunk)
        np.testing.assert_array_equal(idx, base[0])
        np.testing.assert_array_equal(mos, base[1])


def test_numba_exact_duplicates_choose_earliest():
    numba_or_skip()
    rng = np.random.default_rng(5)
    base = rng.random((3, 4, 16, 16), dtype=np.float32)
    # Observations 0..5 = a, b, a, c, b, a: the sums of the copies are bit-identical, so
    # the earliest copy of the medoid must win in both implementations.
    x = base[[0, 1, 0, 2, 1, 0]]
    valid = np.ones((6, 16, 16), dtype=bool)
    valid[0, :8] = False                       # first copy of a invalid on half the tile
    idx_np = medoid_index_numpy(x, valid)
    idx_nb = medoid_index(x, valid)
    np.testing.assert_array_equal(idx_nb, idx_np)
    assert set(np.unique(idx_np)) <= {0, 1, 2, 3}
    check_against_definition(x.reshape(6, 4, -1), valid.reshape(6, -1), idx_np.ravel())


def test_forced_numpy_path(monkeypatch):
    numba_or_skip()
    rng = np.random.default_rng(21)
    x, valid = random_stack(rng, 12, 6, 30, 40, 0.3)
    assert kernel_backend() == "numba"
    idx_nb, mos_nb = medoid_index_and_score(x, valid)

    def fail(*args, **kwargs):
        raise AssertionError("numba kernel called although S2GM_KERNEL=numpy")

    monkeypatch.setenv("S2GM_KERNEL", "numpy")
    monkeypatch.setattr(medoid_mod, "_numba_impl", fail)
    assert kernel_backend() == "numpy"
    assert "S2GM_KERNEL" in medoid_mod.numba_unavailable_reason()
    idx_np, mos_np = medoid_index_and_score(x, valid)
    np.testing.assert_array_equal(medoid_index(x, valid), idx_np)
    compare_backends(x, valid, idx_nb, mos_nb, idx_np, mos_np)


def _run_python(code, extra_env=None):
    env = dict(os.environ, PYTHONPATH=str(REPO), **(extra_env or {}))
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=str(REPO),
                          capture_output=True, text=True, timeout=120)


def test_numba_not_imported_at_import():
    res = _run_python(
        "import sys, s2gm_plugin.composite as c\n"
        "assert 'numba' not in sys.modules, 'numba imported at import time'\n"
        "print('ok')")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok"


def test_without_numba_falls_back_to_numpy():
    res = _run_python(
        "import sys\n"
        "sys.modules['numba'] = None  # makes `import numba` raise ImportError\n"
        "import numpy as np\n"
        "from s2gm_plugin.composite import medoid_index, medoid_index_numpy, kernel_backend\n"
        "from s2gm_plugin.composite.medoid import numba_unavailable_reason\n"
        "x = np.random.default_rng(0).random((5, 3, 8, 8), dtype=np.float32)\n"
        "v = np.ones((5, 8, 8), bool)\n"
        "assert kernel_backend() == 'numpy'\n"
        "assert 'python3-numba' in numba_unavailable_reason()\n"
        "assert (medoid_index(x, v) == medoid_index_numpy(x, v)).all()\n"
        "print('ok')")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok"


# --- real Sentinel-2 stack ----------------------------------------------------------------

ITEMS_DIR = shared_data() / "earthsearch" / "sentinel-2-l2a"
BANDS = ("B02", "B03", "B04", "B08")


def load_real_stack(window=(300, 300), offset=(300, 300)):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.windows import Window
    items = sorted(p for p in ITEMS_DIR.glob("*_L2A") if (p / "SCL.tif").exists()) \
        if ITEMS_DIR.is_dir() else []
    if len(items) < 2:
        pytest.skip("real sample stack not found under %s" % ITEMS_DIR)
    # Date order (the item id carries the date after the tile).
    items.sort(key=lambda p: p.name.split("_")[2])
    win = Window(offset[1], offset[0], window[1], window[0])
    refl, scl = {b: [] for b in BANDS}, []
    for item in items:
        with rasterio.open(item / "SCL.tif") as ds:
            scl.append(ds.read(1, window=win))
        for b in BANDS:
            with rasterio.open(item / ("%s.tif" % b)) as ds:
                refl[b].append(ds.read(1, window=win))
    scl = np.stack(scl)
    dn = {b: np.stack(v) for b, v in refl.items()}
    valid = np.isin(scl, VALID_SCL)
    for b in BANDS:
        valid &= dn[b] > 0
    reflectance = {b: (v.astype(np.float32) * np.float32(1e-4)) for b, v in dn.items()}
    return reflectance, valid, scl


def test_real_stack_numba_equals_reference():
    numba_or_skip()
    refl, valid, _ = load_real_stack()
    bands = medoid_bands_of(refl)
    assert bands == list(BANDS)
    x = np.stack([refl[b] for b in bands], axis=1)            # (N, B, H, W)
    assert valid.any() and not valid.all()                     # clouds and clear sky
    idx_np, mos_np = medoid_mod._index_and_score(x, valid, use_numba=False)
    idx_nb, mos_nb = medoid_mod._index_and_score(x, valid, use_numba=True)
    n_differ = compare_backends(x, valid, idx_nb, mos_nb, idx_np, mos_np)
    assert n_differ <= idx_np.size // 1000
    assert np.array_equal(idx_nb >= 0, valid.any(axis=0))
    # The chosen observation is always a valid one.
    rows, cols = np.nonzero(idx_nb >= 0)
    assert valid[idx_nb[rows, cols], rows, cols].all()


def test_real_stack_matches_definition_on_samples():
    refl, valid, _ = load_real_stack()
    x = np.stack([refl[b] for b in BANDS], axis=1)
    index = medoid_index(x, valid)
    rng = np.random.default_rng(42)
    n_obs = x.shape[0]
    flat_x, flat_v = x.reshape(n_obs, len(BANDS), -1), valid.reshape(n_obs, -1)
    many = np.flatnonzero(flat_v.sum(axis=0) >= 3)
    assert many.size > 300
    sample = np.concatenate([rng.choice(many, 300, replace=False),
                             rng.choice(flat_v.shape[1], 100, replace=False)])
    check_against_definition(flat_x[:, :, sample], flat_v[:, sample], index.ravel()[sample])


@pytest.mark.skipif(platform.machine().lower() not in ("x86_64", "amd64"),
                    reason="checks x86 machine code")
def test_numba_pair_loop_is_vectorised():
    """Each pair loop (four observations against a later one, the six pairs inside a group
    of four, one pair) must compile to packed square roots: without the raised LLVM check
    limit (or with an index that hides array bounds) it silently falls back to scalar
    code, about four times slower. Compiled afresh in a clean cache (no cached code to
    inspect)."""
    numba_or_skip()
    with tempfile.TemporaryDirectory() as cache:
        res = _run_python(
            "import numpy as np\n"
            "from s2gm_plugin.composite import medoid_numba as m\n"
            "x = np.random.default_rng(1).random((6, 3, 600), dtype=np.float32)\n"
            "m.medoid_numba(x, x[:, 0] > 0.2)\n"
            "for f in (m._block_sums, m._group_pairs, m._pair):\n"
            "    asm = ''.join(f.inspect_asm().values())\n"
            "    print(f.__name__, 'packed' if 'sqrtps' in asm else 'scalar')\n",
            extra_env={"NUMBA_CACHE_DIR": cache})
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["_block_sums", "packed", "_group_pairs", "packed", "_pair", "packed"]


def test_numba_reload_sets_llvm_limits_once():
    """LLVM options may be given once per process: re-importing the kernel (a plugin
    reload) must not give them again (LLVM would print an error) and must still work."""
    numba_or_skip()
    res = _run_python(
        "import importlib, numpy as np\n"
        "from s2gm_plugin.composite import medoid_numba as m\n"
        "m = importlib.reload(m)\n"
        "x = np.ones((3, 2, 5), np.float32)\n"
        "print(m.medoid_numba(x, np.ones((3, 5), bool))[0].tolist())\n")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[0, 0, 0, 0, 0]"
    assert "may only occur" not in res.stderr


@pytest.mark.parametrize("n_obs", [2, 5, 7, 22, 23])
def test_numba_bit_identical_to_reference(n_obs):
    """Same float32 operations in the same order (pairs taken four observations at a time,
    the last ones pair by pair): indices and scores equal the reference to the bit."""
    numba_or_skip()
    rng = np.random.default_rng(70 + n_obs)
    x, valid = random_stack(rng, n_obs, 10, 23, 301, 0.3)
    idx_np, mos_np = medoid_mod._index_and_score(x, valid, use_numba=False)
    idx_nb, mos_nb = medoid_mod._index_and_score(x, valid, use_numba=True)
    np.testing.assert_array_equal(idx_nb, idx_np)
    np.testing.assert_array_equal(mos_nb, mos_np)
