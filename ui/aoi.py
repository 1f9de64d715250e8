"""Area of interest for the Hub: map tools that draw a rectangle or a polygon, and the
other ways to get one (a loaded layer or its selection, a file, a country or continent of
QGIS's world map, WKT). Every AOI is a ``QgsGeometry`` in EPSG:4326."""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest,
                       QgsGeometry, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer,
                       QgsWkbTypes)
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from .continents import CONTINENTS, continent_of

WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class AoiError(Exception):
    """A message for the user about an AOI that could not be made."""


def to_wgs84(geometry, crs):
    geometry = QgsGeometry(geometry)
    if crs.isValid() and crs != WGS84:
        geometry.transform(QgsCoordinateTransform(crs, WGS84, QgsProject.instance()))
    return geometry


def _polygons_of(layer, selected_only):
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "The layer '{name}' has no polygons: choose a polygon layer.").format(name=layer.name()))
    if selected_only:
        features = layer.selectedFeatures()
        if not features:
            raise AoiError(QCoreApplication.translate("AreaOfInterest", "No feature of '{name}' is selected.").format(name=layer.name()))
    else:
        features = layer.getFeatures(QgsFeatureRequest().setNoAttributes())
    geometries = [f.geometry() for f in features if f.hasGeometry() and not f.geometry().isEmpty()]
    if not geometries:
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "'{name}' has no polygon geometry.").format(name=layer.name()))
    return to_wgs84(QgsGeometry.unaryUnion(geometries), layer.crs())


def from_layer(layer, selected_only=False):
    if layer is None or not isinstance(layer, QgsVectorLayer):
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "Choose a vector layer with polygons."))
    return _polygons_of(layer, selected_only)


def from_file(path):
    """GeoJSON, GeoPackage, Shapefile, KML... (the first layer with polygons)."""
    if not path or not os.path.exists(path):
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "The file {path} does not exist.").format(path=path))
    layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
    if not layer.isValid():
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "{path} could not be read as a vector file (GeoJSON, GeoPackage, Shapefile, KML).")
                       .format(path=path))
    return _polygons_of(layer, False)


def world_layer():
    layer = QgsVectorLayer(WORLD_MAP + "|layername=countries", "countries", "ogr")
    if not layer.isValid():
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "QGIS's world map ({path}) is missing: reinstall qgis or use another AOI source.")
                       .format(path=WORLD_MAP))
    return layer


def country_names():
    try:
        layer = world_layer()
    except AoiError:
        return []
    return sorted({f["NAME"] for f in layer.getFeatures() if f["NAME"]})


def from_country(name):
    layer = world_layer()
    request = QgsFeatureRequest().setFilterExpression("\"NAME\" = '%s'" % name.replace("'", "''"))
    geometries = [f.geometry() for f in layer.getFeatures(request)]
    if not geometries:
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "No country named '{name}' in QGIS's world map.").format(name=name))
    return to_wgs84(QgsGeometry.unaryUnion(geometries), layer.crs())


def from_continent(name):
    """The union of the countries of a continent (see ``continents.py``)."""
    if name not in CONTINENTS:
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "Unknown continent '{name}'.").format(name=name))
    layer = world_layer()
    geometries = []
    for f in layer.getFeatures():
        if not f.hasGeometry():
            continue
        c = f.geometry().centroid().asPoint()
        if continent_of(f["ISO_A3"], f["NAME"], c.x(), c.y()) == name:
            geometries.append(f.geometry())
    return to_wgs84(QgsGeometry.unaryUnion(geometries), layer.crs())


def from_wkt(text, crs=WGS84):
    geometry = QgsGeometry.fromWkt((text or "").strip())
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "The text is not WKT: write e.g. POLYGON((lon lat, ...)) in EPSG:4326."))
    if geometry.type() != QgsWkbTypes.PolygonGeometry:
        raise AoiError(QCoreApplication.translate("AreaOfInterest", "The WKT is not a polygon or multipolygon."))
    return to_wgs84(geometry, crs)


def aoi_rubber_band(canvas):
    band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
    band.setColor(QColor(230, 80, 20, 200))
    band.setFillColor(QColor(230, 80, 20, 40))
    band.setWidth(2)
    return band


def show_on_canvas(band, canvas, geometry):
    """Show ``geometry`` (EPSG:4326) in ``band`` in the canvas's CRS."""
    band.reset(QgsWkbTypes.PolygonGeometry)
    if geometry is None:
        return
    dest = canvas.mapSettings().destinationCrs()
    shown = QgsGeometry(geometry)
    if dest.isValid() and dest != WGS84:
        shown.transform(QgsCoordinateTransform(WGS84, dest, QgsProject.instance()))
    band.setToGeometry(shown, None)


class AoiMapTool(QgsMapTool):
    """Draw a rectangle (press-drag-release) or a polygon (left clicks, right click or
    double click to finish; Esc cancels). Emits ``drawn(QgsGeometry in EPSG:4326)``."""

    drawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas, mode="rectangle"):
        super().__init__(canvas)
        self.mode = mode
        self.points = []
        self.start = None
        self.band = aoi_rubber_band(canvas)
        self.setCursor(Qt.CrossCursor)

    def _map_point(self, event):
        return self.toMapCoordinates(event.pos())

    def canvasPressEvent(self, event):  # noqa: N802 - Qt API name
        if self.mode == "rectangle" and event.button() == Qt.LeftButton:
            self.start = self._map_point(event)

    def canvasMoveEvent(self, event):  # noqa: N802 - Qt API name
        point = self._map_point(event)
        if self.mode == "rectangle" and self.start is not None:
            self.band.setToGeometry(QgsGeometry.fromRect(QgsRectangle(self.start, point)), None)
        elif self.mode == "polygon" and self.points:
            self.band.setToGeometry(QgsGeometry.fromPolygonXY([self.points + [point]]), None)

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API name
        point = self._map_point(event)
        if self.mode == "rectangle":
            if self.start is None or event.button() != Qt.LeftButton:
                return
            rect = QgsRectangle(self.start, point)
            self.start = None
            if rect.width() > 0 and rect.height() > 0:
                self._finish(QgsGeometry.fromRect(rect))
            return
        if event.button() == Qt.RightButton:
            if len(self.points) >= 3:
                self._finish(QgsGeometry.fromPolygonXY([self.points]))
            return
        self.points.append(QgsPointXY(point))
        self.canvasMoveEvent(event)

    def canvasDoubleClickEvent(self, event):  # noqa: N802 - Qt API name
        if self.mode == "polygon" and len(self.points) >= 3:
            self._finish(QgsGeometry.fromPolygonXY([self.points]))

    def keyPressEvent(self, event):  # noqa: N802 - Qt API name
        if event.key() == Qt.Key_Escape:
            self.reset()

    def reset(self):
        self.points, self.start = [], None
        self.band.reset(QgsWkbTypes.PolygonGeometry)

    def _finish(self, geometry):
        crs = self.canvas().mapSettings().destinationCrs()
        self.reset()
        self.drawn.emit(to_wgs84(geometry, crs))

    def deactivate(self):
        self.reset()
        super().deactivate()

    def remove(self):
        self.reset()
        self.canvas().scene().removeItem(self.band)
