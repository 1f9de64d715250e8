"""Fixtures of the QGIS tier (pytest-qgis): the plugin as QGIS loads it."""
import json
import sys

import pytest
from s2gm_test_support import import_plugin

PROCESSING_PLUGINS = "/usr/share/qgis/python/plugins"


@pytest.fixture()
def s2gm_provider(qgis_processing, plugin_package):
    """The plugin loaded as qgis_process loads it (``classFactory(None).initProcessing()``)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    plugin = plugin_package.classFactory(None)
    plugin.initProcessing()
    provider = registry.providerById("s2gm")
    assert provider is not None
    yield provider
    plugin.unload()
    assert registry.providerById("s2gm") is None


@pytest.fixture()
def run_alg(s2gm_provider):
    """``run_alg(params, feedback=None)`` -> ``processing.run("s2gm:composite", ...)``."""
    if PROCESSING_PLUGINS not in sys.path:
        sys.path.append(PROCESSING_PLUGINS)
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(params, feedback=None, algorithm="s2gm:composite"):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm, params, feedback=feedback or QgsProcessingFeedback(),
                              context=context)

    return run


@pytest.fixture()
def captured_requests(monkeypatch, plugin_package):
    """Replace the engine's ``run_composite`` with a stub that records each request."""
    pipeline = import_plugin("s2gm_plugin.pipeline")
    calls = []

    def fake_run_composite(request, progress=None, is_cancelled=None, log=None):
        calls.append(request)
        if progress:
            progress(50.0, "halfway")
        if is_cancelled and is_cancelled():
            raise pipeline.Cancelled("cancelled by the user")
        return pipeline.CompositeResult(
            output=request.output, quality=request.quality, qc_report=request.qc_report,
            scenes_used=["a", "b"], scenes_rejected=[], pixels_per_method={},
            nodata_fraction=0.0, bands=list(request.bands), quality_layers=[])

    monkeypatch.setattr(pipeline, "run_composite", fake_run_composite)
    return calls


@pytest.fixture()
def basic_auth(qgis_app):
    """``basic_auth(user, password)`` -> the id of a Basic authentication configuration in
    the test profile's QGIS authentication database (removed after the test)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig
    manager = QgsApplication.authManager()
    made = []

    def make(user, password):
        assert manager.setMasterPassword("s2gm-test-master", True)
        config = QgsAuthMethodConfig("Basic")
        config.setName("s2gm test " + user)
        config.setConfig("username", user)
        config.setConfig("password", password)
        assert manager.storeAuthenticationConfig(config)[0]
        made.append(config.id())
        return config.id()

    yield make
    for authcfg in made:
        manager.removeAuthenticationConfig(authcfg)


def read_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)
