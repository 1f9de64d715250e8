"""Numba medoid kernel (spec section 3). Imported lazily by ``medoid.py`` only.

Layout: reflectance ``x`` float32 ``(N, B, P)`` (observations, bands, pixels; pixel axis
contiguous, a reshaped view of ``(N, B, H, W)``), ``valid`` bool ``(N, P)``.

How it is fast (docs/kernels.md has the measurements):

* **Stage.** Pixels are taken in *spans* of up to 4096 (one span per step of a
  ``prange`` thread). Each of the ``N * B`` rows of a span is copied in one long
  sequential run (16 KiB) into a per-thread staging buffer, four rows (bands) per loop,
  invalid slots set to 0 (NaN or garbage never reach a sum). Long runs are what the
  memory system streams well; rows of the buffer are padded by one cache line so that the
  rows of one observation do not fall into the same L1 sets.
* **Block.** Each span is then worked in blocks of ``LANES`` (128) pixels whose rows
  (512 bytes) stay in L1 while all pairs of the block are summed. Observations with no
  valid pixel in the block are skipped (cloudy scenes cost nothing there).
* **Fused, vectorised pair loop.** For each pair the distance over all bands is computed
  in one pixel loop (the band loop is unrolled: the band count is a compile-time
  constant, passed as the length of a tuple), with a *select* (not a multiply:
  ``NaN * 0 = NaN``) for the pairs where both observations are valid. The block width is
  a compile-time constant and indices are unsigned, so LLVM can bound every access and
  vectorises the loop (AVX-512 / AVX2 where the CPU has them).
* **Symmetry and i-blocking.** Each pair ``i < j`` is computed once and added to both
  ``sums[i]`` and ``sums[j]``; four observations ``i1 < i2 < i3 < i4`` are taken against
  every later ``j`` in the same pixel loop, so the rows of ``j`` are loaded once for all
  four (the six pairs inside the four first, the last < 4 observations pair by pair).

Summation order: ``sums[k]`` receives its terms in ascending order of the other index,
exactly as the numpy reference adds them, and there is no fast-math (no FMA contraction,
no reassociation): every distance and sum is the same float32 computation as in the
reference, so the two agree bit for bit, exact duplicates get identical sums and the
earliest wins (strict ``<`` in the argmin).

Two compiler settings make the pair loops vectorise. They are compiled with numba's own
pipeline with its ``noalias`` flag on (numba sets it itself for parallel loops whose
arrays do not overlap; the buffers of a span are distinct arrays), so LLVM needs no
run-time checks that they do not overlap. The four sums written by a loop still are rows
of one array and need such checks, more than LLVM's default limit (8):
``_raise_llvm_check_limit`` raises it once per process before the kernel is compiled (an
LLVM option that only lets the vectorizer add more overlap checks; it changes no result,
of this or any other numba code).
"""

import os

import numpy as np
import numba
from numba import prange

LANES = 128                 # pixels per block: a staged row of a block is 512 bytes
MAX_SPAN = 4096             # pixels staged per step: rows of 16 KiB, read sequentially
RS = MAX_SPAN + 16          # staged row stride: padded by one cache line (compile-time)
SPAN_BYTES = 3200 * 1024    # staging buffer (N * B * span * 4) at most about this (L2 + L3)
_CHECK_LIMIT = 256          # run-time overlap checks LLVM may add to vectorise a loop
_CHECK_MARK = "_s2gm_vectorizer_limits_set"


def _raise_llvm_check_limit():
    """Let LLVM's loop vectorizer add up to ``_CHECK_LIMIT`` overlap checks (default 8).

    An LLVM command-line option may be given only once per process: a mark on the
    ``llvmlite.binding`` module (which a plugin reload does not reload, and which a child
    process does not inherit) keeps it from being given twice. Without the option the
    kernel is still correct, only several times slower."""
    try:
        import llvmlite.binding as llvm
        if getattr(llvm, _CHECK_MARK, False):
            return
        llvm.set_option("", "-runtime-memory-check-threshold=%d" % _CHECK_LIMIT)
        llvm.set_option("", "-vectorize-scev-check-threshold=%d" % _CHECK_LIMIT)
        setattr(llvm, _CHECK_MARK, True)
    except Exception:  # noqa: BLE001 - an llvmlite without set_option: slower, still right
        return


