"""Compositing kernels: pure array functions, no I/O, no qgis, numba only imported lazily.

* ``medoid_index`` / ``medoid_index_and_score`` — the medoid (numba kernel when available,
  numpy reference otherwise, identical results); ``medoid_index_numpy`` — the reference.
* ``stc_index`` — the short-term composite fold.
* ``choose_observations`` — S2GM's per-pixel choice between them (``auto``, ``STC``,
  ``MEDOID``) with the ``method``, ``valid_obs`` and ``medoid_mos`` layers.
"""

from .medoid import (
    kernel_backend,
    medoid_index,
    medoid_index_and_score,
    medoid_index_numpy,
    numba_unavailable_reason,
)
from .select import Selection, choose_observations
from .stc import stc_index

__all__ = [
    "Selection",
    "choose_observations",
    "kernel_backend",
    "medoid_index",
    "medoid_index_and_score",
    "medoid_index_numpy",
    "numba_unavailable_reason",
    "stc_index",
]
