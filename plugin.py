"""The QGIS plugin object: registers the Processing provider, a translator and the GUI entry.

``initProcessing`` is all that ``qgis_process`` calls; ``initGui`` only runs in the desktop
application. ``unload`` removes everything the two added.
"""
import importlib.util
import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox

from .algorithms.provider import S2GMProvider

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
ICON_PATH = os.path.join(PLUGIN_DIR, "icons", "s2gm.svg")
LOG_TAG = "S2GM Mosaic"
COMPOSITE_ALGORITHM_ID = "s2gm:composite"


def user_locale():
    """Two-letter language code QGIS uses for its own translations ("de", "fr", "en"...)."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    if not locale:
        locale = settings.value("locale/globalLocale", "", type=str) or QLocale().name()
    return (locale or "en")[:2]


def translation_file(locale):
    """Path of the compiled translation for ``locale`` (may not exist)."""
    return os.path.join(PLUGIN_DIR, "i18n", "s2gm_mosaic_{}.qm".format(locale))


class S2GMMosaicPlugin:
    """Plugin instance created by :func:`classFactory`; ``iface`` is None under qgis_process."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar_actions = []
        self.menu_name = None
        self.hub_dock = None
        self.translator = None
        self._install_translator()

    def tr(self, message):
        return QCoreApplication.translate("S2GMMosaicPlugin", message)

    # -- translation --------------------------------------------------------------------
    def _install_translator(self):
        path = translation_file(user_locale())
        if not os.path.exists(path):
            return
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            self.translator = translator

    def _remove_translator(self):
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # -- processing ---------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API name
        if self.provider is not None:
            return
        self.provider = S2GMProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)
        self._report_optional_packages()

    def _report_optional_packages(self):
        if importlib.util.find_spec("numba") is None:
            QgsMessageLog.logMessage(
                self.tr("numba is not installed: composites use the slower numpy path "
                        "(same results). To speed them up install numba: on Debian/Ubuntu "
                        "'sudo apt install python3-numba', elsewhere 'pip install numba' "
                        "in the Python environment QGIS uses."),
                LOG_TAG, Qgis.Info)

    # -- GUI ----------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 - QGIS API name
        self.initProcessing()
        if self.iface is None:
            return
        self.menu_name = self.tr("S2GM Mosaic")
        composite_action = QAction(QIcon(ICON_PATH), self.tr("S2GM composite…"),
                                   self.iface.mainWindow())
        composite_action.setObjectName("s2gmCompositeAction")
        composite_action.setToolTip(self.tr("Open the S2GM composite algorithm"))
        composite_action.triggered.connect(self.open_composite_dialog)
        hub_action = QAction(QIcon(ICON_PATH), self.tr("S2GM Mosaic Hub"), self.iface.mainWindow())
        hub_action.setObjectName("s2gmHubAction")
        hub_action.setToolTip(self.tr("Order mosaics, follow downloads and read pixel time series"))
        hub_action.triggered.connect(self.show_hub)
        about_action = QAction(self.tr("About S2GM Mosaic"), self.iface.mainWindow())
        about_action.setObjectName("s2gmAboutAction")
        about_action.triggered.connect(self.show_about)

        for action in (hub_action, composite_action):
            self.iface.addToolBarIcon(action)
            self.toolbar_actions.append(action)
        for action in (hub_action, composite_action, about_action):
            self.iface.addPluginToRasterMenu(self.menu_name, action)
            self.actions.append(action)

    def show_hub(self):
        """Create (once) and show the S2GM Mosaic Hub dock."""
        if self.hub_dock is None:
            from qgis.PyQt.QtCore import Qt

            from .ui.dck_mosaic_hub import MosaicHubDock
            self.hub_dock = MosaicHubDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.hub_dock)
        self.hub_dock.show()
        self.hub_dock.raise_()
        return self.hub_dock

    def open_composite_dialog(self):
        """Open the Processing dialog of s2gm:composite (the toolbox runs the same code)."""
        import processing  # the Processing plugin is loaded by the time a user clicks

        processing.execAlgorithmDialog(COMPOSITE_ALGORITHM_ID)

    def show_about(self):
        QMessageBox.about(
            self.iface.mainWindow() if self.iface else None,
            self.tr("About S2GM Mosaic"),
            self.tr("S2GM Mosaic builds Sentinel-2 Global Mosaic style composites (STC and "
                    "medoid) from Sentinel-2 Level-2A data. Its algorithms are in the "
                    "Processing toolbox under 'S2GM Mosaic'."))

    def unload(self):
        if self.hub_dock is not None:
            self.hub_dock.unload()
            if self.iface is not None:
                self.iface.removeDockWidget(self.hub_dock)
            self.hub_dock.deleteLater()
            self.hub_dock = None
        if self.iface is not None:
            for action in self.toolbar_actions:
                self.iface.removeToolBarIcon(action)
            for action in self.actions:
                self.iface.removePluginRasterMenu(self.menu_name, action)
                action.deleteLater()
        self.actions = []
        self.toolbar_actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self._remove_translator()
