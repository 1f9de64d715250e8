"""Medoid selection (spec section 3): pick, per pixel, the valid observation whose summed
Euclidean distance to all other valid observations is smallest.

Two implementations with identical results:

* ``medoid_index_numpy`` — the slow, obviously-correct numpy reference;
* the numba kernel in ``medoid_numba`` — imported lazily on first use, never at import.

``medoid_index`` / ``medoid_index_and_score`` dispatch, by ``S2GM_KERNEL``:

* ``auto`` (default): the CUDA kernel (``medoid_cuda``) when numba finds a CUDA device,
  else the numba CPU kernel when numba imports, else the numpy reference;
* ``cpu`` or ``numba``: never the GPU (the numba CPU kernel, else numpy);
* ``cuda``: the GPU kernel, falling back to the CPU when no device is present;
* ``numpy``: the reference.
"""

import os

import numpy as np

# Bytes allowed for one (N, N, chunk) float32 temporary of the numpy reference.
_NUMPY_CHUNK_BYTES = 32 * 1024 * 1024

_numba_impl = None
_numba_error = None
_numba_tried = False


def _load_numba():
    """Import the numba kernel once; remember why when it cannot be imported."""
    global _numba_impl, _numba_error, _numba_tried
    if not _numba_tried:
        _numba_tried = True
        try:
            from . import medoid_numba
            _numba_impl = medoid_numba.medoid_numba
        except Exception as exc:  # ImportError, or a broken llvmlite / numba install
            _numba_error = "%s: %s" % (type(exc).__name__, exc)
    return _numba_impl


def _forced_numpy():
    return _kernel_choice() == "numpy"


def _kernel_choice():
    return os.environ.get("S2GM_KERNEL", "auto").strip().lower() or "auto"


_cuda_impl = None
_cuda_tried = False


def _load_cuda():
    """The CUDA kernel when numba sees a CUDA device (checked once), else None."""
    global _cuda_impl, _cuda_tried
    if not _cuda_tried:
        _cuda_tried = True
        try:
            from . import medoid_cuda
            if medoid_cuda.available():
                _cuda_impl = medoid_cuda.medoid_cuda
        except Exception:  # noqa: BLE001 - no numba, no driver: the CPU kernels remain
            _cuda_impl = None
    return _cuda_impl


def _backend():
    choice = _kernel_choice()
    if choice == "numpy":
        return "numpy"
    if choice in ("auto", "cuda", "gpu") and _load_cuda() is not None:
        return "cuda"
    return "numba" if _load_numba() is not None else "numpy"


def kernel_backend():
    """``"cuda"``, ``"numba"`` or ``"numpy"``: the kernel the next call will use."""
    return _backend()


def numba_unavailable_reason():
    """Why the numba kernel is not used (a sentence for the user), or None when it is."""
    if _forced_numpy():
        return "the numpy kernel was requested (S2GM_KERNEL=numpy)"
    if _load_numba() is not None:
        return None
    return ("numba could not be imported (%s); the slower numpy kernel is used. "
            "Install python3-numba (Debian/Ubuntu) or `pip install numba` for a faster "
            "medoid." % _numba_error)


def _check(reflectance, valid):
    refl = np.asarray(reflectance)
    if refl.ndim != 4:
        raise ValueError("reflectance must be (N, B, H, W), got shape %s" % (refl.shape,))
    n_obs, _, height, width = refl.shape
    valid = np.asarray(valid, dtype=bool)
    if valid.shape != (n_obs, height, width):
        raise ValueError("valid must be (N, H, W) = %s, got %s"
                         % ((n_obs, height, width), valid.shape))
    if n_obs > np.iinfo(np.int16).max:
        raise ValueError("at most %d observations, got %d" % (np.iinfo(np.int16).max, n_obs))
    return np.asarray(refl, dtype=np.float32), valid


