"""The S2GM Mosaic Hub dock and the time-series tool, driven like a user would: simulated
map clicks, the full order flow on the bundled real sample, persistence across restarts."""
import csv
import glob
import json
import os

import pytest
from osgeo import gdal
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject,
                       QgsRectangle)
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QMouseEvent
from s2gm_test_support import SAMPLE_DIR


@pytest.fixture()
def hub(qgis_iface, qgis_canvas, plugin_package, tmp_path, monkeypatch):
    """The plugin as QGIS loads it, with its profile folder in tmp_path; yields a factory
    so a test can 'restart' it."""
    monkeypatch.setattr(QgsApplication, "qgisSettingsDirPath", staticmethod(lambda: str(tmp_path / "profile")))
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32613"))
    qgis_canvas.resize(600, 600)
    qgis_canvas.setExtent(QgsRectangle(678220, 4015870, 682770, 4021190))
    qgis_canvas.refresh()
    plugins = []

    def start():
        plugin = plugin_package.classFactory(qgis_iface)
        plugin.initGui()
        plugins.append(plugin)
        return plugin, plugin.show_hub()

    yield start
    for plugin in plugins:
        plugin.unload()


def _click(canvas, map_x, map_y, kind=QEvent.MouseButtonRelease, button=Qt.LeftButton):
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(map_x, map_y))
    event = QMouseEvent(kind, QPoint(int(pixel.x()), int(pixel.y())), button, button, Qt.NoModifier)
    from qgis.gui import QgsMapMouseEvent
    tool = canvas.mapTool()
    me = QgsMapMouseEvent(canvas, event)
    {QEvent.MouseButtonPress: tool.canvasPressEvent, QEvent.MouseButtonRelease: tool.canvasReleaseEvent,
     QEvent.MouseMove: tool.canvasMoveEvent}[kind](me)


def _draw_rectangle(canvas, x0, y0, x1, y1):
    _click(canvas, x0, y0, QEvent.MouseButtonPress)
    _click(canvas, x1, y1, QEvent.MouseMove)
    _click(canvas, x1, y1, QEvent.MouseButtonRelease)


def test_drawing_a_rectangle_and_a_polygon_sets_the_aoi(hub, qgis_canvas):
    _plugin, dock = hub()
    dock.start_drawing("rectangle")
    _draw_rectangle(qgis_canvas, 679000, 4016500, 682000, 4020500)
    assert dock.aoi is not None
    box = dock.aoi.boundingBox()
    assert -103.1 < box.xMinimum() < box.xMaximum() < -102.9 and 36.2 < box.yMinimum() < 36.4
    assert 9 < dock.aoi_km2() < 14  # about 3 km x 4 km (clicks snap to screen pixels)
    assert dock.band.asGeometry().boundingBox().width() == pytest.approx(3000, rel=0.1)
    dock.start_drawing("polygon")
    for x, y in ((679000, 4016500), (682000, 4016500), (680500, 4020500)):
        _click(qgis_canvas, x, y)
    _click(qgis_canvas, 680500, 4020500, button=Qt.RightButton)
    assert dock.aoi_km2() == pytest.approx(6.0, rel=0.15)


def test_aoi_from_country_continent_and_wkt(hub):
    _plugin, dock = hub()
    from s2gm_mosaic.ui import aoi
    france = aoi.from_country("France")
    assert france.boundingBox().contains(QgsPointXY(2.35, 48.85))
    assert aoi.from_continent("Africa").boundingBox().contains(QgsPointXY(20, 0))
    dock.wkt_edit.setPlainText("POLYGON((10 45, 11 45, 11 46, 10 46, 10 45))")
    dock.findChild(type(dock.prepare_button), "btnUseWkt").click()
    assert dock.aoi.boundingBox().xMinimum() == 10
    dock.wkt_edit.setPlainText("not wkt")
    dock.findChild(type(dock.prepare_button), "btnUseWkt").click()
    assert "WKT" in dock.aoi_label.text()


class _Bot:
    """waitUntil like pytest-qt's qtbot (pytest-qt is not installed): run the event loop
    until ``condition()`` holds, so background tasks report back to the widgets."""

    @staticmethod
    def waitUntil(condition, timeout=60000):  # noqa: N802
        import time
        from qgis.PyQt.QtCore import QCoreApplication
        end = time.monotonic() + timeout / 1000.0
        while not condition():
            if time.monotonic() > end:
                raise AssertionError("timed out waiting for the background task")
            QCoreApplication.processEvents()
            time.sleep(0.02)


