"""The "S2GM Mosaic Hub" dock: order panel (steps), period picker, AOI, orders list,
download manager and the pixel time-series tool.

"Prepare download" runs ``s2gm:mosaic`` (the toolbox algorithm) as a
``QgsProcessingAlgRunnerTask``: progress, cancel, the UI stays responsive. Orders are kept
in ``<profile>/s2gm_mosaic/orders.json`` (see ``orders_store``).
"""
import json
import os

from qgis.core import (QgsApplication, QgsGeometry, QgsMapLayerProxyModel,
                       QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback,
                       QgsProject, QgsSettings)
from qgis.gui import QgsAuthConfigSelect, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QFormLayout,
                                 QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                                 QPlainTextEdit, QProgressBar, QPushButton,
                                 QScrollArea, QTableWidget, QTableWidgetItem, QTabWidget, QToolBox,
                                 QVBoxLayout, QWidget)

from ..s2gm_plugin.bands import AUX_LAYERS, SPECTRAL_BANDS
from . import aoi as aoi_tools
from .orders_store import OrderRecord, OrdersStore, human_bytes
from .wdg_period_picker import PeriodPickerWidget
from .wdg_time_series import TimeSeriesWidget

ALGORITHM = "s2gm:mosaic"
SETTINGS_PREFIX = "s2gm_mosaic/"
CATALOGS = (("local", "Local folder or STAC JSON"),
            ("https://earth-search.aws.element84.com/v1", "Earth Search (AWS)"),
            ("https://planetarycomputer.microsoft.com/api/stac/v1", "Microsoft Planetary Computer"),
            ("https://stac.dataspace.copernicus.eu/v1", "Copernicus Data Space (needs a login)"))


class OrderFeedback(QgsProcessingFeedback):
    """Feedback that reports progress and messages with the order's id in the main thread
    (the algorithm calls it from the task's thread; QGIS 3.22 has no progressTextChanged)."""

    progress_for = pyqtSignal(str, float)
    text_for = pyqtSignal(str, str)
    _text = pyqtSignal(str)

    def __init__(self, order_id):
        super().__init__()
        self.order_id = order_id
        self.progressChanged.connect(self._relay_progress)  # queued: this object lives in the main thread
        self._text.connect(self._relay_text)

    def setProgressText(self, text):  # noqa: N802 - QGIS API name
        super().setProgressText(text)
        self._text.emit(text)

    def _relay_progress(self, percent):
        self.progress_for.emit(self.order_id, float(percent))

    def _relay_text(self, text):
        self.text_for.emit(self.order_id, text)


def orders_path():
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "s2gm_mosaic")
    return os.path.join(folder, "orders.json")


def default_download_dir():
    return QgsSettings().value(SETTINGS_PREFIX + "download_dir",
                               os.path.join(os.path.expanduser("~"), "S2GM"), type=str)


