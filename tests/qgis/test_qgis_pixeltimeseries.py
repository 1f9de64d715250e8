"""s2gm:pixeltimeseries through processing.run on a real order of the bundled sample."""
import csv
import glob
import os

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException
from s2gm_test_support import SAMPLE_DIR

PARAMETERS = ["INPUT", "POINT", "WINDOW", "START_DATE", "END_DATE", "PERIOD", "RESOLUTION", "OUTPUT"]
POINT = "680500,4018500 [EPSG:32613]"


def _extent():
    b04 = sorted(glob.glob(str(SAMPLE_DIR / "*" / "GRANULE" / "*" / "IMG_DATA" / "R10m" / "*B04*")))[0]
    ds = gdal.Open(b04)
    gt = ds.GetGeoTransform()
    return "%f,%f,%f,%f [EPSG:32613]" % (gt[0] + 600, gt[0] + gt[1] * ds.RasterXSize - 600,
                                         gt[3] + gt[5] * ds.RasterYSize + 600, gt[3] - 600)


def test_parameters_are_the_design_contract(s2gm_provider):
    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:pixeltimeseries")
    assert [p.name() for p in alg.parameterDefinitions()] == PARAMETERS
    assert alg.parameterDefinition("WINDOW").options() == ["1x1", "3x3"]


def test_order_then_time_series_csv_equals_products(run_alg, tmp_path):
    order = run_alg(dict(INPUT=str(SAMPLE_DIR), EXTENT=_extent(), START_DATE="2024-09-01",
                         END_DATE="2024-09-30", PERIOD="10-day", RESOLUTION="60", NAME="tsq",
                         OUTPUT_FOLDER=str(tmp_path / "orders")), algorithm="s2gm:mosaic")
    assert order["PRODUCTS"] == 3
    result = run_alg(dict(INPUT=str(tmp_path / "orders"), POINT=POINT, WINDOW="3x3",
                          OUTPUT=str(tmp_path / "ts.csv")), algorithm="s2gm:pixeltimeseries")
    assert result["ROWS"] == 3 * 11 and result["PERIODS"] == 3
    rows = list(csv.DictReader(open(result["OUTPUT"], encoding="utf-8")))
    centre = [r for r in rows if r["pixel"] == "0,0"]
    for row in centre:
        folder = os.path.join(order["ORDER_FOLDER"], row["product"])
        b08 = gdal.Open(glob.glob(os.path.join(folder, "B08_*.tif"))[0])
        gt = b08.GetGeoTransform()
        value = b08.ReadAsArray()[int((4018500 - gt[3]) // gt[5]), int((680500 - gt[0]) // gt[1])]
        assert int(row["B08"]) == int(value)
        assert row["source_scene_id"].startswith("S2") and row["source_tile_id"] == "13SFA"


def test_scene_stack_needs_dates(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="START_DATE"):
        run_alg(dict(INPUT=str(SAMPLE_DIR), POINT=POINT, OUTPUT=str(tmp_path / "ts.csv")),
                algorithm="s2gm:pixeltimeseries")
