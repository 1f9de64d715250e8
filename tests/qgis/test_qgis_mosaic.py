"""s2gm:mosaic through processing.run on the bundled real sample: products, styles, periods."""
import glob
import json
import os

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from s2gm_test_support import SAMPLE_DIR, import_plugin

MOSAIC_PARAMETERS = ["INPUT", "EXTENT", "AOI", "START_DATE", "END_DATE", "PERIOD", "FORMAT",
                     "RESOLUTION", "CRS", "BANDS", "AUX", "NAME", "OUTPUT_FOLDER"]


def _sample_extent():
    b04 = sorted(glob.glob(str(SAMPLE_DIR / "*" / "GRANULE" / "*" / "IMG_DATA" / "R10m" / "*B04*")))[0]
    ds = gdal.Open(b04)
    gt = ds.GetGeoTransform()
    x0, y1 = gt[0] + 600, gt[3] - 600
    x1, y0 = gt[0] + gt[1] * ds.RasterXSize - 600, gt[3] + gt[5] * ds.RasterYSize + 600
    return "%f,%f,%f,%f [EPSG:32613]" % (x0, x1, y0, y1)


def test_mosaic_parameters_are_stable_api(s2gm_provider):
    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:mosaic")
    assert [p.name() for p in alg.parameterDefinitions()] == MOSAIC_PARAMETERS
    assert alg.parameterDefinition("PERIOD").options() == ["day", "10-day", "month", "quarter", "year"]
    assert alg.parameterDefinition("FORMAT").options() == ["GeoTIFF", "JP2", "NetCDF"]
    assert alg.parameterDefinition("CRS").options() == ["UTM", "WGS84"]


def test_mosaic_monthly_netcdf_and_dekads_loaded_with_styles_and_periods(run_alg, tmp_path):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    import processing
    params = dict(INPUT=str(SAMPLE_DIR), EXTENT=_sample_extent(), START_DATE="2024-09-01",
                  END_DATE="2024-09-30", PERIOD="10-day", FORMAT="GeoTIFF", RESOLUTION="60m",
                  CRS="UTM", NAME="qgis test", OUTPUT_FOLDER=str(tmp_path))
    result = processing.run("s2gm:mosaic", params, feedback=QgsProcessingFeedback(), context=context)
    assert result["PRODUCTS"] == 3 and result["NO_DATA"] == 0 and result["FAILED"] == 0
    order = json.load(open(os.path.join(result["ORDER_FOLDER"], "order.json")))
    assert order["period"] == "dekad" and order["resolution"] == 60 and order["extent_crs"] == "EPSG:32613"
    store = context.temporaryLayerStore()
    layers = [store.mapLayer(i) for i in context.layersToLoadOnCompletion()]
    assert len(layers) == 3 * 4  # reflectance + valid_obs + method + scene classification
    starts = sorted({l.temporalProperties().fixedTemporalRange().begin().date().toString("yyyy-MM-dd")
                     for l in layers})
    assert starts == ["2024-09-01", "2024-09-11", "2024-09-21"]
    for layer in layers:
        assert layer.temporalProperties().isActive()
        if "method" in layer.name():
            assert layer.renderer().type() == "paletted"
    assert "2024-10-01" in [l.temporalProperties().fixedTemporalRange().end().date().toString("yyyy-MM-dd")
                            for l in layers]


def test_mosaic_refuses_an_order_without_area(run_alg, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="area"):
        run_alg(dict(INPUT=str(SAMPLE_DIR), START_DATE="2024-09-01", END_DATE="2024-09-30",
                     OUTPUT_FOLDER=str(tmp_path)), algorithm="s2gm:mosaic")
