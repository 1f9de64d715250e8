"""The plugin loads and unloads as QGIS does it, and leaves nothing behind."""
import configparser
import contextlib
import os
import subprocess
import sys
import textwrap

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtWidgets import QWidget
from s2gm_test_support import REPO_ROOT, plugin_parent_dir


class RecordingIface:
    """The part of QgisInterface the plugin uses, recording what is added and removed."""

    def __init__(self):
        self.window = QWidget()
        self.toolbar_actions = []
        self.menu_actions = []

    def mainWindow(self):  # noqa: N802
        return self.window

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar_actions.append(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.toolbar_actions.remove(action)

    def addPluginToRasterMenu(self, menu, action):  # noqa: N802
        self.menu_actions.append((menu, action))

    def removePluginRasterMenu(self, menu, action):  # noqa: N802
        self.menu_actions.remove((menu, action))


def test_metadata_declares_processing_provider():
    parser = configparser.ConfigParser()
    parser.read(REPO_ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    assert general["name"] == "S2GM Mosaic"
    assert general["version"] == "0.1.0"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    for key in ("author", "email", "about", "tracker", "repository", "homepage", "tags"):
        assert general[key].strip(), key
    assert (REPO_ROOT / general["icon"]).is_file()


def test_class_factory_without_iface_registers_provider(qgis_app, plugin_package):
    registry = QgsApplication.processingRegistry()
    plugin = plugin_package.classFactory(None)
    plugin.initProcessing()
    assert registry.providerById("s2gm") is not None
    plugin.initGui()  # no iface: provider only, no crash
    plugin.unload()
    assert registry.providerById("s2gm") is None


def test_gui_load_and_unload_leave_nothing_behind(qgis_app, plugin_package):
    registry = QgsApplication.processingRegistry()
    iface = RecordingIface()
    plugin = plugin_package.classFactory(iface)
    plugin.initGui()
    assert registry.providerById("s2gm") is not None
    assert [a.objectName() for a in iface.toolbar_actions] == ["s2gmHubAction", "s2gmCompositeAction"]
    assert {a.objectName() for _, a in iface.menu_actions} == {"s2gmHubAction", "s2gmCompositeAction",
                                                               "s2gmAboutAction"}
    plugin.unload()
    assert iface.toolbar_actions == []
    assert iface.menu_actions == []
    assert plugin.actions == []
    assert registry.providerById("s2gm") is None


def test_load_unload_with_pytest_qgis_iface(qgis_iface, plugin_package):
    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initGui()
    plugin.unload()
    plugin.initGui()  # a reload after unload works too
    assert QgsApplication.processingRegistry().providerById("s2gm") is not None
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("s2gm") is None


def test_numba_cache_dir_goes_to_profile(qgis_app, plugin_package, monkeypatch):
    monkeypatch.delenv("NUMBA_CACHE_DIR", raising=False)
    plugin_package.classFactory(None)
    expected = os.path.join(QgsApplication.qgisSettingsDirPath(), "cache", "s2gm_numba")
    assert os.path.normpath(os.environ["NUMBA_CACHE_DIR"]) == os.path.normpath(expected)
    monkeypatch.setenv("NUMBA_CACHE_DIR", "/somewhere/else")
    plugin_package.classFactory(None)
    assert os.environ["NUMBA_CACHE_DIR"] == "/somewhere/else"


def test_loading_the_plugin_imports_no_heavy_package():
    """numba, rasterio and netCDF4 are imported by the engine when a run starts, not before."""
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, %r)
        sys.path.append('/usr/share/qgis/python/plugins')
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        import s2gm_mosaic
        plugin = s2gm_mosaic.classFactory(None)
        plugin.initProcessing()
        alg = QgsApplication.processingRegistry().createAlgorithmById('s2gm:composite')
        assert alg is not None and alg.shortHelpString()
        heavy = sorted(m for m in ('numba', 'rasterio', 'netCDF4') if m in sys.modules)
        print('HEAVY=' + ','.join(heavy))
        plugin.unload()
    """) % plugin_parent_dir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HEAVY=\n" in done.stdout, done.stdout


@contextlib.contextmanager
def installed_translation(path):
    """The compiled translation ``path`` installed in Qt for the ``with`` block."""
    if not os.path.exists(path):
        pytest.skip("compiled translations missing: run `make i18n`")
    translator = QTranslator()
    assert translator.load(path)
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("locale, group, name", [
    ("de", "Kompositbildung", "Komposit (STC / Medoid)"),
    ("fr", "Composition", "Composite (STC / médoïde)"),
])
def test_translations(qgis_app, plugin_package, locale, group, name):
    from s2gm_mosaic.algorithms.composite import CompositeAlgorithm
    from s2gm_mosaic.plugin import translation_file

    with installed_translation(translation_file(locale)):
        assert CompositeAlgorithm().group() == group
        assert CompositeAlgorithm().displayName() == name
    assert CompositeAlgorithm().group() == "Compositing"


TS_FILES = sorted((REPO_ROOT / "i18n").glob("s2gm_mosaic_*.ts"))


def _ts_messages(path):
    import xml.etree.ElementTree as ET
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message.find("source").text, message.find("translation")


def _placeholders(text):
    import string
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(path):
    """No message left unfinished or empty, the same {placeholders} and HTML tags as the
    source, and none in the "@default" context (a module-level tr() helper puts them there,
    where the runtime context never finds them)."""
    import re
    problems = []
    for context, source, translation in _ts_messages(path):
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append("untranslated [%s] %s" % (context, source))
            continue
        if context == "@default":
            problems.append("no context: %s" % source)
        if "{T}{SS}" not in source and _placeholders(source) != _placeholders(text):
            problems.append("placeholders differ: %s -> %s" % (source, text))
        if sorted(re.findall(r"</?[a-z]+>", source)) != sorted(re.findall(r"</?[a-z]+>", text)):
            problems.append("HTML tags differ: %s -> %s" % (source, text))
    assert len(TS_FILES) == 2 and not problems, "\n".join(problems)


def test_every_source_with_strings_is_scanned_for_translation():
    """Every plugin module that calls tr() / translate() is in i18n/s2gm_mosaic.pro."""
    import re
    pro = (REPO_ROOT / "i18n" / "s2gm_mosaic.pro").read_text()
    listed = {os.path.normpath(os.path.join(REPO_ROOT, "i18n", p))
              for p in re.findall(r"\.\./[\w/]+\.py", pro)}
    modules = [REPO_ROOT / "__init__.py", REPO_ROOT / "plugin.py"] + sorted(
        (REPO_ROOT / "algorithms").glob("*.py")) + sorted((REPO_ROOT / "ui").glob("*.py"))
    missing = [str(m.relative_to(REPO_ROOT)) for m in modules
               if re.search(r"\btr\(|translate\(", m.read_text(encoding="utf-8")) and str(m) not in listed]
    assert not missing, "add to i18n/s2gm_mosaic.pro, then make i18n-update: %s" % missing


@pytest.mark.parametrize("locale, tab, csv_button, wkt_error", [
    ("de", "Neuer Auftrag", "Als CSV exportieren…", "Der Text ist kein WKT"),
    ("fr", "Nouvelle commande", "Exporter en CSV…", "Le texte n'est pas du WKT"),
])
def test_hub_translations(qgis_app, plugin_package, locale, tab, csv_button, wkt_error):
    """The dock, its time-series panel and the area-of-interest messages are translated."""
    from s2gm_mosaic.plugin import translation_file
    from s2gm_mosaic.ui import aoi
    from s2gm_mosaic.ui.wdg_time_series import TimeSeriesWidget

    with installed_translation(translation_file(locale)):
        assert QCoreApplication.translate("MosaicHubDock", "New order") == tab
        widget = TimeSeriesWidget(None)  # self.tr() in a widget: the class name is the context
        assert widget.csv_button.text() == csv_button
        widget.unload()
        with pytest.raises(aoi.AoiError, match=wkt_error):
            aoi.from_wkt("not wkt")


def test_composite_action_opens_the_algorithm_dialog(qgis_processing, plugin_package,
                                                      monkeypatch):
    if "/usr/share/qgis/python/plugins" not in sys.path:
        sys.path.append("/usr/share/qgis/python/plugins")
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda algorithm_id, *args: opened.append(algorithm_id))
    iface = RecordingIface()
    plugin = plugin_package.classFactory(iface)
    plugin.initGui()
    try:
        next(a for a in iface.toolbar_actions if a.objectName() == "s2gmCompositeAction").trigger()
    finally:
        plugin.unload()
    assert opened == ["s2gm:composite"]
