"""The toolbox dialog of s2gm:composite builds its widgets and yields acceptable values."""
import sys

from qgis.core import QgsApplication, QgsProcessingContext
from s2gm_test_support import SAMPLE_DIR


def test_algorithm_dialog_values_pass_the_checks(s2gm_provider, qgis_iface, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    browser_model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser_model, raising=False)
    if "/usr/share/qgis/python/plugins" not in sys.path:
        sys.path.append("/usr/share/qgis/python/plugins")
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:composite")
    dialog = AlgorithmDialog(alg, parent=qgis_iface.mainWindow())
    try:
        context = QgsProcessingContext()
        wrappers = dialog.mainWidget().wrappers
        assert {"INPUT", "METHOD", "RESOLUTION", "BANDS", "AUX", "OUTPUT"} <= set(wrappers)
        wrappers["INPUT"].setParameterValue(str(SAMPLE_DIR), context)
        wrappers["BANDS"].setParameterValue([3, 7], context)
        wrappers["RESOLUTION"].setParameterValue(1, context)
        values = dialog.mainWidget().createProcessingParameters()
        assert values["INPUT"] == str(SAMPLE_DIR)
        assert values["BANDS"] == [3, 7] and values["RESOLUTION"] == 1
        ok, message = alg.checkParameterValues(values, context)
        assert ok, message
    finally:
        dialog.deleteLater()
