"""The s2gm provider and the public face of s2gm:composite (ids, parameters, help)."""
from qgis.core import QgsApplication, QgsProcessing

COMPOSITE_PARAMETERS = ["INPUT", "EXTENT", "AOI", "START_DATE", "END_DATE", "METHOD",
                        "RESOLUTION", "BANDS", "AUX", "CRS", "AUTH", "OUTPUT", "QUALITY", "QC_REPORT"]


def test_provider_lists_algorithms(s2gm_provider):
    assert s2gm_provider.id() == "s2gm"
    ids = [alg.id() for alg in s2gm_provider.algorithms()]
    assert "s2gm:composite" in ids
    for alg in s2gm_provider.algorithms():
        assert alg.displayName() and alg.group() and alg.groupId() and alg.shortHelpString()


def test_composite_parameters_are_stable_api(s2gm_provider):
    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:composite")
    assert [p.name() for p in alg.parameterDefinitions()] == COMPOSITE_PARAMETERS
    assert alg.group() == "Compositing" and alg.groupId() == "compositing"
    assert alg.parameterDefinition("METHOD").options() == ["auto", "STC", "MEDOID"]
    assert alg.parameterDefinition("RESOLUTION").options() == ["10", "20", "60"]
    assert alg.parameterDefinition("BANDS").options() == [
        "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
    assert alg.parameterDefinition("AUX").options() == [
        "AOT", "WVP", "CLD", "SNW", "SUN_ZENITH", "SUN_AZIMUTH", "VIEW_ZENITH", "VIEW_AZIMUTH"]
    for name in ("EXTENT", "AOI", "START_DATE", "END_DATE", "BANDS", "AUX", "CRS", "QUALITY",
                 "QC_REPORT"):
        definition = alg.parameterDefinition(name)
        assert definition.flags() & definition.FlagOptional, name
    assert alg.parameterDefinition("QUALITY").defaultValue() == QgsProcessing.TEMPORARY_OUTPUT
    assert {o.name() for o in alg.outputDefinitions()} >= {"OUTPUT", "QUALITY", "QC_REPORT"}
    help_text = alg.shortHelpString()
    for word in ("STC", "MEDOID", "valid_obs", "source_date", "QC report"):
        assert word in help_text


def test_plain_enum_widgets(s2gm_provider):
    """The forgiving enums still look like plain enums to widgets, models, qgis_process."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("s2gm:composite")
    for name in ("METHOD", "RESOLUTION", "BANDS", "AUX"):
        assert alg.parameterDefinition(name).type() == "enum"
        clone = alg.parameterDefinition(name).clone()
        assert clone.checkValueIsAcceptable("0")
    assert alg.parameterDefinition("BANDS").clone().checkValueIsAcceptable("B04,B08")
