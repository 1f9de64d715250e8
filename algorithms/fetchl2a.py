"""``s2gm:fetchl2a``: search a catalog and download the L2A subset of an AOI.

A thin wrapper: parameters in, a ``FetchRequest`` to the engine
(``s2gm_plugin.catalog.fetch``), outputs out. The QGIS proxy settings and the credentials
of the chosen authentication configuration are read here and handed to the engine as plain
values (credentials in memory only, never logged).
"""
import os

from qgis.core import (QgsApplication, QgsProcessing, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingOutputFile, QgsProcessingOutputNumber,
                       QgsProcessingParameterAuthConfig, QgsProcessingParameterExtent,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsSettings)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..s2gm_plugin.bands import SPECTRAL_BANDS, normalise_band_key
from .auth import credentials_from_authcfg
from .composite import ICON_PATH, CompositeAlgorithm
from .params import ParameterForgivingEnum

CATALOG_KINDS = ("earth-search", "planetary-computer", "cdse", "local")


def network_settings_from_qgis():
    """The QGIS proxy settings (Settings > Options > Network) as engine NetworkSettings."""
    from ..s2gm_plugin import __version__
    from ..s2gm_plugin.catalog.transfer import NetworkSettings
    s = QgsSettings()
    proxy = None
    if str(s.value("proxy/proxyEnabled", False)).lower() in ("true", "1"):
        host = s.value("proxy/proxyHost", "") or ""
        port = s.value("proxy/proxyPort", "") or ""
        kind = str(s.value("proxy/proxyType", "HttpProxy") or "")
        if host and kind not in ("DefaultProxy", "NoProxy"):
            user = s.value("proxy/proxyUser", "") or ""
            password = s.value("proxy/proxyPassword", "") or ""
            scheme = "socks5h" if "Socks" in kind else "http"
            auth = "%s:%s@" % (user, password) if user else ""
            proxy = "%s://%s%s%s" % (scheme, auth, host, ":%s" % port if port else "")
    excluded = s.value("proxy/proxyExcludedUrls", "") or ""
    if isinstance(excluded, (list, tuple)):
        excluded = ",".join(excluded)
    return NetworkSettings(proxy=proxy, no_proxy=str(excluded).replace("|", ",") or None,
                           verify=ca_bundle_from_qgis(),
                           user_agent="S2GM-Mosaic/%s (QGIS %s)" % (__version__, _qgis_version()))


def ca_bundle_from_qgis():
    """The certificate authorities QGIS trusts, for requests and GDAL's curl.

    Where the user added authorities to QGIS (Settings > Options > Authentication:
    an extra CA file or CAs imported into the authentication database), every CA that QGIS
    trusts is written as a PEM bundle in the profile (public certificates only, nothing
    secret) and its path is returned; otherwise True: the system store, as QGIS uses it.
    """
    am = QgsApplication.authManager()
    try:
        if not (list(am.extraFileCAs()) or list(am.databaseCAs())):
            return True
        pem = bytes(am.trustedCaCertsPemText())
    except Exception:  # noqa: BLE001 - an auth system that cannot answer: system store
        return True
    if not pem.strip():
        return True
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "cache")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "s2gm_ca_bundle.pem")
    tmp = path + ".%d.tmp" % os.getpid()
    with open(tmp, "wb") as fh:
        fh.write(pem)
    os.replace(tmp, path)
    return path


def _qgis_version():
    try:
        from qgis.core import Qgis
        # "3.22.16-Białowieża": HTTP headers are latin-1, keep the number only
        return Qgis.QGIS_VERSION.split("-")[0]
    except ImportError:  # pragma: no cover
        return "?"


