"""s2gm:composite end to end on the bundled real sample: processing.run, a model, qgis_process.

These tests run the real engine (``s2gm_plugin.pipeline.run_composite``).
"""
import json
import os
import subprocess

import pytest
from osgeo import gdal
from qgis.core import (QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingModelAlgorithm)
from s2gm_test_support import QGIS_PROCESS, REPO_ROOT, SAMPLE_DIR

QUALITY_BANDS = ["valid_obs", "medoid_mos", "quality_scene_classification", "source_index",
                 "source_date", "method"]
MODEL = REPO_ROOT / "examples" / "composite_then_stats.model3"


def band_descriptions(path):
    dataset = gdal.Open(str(path))
    assert dataset is not None, path
    try:
        return [dataset.GetRasterBand(i + 1).GetDescription()
                for i in range(dataset.RasterCount)]
    finally:
        dataset = None


def check_outputs(composite, quality, qc_report):
    assert gdal.Open(str(composite)).GetDriver().ShortName == "GTiff"
    assert band_descriptions(composite) == ["B04", "B08"]
    assert band_descriptions(quality) == QUALITY_BANDS
    with open(qc_report, encoding="utf-8") as handle:
        report = json.load(handle)
    assert isinstance(report, dict) and report


def test_composite_on_sample(run_alg, tmp_path):
    outputs = {"OUTPUT": str(tmp_path / "composite.tif"),
               "QUALITY": str(tmp_path / "quality.tif"),
               "QC_REPORT": str(tmp_path / "qc_report.json")}
    result = run_alg(dict(INPUT=str(SAMPLE_DIR), START_DATE="2024-09-01",
                          END_DATE="2024-09-30", METHOD="auto", RESOLUTION=10, **outputs))
    for key, path in outputs.items():
        assert result[key] == path and os.path.exists(path), key
    check_outputs(*outputs.values())
    assert result["SCENES_USED"] >= 4


def test_composite_defaults_to_temporary_outputs(run_alg):
    result = run_alg({"INPUT": str(SAMPLE_DIR), "BANDS": ["B04", "B08"]})
    check_outputs(result["OUTPUT"], result["QUALITY"], result["QC_REPORT"])


def test_empty_input_folder_is_explained(run_alg, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(QgsProcessingException) as raised:
        run_alg({"INPUT": str(empty), "OUTPUT": str(tmp_path / "c.tif")})
    assert "NotImplementedError" not in str(raised.value)
    assert str(raised.value).strip()
    assert not (tmp_path / "c.tif").exists()


def test_cancel_stops_the_run_and_leaves_no_output(run_alg, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _progress: feedback.cancel())
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        run_alg({"INPUT": str(SAMPLE_DIR), "OUTPUT": str(tmp_path / "c.tif"),
                 "QUALITY": str(tmp_path / "q.tif")}, feedback=feedback)
    assert not (tmp_path / "c.tif").exists()
    assert not (tmp_path / "q.tif").exists()


def load_model():
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    return model


def test_example_model_loads(s2gm_provider):
    model = load_model()
    children = {c.algorithmId() for c in model.childAlgorithms().values()}
    assert children == {"s2gm:composite", "native:rasterlayerstatistics"}
    for child in model.childAlgorithms().values():
        assert child.algorithm() is not None, child.algorithmId()
    names = {p.name() for p in model.parameterDefinitions()}
    assert {"input", "start_date", "end_date", "composite:composite",
            "statistics:statistics"} <= names


def test_example_model_runs(run_alg, tmp_path):
    html = tmp_path / "statistics.html"
    result = run_alg({"input": str(SAMPLE_DIR), "start_date": "2024-09-01",
                      "end_date": "2024-09-30",
                      "composite:composite": str(tmp_path / "composite.tif"),
                      "composite:quality": str(tmp_path / "quality.tif"),
                      "composite:qc_report": str(tmp_path / "qc_report.json"),
                      "statistics:statistics": str(html)}, algorithm=load_model())
    assert (tmp_path / "composite.tif").exists()
    assert html.exists() and "Mean" in html.read_text(encoding="utf-8", errors="replace")
    assert result["composite:composite"] == str(tmp_path / "composite.tif")


def qgis_process(*args, timeout=600):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(QGIS_PROCESS), *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_qgis_process_lists_algorithms():
    done = qgis_process("list")
    assert done.returncode == 0, done.stderr
    assert "s2gm:composite" in done.stdout


def test_qgis_process_refuses_bad_values_clearly(tmp_path):
    done = qgis_process("run", "s2gm:composite", "--", "INPUT=%s" % SAMPLE_DIR,
                        "START_DATE=1.9.2024", "OUTPUT=%s" % (tmp_path / "c.tif"))
    assert done.returncode != 0
    assert "YYYY-MM-DD" in done.stdout + done.stderr


def test_qgis_process_runs_composite(tmp_path):
    composite, quality, qc_report = (tmp_path / "composite.tif", tmp_path / "quality.tif",
                                     tmp_path / "qc_report.json")
    done = qgis_process("--json", "run", "s2gm:composite", "--",
                        "INPUT=%s" % SAMPLE_DIR, "START_DATE=2024-09-01",
                        "END_DATE=2024-09-30", "METHOD=MEDOID", "RESOLUTION=10",
                        "BANDS=B04", "BANDS=B08", "OUTPUT=%s" % composite,
                        "QUALITY=%s" % quality, "QC_REPORT=%s" % qc_report)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(done.stdout)["results"]
    assert results["OUTPUT"] == str(composite)
    check_outputs(composite, quality, qc_report)
