"""``s2gm:pixeltimeseries``: the values of one pixel (or 3x3) over many periods, as CSV.

A thin wrapper around ``s2gm_plugin.timeseries.pixel_time_series``: products of an
``s2gm:mosaic`` order are read where the point falls; a scene stack / catalog is
composited on a few pixels around the point only, one period at a time.
"""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterPoint,
                       QgsProcessingParameterString)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .params import ParameterForgivingEnum, ParameterInputPath, ParameterValueError, parse_date

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         "icons", "s2gm.svg")
WINDOWS = ("1x1", "3x3")
PERIODS = ("day", "10-day", "month", "quarter", "year")
RESOLUTIONS = ("10", "20", "60")


def _normalise_period(text):
    from .mosaic import _normalise_period as normalise
    return normalise(text)


class PixelTimeSeriesAlgorithm(QgsProcessingAlgorithm):
    """One row per period with every band and quality layer at a point."""

    INPUT = "INPUT"
    POINT = "POINT"
    WINDOW = "WINDOW"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    PERIOD = "PERIOD"
    RESOLUTION = "RESOLUTION"
    OUTPUT = "OUTPUT"
    ROWS = "ROWS"
    PERIODS_FOUND = "PERIODS"

    def tr(self, message):
        return QCoreApplication.translate("PixelTimeSeriesAlgorithm", message)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return PixelTimeSeriesAlgorithm()

    def name(self):
        return "pixeltimeseries"

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr("Pixel time series (CSV)")

    def group(self):
        return self.tr("Products")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "products"

    def icon(self):
        return QIcon(ICON_PATH)

    def tags(self):
        return self.tr("sentinel-2,s2gm,time series,profile,pixel,ndvi,csv").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "<p>For a point and a date range, one CSV row per period with every band and "
            "quality layer at that pixel, the NDVI, the source scene identifier, its tile and "
            "its date.</p>"
            "<p><b>Input</b>: the output folder of an <i>s2gm:mosaic</i> order (or one order "
            "or product folder; GeoTIFF, JP2 or NetCDF), or Sentinel-2 L2A scenes (a folder or "
            "a STAC JSON / API URL): then each period is composited on the few pixels around "
            "the point only.</p>"
            "<p><b>Window</b>: 1x1 or 3x3 (the nine pixels around the point, then a mean and a "
            "standard deviation row per period).</p>"
            "<p>Values are stored as in the products: reflectance x 10000, quality layers as in "
            "the S2GM specification; an empty cell is no data.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(ParameterInputPath(
            self.INPUT, self.tr("Input: S2GM products folder, L2A scenes folder or STAC JSON"),
            behavior=QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterPoint(self.POINT, self.tr("Point")))
        self.addParameter(ParameterForgivingEnum(
            self.WINDOW, self.tr("Window"), list(WINDOWS), defaultValue=0,
            normalise=lambda text: {"1": "1x1", "3": "3x3", "9": "3x3"}.get(text.strip(), text.strip().lower())))
        self.addParameter(QgsProcessingParameterString(
            self.START_DATE, self.tr("Start date (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.END_DATE, self.tr("End date (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(ParameterForgivingEnum(
            self.PERIOD, self.tr("Period (products: only this kind; scenes: default 10-day)"),
            list(PERIODS), optional=True, normalise=_normalise_period))
        resolution = ParameterForgivingEnum(
            self.RESOLUTION, self.tr("Resolution (m) when compositing scenes"), list(RESOLUTIONS),
            defaultValue=2, normalise=lambda text: text.strip().lower().rstrip("m").strip())
        resolution.setFlags(resolution.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(resolution)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Time series CSV"), self.tr("CSV files (*.csv)")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.PERIODS_FOUND, self.tr("Periods with a value")))

    def _enum(self, parameters, name):
        definition = self.parameterDefinition(name)
        try:
            indices = definition.indices(parameters.get(name))
        except ParameterValueError as error:
            raise QgsProcessingException(self.tr("{name}: '{value}' is not one of {options}.").format(
                name=name, value=str(error), options=", ".join(definition.options()))) from None
        return definition.options()[indices[0]] if indices else None

    def _date(self, parameters, name, context):
        raw = self.parameterAsString(parameters, name, context)
        try:
            return parse_date(raw)
        except ParameterValueError:
            raise QgsProcessingException(self.tr(
                "{name} '{value}' is not a date: write it as YYYY-MM-DD.").format(name=name, value=raw)) from None

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        try:
            for name in (self.WINDOW, self.PERIOD, self.RESOLUTION):
                self._enum(parameters, name)
            self._date(parameters, self.START_DATE, context)
            self._date(parameters, self.END_DATE, context)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..s2gm_plugin.errors import S2GMError
        from ..s2gm_plugin.timeseries import pixel_time_series, write_csv

        source = self.parameterAsString(parameters, self.INPUT, context).strip()
        if not source:
            raise QgsProcessingException(self.tr("No input given: choose a folder of S2GM products or of L2A scenes."))
        crs = self.parameterAsPointCrs(parameters, self.POINT, context)
        point = self.parameterAsPoint(parameters, self.POINT, context, crs)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        period = self._enum(parameters, self.PERIOD)
        window = self._enum(parameters, self.WINDOW) or "1x1"
        resolution = int(self._enum(parameters, self.RESOLUTION) or 60)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        def progress(percent, message=None):
            feedback.setProgress(max(0.0, min(100.0, float(percent))))
            if message:
                feedback.setProgressText(str(message))

        try:
            series = pixel_time_series(
                source, point.x(), point.y(), crs.toWkt(), window=window,
                start_date=self._date(parameters, self.START_DATE, context),
                end_date=self._date(parameters, self.END_DATE, context), period=period,
                resolution=resolution, progress=progress, is_cancelled=feedback.isCanceled,
                log=feedback.pushInfo)
        except S2GMError as error:
            raise QgsProcessingException(str(error)) from error
        for note in series.notes:
            feedback.pushInfo(note)
        write_csv(series, output)
        periods = len({r.period_start for r in series.rows})
        feedback.pushInfo(self.tr("{rows} row(s) for {periods} period(s) at lon {lon:.6f}, lat {lat:.6f}.").format(
            rows=len(series.rows), periods=periods, lon=series.lon, lat=series.lat))
        return {self.OUTPUT: output, self.ROWS: len(series.rows), self.PERIODS_FOUND: periods}
