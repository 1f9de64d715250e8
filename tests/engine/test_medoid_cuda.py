"""The optional CUDA medoid kernel: same index as the CPU kernels.

On a machine with a CUDA device the kernel runs for real; everywhere the kernel's code
also runs under numba's CUDA simulator (NUMBA_ENABLE_CUDASIM=1, in a subprocess because the
simulator must be chosen before numba.cuda is imported)."""
import os
import subprocess
import sys

import numpy as np
import pytest

import s2gm_test_support as support

SIM_SCRIPT = r"""
import os, sys
import numpy as np
sys.path.insert(0, sys.argv[1])
os.environ["S2GM_KERNEL"] = sys.argv[2]
from s2gm_plugin.composite import medoid
from s2gm_plugin.composite.medoid_cuda import medoid_cuda
rng = np.random.default_rng(7)
n, b, h, w = 7, 3, 4, 5
x = rng.integers(0, 4, size=(n, b, h, w)).astype(np.float32) / 10   # many exact ties
valid = rng.random((n, h, w)) > 0.3
valid[:, 0, 0] = False                                              # no valid observation
valid[:, 0, 1] = False; valid[2, 0, 1] = True                       # exactly one
x[:, 0][~valid] = np.nan                                            # garbage in invalid slots
ref_i, ref_s = medoid._index_and_score(x, valid, use_numba=False)
gi, gs = medoid_cuda(x.reshape(n, b, -1), valid.reshape(n, -1))
assert np.array_equal(gi.reshape(h, w), ref_i), (gi.reshape(h, w), ref_i)
assert np.allclose(gs.reshape(h, w), ref_s, rtol=1e-5, equal_nan=True)
print("backend", medoid.kernel_backend())
print("OK")
"""


def _simulate(kernel_choice):
    env = dict(os.environ, NUMBA_ENABLE_CUDASIM="1", NUMBA_CACHE_DIR=os.environ.get("NUMBA_CACHE_DIR", "/tmp"))
    proc = subprocess.run([sys.executable, "-c", SIM_SCRIPT, str(support.REPO_ROOT), kernel_choice],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_cuda_kernel_logic_in_the_simulator():
    out = _simulate("auto")
    assert "OK" in out and "backend cuda" in out  # auto picks the (simulated) GPU


def test_cpu_can_be_forced_when_a_gpu_is_present():
    assert "backend numba" in _simulate("cpu")


def _real_gpu():
    if os.environ.get("NUMBA_ENABLE_CUDASIM"):
        return False
    try:
        from numba import cuda
        return cuda.is_available()
    except Exception:  # noqa: BLE001
        return False


@pytest.mark.skipif(not _real_gpu(), reason="no CUDA device on this machine")
def test_cuda_kernel_on_the_device_matches_the_cpu_kernel():
    from s2gm_plugin.composite.medoid import medoid_index_numpy
    from s2gm_plugin.composite.medoid_cuda import medoid_cuda
    rng = np.random.default_rng(3)
    n, b, h, w = 20, 10, 256, 256
    x = rng.random((n, b, h, w), dtype=np.float32)
    valid = rng.random((n, h, w)) > 0.3
    gi, _ = medoid_cuda(x.reshape(n, b, -1), valid.reshape(n, -1))
    ref = medoid_index_numpy(x, valid)
    differ = gi.reshape(h, w) != ref
    assert differ.mean() < 1e-4  # only near-ties (FMA contraction on the GPU)
