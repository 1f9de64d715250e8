"""s2gm:mosaic through processing.run on the bundled real sample: products, styles, periods."""
import glob
import json
import os

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from s2gm_test_support import SAMPLE_DIR

MOSAIC_PARAMETERS = ["INPUT", "EXTENT", "AOI", "START_DATE", "END_DATE", "PERIOD", "FORMAT",
                     "RESOLUTION", "CRS", "BANDS", "AUX", "NAME", "AUTH", "MAX_OUTPUT_GB", "CONFIRM_LARGE", "EXECUTOR",
                     "DASK_SCHEDULER",
                     "OUTPUT_FOLDER"]


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
    auth = alg.parameterDefinition("AUTH")
    assert auth.type() == "authcfg" and auth.flags() & auth.FlagOptional and auth.flags() & auth.FlagAdvanced


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


def test_mosaic_auth_is_read_in_memory_and_written_nowhere(run_alg, basic_auth, tmp_path):
    """AUTH names a QGIS authentication configuration: the algorithm reads it (an unknown
    id is refused with a clear message) and neither the user name nor the password reach a
    file of the order, its log or the results."""
    from qgis.core import QgsProcessingException
    user, password = "s2gm-user-5h1", "Secret-8q!password"
    authcfg = basic_auth(user, password)
    feedback = QgsProcessingFeedback()
    params = dict(INPUT=str(SAMPLE_DIR), EXTENT=_sample_extent(), START_DATE="2024-09-21",
                  END_DATE="2024-09-30", PERIOD="10-day", RESOLUTION="60", BANDS="B04",
                  NAME="auth", AUTH=authcfg, OUTPUT_FOLDER=str(tmp_path / "out"))
    result = run_alg(params, feedback=feedback, algorithm="s2gm:mosaic")
    assert result["PRODUCTS"] == 1
    files = [os.path.join(d, f) for d, _s, names in os.walk(tmp_path / "out") for f in names]
    assert any(f.endswith("order.json") for f in files) and len(files) > 5
    for path in files:
        data = open(path, "rb").read()
        assert password.encode() not in data and user.encode() not in data, path
    log = feedback.textLog()
    assert "1 period(s)" in log  # the engine's log reached the feedback
    assert password not in log and user not in log and password not in json.dumps(result)
    with pytest.raises(QgsProcessingException, match="nosuchid"):
        run_alg(dict(params, AUTH="nosuchid", OUTPUT_FOLDER=str(tmp_path / "bad")),
                algorithm="s2gm:mosaic")


def test_scale_guard_refuses_above_the_limit_unless_confirmed(run_alg, tmp_path):
    """The order is estimated first: above MAX_OUTPUT_GB it is refused with the estimate in
    the message and nothing written; CONFIRM_LARGE lets it run."""
    from qgis.core import QgsProcessingException
    params = dict(INPUT=str(SAMPLE_DIR), EXTENT=_sample_extent(), START_DATE="2024-09-21",
                  END_DATE="2024-09-30", PERIOD="10-day", RESOLUTION="60", BANDS="B04",
                  NAME="guard", MAX_OUTPUT_GB=1e-6, OUTPUT_FOLDER=str(tmp_path / "out"))
    with pytest.raises(QgsProcessingException, match="CONFIRM_LARGE") as err:
        run_alg(params, algorithm="s2gm:mosaic")
    assert "1 product(s)" in str(err.value)  # the estimate is in the message
    assert not [f for _d, _s, names in os.walk(tmp_path / "out") for f in names]
    feedback = QgsProcessingFeedback()
    result = run_alg(dict(params, CONFIRM_LARGE=True), feedback=feedback, algorithm="s2gm:mosaic")
    assert result["PRODUCTS"] == 1 and "Estimate:" in feedback.textLog()