class FetchL2AAlgorithm(QgsProcessingAlgorithm):
    """Search Earth Search, Planetary Computer, Copernicus Data Space or a local folder and
    keep the AOI window of every scene as local COGs plus STAC items."""

    CATALOG = "CATALOG"
    CATALOG_URL = "CATALOG_URL"
    EXTENT = "EXTENT"
    AOI = "AOI"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    MAX_CLOUD = "MAX_CLOUD"
    BANDS = "BANDS"
    AUTH = "AUTH"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    QC_REPORT = "QC_REPORT"
    ITEM_COLLECTION = "ITEM_COLLECTION"
    SCENES_FETCHED = "SCENES_FETCHED"
    SCENES_FAILED = "SCENES_FAILED"
    BYTES_TRANSFERRED = "BYTES_TRANSFERRED"

    # the composite algorithm's parameter readers work on the same names
    _raw = CompositeAlgorithm._raw
    _dates = CompositeAlgorithm._dates
    _enum_names = CompositeAlgorithm._enum_names
    _extent = CompositeAlgorithm._extent
    _aoi = CompositeAlgorithm._aoi
    _crs_string = staticmethod(CompositeAlgorithm._crs_string)

    def tr(self, message):
        return QCoreApplication.translate("FetchL2AAlgorithm", message)

    def createInstance(self):  # noqa: N802 - QGIS API name
        return FetchL2AAlgorithm()

    def name(self):
        return "fetchl2a"

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr("Fetch Sentinel-2 L2A (AOI subset)")

    def group(self):
        return self.tr("Data access")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "dataaccess"

    def tags(self):
        return self.tr("sentinel-2,l2a,stac,download,earth search,planetary computer,copernicus,cdse").split(",")

    def icon(self):
        return QIcon(ICON_PATH)

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "<p>Searches a catalog for Sentinel-2 Level-2A scenes of the area and period and keeps only "
            "the pixels of the area: each scene becomes a folder with one cloud-optimised GeoTIFF per "
            "band (plus SCL, AOT, WVP and the granule metadata when the catalog has them) and a STAC "
            "item; <i>items.json</i> lists them all. The output folder is an offline input for "
            "<i>Composite</i>. Running the same fetch again downloads nothing new.</p>"
            "<p><b>Catalog</b>: Earth Search (no account), Microsoft Planetary Computer (no account; "
            "downloads are signed automatically), Copernicus Data Space (needs an account: choose an "
            "authentication configuration of type Basic with your user name and password), or a "
            "local folder / catalog JSON given in <i>Catalog URL</i>. <i>Catalog URL</i> replaces "
            "the catalog's standard address.</p>"
            "<p>Cloud-optimised GeoTIFFs are read by window (only the area travels); JPEG 2000 files "
            "(Copernicus Data Space) are downloaded whole once, then cut. Failed downloads are "
            "retried; a scene that still fails is listed in the report and the others go on. The "
            "report also gives the bytes transferred and the bytes of the area windows.</p>"
            "<p>Network: the QGIS proxy settings are used.</p>")

    def helpUrl(self):  # noqa: N802 - QGIS API name
        return "https://github.com/s2gm-mosaic/s2gm-mosaic-qgis#readme"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(ParameterForgivingEnum(
            self.CATALOG, self.tr("Catalog"),
            # catalog names are proper names and stable API (design.md): not translated
            ["Earth Search", "Planetary Computer", "Copernicus Data Space", "Local folder/catalog"], defaultValue=0,
            normalise=_normalise_catalog))
        self.addParameter(QgsProcessingParameterString(
            self.CATALOG_URL, self.tr("Catalog URL (empty = the catalog's standard address; a path for "
                                      "Local folder/catalog)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AOI, self.tr("Area of interest (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START_DATE, self.tr("Start date (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.END_DATE, self.tr("End date (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_CLOUD, self.tr("Maximum cloud cover of a scene (%)"),
            QgsProcessingParameterNumber.Double, defaultValue=100.0, minValue=0.0, maxValue=100.0))
        self.addParameter(ParameterForgivingEnum(
            self.BANDS, self.tr("Spectral bands (empty = all)"), list(SPECTRAL_BANDS), allowMultiple=True,
            optional=True, normalise=normalise_band_key))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTH, self.tr("Authentication (Copernicus Data Space: user name and password)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.QC_REPORT, self.tr("Fetch report"), self.tr("JSON files (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputFile(self.ITEM_COLLECTION, self.tr("Item collection")))
        self.addOutput(QgsProcessingOutputNumber(self.SCENES_FETCHED, self.tr("Number of scenes fetched")))
        self.addOutput(QgsProcessingOutputNumber(self.SCENES_FAILED, self.tr("Number of scenes that failed")))
        self.addOutput(QgsProcessingOutputNumber(self.BYTES_TRANSFERRED, self.tr("Bytes transferred")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        try:
            self._dates(parameters, context)
            for name in (self.CATALOG, self.BANDS):
                self._enum_names(parameters, name, context)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def _credentials(self, parameters, context):
        authcfg = self.parameterAsString(parameters, self.AUTH, context)
        if not authcfg:
            raise QgsProcessingException(self.tr(
                "Copernicus Data Space needs an account: choose an authentication configuration "
                "(Basic authentication, your CDSE user name and password) in Authentication."))
        return credentials_from_authcfg(authcfg)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..s2gm_plugin.catalog.fetch import FetchRequest, fetch_l2a
        from ..s2gm_plugin.catalog.stac_api import Catalog
        from ..s2gm_plugin.errors import S2GMError

        index = self.parameterDefinition(self.CATALOG).indices(parameters.get(self.CATALOG))[0]
        kind = CATALOG_KINDS[index]
        url = (self.parameterAsString(parameters, self.CATALOG_URL, context) or "").strip() or None
        if kind == "local" and not url:
            raise QgsProcessingException(self.tr(
                "Local folder/catalog: give the folder or catalog JSON in Catalog URL."))
        if kind == "local" and not os.path.exists(url):
            raise QgsProcessingException(self.tr(
                "Local folder/catalog {path} does not exist: give an existing folder or catalog JSON in "
                "Catalog URL.").format(path=url))
        start, end = self._dates(parameters, context)
        bands = self._enum_names(parameters, self.BANDS, context)
        extent, extent_crs = self._extent(parameters, context)
        aoi_wkt, aoi_crs = self._aoi(parameters, context, feedback)
        if not extent and not aoi_wkt:
            raise QgsProcessingException(self.tr(
                "Give an Extent or an Area of interest: the catalog is searched for scenes that cover it."))
        credentials = self._credentials(parameters, context) if kind == "cdse" else None
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        report = self.parameterAsFileOutput(parameters, self.QC_REPORT, context) or None
        request = FetchRequest(
            catalog=Catalog(kind, url if kind != "local" else None), output_folder=folder,
            local_path=url if kind == "local" else None, extent=extent, extent_crs=extent_crs,
            aoi_wkt=aoi_wkt, aoi_crs=aoi_crs, start_date=start, end_date=end,
            max_cloud=self.parameterAsDouble(parameters, self.MAX_CLOUD, context), bands=bands,
            network=network_settings_from_qgis(), credentials=credentials, report=report)

        def progress(percent, message=None):
            feedback.setProgress(max(0.0, min(100.0, float(percent))))
            if message:
                feedback.setProgressText(str(message))
        try:
            result = fetch_l2a(request, progress=progress, is_cancelled=feedback.isCanceled,
                               log=feedback.pushInfo)
        except S2GMError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("{fetched} scene(s) fetched, {skipped} already there, {failed} failed.").format(
            fetched=len(result.fetched), skipped=len(result.skipped), failed=len(result.failed)))
        for failure in result.failed:
            feedback.reportError(self.tr("{id} not fetched: {reason}").format(
                id=failure["id"], reason=failure["reason"]))
        if result.ratio:
            feedback.pushInfo(self.tr("Transferred {mb:.1f} MB for {win:.1f} MB of area windows ({ratio:.2f}x).")
                              .format(mb=result.bytes_transferred / 1e6, win=result.window_bytes / 1e6,
                                      ratio=result.ratio))
        return {self.OUTPUT_FOLDER: result.folder, self.QC_REPORT: result.report,
                self.ITEM_COLLECTION: result.item_collection, self.SCENES_FETCHED: len(result.fetched),
                self.SCENES_FAILED: len(result.failed), self.BYTES_TRANSFERRED: result.bytes_transferred}


def _normalise_catalog(text):
    key = str(text).strip().lower().replace("_", " ").replace("-", " ")
    aliases = {"earth search": "Earth Search", "earthsearch": "Earth Search", "es": "Earth Search",
               "planetary computer": "Planetary Computer", "pc": "Planetary Computer", "mpc": "Planetary Computer",
               "copernicus data space": "Copernicus Data Space", "cdse": "Copernicus Data Space",
               "local": "Local folder/catalog", "local folder/catalog": "Local folder/catalog",
               "local folder": "Local folder/catalog"}
    return aliases.get(key)
