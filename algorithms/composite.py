"""``s2gm:composite``: one S2GM composite (one period) from a local stack or a catalog.

A thin wrapper: parameters in, a :class:`CompositeRequest` to the engine, outputs out.
The engine (``s2gm_plugin``) is imported when the algorithm runs, not at plugin load.
"""
import os
import re

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsGeometry,
                       QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterAuthConfig,
                       QgsProcessingParameterCrs,
                       QgsProcessingParameterExtent, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterString,
                       QgsProperty)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..s2gm_plugin.bands import AUX_LAYERS, SPECTRAL_BANDS, normalise_band_key
from .params import (ParameterForgivingEnum, ParameterInputPath, ParameterValueError,
                     parse_date)

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         "icons", "s2gm.svg")

METHODS = ("auto", "STC", "MEDOID")
RESOLUTIONS = ("10", "20", "60")
_URL = re.compile(r"^(https?|s3|gs)://", re.IGNORECASE)


def _normalise_aux(name):
    key = str(name).strip().upper().replace("-", "_")
    return key if key in AUX_LAYERS else None


class CompositeAlgorithm(QgsProcessingAlgorithm):
    """Composite every Sentinel-2 L2A observation of a period into one S2GM product."""

    INPUT = "INPUT"
    EXTENT = "EXTENT"
    AOI = "AOI"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    METHOD = "METHOD"
    RESOLUTION = "RESOLUTION"
    BANDS = "BANDS"
    AUX = "AUX"
    CRS = "CRS"
    AUTH = "AUTH"
    OUTPUT = "OUTPUT"
    QUALITY = "QUALITY"
    QC_REPORT = "QC_REPORT"
    SCENES_USED = "SCENES_USED"
    SCENES_REJECTED = "SCENES_REJECTED"

    def tr(self, message):
        return QCoreApplication.translate("CompositeAlgorithm", message)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return CompositeAlgorithm()

    def name(self):
        return "composite"

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr("Composite (STC / medoid)")

    def group(self):
        return self.tr("Compositing")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "compositing"

    def tags(self):
        return self.tr("sentinel-2,s2gm,mosaic,composite,medoid,stc,cloud-free,l2a").split(",")

    def icon(self):
        return QIcon(ICON_PATH)

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "<p>Builds one cloud-free composite of a period from Sentinel-2 Level-2A "
            "surface reflectance, following the Sentinel-2 Global Mosaic (S2GM) rules.</p>"
            "<p><b>Input</b>: a folder (searched for SAFE products and STAC item JSON files) "
            "or a STAC item collection / catalog JSON file. Only observations between the "
            "start and end dates (inclusive) are used; the extent and the AOI polygons "
            "limit the area.</p>"
            "<p><b>Method</b>: every observation is first masked with its scene "
            "classification (clouds, cloud shadows, cirrus, saturated and no-data pixels "
            "are invalid). <i>STC</i> (short-term composite) picks, for pixels with fewer "
            "than four valid observations, the best one through a decision tree on the "
            "scene class and the reflectances. <i>MEDOID</i> picks, for pixels with four or "
            "more valid observations, the observation closest to all others (smallest sum "
            "of spectral distances); it keeps real, consistent spectra. <i>auto</i> uses "
            "MEDOID where there are at least four valid observations and STC elsewhere, as "
            "S2GM does.</p>"
            "<p><b>Composite</b>: a GeoTIFF with one band per selected spectral band "
            "(surface reflectance; band descriptions name the bands). Empty band selection "
            "means every band the inputs have.</p>"
            "<p><b>Quality</b>: a GeoTIFF with the bands valid_obs (number of valid "
            "observations), medoid_mos (medoid measure of spread), "
            "quality_scene_classification (scene class of the chosen observation), "
            "source_index (index of the chosen scene), source_date (days since 1970-01-01 "
            "of the chosen observation), method (1 = STC, 2 = MEDOID), then the selected "
            "auxiliary layers.</p>"
            "<p><b>QC report</b>: a JSON file listing the scenes used, the scenes rejected "
            "with the reason (unreadable, truncated, wrong size, no valid data), the filters "
            "applied and the pixel counts per method.</p>"
            "<p>Output CRS: empty means the UTM zone of the input tiles.</p>")

    def helpUrl(self):  # noqa: N802 - QGIS API name
        return "https://github.com/s2gm-mosaic/s2gm-mosaic-qgis#readme"

    # -- parameters ---------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(ParameterInputPath(
            self.INPUT,
            self.tr("Input: folder of L2A products, or item collection / catalog JSON"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("STAC JSON (*.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AOI, self.tr("Area of interest (polygons)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START_DATE, self.tr("Start date (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.END_DATE, self.tr("End date (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(ParameterForgivingEnum(
            self.METHOD, self.tr("Method"), list(METHODS), defaultValue=0,
            normalise=lambda text: text.strip().upper()))
        self.addParameter(ParameterForgivingEnum(
            self.RESOLUTION, self.tr("Resolution (m)"), list(RESOLUTIONS), defaultValue=0,
            normalise=lambda text: text.strip().lower().rstrip("m").strip()))
        self.addParameter(ParameterForgivingEnum(
            self.BANDS, self.tr("Spectral bands (empty = all available)"),
            list(SPECTRAL_BANDS), allowMultiple=True, optional=True,
            normalise=normalise_band_key))
        self.addParameter(ParameterForgivingEnum(
            self.AUX, self.tr("Auxiliary layers in the quality raster"), list(AUX_LAYERS),
            allowMultiple=True, optional=True, normalise=_normalise_aux))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Output CRS (empty = UTM zone of the input tiles)"),
            optional=True))
        auth = QgsProcessingParameterAuthConfig(
            self.AUTH, self.tr("Authentication (a Copernicus Data Space INPUT: user name and password)"),
            optional=True)
        auth.setFlags(auth.flags() | auth.FlagAdvanced)
        self.addParameter(auth)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Composite"), defaultValue=QgsProcessing.TEMPORARY_OUTPUT))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.QUALITY, self.tr("Quality layers"),
            defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.QC_REPORT, self.tr("QC report"), self.tr("JSON files (*.json)"),
            defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(
            self.SCENES_USED, self.tr("Number of scenes used")))
        self.addOutput(QgsProcessingOutputNumber(
            self.SCENES_REJECTED, self.tr("Number of scenes rejected")))

    # -- validation ---------------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        try:
            self._dates(parameters, context)
            for name in (self.METHOD, self.RESOLUTION, self.BANDS, self.AUX):
                self._enum_names(parameters, name, context)
            self._input_path(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        # A destination left out of a script's dict means its default (a temporary file);
        # QGIS 3.22 would refuse the missing value instead of using the default.
        parameters = dict(parameters)
        for name in (self.OUTPUT, self.QUALITY, self.QC_REPORT):
            if parameters.get(name) is None:
                parameters[name] = self.parameterDefinition(name).defaultValue()
        return super().checkParameterValues(parameters, context)

    def _raw(self, parameters, name, context):
        value = parameters.get(name)
        if isinstance(value, QgsProperty):
            value, _ = value.valueAsString(context.expressionContext())
        return value

    def _input_path(self, parameters, context):
        path = self._raw(parameters, self.INPUT, context)
        path = str(path).strip() if path is not None else ""
        if not path:
            raise QgsProcessingException(self.tr(
                "No input given: choose a folder with Sentinel-2 L2A products (SAFE folders "
                "or STAC item JSON files), or a STAC item collection / catalog JSON file."))
        if not _URL.match(path) and not os.path.exists(path):
            raise QgsProcessingException(self.tr(
                "Input not found: {path}. Choose an existing folder with Sentinel-2 L2A "
                "products (SAFE folders or STAC item JSON files), or a STAC item "
                "collection / catalog JSON file.").format(path=path))
        return path

    def _dates(self, parameters, context):
        dates = []
        for name in (self.START_DATE, self.END_DATE):
            raw = self._raw(parameters, name, context)
            try:
                dates.append(parse_date(raw))
            except ParameterValueError:
                raise QgsProcessingException(self.tr(
                    "{name} '{value}' is not a date: write it as YYYY-MM-DD, for example "
                    "2024-09-01.").format(name=name, value=raw)) from None
        start, end = dates
        if start and end and start > end:
            raise QgsProcessingException(self.tr(
                "The start date {start} is after the end date {end}.").format(
                    start=start, end=end))
        return start, end

    def _enum_names(self, parameters, name, context):
        definition = self.parameterDefinition(name)
        raw = self._raw(parameters, name, context)
        try:
            indices = definition.indices(raw)
        except ParameterValueError as error:
            raise QgsProcessingException(self.tr(
                "{name}: '{value}' is not one of {options} (give names or option "
                "numbers starting at 0).").format(
                    name=name, value=str(error), options=", ".join(definition.options()))
            ) from None
        if len(indices) > 1 and not definition.allowMultiple():
            raise QgsProcessingException(self.tr(
                "{name} takes one value, not {count}.").format(name=name, count=len(indices)))
        return [definition.options()[i] for i in indices]

    # -- geometry -----------------------------------------------------------------------
    @staticmethod
    def _crs_string(crs):
        if not crs.isValid():
            return None
        return crs.authid() or crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)

    def _extent(self, parameters, context):
        if parameters.get(self.EXTENT) in (None, ""):
            return None, None
        rect = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rect is None or rect.isNull() or rect.isEmpty():
            return None, None
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        return ([rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()],
                self._crs_string(crs))

    def _aoi(self, parameters, context, feedback):
        if parameters.get(self.AOI) in (None, ""):
            return None, None
        source = self.parameterAsSource(parameters, self.AOI, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AOI))
        request = QgsFeatureRequest().setNoAttributes()
        geometries = [f.geometry() for f in source.getFeatures(request)
                      if f.hasGeometry() and not f.geometry().isEmpty()]
        if not geometries:
            raise QgsProcessingException(self.tr(
                "The area of interest has no polygon: choose a layer with at least one "
                "polygon feature, or leave AOI empty."))
        union = QgsGeometry.unaryUnion(geometries)
        if union is None or union.isEmpty():
            raise QgsProcessingException(self.tr(
                "The polygons of the area of interest could not be merged: check them with "
                "'Check validity' or 'Fix geometries'."))
        feedback.pushInfo(self.tr("Area of interest: {count} feature(s) merged.").format(
            count=len(geometries)))
        return union.asWkt(), self._crs_string(source.sourceCrs())

    # -- run ----------------------------------------------------------------------------
    def _name_loaded_layer(self, context, path, name):
        if path and context.willLoadLayerOnCompletion(path):
            context.layerToLoadOnCompletionDetails(path).name = name

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..s2gm_plugin.errors import S2GMError
        from ..s2gm_plugin.pipeline import CompositeRequest, run_composite

        input_path = self._input_path(parameters, context)
        start, end = self._dates(parameters, context)
        method = self._enum_names(parameters, self.METHOD, context)[0]
        resolution = int(self._enum_names(parameters, self.RESOLUTION, context)[0])
        bands = self._enum_names(parameters, self.BANDS, context)
        aux = self._enum_names(parameters, self.AUX, context)
        extent, extent_crs = self._extent(parameters, context)
        aoi_wkt, aoi_crs = self._aoi(parameters, context, feedback)
        crs = self._crs_string(self.parameterAsCrs(parameters, self.CRS, context))

        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        quality = self.parameterAsOutputLayer(parameters, self.QUALITY, context) or None
        qc_report = self.parameterAsFileOutput(parameters, self.QC_REPORT, context) or None

        period = "{} – {}".format(start or "…", end or "…") if (start or end) else ""
        suffix = " " + period if period else ""
        self._name_loaded_layer(context, output, self.tr("S2GM composite") + suffix)
        self._name_loaded_layer(context, quality, self.tr("S2GM quality") + suffix)

        request = CompositeRequest(
            input_path=input_path, output=output, quality=quality, qc_report=qc_report,
            start_date=start, end_date=end, method=method, resolution=resolution,
            bands=bands, aux=aux, extent=extent, extent_crs=extent_crs,
            aoi_wkt=aoi_wkt, aoi_crs=aoi_crs, crs=crs)
        authcfg = self.parameterAsString(parameters, self.AUTH, context)
        if authcfg:  # read now, kept in memory for this run only
            from .auth import credentials_from_authcfg
            request.credentials = credentials_from_authcfg(authcfg)
        feedback.pushInfo(self.tr("Method {method}, {resolution} m, bands: {bands}.").format(
            method=method, resolution=resolution,
            bands=", ".join(bands) if bands else self.tr("all available")))

        last_message = [None]

        def progress(percent, message=None):
            feedback.setProgress(max(0.0, min(100.0, float(percent))))
            if message and message != last_message[0]:
                last_message[0] = message
                feedback.setProgressText(str(message))

        if _URL.match(input_path):  # a catalog INPUT: read through the QGIS proxy settings
            from ..s2gm_plugin.catalog.transfer import configure_network
            from .fetchl2a import network_settings_from_qgis
            configure_network(network_settings_from_qgis())
        try:
            result = run_composite(request, progress=progress,
                                   is_cancelled=feedback.isCanceled, log=feedback.pushInfo)
        except S2GMError as error:
            raise QgsProcessingException(str(error)) from error

        return {
            self.OUTPUT: result.output,
            self.QUALITY: result.quality,
            self.QC_REPORT: result.qc_report,
            self.SCENES_USED: len(result.scenes_used or []),
            self.SCENES_REJECTED: len(result.scenes_rejected or []),
        }
