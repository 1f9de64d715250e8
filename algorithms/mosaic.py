"""``s2gm:mosaic``: a whole S2GM order (every period of a range, every UTM zone / WGS84 part
of an area) written as analysis-ready products with metadata, QC and the order JSON.

A thin wrapper: parameters in, an ``Order`` to ``s2gm_plugin.mosaic.run_order``, products
out (loaded with S2GM styles and the period as their temporal range).
"""
import os

from qgis.core import (QgsProcessingException, QgsProcessingOutputFolder,
                       QgsProcessingOutputNumber, QgsProcessingParameterAuthConfig,
                       QgsProcessingParameterBoolean, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ..s2gm_plugin.bands import AUX_LAYERS, SPECTRAL_BANDS, normalise_band_key
from .composite import _URL, CompositeAlgorithm, RESOLUTIONS, _normalise_aux
from .layers import load_products
from .params import ParameterForgivingEnum, ParameterInputPath

PERIODS = ("day", "10-day", "month", "quarter", "year")
FORMATS = ("GeoTIFF", "JP2", "NetCDF")
CRS_KINDS = ("UTM", "WGS84")
EXECUTORS = ("local", "Dask")


class MosaicAlgorithm(CompositeAlgorithm):
    """Every period x every zone of an order -> S2GM products."""

    PERIOD = "PERIOD"
    FORMAT = "FORMAT"
    NAME = "NAME"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    ORDER_FOLDER = "ORDER_FOLDER"
    PRODUCTS = "PRODUCTS"
    NO_DATA = "NO_DATA"
    FAILED = "FAILED"
    MAX_OUTPUT_GB = "MAX_OUTPUT_GB"
    CONFIRM_LARGE = "CONFIRM_LARGE"
    EXECUTOR = "EXECUTOR"
    DASK_SCHEDULER = "DASK_SCHEDULER"

    def tr(self, message):
        from qgis.PyQt.QtCore import QCoreApplication
        return QCoreApplication.translate("MosaicAlgorithm", message)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return MosaicAlgorithm()

    def name(self):
        return "mosaic"

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr("Mosaic order (periods, zones, products)")

    def group(self):
        return self.tr("Products")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "products"

    def tags(self):
        return self.tr("sentinel-2,s2gm,mosaic,order,period,dekad,month,cog,netcdf,jp2").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "<p>Runs a whole S2GM order: one composite per period (day, 10-day, month, "
            "quarter or year) touched by the start and end dates, and per UTM zone the area "
            "touches (or one WGS84 product), written as analysis-ready products.</p>"
            "<p><b>Formats</b>: GeoTIFF (cloud-optimised, one file per band or quality layer), "
            "JP2 (lossless JPEG 2000, one file per layer) or NetCDF-CF (one file per period, "
            "(time, y, x) variables).</p>"
            "<p>Each product folder is named S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version} "
            "and holds a metadata JSON (inputs used and rejected, share of each source, "
            "statistics, QC results, checksums) and an INSPIRE XML. Every file is re-opened "
            "and checked before delivery; a product that fails is not delivered. A period "
            "without usable scenes is recorded as 'no data' in order_status.json.</p>"
            "<p>The order is saved as order.json in the order folder; running the same order "
            "again resumes it (delivered products are kept) and gives the same bytes.</p>"
            "<p><b>Authentication</b> (advanced): for a Copernicus Data Space INPUT, a QGIS "
            "authentication configuration (Basic: your CDSE user name and password). It is read "
            "when the order runs and kept in memory only: never written into order.json, the "
            "status file, the metadata or the log.</p>") + self.tr(
            "<p><b>Run the products on</b> (advanced): <i>local</i> makes the products one after the "
            "other in QGIS; <i>Dask</i> sends each product (one period x one zone), cut into bands of rows, "
            "as tasks to a Dask cluster (Debian package python3-distributed) and gives the same products. Leave the Dask "
            "scheduler address empty to start a local cluster of worker processes for this order, or "
            "give the address of a running scheduler (tcp://host:8786, started with 'dask scheduler', "
            "workers with 'dask worker tcp://host:8786'): its workers need the plugin folder on their "
            "PYTHONPATH and the same input and output paths.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        from qgis.core import (QgsProcessing, QgsProcessingParameterExtent,
                               QgsProcessingParameterFeatureSource, QgsProcessingParameterFile)
        self.addParameter(ParameterInputPath(
            self.INPUT, self.tr("Input: folder of L2A products, or item collection / catalog JSON"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("STAC JSON (*.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AOI, self.tr("Area of interest (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START_DATE, self.tr("Start date (YYYY-MM-DD, inclusive)")))
        self.addParameter(QgsProcessingParameterString(
            self.END_DATE, self.tr("End date (YYYY-MM-DD, inclusive)")))
        self.addParameter(ParameterForgivingEnum(
            self.PERIOD, self.tr("Period"), list(PERIODS), defaultValue=2,
            normalise=_normalise_period))
        self.addParameter(ParameterForgivingEnum(
            self.FORMAT, self.tr("Format"), list(FORMATS), defaultValue=0,
            normalise=_normalise_format))
        self.addParameter(ParameterForgivingEnum(
            self.RESOLUTION, self.tr("Resolution (m)"), list(RESOLUTIONS), defaultValue=2,
            normalise=lambda text: text.strip().lower().rstrip("m").strip()))
        self.addParameter(ParameterForgivingEnum(
            self.CRS, self.tr("Coordinate system"), list(CRS_KINDS), defaultValue=0,
            normalise=lambda text: "WGS84" if text.strip().upper() in ("EPSG:4326", "4326", "WGS 84")
            else text.strip().upper()))
        self.addParameter(ParameterForgivingEnum(
            self.BANDS, self.tr("Spectral bands (empty = all available)"), list(SPECTRAL_BANDS),
            allowMultiple=True, optional=True, normalise=normalise_band_key))
        self.addParameter(ParameterForgivingEnum(
            self.AUX, self.tr("Auxiliary layers"), list(AUX_LAYERS), allowMultiple=True,
            optional=True, normalise=_normalise_aux))
        self.addParameter(QgsProcessingParameterString(
            self.NAME, self.tr("Order name (letters, digits, '-')"), defaultValue="ORDER"))
        auth = QgsProcessingParameterAuthConfig(
            self.AUTH, self.tr("Authentication (a Copernicus Data Space INPUT: user name and password)"),
            optional=True)
        auth.setFlags(auth.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(auth)
        limit = QgsProcessingParameterNumber(
            self.MAX_OUTPUT_GB, self.tr("Size limit of an order without confirmation (GB)"),
            QgsProcessingParameterNumber.Double, defaultValue=50.0, minValue=0.0)
        limit.setFlags(limit.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(limit)
        confirm = QgsProcessingParameterBoolean(
            self.CONFIRM_LARGE, self.tr("Run an order above the size limit"), defaultValue=False)
        confirm.setFlags(confirm.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(confirm)
        executor = ParameterForgivingEnum(
            self.EXECUTOR, self.tr("Run the products on"), list(EXECUTORS), defaultValue=0,
            normalise=lambda text: "Dask" if text.strip().lower() == "dask" else text.strip().lower())
        executor.setFlags(executor.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(executor)
        scheduler = QgsProcessingParameterString(
            self.DASK_SCHEDULER, self.tr("Dask scheduler address (tcp://host:8786; empty = a local cluster)"),
            optional=True)
        scheduler.setFlags(scheduler.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(scheduler)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputFolder(self.ORDER_FOLDER, self.tr("Order folder")))
        self.addOutput(QgsProcessingOutputNumber(self.PRODUCTS, self.tr("Products delivered")))
        self.addOutput(QgsProcessingOutputNumber(self.NO_DATA, self.tr("Periods / zones without data")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("Products that failed QC")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        try:
            start, end = self._dates(parameters, context)
            if not start or not end:
                raise QgsProcessingException(self.tr(
                    "An order needs START_DATE and END_DATE (YYYY-MM-DD)."))
            for name in (self.PERIOD, self.FORMAT, self.RESOLUTION, self.CRS, self.BANDS, self.AUX,
                         self.EXECUTOR):
                self._enum_names(parameters, name, context)
            self._input_path(parameters, context)
            if parameters.get(self.AOI) in (None, "") and parameters.get(self.EXTENT) in (None, ""):
                raise QgsProcessingException(self.tr(
                    "An order needs an area: give EXTENT or AOI (polygons)."))
        except QgsProcessingException as error:
            return False, str(error)
        return super(CompositeAlgorithm, self).checkParameterValues(parameters, context)

    def order_from_parameters(self, parameters, context, feedback):
        from ..s2gm_plugin.order import Order
        start, end = self._dates(parameters, context)
        extent, extent_crs = self._extent(parameters, context)
        aoi_wkt, aoi_crs = self._aoi(parameters, context, feedback)
        return Order(
            name=self.parameterAsString(parameters, self.NAME, context) or "ORDER",
            period=self._enum_names(parameters, self.PERIOD, context)[0],
            start_date=start, end_date=end, source=self._input_path(parameters, context),
            aoi_wkt=aoi_wkt, aoi_crs=aoi_crs, extent=extent, extent_crs=extent_crs,
            bands=self._enum_names(parameters, self.BANDS, context),
            aux=self._enum_names(parameters, self.AUX, context),
            format=self._enum_names(parameters, self.FORMAT, context)[0],
            resolution=int(self._enum_names(parameters, self.RESOLUTION, context)[0]),
            crs_kind=self._enum_names(parameters, self.CRS, context)[0])

    def _dask_runner(self, parameters, context, feedback):
        """``run_order`` on the Dask cluster of DASK_SCHEDULER (empty: a local cluster)."""
        from ..s2gm_plugin.runner import DaskMissing, import_distributed, run_order_dask
        try:
            import_distributed()
        except DaskMissing as error:
            raise QgsProcessingException(self.tr(
                "EXECUTOR=Dask needs the Python package 'distributed': install Debian's "
                "python3-distributed (sudo apt-get install python3-distributed), restart QGIS, or run "
                "the order with EXECUTOR=local. ({error})").format(error=error)) from error
        address = (self.parameterAsString(parameters, self.DASK_SCHEDULER, context) or "").strip()
        if address and "://" not in address:
            raise QgsProcessingException(self.tr(
                "DASK_SCHEDULER '{address}' is not a scheduler address: write it like tcp://host:8786, "
                "or leave it empty to start a local cluster.").format(address=address))
        feedback.pushInfo(self.tr("Running the products on the Dask cluster at {address}").format(
            address=address) if address else self.tr("Running the products on a local Dask cluster"))

        def run(order, folder, **kw):
            return run_order_dask(order, folder, scheduler=address, **kw)
        return run

    def _scale_guard(self, order, folder, parameters, context, feedback):
        """Estimate the order first; refuse one that would not fit the disk, or that is above
        the size limit unless CONFIRM_LARGE is set (the message carries the estimate)."""
        from ..s2gm_plugin.estimate import OrderTooLarge, check_estimate, estimate_order
        from ..s2gm_plugin.errors import S2GMError
        try:
            estimate = estimate_order(order, folder)
            feedback.pushInfo(self.tr("Estimate: {summary}").format(summary=estimate.summary()))
            check_estimate(estimate, self.parameterAsDouble(parameters, self.MAX_OUTPUT_GB, context),
                           self.parameterAsBool(parameters, self.CONFIRM_LARGE, context))
        except OrderTooLarge as error:
            raise QgsProcessingException(str(error)) from error
        except S2GMError as error:  # an estimate that cannot be made does not stop the order
            feedback.pushInfo(self.tr("No estimate: {reason}").format(reason=str(error)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..s2gm_plugin.errors import S2GMError
        from ..s2gm_plugin.mosaic import run_order

        order = self.order_from_parameters(parameters, context, feedback)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        if not folder:
            raise QgsProcessingException(self.tr("Give an output folder for the order."))
        os.makedirs(folder, exist_ok=True)
        self._scale_guard(order, folder, parameters, context, feedback)
        credentials = None
        authcfg = self.parameterAsString(parameters, self.AUTH, context)
        if authcfg:  # read now, kept in memory for this run only
            from .auth import credentials_from_authcfg
            credentials = credentials_from_authcfg(authcfg)
        if _URL.match(order.source):  # a catalog INPUT: read through the QGIS proxy settings
            from ..s2gm_plugin.catalog.transfer import configure_network
            from .fetchl2a import network_settings_from_qgis
            configure_network(network_settings_from_qgis())

        def progress(percent, message=None):
            feedback.setProgress(max(0.0, min(100.0, float(percent))))
            if message:
                feedback.setProgressText(str(message))

        executor = self._enum_names(parameters, self.EXECUTOR, context)[0]
        runner = self._dask_runner(parameters, context, feedback) if executor == "Dask" else run_order
        try:
            result = runner(order, folder, progress=progress, is_cancelled=feedback.isCanceled,
                               log=feedback.pushInfo, credentials=credentials)
        except S2GMError as error:
            raise QgsProcessingException(str(error)) from error
        for entry in result.entries:
            if entry.status == "no_data":
                feedback.pushInfo(self.tr("No data for {period} {zone}: {reason}").format(
                    period=entry.period_start, zone=entry.target, reason=entry.reason))
            elif entry.status == "failed_qc":
                feedback.reportError(self.tr("Product {period} {zone} failed QC and was not delivered: "
                                             "{reason}").format(period=entry.period_start,
                                                                zone=entry.target, reason=entry.reason))
        load_products(result, context, feedback)
        return {
            self.OUTPUT_FOLDER: folder,
            self.ORDER_FOLDER: result.order_dir,
            self.PRODUCTS: len(result.delivered),
            self.NO_DATA: sum(1 for e in result.entries if e.status == "no_data"),
            self.FAILED: sum(1 for e in result.entries if e.status == "failed_qc"),
        }


def _normalise_period(text):
    key = text.strip().lower()
    return {"dekad": "10-day", "10day": "10-day", "10-days": "10-day", "d": "day", "t": "10-day",
            "m": "month", "q": "quarter", "y": "year", "daily": "day", "monthly": "month"}.get(key, key)


def _normalise_format(text):
    key = text.strip().upper()
    return {"TIF": "GeoTIFF", "TIFF": "GeoTIFF", "COG": "GeoTIFF", "JPEG2000": "JP2",
            "NC": "NetCDF", "NETCDF4": "NetCDF"}.get(key, key)
