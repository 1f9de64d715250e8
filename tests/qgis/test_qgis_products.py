"""s2gm:resample and s2gm:export through processing.run, and NetCDF products of s2gm:mosaic
loaded as QGIS layers, on the bundled real sample."""
import glob
import os

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from s2gm_test_support import SAMPLE_DIR

from test_qgis_mosaic import _sample_extent


def _run(algorithm, params):
    import processing
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, params, feedback=QgsProcessingFeedback(), context=context), context


@pytest.fixture()
def netcdf_order(run_alg, tmp_path):
    result, context = _run("s2gm:mosaic", dict(
        INPUT=str(SAMPLE_DIR), EXTENT=_sample_extent(), START_DATE="2024-09-01", END_DATE="2024-09-30",
        PERIOD="month", FORMAT="NetCDF", RESOLUTION="60", CRS="UTM", BANDS="B04,B08", NAME="nc",
        OUTPUT_FOLDER=str(tmp_path / "order")))
    return result, context


def test_resample_and_export_parameters_are_stable_api(s2gm_provider):
    reg = QgsApplication.processingRegistry()
    resample = reg.createAlgorithmById("s2gm:resample")
    export = reg.createAlgorithmById("s2gm:export")
    assert [p.name() for p in resample.parameterDefinitions()] == ["INPUT", "RESOLUTION", "OUTPUT"]
    assert resample.parameterDefinition("RESOLUTION").options() == ["10", "20", "60"]
    assert [p.name() for p in export.parameterDefinitions()] == ["INPUT", "FORMAT", "CRS", "OUTPUT_FOLDER"]
    assert export.parameterDefinition("FORMAT").options() == ["GeoTIFF", "JP2", "NetCDF"]
    assert export.parameterDefinition("CRS").options() == ["same", "UTM", "WGS84"]


def test_netcdf_products_load_as_layers_with_their_period(netcdf_order):
    result, context = netcdf_order
    assert result["PRODUCTS"] == 1 and result["FAILED"] == 0
    layers = [context.temporaryLayerStore().mapLayer(i) for i in context.layersToLoadOnCompletion()]
    assert len(layers) == 4  # reflectance (B04; no B02/B03 ordered) + valid_obs + method + scene class
    for layer in layers:
        assert layer.isValid() and layer.providerType() == "gdal"
        assert layer.source().startswith("NETCDF:") and layer.width() > 50
        assert layer.temporalProperties().fixedTemporalRange().begin().date().toString("yyyy-MM-dd") == "2024-09-01"
    method = [l for l in layers if "method" in l.name()][0]
    assert method.renderer().type() == "paletted"
    stats = [l for l in layers if "valid_obs" in l.name()][0].dataProvider().bandStatistics(1)
    assert stats.maximumValue >= 1


def test_export_and_resample_through_processing(netcdf_order, tmp_path):
    order_dir = netcdf_order[0]["ORDER_FOLDER"]
    product = glob.glob(os.path.join(order_dir, "S2GM_*", "UTM13N"))[0]
    exported, _ = _run("s2gm:export", dict(INPUT=product, FORMAT="GeoTIFF", CRS="WGS84",
                                           OUTPUT_FOLDER=str(tmp_path / "export")))
    folder = exported["PRODUCTS"]
    assert folder.endswith(os.path.join("S2GM_M60_20240901_20240930_nc_STD_v0.1.0", "WGS84"))
    b04 = gdal.Open(glob.glob(os.path.join(folder, "B04_M60_*.tif"))[0])
    assert "4326" in b04.GetProjection() or "WGS 84" in b04.GetProjection()
    resampled, _ = _run("s2gm:resample", dict(INPUT=glob.glob(os.path.join(folder, "B04_M60_*.tif"))[0],
                                              RESOLUTION="20m", OUTPUT=str(tmp_path / "b04_20.tif")))
    ds = gdal.Open(resampled["OUTPUT"])
    assert ds.GetGeoTransform()[1] == pytest.approx(b04.GetGeoTransform()[1] / 3)
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="not an S2GM product folder"):
        _run("s2gm:export", dict(INPUT=order_dir, FORMAT="NetCDF", OUTPUT_FOLDER=str(tmp_path / "x")))
