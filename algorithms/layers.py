"""Load S2GM products into QGIS: a true-colour layer (or the first band) and the quality
layers of each product, styled with ``styles/*.qml`` and with the product's period as
their fixed temporal range, so the temporal controller steps through an order."""
import glob
import os

from qgis.core import (QgsDateTimeRange, QgsProcessingContext, QgsProcessingUtils,
                       QgsRasterLayer)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QTime

STYLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "styles")
STYLED_LAYERS = ("valid_obs", "method", "quality_scene_classification")


def period_range(start, end):
    """QgsDateTimeRange [start 00:00, end + 1 day 00:00) of ISO dates."""
    first = QDateTime(QDate.fromString(start, "yyyy-MM-dd"), QTime(0, 0))
    last = QDateTime(QDate.fromString(end, "yyyy-MM-dd").addDays(1), QTime(0, 0))
    return QgsDateTimeRange(first, last, True, False)


def product_layers(folder, start, end, tmp_folder):
    """QgsRasterLayers of one product folder (GeoTIFF / JP2 / NetCDF), styled and timed."""
    from osgeo import gdal

    tiles = sorted(d for d in glob.glob(os.path.join(folder, "tile_*")) if os.path.isdir(d))
    if tiles:  # a product larger than one Sentinel-2 tile: one set of layers per tile_N
        return [layer for d in tiles for layer in product_layers(d, start, end, tmp_folder)]
    layers = []
    nc = sorted(glob.glob(os.path.join(folder, "*.nc")))
    files = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.tif")) + glob.glob(os.path.join(folder, "*.jp2"))):
        files[os.path.basename(path).rsplit("_", 3)[0]] = path  # {LAYER}_{T}{SS}_{start}_{ORDER}.ext
    for path in nc:
        ds = gdal.Open(path)
        present = {uri.rsplit(":", 1)[-1] for uri, _desc in (ds.GetSubDatasets() if ds else [])}
        for key in ("B02", "B03", "B04", "B08", "valid_obs", "method", "quality_scene_classification"):
            if key in present:  # only the variables the NetCDF holds
                files[key] = 'NETCDF:"%s":%s' % (path, key)
    name = os.path.basename(folder)
    if name.startswith("tile_"):
        name = "%s %s" % (os.path.basename(os.path.dirname(folder)), name)
    label = "%s – %s %s" % (start, end, name)
    rgb = [files.get(b) for b in ("B04", "B03", "B02")]
    if all(rgb):
        vrt = os.path.join(tmp_folder, "true_colour_%s_%s.vrt" % (start, name.replace(" ", "_")))
        gdal.BuildVRT(vrt, rgb, separate=True)
        layers.append((QgsRasterLayer(vrt, QCoreApplication.translate("MosaicLayers", "S2GM true colour {label}").format(label=label)), "true_colour"))
    else:
        first = next((files[b] for b in ("B04", "B08", "B02", "B03") if b in files), None)
        if first:
            layers.append((QgsRasterLayer(first, QCoreApplication.translate("MosaicLayers", "S2GM reflectance {label}").format(label=label)),
                           "reflectance"))
    for key in STYLED_LAYERS:
        if key in files:
            layers.append((QgsRasterLayer(files[key], "S2GM %s %s" % (key, label)), key))
    out = []
    for layer, style in layers:
        if not layer.isValid():
            continue
        qml = os.path.join(STYLES, style + ".qml")
        if os.path.exists(qml):
            layer.loadNamedStyle(qml)
        props = layer.temporalProperties()
        props.setMode(props.ModeFixedTemporalRange)
        props.setFixedTemporalRange(period_range(start, end))
        props.setIsActive(True)
        out.append(layer)
    return out


def load_products(result, context, feedback):
    """Queue the delivered products of a ``MosaicResult`` for loading into the project."""
    if context.project() is None:
        return []
    tmp = QgsProcessingUtils.tempFolder()
    loaded = []
    for entry in result.delivered:
        folder = os.path.join(result.order_dir, entry.folder)
        for layer in product_layers(folder, entry.period_start, entry.period_end, tmp):
            context.temporaryLayerStore().addMapLayer(layer)
            details = QgsProcessingContext.LayerDetails(layer.name(), context.project(), layer.name())
            details.forceName = True
            context.addLayerToLoadOnCompletion(layer.id(), details)
            loaded.append(layer)
    if loaded:
        feedback.pushInfo(QCoreApplication.translate("MosaicLayers", "{count} layer(s) will be loaded with the S2GM styles and their periods.").format(
            count=len(loaded)))
    return loaded
