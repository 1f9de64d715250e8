"""Screenshots of the S2GM Mosaic Hub for the README: ``make screenshots``.

Starts QGIS (GUI application, run under ``xvfb-run`` by the Makefile) with a throw-away
profile, opens the Hub dock as the plugin does, orders a real mosaic of the bundled sample
(sample/T13SFA, 60 m, the three dekads of September 2024) through the dock's own
"Prepare download" button -- so ``s2gm:mosaic`` runs as a background task -- then clicks
two pixels on the map with the time-series tool and grabs the widgets with QWidget.grab():

    docs/img/hub_order.png        order panel, step 3 (period picker and area of interest)
    docs/img/hub_confirm.png      order panel, step 5 (summary and estimate)
    docs/img/hub_orders.png       orders list with the finished order
    docs/img/hub_downloads.png    download manager: the order's products
    docs/img/hub_time_series.png  time-series panel after clicks on two pixels
    docs/img/hub_window.png       the map (area of interest, clicked points) beside the dock

    .venv/bin/python scripts/screenshots.py [OUTPUT_FOLDER]   (default docs/img)
"""
import os
import shutil
import sys
import tempfile
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(REPO_ROOT, "sample", "T13SFA")
PLUGIN_NAME = "s2gm_mosaic"
# the sample tile's area in EPSG:32613 (as in tests/qgis/test_qgis_hub.py)
MAP_EXTENT = (678220, 4015870, 682770, 4021190)
AOI_UTM = (679000, 4016500, 682000, 4020500)
PIXELS = ((680500, 4018500), (681530, 4019470))
DOCK_SIZE = (560, 760)
WIDE_DOCK = (960, 360)


def wait_until(condition, timeout_s, what):
    from qgis.PyQt.QtCore import QCoreApplication
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("screenshots: timed out waiting for %s" % what)
        QCoreApplication.processEvents()
        time.sleep(0.02)


def settle(seconds=0.3):
    from qgis.PyQt.QtCore import QCoreApplication
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget, folder, name, max_width=None, dither=False):
    """``widget.grab()`` as an 8-bit palette PNG (UI images stay small; ``dither`` for imagery)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage
    settle()
    image = widget.grab().toImage()
    if max_width and image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.SmoothTransformation)
    image = image.convertToFormat(QImage.Format_Indexed8, Qt.DiffuseDither if dither
                                  else Qt.ThresholdDither | Qt.AvoidDither)
    path = os.path.join(folder, name)
    if not image.save(path, "PNG", 9):
        raise SystemExit("screenshots: could not write %s" % path)
    print("screenshots: %s (%d x %d, %d KB)" % (path, image.width(), image.height(),
                                                os.path.getsize(path) // 1024))
    return path


class MainWindowInterface:
    """What the plugin uses of QGIS's ``iface``, on a main window with a map canvas."""

    def __init__(self, window, canvas):
        from qgis.gui import QgsMessageBar
        self.window, self.canvas = window, canvas
        self.toolbar = window.addToolBar("Plugins")
        self.bar = QgsMessageBar(window)
        self.menu = window.menuBar().addMenu("Raster")

    def mainWindow(self):  # noqa: N802 - QGIS API name
        return self.window

    def mapCanvas(self):  # noqa: N802 - QGIS API name
        return self.canvas

    def messageBar(self):  # noqa: N802 - QGIS API name
        return self.bar

    def addDockWidget(self, area, dock):  # noqa: N802 - QGIS API name
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802 - QGIS API name
        self.window.removeDockWidget(dock)

    def addToolBarIcon(self, action):  # noqa: N802 - QGIS API name
        self.toolbar.addAction(action)

    def removeToolBarIcon(self, action):  # noqa: N802 - QGIS API name
        self.toolbar.removeAction(action)

    def addPluginToRasterMenu(self, _name, action):  # noqa: N802 - QGIS API name
        self.menu.addAction(action)

    def removePluginRasterMenu(self, _name, action):  # noqa: N802 - QGIS API name
        self.menu.removeAction(action)


def click(canvas, x, y):
    """A left click on the map at (x, y) in map units, delivered to the current map tool."""
    from qgis.core import QgsPointXY
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt
    from qgis.PyQt.QtGui import QMouseEvent
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
        event = QMouseEvent(kind, QPoint(int(pixel.x()), int(pixel.y())), Qt.LeftButton, Qt.LeftButton,
                            Qt.NoModifier)
        me = QgsMapMouseEvent(canvas, event)
        tool = canvas.mapTool()
        (tool.canvasPressEvent if kind == QEvent.MouseButtonPress else tool.canvasReleaseEvent)(me)


