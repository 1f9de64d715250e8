"""Numba medoid kernel (spec section 3). Imported lazily by ``medoid.py`` only.

Layout: reflectance ``x`` float32 ``(N, B, P)`` (observations, bands, pixels; pixel axis
contiguous, a reshaped view of ``(N, B, H, W)``), ``valid`` bool ``(N, P)``. Pixels are
processed in chunks, one chunk per ``prange`` iteration. Per chunk:

* the chunk's observations are copied into a local buffer ``(N, B, chunk)`` that fits in
  L2, invalid slots set to 0, so NaN or garbage in invalid observations never reach a sum;
  observations with no valid pixel in the chunk are skipped altogether;
* ``sums[N, chunk]`` is accumulated over the pairs ``i < j`` only: ``d_ij`` is computed
  once and added to ``sums[i]`` and ``sums[j]``, a select (not a multiply) keeps the pairs
  where both observations are valid. ``sums[k]`` so receives its terms in ascending order
  of the other index, exactly as the numpy reference adds them: exact duplicates give
  bit-identical sums, and the earliest wins in both implementations;
* the argmin over valid observations uses a strict ``<``: ties go to the earliest.

The innermost loops (over the contiguous pixel axis) are small separate functions: LLVM
vectorises them there, while the same loops written inline in the nested pair loop are
left scalar ("cannot identify array bounds"), about 10x slower.

No fast-math: without FMA contraction or reassociation every distance and sum is made of
the same float32 operations, in the same order, as in the numpy reference, so the two
normally agree bit for bit.
"""

import numpy as np
import numba
from numba import prange

# Bytes of observations per chunk buffer (N * B * chunk * 4): about one core's L2.
CHUNK_BYTES = 1 << 20
MIN_CHUNK = 128
MAX_CHUNK = 1024


def _can_cache():
    """True when numba finds a writable cache folder (NUMBA_CACHE_DIR or __pycache__)."""
    def probe():
        return 0
    try:
        numba.njit(cache=True)(probe)
        return True
    except Exception:  # "no locator available": compile in memory on each run
        return False


_CACHE = _can_cache()
_jit = numba.njit(cache=_CACHE, nogil=True)
_pjit = numba.njit(cache=_CACHE, nogil=True, parallel=True)


@_jit
def _copy_valid(src, ok, dst, m):
    """dst[:m] = src where ok else 0 (garbage and NaN in invalid slots never get through)."""
    zero = np.float32(0.0)
    for p in range(m):
        dst[p] = src[p] if ok[p] else zero


@_jit
def _count_valid(ok, count, m):
    """count[:m] += ok; returns how many are ok."""
    n = 0
    for p in range(m):
        count[p] += ok[p]
        n += ok[p]
    return n


@_jit
def _first_band(bi, bj, acc, m):
    for p in range(m):
        d = bi[p] - bj[p]
        acc[p] = d * d


@_jit
def _next_band(bi, bj, acc, m):
    for p in range(m):
        d = bi[p] - bj[p]
        acc[p] += d * d


@_jit
def _add_pair(acc, oki, okj, si, sj, m):
    zero = np.float32(0.0)
    for p in range(m):
        dist = np.sqrt(acc[p])
        dist = dist if (oki[p] & okj[p]) else zero
        si[p] += dist
        sj[p] += dist


@_jit
def _argmin_step(s, ok, k, best, best_k, m):
    for p in range(m):
        better = ok[p] & ((best_k[p] < 0) | (s[p] < best[p]))
        best[p] = s[p] if better else best[p]
        best_k[p] = k if better else best_k[p]


@_pjit
def _medoid_chunks(x, valid, chunk, out_index, out_score):
    n_obs, n_bands, n_pix = x.shape
    n_chunks = (n_pix + chunk - 1) // chunk
    for c in prange(n_chunks):
        p0 = c * chunk
        p1 = min(n_pix, p0 + chunk)
        m = p1 - p0
        buf = np.empty((n_obs, n_bands, chunk), dtype=np.float32)
        sums = np.zeros((n_obs, chunk), dtype=np.float32)
        acc = np.zeros(chunk, dtype=np.float32)
        count = np.zeros(chunk, dtype=np.int32)
        used = np.zeros(n_obs, dtype=np.bool_)
        for k in range(n_obs):
            ok = valid[k, p0:p1]
            used[k] = _count_valid(ok, count, m) > 0
            if used[k]:
                for b in range(n_bands):
                    _copy_valid(x[k, b, p0:p1], ok, buf[k, b], m)
        # Each pair once (i < j); sums[k] gets its terms in ascending order of the other index.
        for i in range(n_obs):
            if not used[i]:
                continue
            for j in range(i + 1, n_obs):
                if not used[j]:
                    continue
                if n_bands > 0:
                    _first_band(buf[i, 0], buf[j, 0], acc, m)
                for b in range(1, n_bands):
                    _next_band(buf[i, b], buf[j, b], acc, m)
                _add_pair(acc, valid[i, p0:p1], valid[j, p0:p1], sums[i], sums[j], m)
        best = np.zeros(chunk, dtype=np.float32)
        best_k = np.full(chunk, -1, dtype=np.int16)
        for k in range(n_obs):
            if used[k]:
                _argmin_step(sums[k], valid[k, p0:p1], k, best, best_k, m)
        for p in range(m):
            out_index[p0 + p] = best_k[p]
            if best_k[p] >= 0:
                out_score[p0 + p] = best[p] / np.float32(count[p])
            else:
                out_score[p0 + p] = np.float32(np.nan)


def chunk_size(n_obs, n_bands):
    """Pixels per chunk: a power of two so that the chunk buffer fits about one L2."""
    per_pixel = max(1, n_obs * max(1, n_bands) * 4)
    chunk = MAX_CHUNK
    while chunk > MIN_CHUNK and chunk * per_pixel > CHUNK_BYTES:
        chunk //= 2
    return chunk


def medoid_numba(x, valid, chunk=None):
    """Medoid index and score with the numba kernel.

    ``x`` float32 ``(N, B, P)`` C-contiguous, ``valid`` bool ``(N, P)`` C-contiguous.
    Returns ``(index int16 (P,), score float32 (P,))``: index -1 and score NaN where no
    observation is valid; score = smallest sum of distances / number of valid observations.
    """
    n_obs, n_bands, n_pix = x.shape
    out_index = np.empty(n_pix, dtype=np.int16)
    out_score = np.empty(n_pix, dtype=np.float32)
    if n_pix == 0:
        return out_index, out_score
    if chunk is None:
        chunk = chunk_size(n_obs, n_bands)
    try:
        _medoid_chunks(x, valid, int(chunk), out_index, out_score)
    except OSError:
        # Writing the on-disk cache failed (the folder vanished or became read-only after
        # the check above): compile without caching and go on.
        _disable_cache()
        _medoid_chunks(x, valid, int(chunk), out_index, out_score)
    return out_index, out_score


def _disable_cache():
    from numba.core.caching import NullCache
    for dispatcher in (_copy_valid, _count_valid, _first_band, _next_band, _add_pair,
                       _argmin_step, _medoid_chunks):
        dispatcher._cache = NullCache()
