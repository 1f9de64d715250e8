"""Pixel time series on real products of the bundled sample: the CSV equals the product
files at that pixel (read independently with GDAL), in every format and from a scene stack."""
import csv
import glob
import json
import math
import os
from datetime import date, timedelta

import pytest
from osgeo import gdal, osr

import s2gm_test_support as support
from s2gm_plugin.errors import InvalidRequest
from s2gm_plugin.mosaic import run_order
from s2gm_plugin.order import Order
from s2gm_plugin.timeseries import find_products, pixel_time_series, write_csv

gdal.UseExceptions()
POINT_UTM = (680500.0, 4018500.0)  # inside the sample tile T13SFA, EPSG:32613


def _extent():
    b04 = sorted(glob.glob(str(support.SAMPLE_DIR / "*" / "GRANULE" / "*" / "IMG_DATA" / "R10m" / "*B04*")))[0]
    ds = gdal.Open(b04)
    gt = ds.GetGeoTransform()
    return [gt[0] + 600, gt[3] + gt[5] * ds.RasterYSize + 600, gt[0] + gt[1] * ds.RasterXSize - 600, gt[3] - 600]


@pytest.fixture(scope="module")
def orders(tmp_path_factory):
    out = {}
    for fmt in ("GeoTIFF", "NetCDF", "JP2"):
        folder = tmp_path_factory.mktemp("ts-" + fmt)
        order = Order(name="ts", period="10-day", start_date="2024-09-01", end_date="2024-09-30",
                      source=str(support.SAMPLE_DIR), extent=_extent(), extent_crs="EPSG:32613",
                      resolution=60, format=fmt)
        run_order(order, str(folder))
        out[fmt] = str(folder)
    return out


def _lonlat(x, y):
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(32613)
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(src, dst).TransformPoint(x, y)
    return lon, lat


def _read_csv(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _value_in_file(path, x, y):
    """Independent read: whole array, index by the geotransform."""
    ds = gdal.Open(path)
    gt = ds.GetGeoTransform()
    arr = ds.GetRasterBand(1).ReadAsArray()
    nodata = ds.GetRasterBand(1).GetNoDataValue()
    v = arr[int((y - gt[3]) // gt[5]), int((x - gt[0]) // gt[1])].item()
    return None if nodata is not None and v == nodata else v


def test_csv_equals_product_values_at_the_pixel(orders, tmp_path):
    lon, lat = _lonlat(*POINT_UTM)
    series = pixel_time_series(orders["GeoTIFF"], lon, lat, "EPSG:4326", window="1x1")
    csv_path = write_csv(series, str(tmp_path / "ts.csv"))
    rows = _read_csv(csv_path)
    assert [r["period_start"] for r in rows] == ["2024-09-01", "2024-09-11", "2024-09-21"]
    for row in rows:
        product = os.path.join(orders["GeoTIFF"], "ts", row["product"])
        meta = json.load(open(glob.glob(os.path.join(product, "metadata_*.json"))[0]))
        for layer in meta["layers"]:
            tif = glob.glob(os.path.join(product, "%s_T60_*.tif" % layer))[0]
            expected = _value_in_file(tif, *POINT_UTM)
            assert row[layer] == ("" if expected is None else str(expected)), layer
        ids = {s["source_index"]: s["id"] for s in meta["source_products"]}
        assert row["source_scene_id"] == ids[int(row["source_index"])]
        assert row["source_tile_id"] == "13SFA"
        assert row["source_scene_date"] == (date(1970, 1, 1) + timedelta(days=int(row["source_date"]))).isoformat()
        assert row["source_scene_date"].replace("-", "") in row["source_scene_id"]
        red, nir = int(row["B04"]), int(row["B08"])
        assert float(row["ndvi"]) == pytest.approx((nir - red) / (nir + red), abs=1e-6)


def test_3x3_window_has_nine_pixels_and_mean_std(orders):
    series = pixel_time_series(orders["GeoTIFF"], *POINT_UTM, crs="EPSG:32613", window="3x3", period="dekad")
    first = [r for r in series.rows if r.period_start == "2024-09-01"]
    assert [r.pixel for r in first] == ["-1,-1", "-1,0", "-1,1", "0,-1", "0,0", "0,1", "1,-1", "1,0", "1,1",
                                        "mean", "std"]
    b04 = [r.values["B04"] for r in first[:9]]
    mean = sum(b04) / 9.0
    assert first[9].values["B04"] == pytest.approx(mean)
    assert first[10].values["B04"] == pytest.approx(math.sqrt(sum((v - mean) ** 2 for v in b04) / 9.0))
    centre = first[4]
    assert abs(centre.x - POINT_UTM[0]) <= 30 and abs(centre.y - POINT_UTM[1]) <= 30
    assert first[0].x == centre.x - 60 and first[0].y == centre.y + 60


def test_all_formats_and_the_scene_stack_give_the_same_values(orders, tmp_path):
    def table(source, **kw):
        series = pixel_time_series(source, *POINT_UTM, crs="EPSG:32613", window=3, **kw)
        return [(r.period_start, r.pixel, r.values, r.source_scene) for r in series.rows]

    reference = table(orders["GeoTIFF"])
    assert table(orders["NetCDF"]) == reference
    assert table(orders["JP2"]) == reference
    stack = table(str(support.SAMPLE_DIR), start_date="2024-09-01", end_date="2024-09-30", period="10-day")
    assert stack == reference


def test_dates_and_period_filter_products(orders):
    series = pixel_time_series(orders["GeoTIFF"], *POINT_UTM, crs="EPSG:32613",
                               start_date="2024-09-12", end_date="2024-09-15")
    assert {r.period_start for r in series.rows} == {"2024-09-11"}
    with pytest.raises(InvalidRequest, match="period month"):
        pixel_time_series(orders["GeoTIFF"], *POINT_UTM, crs="EPSG:32613", period="month")


def test_clear_errors(orders, tmp_path):
    with pytest.raises(InvalidRequest, match="outside every product"):
        pixel_time_series(orders["GeoTIFF"], 2.35, 48.85)
    with pytest.raises(InvalidRequest, match="does not exist"):
        pixel_time_series(str(tmp_path / "nothing"), 2.35, 48.85)
    with pytest.raises(InvalidRequest, match="START_DATE and END_DATE"):
        pixel_time_series(str(support.SAMPLE_DIR), *POINT_UTM, crs="EPSG:32613")
    with pytest.raises(InvalidRequest, match="WINDOW"):
        pixel_time_series(orders["GeoTIFF"], *POINT_UTM, crs="EPSG:32613", window=5)
    assert len(find_products(orders["GeoTIFF"])) == 3
