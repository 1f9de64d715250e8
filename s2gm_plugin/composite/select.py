"""Per-pixel choice of the composite observation (spec section 3): MEDOID where a pixel has
4 or more valid observations, STC where it has 1 to 3 (``auto``), or one of them forced."""

from dataclasses import dataclass

import numpy as np

from .medoid import medoid_index_and_score
from .stc import stc_index

METHOD_NONE = 0
METHOD_STC = 1
METHOD_MEDOID = 2

METHODS = ("auto", "STC", "MEDOID")
# Above this share of medoid pixels a caller-provided stack is used whole, not gathered.
DENSE_MEDOID_FRACTION = 0.5
# valid_obs from which ``auto`` uses the medoid (S2GM's threshold).
MEDOID_MIN_OBS = 4


@dataclass
class Selection:
    """What ``choose_observations`` chose, per pixel (all ``(H, W)``).

    ``index`` int16: chosen observation, -1 none; ``method`` uint8: 0 none, 1 STC,
    2 MEDOID; ``valid_obs`` uint8: valid observations (capped at 255); ``medoid_mos`` float32:
    S2GM's medoid score, NaN where the medoid was not used.
    """

    index: np.ndarray
    method: np.ndarray
    valid_obs: np.ndarray
    medoid_mos: np.ndarray


def _method_key(method):
    key = str(method).strip().lower() if isinstance(method, str) else None
    if key not in ("auto", "stc", "medoid"):
        raise ValueError("unknown compositing method %r: use one of %s"
                         % (method, ", ".join(METHODS)))
    return key


def _medoid_on(pixels, valid, refl, medoid_bands):
    """Medoid index and mos for the flat ``pixels`` mask only (others never computed)."""
    if not medoid_bands:
        raise ValueError("the medoid needs at least one band; none was given")
    missing = [b for b in medoid_bands if b not in refl]
    if missing:
        raise ValueError("medoid band(s) %s not loaded" % ", ".join(missing))
    # Gather the pixels that use the medoid: (N, B, 1, K), no work on the others.
    stack = np.stack([np.asarray(refl[b])[:, pixels] for b in medoid_bands], axis=1)
    stack = stack.astype(np.float32, copy=False)[:, :, None, :]
    ok = valid[:, pixels][:, None, :]
    index, mos = medoid_index_and_score(stack, ok)
    return index[0], mos[0]


def _stc_on(pixels, valid, scl, refl, cloud_conf):
    """STC index for the flat ``pixels`` mask only."""
    sub = lambda a: np.asarray(a)[:, pixels][:, None, :]  # noqa: E731
    index = stc_index(sub(valid), sub(scl), {k: sub(v) for k, v in refl.items()},
                      None if cloud_conf is None else sub(cloud_conf))
    return index[0]


def choose_observations(method, valid, scl, refl, medoid_bands, cloud_conf=None, medoid_stack=None):
    """Choose one observation per pixel.

    ``method``: ``"auto"``, ``"STC"`` or ``"MEDOID"`` (any case). ``valid`` bool
    ``(N, H, W)``; ``scl`` uint8 ``(N, H, W)``; ``refl`` dict band key -> float32
    ``(N, H, W)`` harmonised reflectance, observations in date order; ``medoid_bands``
    keys of ``refl`` for the medoid distance (see ``bands.medoid_bands_of``);
    ``cloud_conf`` uint8 ``(N, H, W)`` or None (STC tie condition). ``medoid_stack``
    (optional): the medoid bands already stacked as C-contiguous float32 ``(N, B, H, W)``
    in ``medoid_bands`` order, used in place when most pixels need the medoid. Returns
    ``Selection``.

    ``auto``: MEDOID where valid_obs >= 4, STC where 1..3. ``STC`` / ``MEDOID``: that
    method wherever there is a valid observation (MEDOID with two picks the earliest).
    """
    key = _method_key(method)
    valid = np.asarray(valid, dtype=bool)
    if valid.ndim != 3:
        raise ValueError("valid must be (N, H, W), got shape %s" % (valid.shape,))
    shape = valid.shape[1:]
    count = valid.sum(axis=0, dtype=np.int64)
    has = count > 0
    if key == "auto":
        use_medoid = count >= MEDOID_MIN_OBS
        use_stc = has & ~use_medoid
    elif key == "stc":
        use_medoid = np.zeros(shape, dtype=bool)
        use_stc = has
    else:
        use_medoid = has
        use_stc = np.zeros(shape, dtype=bool)

    index = np.full(shape, -1, dtype=np.int16)
    chosen_method = np.zeros(shape, dtype=np.uint8)
    mos = np.full(shape, np.nan, dtype=np.float32)
    if use_medoid.any():
        if medoid_stack is not None and use_medoid.mean() >= DENSE_MEDOID_FRACTION:
            # most pixels use the medoid: run the kernel on the caller's stack in place
            # (no gather, no copy); the others are masked out and cost next to nothing
            full_index, full_mos = medoid_index_and_score(medoid_stack, valid & use_medoid[None])
            med_index, med_mos = full_index[use_medoid], full_mos[use_medoid]
        else:
            med_index, med_mos = _medoid_on(use_medoid, valid, refl, list(medoid_bands))
        index[use_medoid] = med_index
        mos[use_medoid] = med_mos
        chosen_method[use_medoid] = METHOD_MEDOID
    if use_stc.any():
        index[use_stc] = _stc_on(use_stc, valid, scl, refl, cloud_conf)
        chosen_method[use_stc] = METHOD_STC
    return Selection(
        index=index,
        method=chosen_method,
        valid_obs=np.minimum(count, 255).astype(np.uint8),
        medoid_mos=mos,
    )