def test_full_order_flow_on_the_sample_then_reload_after_restart(hub, qgis_canvas, tmp_path):
    qtbot = _Bot()
    plugin, dock = hub()
    dock.start_drawing("rectangle")
    _draw_rectangle(qgis_canvas, 679000, 4016500, 682000, 4020500)
    dock.period_picker.set_kind("10-day")
    dock.period_picker.dekad_year.setValue(2024)
    dock.period_picker.dekad_month.setCurrentIndex(8)
    for i in range(3):
        dock.period_picker.dekad_buttons.button(i).click()
    assert dock.period_picker.dates() == ("2024-09-01", "2024-09-30")
    dock.resolution_combo.setCurrentIndex(2)
    for band, check in dock.band_checks.items():
        check.setChecked(band in ("B04", "B08"))
    dock.name_edit.setText("hub test")
    dock.local_source.setFilePath(str(SAMPLE_DIR))
    dock.output_dir.setFilePath(str(tmp_path / "downloads"))
    dock.steps.setCurrentIndex(4)
    assert "3</b> product(s)" in dock.summary.text()
    dock.prepare_button.click()
    record = dock.store.orders[-1]
    assert record.status == "running"
    qtbot.waitUntil(lambda: dock.store.get(record.id).status not in ("queued", "running"), timeout=120000)
    record = dock.store.get(record.id)
    assert record.status == "done", record.reason
    assert [p["status"] for p in record.products] == ["delivered"] * 3
    assert dock.downloads_table.rowCount() == 3
    assert len([l for l in QgsProject.instance().mapLayers().values() if "S2GM" in l.name()]) >= 3
    saved = json.load(open(dock.store.path))
    assert saved["orders"][0]["status"] == "done"

    plugin.unload()
    _plugin2, dock2 = hub()  # a new QGIS session
    assert [o.name for o in dock2.store.orders] == ["hub test"]
    assert dock2.orders_table.rowCount() == 1 and "done" in dock2.orders_table.item(0, 7).text()

    # time series tool on the delivered products: a simulated click
    ts = dock2.time_series
    ts.source.setFilePath(str(tmp_path / "downloads"))
    ts.pick_button.setChecked(True)
    assert qgis_canvas.mapTool() is ts.map_tool, (qgis_canvas.mapTool(), ts.map_tool)
    _click(qgis_canvas, 680500, 4018500)
    qtbot.waitUntil(lambda: ts.task is None, timeout=60000)
    assert ts.points, ts.status.text()
    centre = ts.points[-1].centre()
    assert [r["period_start"] for r in centre] == ["2024-09-01", "2024-09-11", "2024-09-21"]
    for row in centre:
        folder = os.path.join(record.order_folder, row["product"])
        b04 = gdal.Open(glob.glob(os.path.join(folder, "B04_*.tif"))[0])
        gt = b04.GetGeoTransform()
        x, y = float(row["x"]), float(row["y"])  # the pixel centre the click fell in
        assert abs(x - 680500) < 45 and abs(y - 4018500) < 45
        assert int(row["B04"]) == int(b04.ReadAsArray()[int((y - gt[3]) // gt[5]), int((x - gt[0]) // gt[1])])
    ts.go_to(0)
    assert "2024-09-01" in ts.period_label.text() and "13SFA" in ts.period_label.text()
    ts.next_button.click()
    assert "2024-09-11" in ts.period_label.text()
    ts.keep_points.setChecked(True)
    _click(qgis_canvas, 681000, 4019000)
    qtbot.waitUntil(lambda: ts.task is None, timeout=60000)
    assert len(ts.points) == 2, ts.status.text()
    out = ts.export_csv(str(tmp_path / "points.csv"))
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert {r["point"] for r in rows} == {"Point 1", "Point 2"}
    png = ts.export_png(str(tmp_path / "chart.png"))
    assert os.path.getsize(png) > 5000


def test_corrupt_orders_file_is_set_aside_with_a_message(hub, tmp_path):
    path = tmp_path / "profile" / "s2gm_mosaic" / "orders.json"
    path.parent.mkdir(parents=True)
    path.write_text("{ not json")
    _plugin, dock = hub()
    assert dock.store.orders == []
    assert "set aside" in dock.orders_message.text()
    assert glob.glob(str(path.parent / "orders.corrupt-*.json"))


def test_hub_action_opens_the_dock_and_unload_removes_it(qgis_iface, qgis_canvas, plugin_package):
    from qgis.PyQt.QtWidgets import QDockWidget
    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initGui()
    hub_action = next(a for a in plugin.toolbar_actions if a.objectName() == "s2gmHubAction")
    hub_action.trigger()
    dock = plugin.hub_dock
    assert isinstance(dock, QDockWidget) and dock.windowTitle() == "S2GM Mosaic Hub"
    dock.start_drawing("polygon")
    assert qgis_canvas.mapTool() is dock.aoi_tool
    plugin.unload()
    assert plugin.hub_dock is None
    assert qgis_canvas.mapTool() is None


def test_the_chosen_authentication_configuration_goes_to_the_algorithm(hub, basic_auth, tmp_path):
    """A Copernicus Data Space order: the dock asks for a login, passes the chosen
    configuration's id as AUTH to s2gm:mosaic, and keeps only that id in its orders file."""
    _plugin, dock = hub()
    dock.set_aoi(dock_aoi())
    dock.period_picker.set_kind("month")
    dock.period_picker.set_range("2024-09-01", "2024-09-30")
    dock.catalog_combo.setCurrentIndex(dock.catalog_combo.findData("https://stac.dataspace.copernicus.eu/v1"))
    dock.output_dir.setFilePath(str(tmp_path / "downloads"))
    assert dock.auth_select.isEnabled() and not dock.local_source.isEnabled()
    with pytest.raises(ValueError, match="login"):
        dock.order_parameters()
    authcfg = basic_auth("hub-user-x1", "Hub-pw-77!")
    dock.auth_select.setConfigId(authcfg)
    params = dock.order_parameters()
    assert params["AUTH"] == authcfg and params["INPUT"].startswith("https://stac.dataspace")
    from s2gm_mosaic.ui.orders_store import OrderRecord
    record = OrderRecord(name="cdse", parameters=params, format="GeoTIFF", resolution=60, crs="UTM",
                         period="month", start_date=params["START_DATE"], end_date=params["END_DATE"],
                         source=params["INPUT"], output_folder=params["OUTPUT_FOLDER"])
    dock.store.add(record)
    assert dock.algorithm_parameters(record)["AUTH"] == authcfg
    saved = open(dock.store.path, encoding="utf-8").read()
    assert authcfg in saved and "Hub-pw-77!" not in saved and "hub-user-x1" not in saved
    dock.catalog_combo.setCurrentIndex(dock.catalog_combo.findData("local"))
    dock.local_source.setFilePath(str(SAMPLE_DIR))
    assert "AUTH" not in dock.order_parameters()  # a local source needs no login


def dock_aoi():
    from qgis.core import QgsGeometry
    return QgsGeometry.fromWkt("POLYGON((-103.01 36.28, -102.98 36.28, -102.98 36.31, -103.01 36.31, -103.01 36.28))")


def test_continents_are_the_countries_of_the_un_regions(hub):
    """Continents come from a country -> continent table covering every country of QGIS's
    world map, not from boxes: Russia is in Europe, Turkey and Cyprus's neighbours in Asia."""
    hub()
    from s2gm_mosaic.ui import aoi
    from s2gm_mosaic.ui.continents import CONTINENT_OF
    layer = aoi.world_layer()
    codes = {f["ISO_A3"] for f in layer.getFeatures() if f["ISO_A3"] and f["ISO_A3"] != "-99"}
    assert codes <= set(CONTINENT_OF)  # every country has its continent
    europe = aoi.from_continent("Europe")
    assert europe.contains(QgsGeometry.fromPointXY(QgsPointXY(10.0, 51.0)))  # Germany
    assert europe.contains(QgsGeometry.fromPointXY(QgsPointXY(100.0, 60.0)))  # Siberia (Russia)
    assert not europe.contains(QgsGeometry.fromPointXY(QgsPointXY(-6.0, 32.0)))  # Morocco
    assert aoi.from_continent("South America").contains(QgsGeometry.fromPointXY(QgsPointXY(-50.0, -10.0)))
    assert aoi.from_continent("Oceania").contains(QgsGeometry.fromPointXY(QgsPointXY(134.0, -25.0)))