_raise_llvm_check_limit()


def _can_cache():
    """True when numba finds a writable cache folder (NUMBA_CACHE_DIR or __pycache__)."""
    def probe():
        return 0
    try:
        numba.njit(cache=True)(probe)
        return True
    except Exception:  # "no locator available": compile in memory on each run
        return False


def _no_alias_pipeline():
    """numba's standard compiler pipeline with its ``noalias`` flag on (numba sets it itself
    for parallel loops whose arrays do not overlap): LLVM then knows that the array
    arguments of a pair loop never overlap and needs no run-time overlap checks between
    them. None where this numba has no such pipeline (the kernel is then slower, not wrong)."""
    try:
        from numba.core.compiler import Compiler

        class NoAliasCompiler(Compiler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                flags = self.state.flags.copy()
                flags.noalias = True
                self.state.flags = flags
        return NoAliasCompiler
    except Exception:  # noqa: BLE001 - another numba layout
        return None


_CACHE = _can_cache()
_jit = numba.njit(cache=_CACHE, nogil=True)
_pjit = numba.njit(cache=_CACHE, nogil=True, parallel=True)
# The pair loops: array arguments declared non-overlapping (they are distinct buffers of
# one span). No fast-math: FMA contraction measured no faster within the noise here, and
# without it every CPU computes the same bits (a Dask cluster of mixed CPUs included).
_PIPELINE = _no_alias_pipeline()
_pair_jit = numba.njit(cache=_CACHE, nogil=True, **({"pipeline_class": _PIPELINE} if _PIPELINE else {}))


@_jit
def _stage_row(src, ok, dst, m):
    """dst[:m] = src where ok else 0."""
    zero = np.float32(0.0)
    for p in range(m):
        dst[p] = src[p] if ok[p] else zero


@_jit
def _stage_rows4(s1, s2, s3, s4, ok, d1, d2, d3, d4, m):
    """Four rows (bands) of one observation staged in one loop: four sequential streams
    in flight at once keep more of the memory system busy than one row after another
    (measured 6-8 % faster for the whole kernel)."""
    zero = np.float32(0.0)
    for p in range(m):
        o = ok[p]
        d1[p] = s1[p] if o else zero
        d2[p] = s2[p] if o else zero
        d3[p] = s3[p] if o else zero
        d4[p] = s4[p] if o else zero


@_jit
def _stage_mask(ok, mask, count, m):
    """mask[:m] = ok; count[:m] += ok; returns how many are ok."""
    n = 0
    for p in range(m):
        o = ok[p]
        mask[p] = o
        count[p] += o
        n += o
    return n


@_jit
def _any(mask, m):
    n = 0
    for p in range(m):
        n += mask[p]
    return n > 0


@_pair_jit
def _pair(g, ui, uj, mi, mj, si, sj, mask, s, bands):
    """One pair over the LANES pixels of a block: d = ||g_i - g_j||, added to s_i and s_j."""
    n_bands = len(bands)
    zero = np.float32(0.0)
    urs = np.uint64(RS)
    for p in range(np.uint64(LANES)):
        d = g[ui + p] - g[uj + p]
        acc = d * d
        for b in range(1, n_bands):
            ub = np.uint64(b) * urs
            d = g[ui + ub + p] - g[uj + ub + p]
            acc += d * d
        dist = np.sqrt(acc)
        dist = dist if (mask[mi + p] & mask[mj + p]) else zero
        s[si + p] += dist
        s[sj + p] += dist


@_pair_jit
def _group_pairs(g, u1, u2, u3, u4, m1, m2, m3, m4, s1, s2, s3, s4, mask, s, bands):
    """The six pairs inside a group of four observations, in one pixel loop (each staged
    row loaded once for three pairs). Each sum gets its terms in ascending order of the
    other observation, as pair-by-pair loops in lexicographic order would add them."""
    n_bands = len(bands)
    zero = np.float32(0.0)
    urs = np.uint64(RS)
    for p in range(np.uint64(LANES)):
        x1 = g[u1 + p]
        x2 = g[u2 + p]
        x3 = g[u3 + p]
        x4 = g[u4 + p]
        d = x1 - x2
        a12 = d * d
        d = x1 - x3
        a13 = d * d
        d = x1 - x4
        a14 = d * d
        d = x2 - x3
        a23 = d * d
        d = x2 - x4
        a24 = d * d
        d = x3 - x4
        a34 = d * d
        for b in range(1, n_bands):
            ub = np.uint64(b) * urs
            x1 = g[u1 + ub + p]
            x2 = g[u2 + ub + p]
            x3 = g[u3 + ub + p]
            x4 = g[u4 + ub + p]
            d = x1 - x2
            a12 += d * d
            d = x1 - x3
            a13 += d * d
            d = x1 - x4
            a14 += d * d
            d = x2 - x3
            a23 += d * d
            d = x2 - x4
            a24 += d * d
            d = x3 - x4
            a34 += d * d
        o1 = mask[m1 + p]
        o2 = mask[m2 + p]
        o3 = mask[m3 + p]
        o4 = mask[m4 + p]
        d12 = np.sqrt(a12)
        d12 = d12 if (o1 & o2) else zero
        d13 = np.sqrt(a13)
        d13 = d13 if (o1 & o3) else zero
        d14 = np.sqrt(a14)
        d14 = d14 if (o1 & o4) else zero
        d23 = np.sqrt(a23)
        d23 = d23 if (o2 & o3) else zero
        d24 = np.sqrt(a24)
        d24 = d24 if (o2 & o4) else zero
        d34 = np.sqrt(a34)
        d34 = d34 if (o3 & o4) else zero
        s[s1 + p] = ((s[s1 + p] + d12) + d13) + d14
        s[s2 + p] = ((s[s2 + p] + d12) + d23) + d24
        s[s3 + p] = ((s[s3 + p] + d13) + d23) + d34
        s[s4 + p] = ((s[s4 + p] + d14) + d24) + d34


@_pair_jit
def _block_sums(g, off, rs, n_obs, used, mask, s, order, bands):
    """sums s[k * LANES + l] over all valid pairs of the block at pixel offset ``off``.

    Staged rows: g[(k * B + b) * rs + off + l], mask[k * rs + off + l]."""
    n_bands = len(bands)
    lanes = np.uint64(LANES)
    urs = np.uint64(RS)
    ub_ = np.uint64(n_bands)
    uoff = np.uint64(off)
    zero = np.float32(0.0)
    n_used = 0
    for k in range(n_obs):
        if used[k]:
            order[n_used] = k
            n_used += 1
    a = 0
    while a + 4 <= n_used:
        i1 = np.uint64(order[a])
        i2 = np.uint64(order[a + 1])
        i3 = np.uint64(order[a + 2])
        i4 = np.uint64(order[a + 3])
        u1 = i1 * ub_ * urs + uoff
        u2 = i2 * ub_ * urs + uoff
        u3 = i3 * ub_ * urs + uoff
        u4 = i4 * ub_ * urs + uoff
        m1 = i1 * urs + uoff
        m2 = i2 * urs + uoff
        m3 = i3 * urs + uoff
        m4 = i4 * urs + uoff
        s1 = i1 * lanes
        s2 = i2 * lanes
        s3 = i3 * lanes
        s4 = i4 * lanes
        # the six pairs inside the group first
        _group_pairs(g, u1, u2, u3, u4, m1, m2, m3, m4, s1, s2, s3, s4, mask, s, bands)
        for c in range(a + 4, n_used):
            j = np.uint64(order[c])
            uj = j * ub_ * urs + uoff
            mj = j * urs + uoff
            sj = j * lanes
            for p in range(lanes):
                xj = g[uj + p]
                d = g[u1 + p] - xj
                acc1 = d * d
                d = g[u2 + p] - xj
                acc2 = d * d
                d = g[u3 + p] - xj
                acc3 = d * d
                d = g[u4 + p] - xj
                acc4 = d * d
                for b in range(1, n_bands):
                    ub = np.uint64(b) * urs
                    xj = g[uj + ub + p]
                    d = g[u1 + ub + p] - xj
                    acc1 += d * d
                    d = g[u2 + ub + p] - xj
                    acc2 += d * d
                    d = g[u3 + ub + p] - xj
                    acc3 += d * d
                    d = g[u4 + ub + p] - xj
                    acc4 += d * d
                okj = mask[mj + p]
                d1 = np.sqrt(acc1)
                d1 = d1 if (mask[m1 + p] & okj) else zero
                d2 = np.sqrt(acc2)
                d2 = d2 if (mask[m2 + p] & okj) else zero
                d3 = np.sqrt(acc3)
                d3 = d3 if (mask[m3 + p] & okj) else zero
                d4 = np.sqrt(acc4)
                d4 = d4 if (mask[m4 + p] & okj) else zero
                s[s1 + p] += d1
                s[s2 + p] += d2
                s[s3 + p] += d3
                s[s4 + p] += d4
                s[sj + p] = (((s[sj + p] + d1) + d2) + d3) + d4   # ascending order of i
        a += 4
    # the last (fewer than 4) observations: only the pairs among themselves are left
    for c1 in range(a, n_used):
        i = np.uint64(order[c1])
        for c2 in range(c1 + 1, n_used):
            j = np.uint64(order[c2])
            _pair(g, i * ub_ * urs + uoff, j * ub_ * urs + uoff, i * urs + uoff, j * urs + uoff,
                  i * lanes, j * lanes, mask, s, bands)


@_jit
def _block_argmin(s, off, rs, n_obs, mask, best, best_k):
    """First smallest sum over the valid observations of each pixel (ties: earliest; the
    first valid one is always taken, so a NaN in valid data gives its index, as in the
    reference, not -1)."""
    lanes = np.uint64(LANES)
    urs = np.uint64(RS)
    uoff = np.uint64(off)
    for p in range(lanes):
        best[p] = np.float32(np.inf)
        best_k[p] = -1
    for k in range(n_obs):
        sk = np.uint64(k) * lanes
        mk = np.uint64(k) * urs + uoff
        for p in range(lanes):
            v = s[sk + p]
            take = (mask[mk + p] != 0) & ((best_k[p] < 0) | (v < best[p]))
            best[p] = v if take else best[p]
            best_k[p] = k if take else best_k[p]


@_pjit
def _medoid_spans(x, valid, span, n_threads, out_index, out_score, bands):
    n_bands = len(bands)
    n_obs, _b, n_pix = x.shape
    rs = RS
    n_spans = (n_pix + span - 1) // span
    # A few parts per thread, each taking every n_parts-th span: cloudy and clear parts of
    # the image are spread over the threads.
    n_parts = min(n_spans, 4 * n_threads)
    for part in prange(n_parts):
        g = np.zeros(n_obs * n_bands * rs, dtype=np.float32)
        mask = np.zeros(n_obs * rs, dtype=np.uint8)
        count = np.zeros(rs, dtype=np.float32)
        used = np.zeros(n_obs, dtype=np.uint8)
        order = np.zeros(n_obs, dtype=np.int64)
        sums = np.empty(n_obs * LANES, dtype=np.float32)
        best = np.empty(LANES, dtype=np.float32)
        best_k = np.empty(LANES, dtype=np.int64)
        for sp in range(part, n_spans, n_parts):
            q0 = sp * span
            q1 = min(n_pix, q0 + span)
            m = q1 - q0
            count[:] = 0.0
            if m < span:
                mask[:] = 0       # lanes past the end of the image: no valid observation
            for k in range(n_obs):
                ok = valid[k, q0:q1]
                if _stage_mask(ok, mask[k * rs:k * rs + m], count, m) == 0:
                    continue  # no valid pixel in the span: its rows are never used
                b = 0
                while b + 4 <= n_bands:
                    o = (k * n_bands + b) * rs
                    _stage_rows4(x[k, b, q0:q1], x[k, b + 1, q0:q1], x[k, b + 2, q0:q1],
                                 x[k, b + 3, q0:q1], ok, g[o:o + m], g[o + rs:o + rs + m],
                                 g[o + 2 * rs:o + 2 * rs + m], g[o + 3 * rs:o + 3 * rs + m], m)
                    b += 4
                for b in range(b, n_bands):
                    o = (k * n_bands + b) * rs
                    _stage_row(x[k, b, q0:q1], ok, g[o:o + m], m)
            for off in range(0, m, LANES):
                for k in range(n_obs):
                    used[k] = _any(mask[k * rs + off:k * rs + off + LANES], LANES)
                sums[:] = 0.0
                _block_sums(g, off, rs, n_obs, used, mask, sums, order, bands)
                _block_argmin(sums, off, rs, n_obs, mask, best, best_k)
                for p in range(min(LANES, m - off)):
                    k = best_k[p]
                    out_index[q0 + off + p] = k
                    if k >= 0:
                        out_score[q0 + off + p] = best[p] / count[off + p]
                    else:
                        out_score[q0 + off + p] = np.float32(np.nan)


def span_size(n_obs, n_bands):
    """Pixels per span: a multiple of LANES, MAX_SPAN unless the observations are so many
    that the staged part would outgrow about SPAN_BYTES."""
    per_pixel = max(1, n_obs * max(1, n_bands) * 4)
    span = MAX_SPAN
    while span > LANES and span * per_pixel > SPAN_BYTES:
        span //= 2
    return span


def medoid_numba(x, valid, chunk=None):
    """Medoid index and score with the numba kernel.

    ``x`` float32 ``(N, B, P)`` C-contiguous, ``valid`` bool ``(N, P)`` C-contiguous.
    Returns ``(index int16 (P,), score float32 (P,))``: index -1 and score NaN where no
    observation is valid; score = smallest sum of distances / number of valid observations.
    ``chunk``: pixels per span (rounded up to a multiple of LANES, at most MAX_SPAN); the
    result does not depend on it.
    """
    n_obs, n_bands, n_pix = x.shape
    out_index = np.empty(n_pix, dtype=np.int16)
    out_score = np.empty(n_pix, dtype=np.float32)
    if n_pix == 0:
        return out_index, out_score
    if n_bands == 0:   # no band to compare: every valid observation ties, the earliest wins
        return _no_bands(valid, out_index, out_score)
    span = span_size(n_obs, n_bands) if chunk is None else int(chunk)
    span = min(MAX_SPAN, max(LANES, (span + LANES - 1) // LANES * LANES))
    bands = (0,) * n_bands     # its length is the band count, a compile-time constant
    try:
        _medoid_spans(x, valid, span, numba.get_num_threads(), out_index, out_score, bands)
    except OSError:
        # Writing the on-disk cache failed (the folder vanished or became read-only after
        # the check above): compile without caching and go on.
        _disable_cache()
        _medoid_spans(x, valid, span, numba.get_num_threads(), out_index, out_score, bands)
    return out_index, out_score


def _no_bands(valid, out_index, out_score):
    any_valid = valid.any(axis=0)
    out_index[:] = np.where(any_valid, valid.argmax(axis=0), -1)
    out_score[:] = np.where(any_valid, np.float32(0.0), np.float32(np.nan))
    return out_index, out_score


def _disable_cache():
    from numba.core.caching import NullCache
    for dispatcher in (_stage_row, _stage_rows4, _stage_mask, _any, _pair, _group_pairs,
                       _block_sums, _block_argmin, _medoid_spans):
        dispatcher._cache = NullCache()