class MosaicHubDock(QDockWidget):
    order_finished = pyqtSignal(str)

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("S2GM Mosaic Hub"))
        self.setObjectName("S2GMMosaicHubDock")
        self.iface = iface
        self.canvas = iface.mapCanvas() if iface is not None else None
        self.store = OrdersStore(orders_path())
        self.tasks = {}
        self.aoi = None
        self.aoi_tool = None
        self.band = aoi_tools.aoi_rubber_band(self.canvas) if self.canvas is not None else None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabHub")
        self.tabs.addTab(self._order_tab(), self.tr("New order"))
        self.tabs.addTab(self._orders_tab(), self.tr("Orders"))
        self.tabs.addTab(self._downloads_tab(), self.tr("Downloads"))
        self.time_series = TimeSeriesWidget(iface)
        self.tabs.addTab(self.time_series, self.tr("Time series"))
        self.setWidget(self.tabs)
        self.refresh_orders()
        if self.store.problem:
            self._message(self.store.problem, warning=True)

    # ================================================================== order tab
    def _order_tab(self):
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.steps = QToolBox()
        self.steps.setObjectName("tbxOrderSteps")
        layout.addWidget(self.steps)

        # step 1: data format
        w = QWidget()
        f = QFormLayout(w)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("cbbFormat")
        self.format_combo.addItems(["GeoTIFF", "JP2", "NetCDF"])
        self.resolution_combo = QComboBox()
        self.resolution_combo.setObjectName("cbbResolution")
        for r in ("10", "20", "60"):
            self.resolution_combo.addItem(self.tr("{res} m").format(res=r), int(r))
        self.resolution_combo.setCurrentIndex(2)
        self.crs_combo = QComboBox()
        self.crs_combo.setObjectName("cbbCrs")
        self.crs_combo.addItem(self.tr("UTM (one product per zone)"), "UTM")
        self.crs_combo.addItem(self.tr("WGS84 (EPSG:4326)"), "WGS84")
        f.addRow(self.tr("Format"), self.format_combo)
        f.addRow(self.tr("Resolution"), self.resolution_combo)
        f.addRow(self.tr("Coordinate system"), self.crs_combo)
        self.steps.addItem(w, self.tr("1. Data format"))

        # step 2: bands and aux
        w = QWidget()
        g = QGridLayout(w)
        self.band_checks = {}
        for i, band in enumerate(SPECTRAL_BANDS):
            c = QCheckBox(band)
            c.setObjectName("chkBand_" + band)
            c.setChecked(band in ("B02", "B03", "B04", "B08"))
            g.addWidget(c, i // 4, i % 4)
            self.band_checks[band] = c
        self.aux_checks = {}
        row0 = (len(SPECTRAL_BANDS) + 3) // 4 + 1
        g.addWidget(QLabel(self.tr("Auxiliary layers")), row0, 0, 1, 4)
        for i, aux in enumerate(AUX_LAYERS):
            c = QCheckBox(aux)
            c.setObjectName("chkAux_" + aux)
            g.addWidget(c, row0 + 1 + i // 3, i % 3)
            self.aux_checks[aux] = c
        self.steps.addItem(w, self.tr("2. Bands and auxiliary layers"))

        # step 3: period and area
        w = QWidget()
        v = QVBoxLayout(w)
        self.period_picker = PeriodPickerWidget()
        v.addWidget(self.period_picker)
        v.addWidget(self._aoi_box())
        self.steps.addItem(w, self.tr("3. Period and area of interest"))

        # step 4: order information
        w = QWidget()
        f = QFormLayout(w)
        self.name_edit = QLineEdit("ORDER")
        self.name_edit.setObjectName("leOrderName")
        self.catalog_combo = QComboBox()
        self.catalog_combo.setObjectName("cbbCatalog")
        labels = {"local": self.tr("Local folder or STAC JSON"),
                  CATALOGS[1][0]: self.tr("Earth Search (AWS)"),
                  CATALOGS[2][0]: self.tr("Microsoft Planetary Computer"),
                  CATALOGS[3][0]: self.tr("Copernicus Data Space (needs a login)")}
        for value, _label in CATALOGS:
            self.catalog_combo.addItem(labels[value], value)
        self.local_source = QgsFileWidget()
        self.local_source.setObjectName("fwLocalSource")
        self.local_source.setStorageMode(QgsFileWidget.GetDirectory)
        self.auth_select = QgsAuthConfigSelect()
        self.auth_select.setObjectName("authConfig")
        self.output_dir = QgsFileWidget()
        self.output_dir.setObjectName("fwOutputDir")
        self.output_dir.setStorageMode(QgsFileWidget.GetDirectory)
        self.output_dir.setFilePath(default_download_dir())
        self.load_check = QCheckBox(self.tr("Load the products into the project when done"))
        self.load_check.setChecked(True)
        f.addRow(self.tr("Order name"), self.name_edit)
        f.addRow(self.tr("Source"), self.catalog_combo)
        f.addRow(self.tr("Local folder"), self.local_source)
        f.addRow(self.tr("Authentication"), self.auth_select)
        f.addRow(self.tr("Download directory"), self.output_dir)
        f.addRow(self.load_check)
        self.catalog_combo.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        self.steps.addItem(w, self.tr("4. Order information"))

        # step 5: confirmation
        w = QWidget()
        v = QVBoxLayout(w)
        self.summary = QLabel()
        self.summary.setObjectName("lblOrderSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        v.addWidget(self.summary)
        self.prepare_button = QPushButton(self.tr("Prepare download"))
        self.prepare_button.setObjectName("btnPrepareDownload")
        self.prepare_button.clicked.connect(self.prepare_download)
        v.addWidget(self.prepare_button)
        self.steps.addItem(w, self.tr("5. Confirmation"))
        self.steps.currentChanged.connect(lambda _i: self.update_summary())
        self.period_picker.changed.connect(self.update_summary)

        nav = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.steps.setCurrentIndex(max(0, self.steps.currentIndex() - 1)))
        forward = QPushButton(self.tr("Next"))
        forward.setObjectName("btnNextStep")
        forward.clicked.connect(lambda: self.steps.setCurrentIndex(
            min(self.steps.count() - 1, self.steps.currentIndex() + 1)))
        nav.addWidget(back)
        nav.addWidget(forward)
        layout.addLayout(nav)
        self.order_message = QLabel()
        self.order_message.setObjectName("lblOrderMessage")
        self.order_message.setWordWrap(True)
        layout.addWidget(self.order_message)
        scroll.setWidget(page)
        return scroll

    def _source_changed(self):
        local = self.catalog_combo.currentData() == "local"
        self.local_source.setEnabled(local)
        self.auth_select.setEnabled("dataspace" in str(self.catalog_combo.currentData()))

    def _aoi_box(self):
        box = QGroupBox(self.tr("Area of interest"))
        g = QGridLayout(box)
        self.draw_rect_button = QPushButton(self.tr("Draw rectangle"))
        self.draw_rect_button.setObjectName("btnDrawRectangle")
        self.draw_poly_button = QPushButton(self.tr("Draw polygon"))
        self.draw_poly_button.setObjectName("btnDrawPolygon")
        self.draw_rect_button.clicked.connect(lambda: self.start_drawing("rectangle"))
        self.draw_poly_button.clicked.connect(lambda: self.start_drawing("polygon"))
        g.addWidget(self.draw_rect_button, 0, 0)
        g.addWidget(self.draw_poly_button, 0, 1)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("cbbAoiLayer")
        self.layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.selected_only = QCheckBox(self.tr("Selected features only"))
        use_layer = QPushButton(self.tr("Use layer"))
        use_layer.setObjectName("btnUseLayer")
        use_layer.clicked.connect(lambda: self._set_aoi_from(
            lambda: aoi_tools.from_layer(self.layer_combo.currentLayer(), self.selected_only.isChecked())))
        g.addWidget(self.layer_combo, 1, 0, 1, 2)
        g.addWidget(self.selected_only, 2, 0)
        g.addWidget(use_layer, 2, 1)
        self.aoi_file = QgsFileWidget()
        self.aoi_file.setObjectName("fwAoiFile")
        self.aoi_file.setFilter(self.tr("Vector files (*.geojson *.json *.gpkg *.shp *.kml);;All files (*)"))
        self.aoi_file.fileChanged.connect(lambda path: path and self._set_aoi_from(lambda: aoi_tools.from_file(path)))
        g.addWidget(QLabel(self.tr("File")), 3, 0)
        g.addWidget(self.aoi_file, 3, 1)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("cbbRegion")
        self.region_combo.setEditable(True)
        self.region_combo.addItem("")
        for name in aoi_tools.CONTINENTS:
            self.region_combo.addItem(self.tr("Continent: {name}").format(name=name), ("continent", name))
        for name in aoi_tools.country_names():
            self.region_combo.addItem(name, ("country", name))
        self.region_combo.activated.connect(self._region_chosen)
        g.addWidget(QLabel(self.tr("Country / continent")), 4, 0)
        g.addWidget(self.region_combo, 4, 1)
        self.wkt_edit = QPlainTextEdit()
        self.wkt_edit.setObjectName("pteWkt")
        self.wkt_edit.setPlaceholderText(self.tr("POLYGON((lon lat, …)) in EPSG:4326"))
        self.wkt_edit.setMaximumHeight(50)
        use_wkt = QPushButton(self.tr("Use WKT"))
        use_wkt.setObjectName("btnUseWkt")
        use_wkt.clicked.connect(lambda: self._set_aoi_from(lambda: aoi_tools.from_wkt(self.wkt_edit.toPlainText())))
        g.addWidget(self.wkt_edit, 5, 0, 1, 2)
        g.addWidget(use_wkt, 6, 1)
        self.aoi_label = QLabel(self.tr("No area chosen yet."))
        self.aoi_label.setObjectName("lblAoi")
        self.aoi_label.setWordWrap(True)
        g.addWidget(self.aoi_label, 7, 0, 1, 2)
        return box

    # ------------------------------------------------------------------ AOI
    def start_drawing(self, mode):
        if self.canvas is None:
            return
        if self.aoi_tool is None:
            self.aoi_tool = aoi_tools.AoiMapTool(self.canvas, mode)
            self.aoi_tool.drawn.connect(self.set_aoi)
        self.aoi_tool.mode = mode
        self.aoi_tool.reset()
        self.canvas.setMapTool(self.aoi_tool)
        self.aoi_label.setText(self.tr("Drawing a rectangle: press, drag and release on the map.") if mode == "rectangle"
                               else self.tr("Drawing a polygon: click the corners, right-click or double-click "
                                            "to finish, Esc to start again."))

    def _region_chosen(self, index):
        data = self.region_combo.itemData(index)
        if not data:
            return
        kind, name = data
        self._set_aoi_from(lambda: aoi_tools.from_continent(name) if kind == "continent"
                           else aoi_tools.from_country(name))

    def _set_aoi_from(self, make):
        try:
            self.set_aoi(make())
        except aoi_tools.AoiError as exc:
            self.aoi_label.setText(str(exc))

    def set_aoi(self, geometry):
        """The order's area (QgsGeometry in EPSG:4326); shown on the map."""
        self.aoi = QgsGeometry(geometry) if geometry is not None else None
        if self.canvas is not None:
            aoi_tools.show_on_canvas(self.band, self.canvas, self.aoi)
            if self.aoi_tool is not None and self.canvas.mapTool() is self.aoi_tool:
                self.canvas.unsetMapTool(self.aoi_tool)
        if self.aoi is None:
            self.aoi_label.setText(self.tr("No area chosen yet."))
        else:
            box = self.aoi.boundingBox()
            self.aoi_label.setText(self.tr("Area: lon {x0:.4f} to {x1:.4f}, lat {y0:.4f} to {y1:.4f} "
                                           "({km2:.1f} km²)").format(
                x0=box.xMinimum(), x1=box.xMaximum(), y0=box.yMinimum(), y1=box.yMaximum(), km2=self.aoi_km2()))
        self.update_summary()

    def aoi_km2(self):
        if self.aoi is None:
            return 0.0
        from qgis.core import QgsDistanceArea, QgsCoordinateReferenceSystem
        area = QgsDistanceArea()
        area.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
        area.setEllipsoid("WGS84")
        return area.measureArea(self.aoi) / 1e6

    # ------------------------------------------------------------------ order
    def source(self):
        value = self.catalog_combo.currentData()
        return self.local_source.filePath().strip() if value == "local" else value

    def order_parameters(self):
        """Parameters of s2gm:mosaic from the panel, or raise ValueError with a message."""
        start, end = self.period_picker.dates()
        if not start:
            raise ValueError(self.tr("Choose a compositing period (step 3)."))
        if self.aoi is None:
            raise ValueError(self.tr("Choose an area of interest (step 3)."))
        source = self.source()
        if not source:
            raise ValueError(self.tr("Choose the source: a local folder of L2A scenes or a catalog (step 4)."))
        bands = [b for b, c in self.band_checks.items() if c.isChecked()]
        if not bands:
            raise ValueError(self.tr("Choose at least one band (step 2)."))
        folder = self.output_dir.filePath().strip()
        if not folder:
            raise ValueError(self.tr("Choose a download directory (step 4)."))
        if self.auth_select.isEnabled() and not self.auth_select.configId():
            raise ValueError(self.tr("Copernicus Data Space needs a login: choose or add an authentication "
                                     "configuration (step 4)."))
        box = self.aoi.boundingBox()
        params = {
            "INPUT": source,
            "EXTENT": "%.10f,%.10f,%.10f,%.10f [EPSG:4326]" % (box.xMinimum(), box.xMaximum(),
                                                             box.yMinimum(), box.yMaximum()),
            "AOI_WKT": self.aoi.asWkt(),
            "START_DATE": start, "END_DATE": end, "PERIOD": self.period_picker.kind(),
            "FORMAT": self.format_combo.currentText(), "RESOLUTION": str(self.resolution_combo.currentData()),
            "CRS": self.crs_combo.currentData(), "BANDS": bands,
            "AUX": [a for a, c in self.aux_checks.items() if c.isChecked()],
            "NAME": self.name_edit.text().strip() or "ORDER", "OUTPUT_FOLDER": folder,
        }
        if self.auth_select.isEnabled() and self.auth_select.configId():
            # the id of the QGIS authentication configuration, never the user name or password:
            # s2gm:mosaic reads those from the QGIS authentication database when it runs
            params["AUTH"] = self.auth_select.configId()
        return params

    def estimate(self, params):
        """The engine's scale-guard estimate (the one s2gm:mosaic checks before it runs), quick
        form: the source's scenes are not read while the user edits the order."""
        from ..s2gm_plugin.errors import S2GMError
        from ..s2gm_plugin.estimate import estimate_order
        from ..s2gm_plugin.order import Order
        order = Order(name=params["NAME"], period=params["PERIOD"], start_date=params["START_DATE"],
                      end_date=params["END_DATE"], source=params["INPUT"], aoi_wkt=self.aoi.asWkt(),
                      aoi_crs="EPSG:4326", bands=params["BANDS"], aux=params["AUX"], format=params["FORMAT"],
                      resolution=int(params["RESOLUTION"]), crs_kind=params["CRS"])
        try:
            est = estimate_order(order, params["OUTPUT_FOLDER"], inspect_source=False)
        except S2GMError as exc:  # e.g. an area that is empty in lon/lat: said in the summary
            raise ValueError(str(exc)) from exc
        return {"products": est.products, "pixels": est.pixels // max(est.products, 1),
                "bytes": est.output_bytes, "seconds": est.seconds}

    def update_summary(self):
        try:
            params = self.order_parameters()
        except ValueError as exc:
            self.summary.setText(str(exc))
            self.prepare_button.setEnabled(False)
            return
        try:
            est = self.estimate(params)
        except ValueError as exc:
            self.summary.setText(str(exc))
            self.prepare_button.setEnabled(False)
            return
        self.summary.setText(self.tr(
            "<b>{name}</b>: {fmt}, {res} m, {crs}<br>{kind} periods from {start} to {end}<br>"
            "Bands: {bands}{aux}<br>Source: {source}<br>"
            "Estimate: <b>{products}</b> product(s), about <b>{size}</b> ({pixels} pixels each)").format(
            name=params["NAME"], fmt=params["FORMAT"], res=params["RESOLUTION"], crs=params["CRS"],
            kind=self.period_picker.kind_combo.currentText(), start=params["START_DATE"], end=params["END_DATE"],
            bands=", ".join(params["BANDS"]), aux=(" + " + ", ".join(params["AUX"])) if params["AUX"] else "",
            source=params["INPUT"], products=est["products"], size=human_bytes(est["bytes"]),
            pixels="{:,}".format(est["pixels"])))
        self.prepare_button.setEnabled(True)

    def prepare_download(self):
        try:
            params = self.order_parameters()
        except ValueError as exc:
            self._message(str(exc), warning=True)
            return None
        QgsSettings().setValue(SETTINGS_PREFIX + "download_dir", params["OUTPUT_FOLDER"])
        record = OrderRecord(name=params["NAME"], parameters=params, format=params["FORMAT"],
                             resolution=int(params["RESOLUTION"]), crs=params["CRS"], period=params["PERIOD"],
                             start_date=params["START_DATE"], end_date=params["END_DATE"], source=params["INPUT"],
                             output_folder=params["OUTPUT_FOLDER"], estimate=self.estimate(params))
        self.store.add(record)
        self.run_order(record.id)
        self.tabs.setCurrentIndex(1)
        return record

    # ------------------------------------------------------------------ running
    def _aoi_file(self, record):
        """The AOI as GeoJSON beside the orders file (the task reads a path, not a layer)."""
        folder = os.path.join(os.path.dirname(self.store.path), "aoi")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, record.id + ".geojson")
        geometry = QgsGeometry.fromWkt(record.parameters["AOI_WKT"])
        doc = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": json.loads(geometry.asJson(10))}]}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)
        return path

    def algorithm_parameters(self, record):
        """The parameters of s2gm:mosaic for ``record`` (AUTH: the authentication configuration
        chosen in step 4, which the algorithm reads in memory when the order runs)."""
        params = {k: v for k, v in record.parameters.items() if k != "AOI_WKT"}
        if record.parameters.get("AOI_WKT"):
            params["AOI"] = self._aoi_file(record)
        return params

    def run_order(self, order_id):
        record = self.store.get(order_id)
        if record is None or order_id in self.tasks:
            return None
        alg = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
        if alg is None:
            self._message(self.tr("The S2GM Processing provider is not loaded."), warning=True)
            return None
        params = self.algorithm_parameters(record)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = OrderFeedback(order_id)
        task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        task.setDescription(self.tr("S2GM order {name}").format(name=record.name))
        self.tasks[order_id] = (task, context, feedback)
        feedback.progress_for.connect(self._progress)
        feedback.text_for.connect(self._progress_text)
        task.executed.connect(lambda ok, results, oid=order_id: self._executed(oid, ok, results))
        self.store.update(order_id, status="running", reason="", progress=0.0, message="")
        self.refresh_orders()
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_order(self, order_id):
        entry = self.tasks.get(order_id)
        if entry is not None:
            entry[2].cancel()
            entry[0].cancel()
        else:
            record = self.store.get(order_id)
            if record is not None and record.status == "queued":
                self.store.update(order_id, status="cancelled")
        self.refresh_orders()

    def _progress(self, order_id, percent):
        self.store.update(order_id, save=False, progress=float(percent))
        self._update_row(order_id)

    def _progress_text(self, order_id, text):
        self.store.update(order_id, save=False, message=text)
        self._update_row(order_id)

    def _executed(self, order_id, ok, results):
        task, _context, feedback = self.tasks.pop(order_id, (None, None, None))
        record = self.store.get(order_id)
        if record is None:
            return
        order_folder = results.get("ORDER_FOLDER", "") if ok else ""
        products = self._read_status(order_folder or os.path.join(
            record.output_folder, _order_dir_name(record.name)))
        if ok:
            failed = int(results.get("FAILED", 0) or 0)
            status, reason = "done", ""
            if failed:
                reason = self.tr("{n} product(s) failed output QC").format(n=failed)
            self.store.update(order_id, status=status, reason=reason, progress=100.0, order_folder=order_folder,
                              products=products)
            if self.load_check.isChecked():
                self.load_order(order_id)
        elif feedback is not None and feedback.isCanceled():
            self.store.update(order_id, status="cancelled", products=products,
                              reason=self.tr("Cancelled: delivered products are kept, re-run to resume."))
        else:
            log = feedback.textLog() if feedback is not None and hasattr(feedback, "textLog") else ""
            reason = _last_error(log) or self.tr("the algorithm failed: see the Processing log")
            self.store.update(order_id, status="failed", reason=reason, products=products)
        self.refresh_orders()
        self.order_finished.emit(order_id)

    def _read_status(self, order_folder):
        path = os.path.join(order_folder, "order_status.json") if order_folder else ""
        try:
            with open(path, encoding="utf-8") as fh:
                return json.load(fh).get("products", [])
        except (OSError, ValueError):
            return []

    def load_order(self, order_id):
        from ..algorithms.layers import product_layers
        from qgis.core import QgsProcessingUtils
        record = self.store.get(order_id)
        if record is None or not record.order_folder:
            return []
        layers = []
        for product in self._read_status(record.order_folder):
            if product.get("status") not in ("delivered", "skipped"):
                continue
            folder = os.path.join(record.order_folder, product["folder"])
            layers += product_layers(folder, product["period_start"], product["period_end"],
                                     QgsProcessingUtils.tempFolder())
        root = QgsProject.instance().layerTreeRoot()
        group = root.insertGroup(0, self.tr("S2GM order {name}").format(name=record.name)) if layers else None
        for layer in layers:
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
        return layers

    # ================================================================== orders tab
    COLUMNS = ("name", "format", "resolution", "crs", "created", "start", "period", "status", "progress")

    def _orders_tab(self):
        page = QWidget()
        v = QVBoxLayout(page)
        self.orders_table = QTableWidget(0, len(self.COLUMNS))
        self.orders_table.setObjectName("tblOrders")
        self.orders_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Format"), self.tr("Resolution"), self.tr("CRS"), self.tr("Created"),
            self.tr("Start date"), self.tr("Period"), self.tr("Status"), self.tr("Progress")])
        self.orders_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.orders_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.orders_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.orders_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.orders_table.itemSelectionChanged.connect(self._show_downloads)
        v.addWidget(self.orders_table)
        row = QHBoxLayout()
        actions = ((self.tr("Open folder"), "btnOpenFolder", self.open_folder),
                   (self.tr("Load into project"), "btnLoadOrder", self.load_order),
                   (self.tr("Re-run / resume"), "btnRerun", self.run_order),
                   (self.tr("Cancel"), "btnCancelOrder", self.cancel_order),
                   (self.tr("Remove"), "btnRemoveOrder", self.remove_order))
        self.action_buttons = {}
        for label, name, slot in actions:
            b = QPushButton(label)
            b.setObjectName(name)
            b.clicked.connect(lambda _c, s=slot: self._with_selected(s))
            row.addWidget(b)
            self.action_buttons[name] = b
        v.addLayout(row)
        self.orders_message = QLabel()
        self.orders_message.setObjectName("lblOrdersMessage")
        self.orders_message.setWordWrap(True)
        v.addWidget(self.orders_message)
        return page

    def _with_selected(self, slot):
        order_id = self.selected_order_id()
        if order_id:
            slot(order_id)

    def selected_order_id(self):
        rows = self.orders_table.selectionModel().selectedRows() if self.orders_table.selectionModel() else []
        if not rows:
            return None
        item = self.orders_table.item(rows[0].row(), 0)
        return item.data(Qt.UserRole) if item else None

    def open_folder(self, order_id):
        record = self.store.get(order_id)
        folder = record.order_folder or record.output_folder if record else ""
        if folder and os.path.isdir(folder):
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def remove_order(self, order_id):
        if order_id in self.tasks:
            self._message(self.tr("Cancel the order before removing it."), warning=True)
            return
        self.store.remove(order_id)
        self.refresh_orders()

    def _status_text(self, record):
        labels = {"queued": self.tr("queued"), "running": self.tr("running"), "done": self.tr("done"),
                  "failed": self.tr("failed"), "cancelled": self.tr("cancelled"),
                  "interrupted": self.tr("interrupted")}
        text = labels.get(record.status, record.status)
        return text + (": " + record.reason if record.reason else "")

    def refresh_orders(self):
        self.orders_table.setRowCount(len(self.store.orders))
        for i, record in enumerate(self.store.orders):
            values = (record.name, record.format, "%d m" % record.resolution, record.crs,
                      record.created.replace("T", " ").rstrip("Z"), record.start_date, record.period,
                      self._status_text(record), None)
            for c, value in enumerate(values[:-1]):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(Qt.UserRole, record.id)
                if c == 7 and record.reason:
                    item.setToolTip(record.reason)
                self.orders_table.setItem(i, c, item)
            bar = QProgressBar()
            bar.setValue(int(record.progress))
            self.orders_table.setCellWidget(i, 8, bar)
        self._show_downloads()

    def _update_row(self, order_id):
        for i, record in enumerate(self.store.orders):
            if record.id == order_id:
                bar = self.orders_table.cellWidget(i, 8)
                if bar is not None:
                    bar.setValue(int(record.progress))
                    bar.setFormat("%p% " + (record.message or ""))
                self.orders_table.item(i, 7).setText(self._status_text(record))
        if self.selected_order_id() == order_id:
            self._show_downloads()

    # ================================================================== downloads tab
    def _downloads_tab(self):
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Download directory")))
        self.download_dir = QgsFileWidget()
        self.download_dir.setObjectName("fwDownloadDir")
        self.download_dir.setStorageMode(QgsFileWidget.GetDirectory)
        self.download_dir.setFilePath(default_download_dir())
        self.download_dir.fileChanged.connect(self._download_dir_changed)
        row.addWidget(self.download_dir, 1)
        v.addLayout(row)
        self.downloads_label = QLabel(self.tr("Select an order to see its products."))
        self.downloads_label.setObjectName("lblDownloads")
        self.downloads_label.setWordWrap(True)
        v.addWidget(self.downloads_label)
        self.downloads_table = QTableWidget(0, 4)
        self.downloads_table.setObjectName("tblDownloads")
        self.downloads_table.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Tile / zone"),
                                                        self.tr("Status"), self.tr("Files")])
        self.downloads_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.downloads_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        v.addWidget(self.downloads_table)
        return page

    def _download_dir_changed(self, path):
        QgsSettings().setValue(SETTINGS_PREFIX + "download_dir", path)
        self.output_dir.setFilePath(path)

    def _show_downloads(self):
        order_id = self.selected_order_id() or (self.store.orders[-1].id if self.store.orders else None)
        record = self.store.get(order_id) if order_id else None
        if record is None:
            self.downloads_table.setRowCount(0)
            return
        folder = record.order_folder or os.path.join(record.output_folder, _order_dir_name(record.name))
        products = self._read_status(folder) or record.products
        total = record.estimate.get("products", len(products)) if record.estimate else len(products)
        self.downloads_label.setText(self.tr("{name}: {done} of {total} product(s) finished · {status} · {msg}").format(
            name=record.name, done=len(products), total=total, status=self._status_text(record),
            msg=record.message or ""))
        self.downloads_table.setRowCount(len(products))
        for i, p in enumerate(products):
            for c, value in enumerate(("%s – %s" % (p.get("period_start"), p.get("period_end")), p.get("target", ""),
                                       p.get("status", "") + (": " + p["reason"] if p.get("reason") else ""),
                                       str(len(p.get("files", []))))):
                self.downloads_table.setItem(i, c, QTableWidgetItem(value))

    # ================================================================== misc
    def _message(self, text, warning=False):
        self.order_message.setText(text)
        self.orders_message.setText(text)
        if self.iface is not None and warning:
            from qgis.core import Qgis
            self.iface.messageBar().pushMessage(self.tr("S2GM Mosaic Hub"), text, Qgis.Warning, 10)

    def unload(self):
        """Cancel running orders, remove map tools, rubber band and markers."""
        for task, _context, feedback in list(self.tasks.values()):
            feedback.cancel()
            task.cancel()
        self.time_series.unload()
        if self.canvas is not None:
            if self.aoi_tool is not None:
                if self.canvas.mapTool() is self.aoi_tool:
                    self.canvas.unsetMapTool(self.aoi_tool)
                self.aoi_tool.remove()
                self.aoi_tool = None
            if self.band is not None:
                self.canvas.scene().removeItem(self.band)
                self.band = None


def _order_dir_name(name):
    from ..s2gm_plugin.naming import order_id
    return order_id(name)


def _last_error(log):
    lines = [line.strip() for line in (log or "").splitlines() if line.strip()]
    return lines[-1] if lines else ""
