"""Optional numba CUDA medoid kernel (spec section 3). Imported lazily by ``medoid.py``
only when ``S2GM_KERNEL`` asks for it or is ``auto`` and a CUDA device is present.

One thread per pixel. The layout is the CPU kernel's: ``x`` float32 ``(N, B, P)`` with the
pixel axis contiguous, so neighbouring threads read neighbouring addresses (coalesced).
Each thread sums, for every valid observation ``i``, the distances to the other valid
observations in ascending ``j`` (the order of the CPU kernel and the numpy reference), and
keeps the first strictly smaller sum: ties go to the earliest. The GPU may contract
``acc + d * d`` into a fused multiply-add, so sums can differ from the CPU in the last bit:
the spec's near-tie rule (1e-5 relative) covers that.
"""
import math

import numpy as np
from numba import cuda

THREADS = 128


@cuda.jit
def _medoid_kernel(x, valid, out_index, out_score):
    p = cuda.grid(1)
    n_obs, n_bands, n_pix = x.shape
    if p >= n_pix:
        return
    count = 0
    for k in range(n_obs):
        if valid[k, p]:
            count += 1
    best = np.float32(0.0)
    best_k = -1
    for i in range(n_obs):
        if not valid[i, p]:
            continue
        total = np.float32(0.0)
        for j in range(n_obs):
            if j == i or not valid[j, p]:
                continue
            acc = np.float32(0.0)
            for b in range(n_bands):
                d = x[i, b, p] - x[j, b, p]
                acc += d * d
            total += math.sqrt(acc)
        if best_k < 0 or total < best:
            best = total
            best_k = i
    out_index[p] = best_k
    if best_k >= 0:
        out_score[p] = best / np.float32(count)
    else:
        out_score[p] = np.float32(math.nan)


def available():
    """True when a CUDA device (or numba's CUDA simulator) can run the kernel."""
    try:
        return bool(cuda.is_available())
    except Exception:  # noqa: BLE001 - a broken driver means "no GPU"
        return False


def medoid_cuda(x, valid, max_pixels=1 << 22):
    """Medoid index and score on the GPU. Same contract as ``medoid_numba.medoid_numba``:
    ``x`` float32 ``(N, B, P)``, ``valid`` bool ``(N, P)`` -> ``(int16 (P,), float32 (P,))``.
    Pixels go to the device in slices of ``max_pixels`` to bound device memory."""
    n_obs, n_bands, n_pix = x.shape
    out_index = np.empty(n_pix, dtype=np.int16)
    out_score = np.empty(n_pix, dtype=np.float32)
    for p0 in range(0, n_pix, max_pixels):
        p1 = min(n_pix, p0 + max_pixels)
        xs = cuda.to_device(np.ascontiguousarray(x[:, :, p0:p1]))
        vs = cuda.to_device(np.ascontiguousarray(valid[:, p0:p1]))
        oi = cuda.device_array(p1 - p0, dtype=np.int16)
        osc = cuda.device_array(p1 - p0, dtype=np.float32)
        blocks = (p1 - p0 + THREADS - 1) // THREADS
        _medoid_kernel[blocks, THREADS](xs, vs, oi, osc)
        out_index[p0:p1] = oi.copy_to_host()
        out_score[p0:p1] = osc.copy_to_host()
    return out_index, out_score
