"""Pixel time-series tool: click the map, the panel shows every period at that pixel.

The click runs ``s2gm:pixeltimeseries`` (the same algorithm as the toolbox) as a
``QgsProcessingAlgRunnerTask``, so products on disk and scene stacks / catalogs (which
composite the few pixels around the point only) both run in the background; the panel
reads the CSV the algorithm wrote. Several clicks can be kept and compared in one chart.
"""
import csv
import os
import shutil
import tempfile

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback,
                       QgsProject)
from qgis.gui import QgsFileWidget, QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                                 QListWidgetItem, QMessageBox, QPushButton, QSplitter,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

ALGORITHM = "s2gm:pixeltimeseries"
META_COLUMNS = ("period_start", "period_end", "product", "pixel", "x", "y", "crs", "lon", "lat",
                "ndvi", "source_scene_id", "source_tile_id", "source_scene_date")
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


class PixelMapTool(QgsMapToolEmitPoint):
    """Emits the clicked point in EPSG:4326."""

    clicked_lonlat = pyqtSignal(float, float)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API name
        if event.button() == Qt.LeftButton:
            self._clicked(self.toMapCoordinates(event.pos()), event.button())

    def _clicked(self, point, _button):
        crs = self.canvas().mapSettings().destinationCrs()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if crs.isValid() and crs != wgs84:
            point = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transform(point)
        self.clicked_lonlat.emit(point.x(), point.y())


class TimeSeriesPoint:
    def __init__(self, lon, lat, rows, label):
        self.lon, self.lat, self.rows, self.label = lon, lat, rows, label

    def centre(self):
        return [r for r in self.rows if r["pixel"] == "0,0"]


