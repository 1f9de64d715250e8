"""``s2gm:export``: an S2GM product or composite output written as GeoTIFF (COG) / JP2 /
NetCDF-CF, optionally in another CRS (UTM zone / WGS84), with metadata and S2GM naming.
A thin wrapper around ``s2gm_plugin.product.convert.export``."""
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination)
from qgis.PyQt.QtCore import QCoreApplication

from .params import ParameterForgivingEnum, ParameterInputPath, ParameterValueError

FORMATS = ("GeoTIFF", "JP2", "NetCDF")
CRS_CHOICES = ("same", "UTM", "WGS84")


def _normalise_format(text):
    key = text.strip().upper()
    return {"TIF": "GeoTIFF", "TIFF": "GeoTIFF", "COG": "GeoTIFF", "JPEG2000": "JP2",
            "NC": "NetCDF", "NETCDF4": "NetCDF"}.get(key, key)


def _normalise_crs(text):
    key = text.strip().upper()
    return {"EPSG:4326": "WGS84", "4326": "WGS84", "WGS 84": "WGS84", "KEEP": "SAME",
            "SAME AS INPUT": "SAME"}.get(key, key)


class ExportAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    CRS = "CRS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PRODUCTS = "PRODUCTS"

    def tr(self, message):
        return QCoreApplication.translate("ExportAlgorithm", message)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return ExportAlgorithm()

    def name(self):
        return "export"

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr("Export product (format, coordinate system)")

    def group(self):
        return self.tr("Products")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "products"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "<p>Writes an S2GM product, a product GeoTIFF or an s2gm:composite output as an "
            "S2GM product in another format and/or coordinate system.</p>"
            "<p><b>Formats</b>: GeoTIFF (cloud-optimised, one file per layer), JP2 (lossless "
            "JPEG 2000) or NetCDF-CF (one file).</p>"
            "<p><b>Coordinate system</b>: same as the input, the UTM zone of the product's "
            "centre (60 m-aligned grid) or WGS84 (EPSG:4326). Every layer is reprojected "
            "with nearest neighbour, so each pixel stays one original observation.</p>"
            "<p>The product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} "
            "and gets a metadata JSON and an INSPIRE XML. Every file is re-opened and "
            "checked; a product that fails is not delivered and the reason is written to "
            "qc_failed_*.json in the output folder.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(ParameterInputPath(
            self.INPUT, self.tr("Input: S2GM product folder, product GeoTIFF or composite output"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("Rasters (*.tif *.tiff *.jp2 *.nc);;All files (*)")))
        self.addParameter(ParameterForgivingEnum(
            self.FORMAT, self.tr("Format"), list(FORMATS), defaultValue=0, normalise=_normalise_format))
        self.addParameter(ParameterForgivingEnum(
            self.CRS, self.tr("Coordinate system"), list(CRS_CHOICES), defaultValue=0,
            normalise=_normalise_crs))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(self.PRODUCTS, self.tr("Written product folders")))

    def _choice(self, parameters, name, options):
        try:
            return options[self.parameterDefinition(name).indices(parameters.get(name))[0]]
        except (ParameterValueError, IndexError):
            raise QgsProcessingException(self.tr("{name} '{value}' is unknown: use {options}.").format(
                name=name, value=parameters.get(name), options=", ".join(options))) from None

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        try:
            self._choice(parameters, self.FORMAT, FORMATS)
            self._choice(parameters, self.CRS, CRS_CHOICES)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..s2gm_plugin.errors import S2GMError
        from ..s2gm_plugin.product.convert import export

        source = self.parameterAsFile(parameters, self.INPUT, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        if not source or not os.path.exists(source):
            raise QgsProcessingException(self.tr(
                "INPUT '{path}' does not exist: give an S2GM product folder, a product GeoTIFF or an "
                "s2gm:composite output.").format(path=source))
        if not folder:
            raise QgsProcessingException(self.tr("Give an output folder for the exported product."))
        try:
            written = export(source, self._choice(parameters, self.FORMAT, FORMATS),
                             self._choice(parameters, self.CRS, CRS_CHOICES), folder,
                             is_cancelled=feedback.isCanceled, log=feedback.pushInfo)
        except S2GMError as error:
            raise QgsProcessingException(str(error)) from error
        for path in written:
            feedback.pushInfo(self.tr("Written: {path}").format(path=path))
        return {self.OUTPUT_FOLDER: folder, self.PRODUCTS: ";".join(written)}
