"""Processing provider ``s2gm``: lists the plugin's algorithms."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .composite import CompositeAlgorithm
from .export import ExportAlgorithm
from .fetchl2a import FetchL2AAlgorithm
from .mosaic import MosaicAlgorithm
from .resample import ResampleAlgorithm
from .pixeltimeseries import PixelTimeSeriesAlgorithm

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         "icons", "s2gm.svg")


class S2GMProvider(QgsProcessingProvider):
    """Provider id ``s2gm``; algorithm ids are ``s2gm:<name>`` (stable API)."""

    def tr(self, message):
        return QCoreApplication.translate("S2GMProvider", message)

    def id(self):
        return "s2gm"

    def name(self):
        return self.tr("S2GM Mosaic")

    def longName(self):  # noqa: N802 - QGIS API name
        return self.tr("S2GM Mosaic (Sentinel-2 Global Mosaic composites)")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 - QGIS API name
        return ICON_PATH

    def loadAlgorithms(self):  # noqa: N802 - QGIS API name
        for algorithm in (CompositeAlgorithm(), FetchL2AAlgorithm(), MosaicAlgorithm(),
                          PixelTimeSeriesAlgorithm()):
            self.addAlgorithm(algorithm)
        for algorithm in (ResampleAlgorithm(), ExportAlgorithm()):
            self.addAlgorithm(algorithm)

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 - QGIS API name
        # The engine writes GeoTIFF (COG) only.
        return ["tif"]