class TimeSeriesWidget(QWidget):
    """Source + options set before the click; table, chart, navigation and exports after."""

    finished = pyqtSignal()

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("wdgTimeSeries")
        self.iface = iface
        self.points = []
        self.task = None
        self.current = 0
        self.markers = []
        self.map_tool = None
        self._tmp = tempfile.mkdtemp(prefix="s2gm-ts-ui-")
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Source")))
        self.source = QgsFileWidget()
        self.source.setObjectName("fwTimeSeriesSource")
        self.source.setStorageMode(QgsFileWidget.GetDirectory)
        self.source.setToolTip(self.tr("An order's output folder (products), or a folder of L2A scenes"))
        row.addWidget(self.source, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.window_combo = QComboBox()
        self.window_combo.addItems(["1x1", "3x3"])
        self.window_combo.setToolTip(self.tr("3x3 also gives the mean and standard deviation of the nine pixels"))
        row.addWidget(QLabel(self.tr("Window")))
        row.addWidget(self.window_combo)
        self.keep_points = QCheckBox(self.tr("Compare points"))
        self.keep_points.setObjectName("chkComparePoints")
        self.keep_points.setToolTip(self.tr("Keep earlier clicks and draw them in the same chart"))
        row.addWidget(self.keep_points)
        self.pick_button = QPushButton(self.tr("Click on the map…"))
        self.pick_button.setObjectName("btnPickPixel")
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self._toggle_tool)
        row.addWidget(self.pick_button)
        layout.addLayout(row)
        self.status = QLabel(self.tr("Choose a source, then click a pixel on the map."))
        self.status.setObjectName("lblTimeSeriesStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        nav = QHBoxLayout()
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next period"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.period_label = QLabel()
        self.period_label.setObjectName("lblPeriod")
        nav.addWidget(self.prev_button)
        nav.addWidget(self.period_label, 1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)

        splitter = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("tblPixelValues")
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(self.table)
        chart_box = QWidget()
        cl = QHBoxLayout(chart_box)
        self.series_list = QListWidget()
        self.series_list.setObjectName("lstChartSeries")
        self.series_list.setMaximumWidth(140)
        self.series_list.itemChanged.connect(lambda _i: self.redraw())
        cl.addWidget(self.series_list)
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        self.figure = Figure(figsize=(5, 3), dpi=90, tight_layout=True)
        self.chart = FigureCanvasQTAgg(self.figure)
        self.chart.setObjectName("cnvTimeSeriesChart")
        self.chart.setMinimumHeight(200)
        cl.addWidget(self.chart, 1)
        splitter.addWidget(chart_box)
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export as CSV…"))
        self.csv_button.setObjectName("btnExportCsv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.png_button = QPushButton(self.tr("Save chart as PNG…"))
        self.png_button.setObjectName("btnExportPng")
        self.png_button.clicked.connect(lambda: self.export_png())
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        for b in (self.csv_button, self.png_button, self.clear_button):
            row.addWidget(b)
        layout.addLayout(row)
        self._update_buttons()

    # ------------------------------------------------------------------ map tool
    def _toggle_tool(self, on):
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if on:
            if self.map_tool is None:
                self.map_tool = PixelMapTool(canvas)
                self.map_tool.clicked_lonlat.connect(self.request)
                self.map_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
            canvas.setMapTool(self.map_tool)
        elif self.map_tool is not None and canvas.mapTool() is self.map_tool:
            canvas.unsetMapTool(self.map_tool)

    def unload(self):
        """Remove the map tool, markers and temporary files (plugin unload)."""
        if self.task is not None:
            self.task.cancel()
        if self.iface is not None and self.map_tool is not None:
            canvas = self.iface.mapCanvas()
            if canvas.mapTool() is self.map_tool:
                canvas.unsetMapTool(self.map_tool)
        self.map_tool = None
        self._clear_markers()
        shutil.rmtree(self._tmp, ignore_errors=True)

    # ------------------------------------------------------------------ running
    def request(self, lon, lat):
        """Run the algorithm for (lon, lat) in the background."""
        source = self.source.filePath().strip()
        if not source:
            self.status.setText(self.tr("Choose the source first: an order's output folder or a folder of scenes."))
            return
        if self.task is not None:
            self.task.cancel()
        csv_path = os.path.join(self._tmp, "point_%d.csv" % (len(self.points) + 1))
        params = {"INPUT": source, "POINT": "%.10f,%.10f [EPSG:4326]" % (lon, lat),
                  "WINDOW": self.window_combo.currentIndex(), "OUTPUT": csv_path}
        if self.dates:
            params["START_DATE"], params["END_DATE"] = self.dates
        if self.period:
            params["PERIOD"] = self.period
        alg = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
        if alg is None:
            self.status.setText(self.tr("The S2GM Processing provider is not loaded."))
            return
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        task.executed.connect(lambda ok, results, t=task: self._done(t, ok, results, lon, lat))
        self.feedback.progressChanged.connect(self._progress)  # bound slot: runs in the main thread
        self.task = task
        self.status.setText(self.tr("Reading the time series at lon {lon:.5f}, lat {lat:.5f}…").format(lon=lon, lat=lat))
        QgsApplication.taskManager().addTask(task)

    dates = None
    period = None

    def _progress(self, percent):
        self.status.setText(self.tr("Reading the time series… {p:.0f} %").format(p=percent))

    def _done(self, task, ok, results, lon, lat):
        if task is not self.task:
            return
        self.task = None
        if not ok or not results.get("OUTPUT"):
            self.status.setText(self.tr("No time series at lon {lon:.5f}, lat {lat:.5f}: see the Processing log "
                                        "(the point may be outside the products).").format(lon=lon, lat=lat))
            self.finished.emit()
            return
        with open(results["OUTPUT"], encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        self.add_point(lon, lat, rows)
        self.finished.emit()

    def add_point(self, lon, lat, rows):
        if not self.keep_points.isChecked():
            self.points = []
            self._clear_markers()
        label = self.tr("Point {n}").format(n=len(self.points) + 1)
        self.points.append(TimeSeriesPoint(lon, lat, rows, label))
        self._add_marker(lon, lat, len(self.points) - 1)
        self._fill_series_list(rows)
        self.current = max(0, len(self.points[-1].centre()) - 1) if self.current >= len(self.points[-1].centre()) \
            else self.current
        self.status.setText(self.tr("{label}: lon {lon:.5f}, lat {lat:.5f}, {n} period(s)").format(
            label=label, lon=lon, lat=lat, n=len(self.points[-1].centre())))
        self.go_to(self.current)

    # ------------------------------------------------------------------ display
    def layers(self):
        if not self.points:
            return []
        return [c for c in self.points[-1].rows[0].keys() if c not in META_COLUMNS]

    def _fill_series_list(self, rows):
        chosen = self.chosen_series() or ["B04", "B08", "NDVI"]
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for name in ["NDVI"] + [n for n in self.layers() if n.startswith("B")]:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if name in chosen else Qt.Unchecked)
            self.series_list.addItem(item)
        self.series_list.blockSignals(False)

    def chosen_series(self):
        return [self.series_list.item(i).text() for i in range(self.series_list.count())
                if self.series_list.item(i).checkState() == Qt.Checked]

    def go_to(self, index):
        if not self.points:
            return
        centre = self.points[-1].centre()
        if not centre:
            return
        self.current = max(0, min(index, len(centre) - 1))
        row = centre[self.current]
        self.period_label.setText(self.tr("Period {start} – {end} ({i}/{n}) · lon {lon:.5f}, lat {lat:.5f} · "
                                          "tile {tile}").format(
            start=row["period_start"], end=row["period_end"], i=self.current + 1, n=len(centre),
            lon=self.points[-1].lon, lat=self.points[-1].lat, tile=row.get("source_tile_id") or "–"))
        shown = [(n, row.get(n, "")) for n in self.layers()]
        shown += [("NDVI", row.get("ndvi", "")), (self.tr("source scene"), row.get("source_scene_id", "")),
                  (self.tr("source tile"), row.get("source_tile_id", "")),
                  (self.tr("source date"), row.get("source_scene_date", "")),
                  (self.tr("product"), row.get("product", ""))]
        self.table.setRowCount(len(shown))
        for i, (name, value) in enumerate(shown):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(value if value != "" else self.tr("no data")))
        self._update_buttons()
        self.redraw()

    def redraw(self):
        from datetime import date
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        chosen = self.chosen_series()
        for p_index, point in enumerate(self.points):
            centre = point.centre()
            xs = [date.fromisoformat(r["period_start"]) for r in centre]
            for s_index, name in enumerate(chosen):
                key = "ndvi" if name == "NDVI" else name
                scale = 1.0 if name == "NDVI" else 0.0001
                ys = [float(r[key]) * scale if r.get(key) not in (None, "") else float("nan") for r in centre]
                style = ("-o", "--s", ":^", "-.d")[p_index % 4]
                ax.plot(xs, ys, style, color=COLOURS[s_index % len(COLOURS)], markersize=4,
                        label="%s %s" % (point.label, name) if len(self.points) > 1 else name)
        if self.points and self.points[-1].centre():
            current = self.points[-1].centre()[min(self.current, len(self.points[-1].centre()) - 1)]
            ax.axvline(date.fromisoformat(current["period_start"]), color="#888888", linewidth=1)
        ax.set_ylabel(self.tr("reflectance / NDVI"))
        ax.grid(True, alpha=0.3)
        if chosen and self.points:
            ax.legend(fontsize=7)
        self.figure.autofmt_xdate()
        self.chart.draw_idle()

    def _add_marker(self, lon, lat, index):
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        point = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       canvas.mapSettings().destinationCrs(),
                                       QgsProject.instance()).transform(lon, lat)
        marker = QgsVertexMarker(canvas)
        marker.setCenter(point)
        marker.setColor(QColor(COLOURS[index % len(COLOURS)]))
        marker.setIconType(QgsVertexMarker.ICON_CROSS)
        marker.setIconSize(12)
        marker.setPenWidth(2)
        self.markers.append(marker)

    def _clear_markers(self):
        for marker in self.markers:
            if self.iface is not None:
                self.iface.mapCanvas().scene().removeItem(marker)
        self.markers = []

    def clear(self):
        self.points = []
        self._clear_markers()
        self.table.setRowCount(0)
        self.period_label.setText("")
        self.redraw()
        self._update_buttons()

    def _update_buttons(self):
        have = bool(self.points)
        for b in (self.csv_button, self.png_button, self.prev_button, self.next_button):
            b.setEnabled(have)

    # ------------------------------------------------------------------ exports
    def export_csv(self, path=None):
        """Every point's rows in one CSV (a ``point`` column first)."""
        if not self.points:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the time series"), "", self.tr("CSV (*.csv)"))
            if not path:
                return None
        header = ["point"] + list(self.points[-1].rows[0].keys())
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=header, extrasaction="ignore", restval="")
                writer.writeheader()
                for point in self.points:
                    for row in point.rows:
                        writer.writerow(dict(row, point=point.label))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export as CSV"), self.tr("Could not write {path}: {error}").format(
                path=path, error=exc))
            return None
        return path

    def export_png(self, path=None):
        if not self.points:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), "", self.tr("PNG (*.png)"))
            if not path:
                return None
        self.figure.savefig(path, dpi=120)
        return path