def _medoid_numpy_flat(x, valid):
    """Reference on flat pixels: ``x`` float32 (N, B, P), ``valid`` bool (N, P)."""
    n_obs, n_bands, n_pix = x.shape
    index = np.full(n_pix, -1, dtype=np.int16)
    score = np.full(n_pix, np.nan, dtype=np.float32)
    if n_obs == 0 or n_pix == 0:
        return index, score
    chunk = max(1, _NUMPY_CHUNK_BYTES // (4 * n_obs * n_obs))
    for p0 in range(0, n_pix, chunk):
        sl = slice(p0, min(n_pix, p0 + chunk))
        ok = valid[:, sl]                                   # (N, C)
        # Invalid slots may hold NaN or garbage: replace them before any arithmetic.
        xc = np.where(ok[:, None, :], x[:, :, sl], np.float32(0.0))  # (N, B, C)
        squared = np.zeros((n_obs, n_obs) + ok.shape[1:], dtype=np.float32)
        for b in range(n_bands):
            diff = xc[:, None, b, :] - xc[None, :, b, :]     # (N, N, C): x_i - x_j
            squared += diff * diff
        dist = np.sqrt(squared)
        dist = np.where(ok[:, None, :] & ok[None, :, :], dist, np.float32(0.0))
        sums = np.zeros(ok.shape, dtype=np.float32)
        for j in range(n_obs):                              # ascending j, like numba
            sums += dist[:, j, :]
        masked = np.where(ok, sums, np.float32(np.inf))
        best = np.argmin(masked, axis=0)                     # first minimum = earliest
        count = ok.sum(axis=0)
        has = count > 0
        best_sum = np.take_along_axis(sums, best[None, :], axis=0)[0]
        index[sl] = np.where(has, best, -1)
        with np.errstate(invalid="ignore", divide="ignore"):
            score[sl] = np.where(has, best_sum / count.astype(np.float32), np.float32(np.nan))
    return index, score


def _flat(reflectance, valid):
    refl, valid = _check(reflectance, valid)
    n_obs, n_bands, height, width = refl.shape
    x = np.ascontiguousarray(refl).reshape(n_obs, n_bands, height * width)
    ok = np.ascontiguousarray(valid).reshape(n_obs, height * width)
    return x, ok, (height, width)


def _index_and_score(reflectance, valid, use_numba):
    x, ok, shape = _flat(reflectance, valid)
    backend = _backend() if use_numba else "numpy"
    impl = {"cuda": _load_cuda, "numba": _load_numba}.get(backend, lambda: None)()
    if impl is not None:
        index, score = impl(x, ok)
    else:
        index, score = _medoid_numpy_flat(x, ok)
    return index.reshape(shape), score.reshape(shape)


def medoid_index_numpy(reflectance, valid):
    """Medoid observation per pixel, numpy reference.

    ``reflectance`` float32 ``(N, B, H, W)``, ``valid`` bool ``(N, H, W)``. Returns int16
    ``(H, W)``: argmin_i sum_j ||x_i - x_j||_2 over valid i, j; -1 where no observation is
    valid; exact ties go to the earliest (lowest index). Invalid observations may hold any
    value, NaN included: they never influence the result. Memory stays bounded (pixels
    are processed in chunks).
    """
    return _index_and_score(reflectance, valid, use_numba=False)[0]


def medoid_index(reflectance, valid):
    """Medoid observation per pixel (engine API, stable).

    Same contract and result as ``medoid_index_numpy``: ``reflectance`` float32
    ``(N, B, H, W)``, ``valid`` bool ``(N, H, W)`` -> int16 ``(H, W)``, -1 where no
    observation is valid, ties to the earliest. Uses the numba kernel when numba imports
    and ``S2GM_KERNEL`` is not ``numpy``.
    """
    return _index_and_score(reflectance, valid, use_numba=not _forced_numpy())[0]


def medoid_index_and_score(reflectance, valid):
    """Medoid index and S2GM's ``medoid_mos``.

    Returns ``(index int16 (H, W), mos float32 (H, W))`` where ``mos`` is the smallest sum
    of distances divided by the number of valid observations of the pixel, NaN where no
    observation is valid. Backend chosen as in ``medoid_index``.
    """
    return _index_and_score(reflectance, valid, use_numba=not _forced_numpy())
