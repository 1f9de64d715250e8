"""Parameter parsing of s2gm:composite, checked against a stub engine (no pipeline needed)."""
import os

import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer)
from s2gm_test_support import SAMPLE_DIR, import_plugin

params = import_plugin("algorithms.params")
BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")


@pytest.mark.parametrize("raw, expected", [
    (None, []), ("", []), ([], []),
    ("B04,B08", [3, 7]), ("B04, B08", [3, 7]), (["B04", "B08"], [3, 7]), ("b4;b8", [3, 7]),
    ([3, 7], [3, 7]), ("3,7", [3, 7]), (["3", "7"], [3, 7]), ("B8A", [8]), ("b8a", [8]),
    ("B04,B04", [3]),
])
def test_parse_band_values(raw, expected):
    normalise = import_plugin("s2gm_plugin.bands").normalise_band_key
    assert params.parse_enum_value(raw, BANDS, normalise) == expected


@pytest.mark.parametrize("raw, expected", [
    (0, [0]), (1, [1]), (2, [2]), ("0", [0]), (10, [0]), (20, [1]), (60, [2]),
    ("10", [0]), ("20", [1]), ("60", [2]), (20.0, [1]),
])
def test_parse_resolution_metres_or_index(raw, expected):
    assert params.parse_enum_value(raw, ("10", "20", "60")) == expected


@pytest.mark.parametrize("raw", ["B13", "foo", 11, 30, "-1", True])
def test_parse_rejects_unknown(raw):
    with pytest.raises(params.ParameterValueError):
        params.parse_enum_value(raw, BANDS)


def test_parse_date():
    assert params.parse_date("2024-09-01") == "2024-09-01"
    assert params.parse_date(" ") is None
    assert params.parse_date(None) is None
    for bad in ("2024-9-1", "01.09.2024", "2024-02-30"):
        with pytest.raises(params.ParameterValueError):
            params.parse_date(bad)


def _polygon_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "aoi", "memory")
    features = []
    for wkt in ("POLYGON((-103 36.3, -102.98 36.3, -102.98 36.28, -103 36.28, -103 36.3))",
                "POLYGON((-102.99 36.29, -102.97 36.29, -102.97 36.27, -102.99 36.27, "
                "-102.99 36.29))"):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_script_friendly_values_reach_the_engine(run_alg, captured_requests, tmp_path):
    result = run_alg({
        "INPUT": str(SAMPLE_DIR), "METHOD": "MEDOID", "RESOLUTION": 20,
        "BANDS": "B04,B08", "AUX": ["aot", "CLD"], "START_DATE": "2024-09-01",
        "END_DATE": "2024-09-15", "CRS": "EPSG:4326",
        "EXTENT": "678300,682700,4016000,4021000 [EPSG:32613]",
        "OUTPUT": str(tmp_path / "c.tif"), "QUALITY": str(tmp_path / "q.tif"),
        "QC_REPORT": str(tmp_path / "qc.json")})
    (request,) = captured_requests
    assert request.input_path == str(SAMPLE_DIR)
    assert request.method == "MEDOID" and request.resolution == 20
    assert list(request.bands) == ["B04", "B08"] and list(request.aux) == ["AOT", "CLD"]
    assert (request.start_date, request.end_date) == ("2024-09-01", "2024-09-15")
    assert request.crs == "EPSG:4326"
    assert request.extent == [678300, 4016000, 682700, 4021000]
    assert request.extent_crs == "EPSG:32613"
    assert request.aoi_wkt is None
    assert request.output == str(tmp_path / "c.tif")
    assert result["OUTPUT"] == str(tmp_path / "c.tif")
    assert result["QUALITY"] == str(tmp_path / "q.tif")
    assert result["QC_REPORT"] == str(tmp_path / "qc.json")
    assert result["SCENES_USED"] == 2


