"""s2gm:mosaic with EXECUTOR=Dask through processing.run: a local Dask cluster (worker
processes spawned from the QGIS process) makes the same products as EXECUTOR=local; clear
messages for a bad scheduler address and a missing 'distributed' package."""
import glob
import os
import sys

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException
from s2gm_test_support import SAMPLE_DIR

pytest.importorskip("distributed", reason="python3-distributed is not installed (make install)")


def _params(tmp_path, **kw):
    b04 = sorted(glob.glob(str(SAMPLE_DIR / "*" / "GRANULE" / "*" / "IMG_DATA" / "R10m" / "*B04*")))[0]
    ds = gdal.Open(b04)
    gt = ds.GetGeoTransform()
    x0, y1 = gt[0] + 600, gt[3] - 600
    x1, y0 = gt[0] + gt[1] * ds.RasterXSize - 600, gt[3] + gt[5] * ds.RasterYSize + 600
    p = dict(INPUT=str(SAMPLE_DIR), EXTENT="%f,%f,%f,%f [EPSG:32613]" % (x0, x1, y0, y1),
             START_DATE="2024-09-01", END_DATE="2024-09-30", PERIOD="10-day", RESOLUTION="60m",
             NAME="dask", OUTPUT_FOLDER=str(tmp_path))
    p.update(kw)
    return p


def test_executor_parameters(s2gm_provider):
    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:mosaic")
    executor = alg.parameterDefinition("EXECUTOR")
    assert executor.options() == ["local", "Dask"] and executor.defaultValue() == 0
    scheduler = alg.parameterDefinition("DASK_SCHEDULER")
    assert scheduler.type() == "string" and scheduler.flags() & scheduler.FlagOptional


def test_dask_executor_gives_the_products_of_the_local_run(run_alg, tmp_path):
    local = run_alg(_params(tmp_path / "local"), algorithm="s2gm:mosaic")
    dask = run_alg(_params(tmp_path / "dask", EXECUTOR="Dask", DASK_SCHEDULER=""), algorithm="s2gm:mosaic")
    assert local["PRODUCTS"] == dask["PRODUCTS"] == 3
    tifs = sorted(os.path.relpath(f, local["ORDER_FOLDER"])
                  for f in glob.glob(os.path.join(local["ORDER_FOLDER"], "*", "*", "*.tif")))
    assert len(tifs) == 3 * 8
    for name in tifs:
        a = gdal.Open(os.path.join(local["ORDER_FOLDER"], name))
        b = gdal.Open(os.path.join(dask["ORDER_FOLDER"], name))
        assert a.GetGeoTransform() == b.GetGeoTransform() and a.GetProjection() == b.GetProjection()
        assert np.array_equal(a.ReadAsArray(), b.ReadAsArray()), name


def test_dask_executor_clear_errors(run_alg, tmp_path, monkeypatch):
    with pytest.raises(QgsProcessingException, match="DASK_SCHEDULER 'myhost:8786' is not a scheduler address"):
        run_alg(_params(tmp_path, EXECUTOR="dask", DASK_SCHEDULER="myhost:8786"), algorithm="s2gm:mosaic")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if python3-distributed were missing
    with pytest.raises(QgsProcessingException, match="python3-distributed"):
        run_alg(_params(tmp_path, EXECUTOR="Dask"), algorithm="s2gm:mosaic")
    assert not glob.glob(str(tmp_path / "dask" / "S2GM_*"))