def main(out_dir):
    work = tempfile.mkdtemp(prefix="s2gm-screenshots-")
    try:
        run(os.path.abspath(out_dir), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(out_dir, work):
    # the checkout as the plugin package QGIS would load, in a throw-away profile
    os.makedirs(os.path.join(work, "plugins"))
    os.symlink(REPO_ROOT, os.path.join(work, "plugins", PLUGIN_NAME))
    sys.path.insert(0, os.path.join(work, "plugins"))
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ["GDAL_PAM_ENABLED"] = "NO"  # no .aux.xml statistics written beside the sample files
    os.environ.setdefault("NUMBA_CACHE_DIR", os.path.join(os.path.expanduser("~"), ".cache", "s2gm-mosaic"))

    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsProject,
                           QgsRectangle, QgsSettings)
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow

    app = QgsApplication([], True, os.path.join(work, "profile"))
    app.initQgis()
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", "en_US")  # the README is in English
    from processing.core.Processing import Processing
    Processing.initialize()
    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    window.setCentralWidget(canvas)
    iface = MainWindowInterface(window, canvas)
    window.resize(620 + DOCK_SIZE[0], DOCK_SIZE[1])
    window.show()

    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32613"))
    background = _background_layer()
    if background is not None:
        QgsProject.instance().addMapLayer(background)
        canvas.setLayers([background])
    canvas.setExtent(QgsRectangle(*MAP_EXTENT))
    canvas.refresh()

    import s2gm_mosaic
    plugin = s2gm_mosaic.classFactory(iface)
    plugin.initGui()
    dock = plugin.show_hub()
    dock.setMinimumWidth(DOCK_SIZE[0])
    settle()

    # ---- order panel: a real order of the sample, filled in as a user would
    utm = QgsGeometry.fromRect(QgsRectangle(*AOI_UTM))
    from qgis.core import QgsCoordinateTransform
    utm.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32613"),
                                         QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    dock.set_aoi(utm)
    picker = dock.period_picker
    picker.set_kind("10-day")
    picker.dekad_year.setValue(2024)
    picker.dekad_month.setCurrentIndex(8)
    for i in range(3):
        picker.dekad_buttons.button(i).click()
    dock.resolution_combo.setCurrentIndex(dock.resolution_combo.findData(60))
    for band, check in dock.band_checks.items():
        check.setChecked(band in ("B04", "B08"))  # the bands the sample has
    dock.name_edit.setText("T13SFA-sept")
    dock.local_source.setFilePath(SAMPLE)
    downloads = os.path.join(work, "S2GM")
    dock.output_dir.setFilePath(downloads)
    dock.load_check.setChecked(False)
    dock.tabs.setCurrentIndex(0)
    dock.steps.setCurrentIndex(2)
    os.makedirs(out_dir, exist_ok=True)
    save(dock, out_dir, "hub_order.png")
    dock.steps.setCurrentIndex(4)
    save(dock, out_dir, "hub_confirm.png")

    dock.prepare_button.click()
    record = dock.store.orders[-1]
    wait_until(lambda: dock.store.get(record.id).status not in ("queued", "running"), 600, "the order")
    record = dock.store.get(record.id)
    if record.status != "done":
        raise SystemExit("screenshots: the order did not finish: %s %s" % (record.status, record.reason))
    print("screenshots: order %s done, %d product(s)" % (record.name, len(record.products)))
    if [p["status"] for p in record.products] != ["delivered"] * 3:
        raise SystemExit("screenshots: products not delivered: %s" % record.products)

    # ---- orders list and download manager: the dock floating, wide enough for every column
    dock.setFloating(True)
    dock.resize(*WIDE_DOCK)
    dock.tabs.setCurrentIndex(1)
    dock.orders_table.selectRow(0)
    save(dock, out_dir, "hub_orders.png")
    dock.tabs.setCurrentIndex(2)
    dock.download_dir.setFilePath(downloads)
    save(dock, out_dir, "hub_downloads.png")
    dock.setFloating(False)
    settle()

    # ---- time series: two clicked pixels compared in one chart
    ts = dock.time_series
    dock.tabs.setCurrentIndex(3)
    ts.source.setFilePath(downloads)
    ts.pick_button.setChecked(True)
    ts.keep_points.setChecked(True)
    for x, y in PIXELS:
        click(canvas, x, y)
        wait_until(lambda: ts.task is None, 300, "the time series")
    if len(ts.points) != len(PIXELS):
        raise SystemExit("screenshots: the time series did not come back: %s\n%s" % (ts.status.text(), ts.feedback.textLog()))
    ts.go_to(1)
    ts.chart.draw()
    save(dock, out_dir, "hub_time_series.png")

    # ---- the whole window: the map with the area of interest and the clicked points
    canvas.refresh()
    wait_until(lambda: not canvas.isDrawing(), 60, "the map")
    settle(1.0)
    save(window, out_dir, "hub_window.png", max_width=1100, dither=True)

    ts.pick_button.setChecked(False)
    plugin.unload()
    QgsProject.instance().removeAllMapLayers()
    window.close()
    app.exitQgis()


def _background_layer():
    """One sample scene under the AOI: B08 (near infrared) at 10 m, grey, 2-98 % stretch."""
    import glob
    from qgis.core import QgsContrastEnhancement, QgsRasterLayer, QgsRasterMinMaxOrigin
    b08 = sorted(glob.glob(os.path.join(SAMPLE, "S2B_MSIL2A_20240911*", "GRANULE", "*", "IMG_DATA", "R10m",
                                        "*_B08_10m.jp2")))
    if not b08:
        return None
    layer = QgsRasterLayer(b08[0], "Sentinel-2 L2A B08 2024-09-11")
    if not layer.isValid():
        return None
    layer.setContrastEnhancement(QgsContrastEnhancement.StretchToMinimumMaximum, QgsRasterMinMaxOrigin.CumulativeCut)
    return layer


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO_ROOT, "docs", "img"))
