"""Helpers shared by both test tiers.

* ``tests/engine`` runs without QGIS (``pytest -p no:pytest_qgis tests/engine``) and
  imports the engine as ``s2gm_plugin`` (the repository root is put on ``sys.path``).
* ``tests/qgis`` runs with pytest-qgis; it imports the plugin the way QGIS does, as a
  package whose folder name is not the checkout's: :func:`import_plugin` exposes the
  checkout as ``s2gm_mosaic`` through a symlink in a temporary folder.

Every ``conftest.py`` is imported under the same module name, so test modules and
sub-folder conftests reach these helpers as ``import s2gm_test_support``.
"""
import atexit
import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO_ROOT / "sample" / "T13SFA"
SHARED_DATA = Path(os.environ.get("S2GM_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
QGIS_PROCESS = REPO_ROOT / "scripts" / "qgis-process"
PLUGIN_PACKAGE = "s2gm_mosaic"

sys.modules["s2gm_test_support"] = sys.modules[__name__]

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

_plugin_parent = None


def plugin_parent_dir():
    """A temporary folder holding the symlink ``s2gm_mosaic -> REPO_ROOT``."""
    global _plugin_parent
    if _plugin_parent is None:
        _plugin_parent = tempfile.mkdtemp(prefix="s2gm-plugin-path-")
        os.symlink(REPO_ROOT, os.path.join(_plugin_parent, PLUGIN_PACKAGE))
        atexit.register(shutil.rmtree, _plugin_parent, True)
    return _plugin_parent


def import_plugin(module=""):
    """Import the plugin package (or one of its modules, e.g. ``"algorithms.params"``)."""
    parent = plugin_parent_dir()
    if parent not in sys.path:
        sys.path.insert(0, parent)
    name = PLUGIN_PACKAGE + ("." + module if module else "")
    return importlib.import_module(name)


def requires_shared_data(*parts):
    """Skip marker for tests that need a file of the shared data folder."""
    path = SHARED_DATA.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason="shared data missing: %s" % path)


@pytest.fixture(scope="session")
def plugin_package():
    """The checkout imported as the package ``s2gm_mosaic`` (the installed folder name)."""
    return import_plugin()


@pytest.fixture(scope="session")
def sample_dir():
    assert SAMPLE_DIR.is_dir(), "bundled sample missing: %s" % SAMPLE_DIR
    return SAMPLE_DIR


@pytest.fixture(scope="session")
def shared_data():
    return SHARED_DATA


def sample_lonlat_box(shrink=0.1):
    """Lon/lat box inside the footprint of the bundled sample, for orders on real data."""
    import glob
    b04 = sorted(glob.glob(str(SAMPLE_DIR / "*" / "GRANULE" / "*" / "IMG_DATA" / "R10m" / "*B04*")))[0]
    return raster_lonlat_box(b04, shrink)


def raster_lonlat_box(path, shrink=0.1):
    """Lon/lat box inside the footprint of a raster, shrunk by ``shrink`` of its size per side."""
    from osgeo import gdal
    from s2gm_plugin.grid import transform_bounds
    ds = gdal.Open(str(path))
    gt = ds.GetGeoTransform()
    b = (gt[0], gt[3] + gt[5] * ds.RasterYSize, gt[0] + gt[1] * ds.RasterXSize, gt[3])
    dx, dy = (b[2] - b[0]) * shrink, (b[3] - b[1]) * shrink
    return transform_bounds((b[0] + dx, b[1] + dy, b[2] - dx, b[3] - dy), ds.GetProjection(), "EPSG:4326",
                            densify=2)
