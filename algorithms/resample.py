"""``s2gm:resample``: an S2GM product (folder), a product GeoTIFF or an s2gm:composite
output to 10 / 20 / 60 m (spec section 4). A thin wrapper around
``s2gm_plugin.product.convert.resample``."""
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination)
from qgis.PyQt.QtCore import QCoreApplication

from .params import ParameterForgivingEnum, ParameterInputPath, ParameterValueError

RESOLUTIONS = ("10", "20", "60")


class ResampleAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    RESOLUTION = "RESOLUTION"
    OUTPUT = "OUTPUT"
    WRITTEN = "WRITTEN"

    def tr(self, message):
        return QCoreApplication.translate("ResampleAlgorithm", message)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return ResampleAlgorithm()

    def name(self):
        return "resample"

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr("Resample product (10 / 20 / 60 m)")

    def group(self):
        return self.tr("Products")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "products"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "<p>Resamples an S2GM product to 10, 20 or 60 m on the 60 m-aligned grid, so "
            "products of different resolutions nest.</p>"
            "<p><b>Input</b>: an S2GM product folder (the UTM or WGS84 folder with the layer "
            "files or the NetCDF and metadata JSON), a product GeoTIFF (one layer) or an "
            "s2gm:composite output or quality GeoTIFF.</p>"
            "<p><b>Rules</b>: upsampling and every class or quality layer (scene class, "
            "valid_obs, method, source_index, source_date, angles ...) use nearest neighbour, "
            "which keeps original values; reflectance downsampling is the mean of the valid "
            "pixels of each block.</p>"
            "<p><b>Output</b>: for a product folder, a folder that receives the resampled "
            "product with S2GM names and new metadata; for a GeoTIFF input, a GeoTIFF "
            "(cloud-optimised) with the same bands, types, no data and scale. Every file is "
            "re-opened and checked before it is put in place.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(ParameterInputPath(
            self.INPUT, self.tr("Input: S2GM product folder, product GeoTIFF or composite output"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("Rasters (*.tif *.tiff *.jp2 *.nc);;All files (*)")))
        self.addParameter(ParameterForgivingEnum(
            self.RESOLUTION, self.tr("Resolution (m)"), list(RESOLUTIONS), defaultValue=1,
            normalise=lambda text: text.strip().lower().rstrip("m").strip()))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Output (GeoTIFF for a raster input, folder for a product folder)"),
            fileFilter=self.tr("GeoTIFF (*.tif)")))
        self.addOutput(QgsProcessingOutputString(self.WRITTEN, self.tr("Written products or file")))

    def _resolution(self, parameters):
        try:
            return int(RESOLUTIONS[self.parameterDefinition(self.RESOLUTION).indices(
                parameters.get(self.RESOLUTION))[0]])
        except (ParameterValueError, IndexError):
            raise QgsProcessingException(self.tr(
                "RESOLUTION '{value}' is not offered: use 10, 20 or 60 (metres).").format(
                    value=parameters.get(self.RESOLUTION))) from None

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        try:
            self._resolution(parameters)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..s2gm_plugin.errors import S2GMError
        from ..s2gm_plugin.product.convert import resample

        source = self.parameterAsFile(parameters, self.INPUT, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not source or not os.path.exists(source):
            raise QgsProcessingException(self.tr(
                "INPUT '{path}' does not exist: give an S2GM product folder, a product GeoTIFF or an "
                "s2gm:composite output.").format(path=source))
        try:
            written = resample(source, self._resolution(parameters), output,
                               is_cancelled=feedback.isCanceled, log=feedback.pushInfo)
        except S2GMError as error:
            raise QgsProcessingException(str(error)) from error
        for path in written:
            feedback.pushInfo(self.tr("Written: {path}").format(path=path))
        return {self.OUTPUT: written[0] if len(written) == 1 else os.path.dirname(written[0]),
                self.WRITTEN: ";".join(written)}