def test_index_values_and_defaults(run_alg, captured_requests):
    run_alg({"INPUT": str(SAMPLE_DIR), "METHOD": 1, "RESOLUTION": "2", "BANDS": [3, 7]})
    (request,) = captured_requests
    assert request.method == "STC" and request.resolution == 60
    assert list(request.bands) == ["B04", "B08"] and list(request.aux) == []
    assert request.start_date is None and request.crs is None and request.extent is None
    # OUTPUT, QUALITY and QC_REPORT default to temporary files
    assert request.output.endswith(".tif") and request.quality.endswith(".tif")
    assert request.qc_report.endswith(".json")


def test_minimal_parameters_give_auto_10m_all_bands(run_alg, captured_requests):
    run_alg({"INPUT": SAMPLE_DIR})  # a pathlib.Path is fine too
    (request,) = captured_requests
    assert (request.method, request.resolution, list(request.bands)) == ("auto", 10, [])
    assert request.input_path == str(SAMPLE_DIR)


def test_aoi_features_are_merged(run_alg, captured_requests):
    layer = _polygon_layer()
    run_alg({"INPUT": str(SAMPLE_DIR), "AOI": layer})
    (request,) = captured_requests
    assert request.aoi_crs == "EPSG:4326"
    merged = QgsGeometry.fromWkt(request.aoi_wkt)
    assert merged.isGeosValid() and not merged.isMultipart()
    assert merged.area() == pytest.approx(0.0004 + 0.0004 - 0.0001, rel=1e-6)


@pytest.mark.parametrize("params, message", [
    ({"START_DATE": "2024-9-1"}, "YYYY-MM-DD"),
    ({"START_DATE": "2024-09-20", "END_DATE": "2024-09-01"}, "after the end date"),
    ({"METHOD": "BEST"}, "not one of auto, STC, MEDOID"),
    ({"BANDS": "B04,B13"}, "B13"),
    ({"RESOLUTION": 30}, "RESOLUTION"),
    ({"INPUT": "/no/such/folder"}, "Input not found: /no/such/folder"),
])
def test_bad_values_are_explained(run_alg, captured_requests, params, message):
    values = {"INPUT": str(SAMPLE_DIR)}
    values.update(params)
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(")):
        run_alg(values)
    assert captured_requests == []


def test_engine_errors_become_processing_exceptions(run_alg, monkeypatch):
    pipeline = import_plugin("s2gm_plugin.pipeline")

    def no_scenes(request, progress=None, is_cancelled=None, log=None):
        raise pipeline.NoUsableScenes("No usable scene between 2030-01-01 and 2030-01-31.")

    monkeypatch.setattr(pipeline, "run_composite", no_scenes)
    with pytest.raises(QgsProcessingException, match="No usable scene between 2030"):
        run_alg({"INPUT": str(SAMPLE_DIR)})


def test_cancel_is_passed_to_engine(run_alg, captured_requests):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_alg({"INPUT": str(SAMPLE_DIR)}, feedback=feedback)
    assert len(captured_requests) == 1


def test_output_layers_get_readable_names(s2gm_provider, captured_requests, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingOutputLayerDefinition

    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:composite")
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / "c.tif"), project)
    quality = QgsProcessingOutputLayerDefinition(str(tmp_path / "q.tif"), project)
    parameters = {"INPUT": str(SAMPLE_DIR), "START_DATE": "2024-09-01",
                  "END_DATE": "2024-09-30", "OUTPUT": output, "QUALITY": quality}
    feedback = QgsProcessingFeedback()
    assert alg.prepare(parameters, context, feedback)
    alg.runPrepared(parameters, context, feedback)
    names = {os.path.basename(path): details.name
             for path, details in context.layersToLoadOnCompletion().items()}
    assert names["c.tif"].startswith("S2GM composite 2024-09-01")
    assert names["q.tif"].startswith("S2GM quality 2024-09-01")


@pytest.mark.parametrize("raw, expected", [
    ("Earth Search", [0]), ("planetary computer", [1]), (["Copernicus Data Space"], [2]),
    ("Local folder/catalog", [3]), (2, [2]),
])
def test_option_names_with_spaces_are_one_value(raw, expected):
    options = ("Earth Search", "Planetary Computer", "Copernicus Data Space", "Local folder/catalog")
    assert params.parse_enum_value(raw, options) == expected
