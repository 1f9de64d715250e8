"""Mosaic orders on real data: periods, naming, order JSON, zones / antimeridian, products in
GeoTIFF (COG) / JP2 / NetCDF, metadata + INSPIRE XML, output QC, determinism, resume, cancel."""
import glob
import hashlib
import json
import os
import xml.etree.ElementTree as ET
from datetime import date

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

import s2gm_test_support as support
from s2gm_plugin.errors import Cancelled, InvalidRequest
from s2gm_plugin.mosaic import run_order
from s2gm_plugin.naming import layer_file, netcdf_file, product_folder
from s2gm_plugin.order import Order, load_order, save_order
from s2gm_plugin.periods import Period, periods_touching
from s2gm_plugin.pipeline import CompositeRequest, run_composite
from s2gm_plugin.product.metadata import check_inspire_xml
from s2gm_plugin.tiles import product_targets

gdal.UseExceptions()
EARTHSEARCH = support.SHARED_DATA / "earthsearch"


@pytest.fixture(scope="module")
def sample_box():
    return support.sample_lonlat_box()


def _order(box, **kw):
    args = dict(name="sept", period="10-day", start_date="2024-09-01", end_date="2024-09-30",
                source=str(support.SAMPLE_DIR), extent=list(box) if box else None, resolution=60, format="GeoTIFF")
    args.update(kw)
    return Order(**args)


def _sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


# ---------------------------------------------------------------------------- periods / naming
def test_periods_cover_every_touched_period():
    dek = periods_touching("10-day", "2024-09-05", "2024-10-21")
    assert [(p.start, p.end) for p in dek] == [
        (date(2024, 9, 1), date(2024, 9, 10)), (date(2024, 9, 11), date(2024, 9, 20)),
        (date(2024, 9, 21), date(2024, 9, 30)), (date(2024, 10, 1), date(2024, 10, 10)),
        (date(2024, 10, 11), date(2024, 10, 20)), (date(2024, 10, 21), date(2024, 10, 31))]
    feb = periods_touching("dekad", "2024-02-25", "2024-02-25")[0]
    assert (feb.start, feb.end) == (date(2024, 2, 21), date(2024, 2, 29))
    assert [p.start.month for p in periods_touching("quarter", "2023-03-31", "2023-04-01")] == [1, 4]
    assert periods_touching("month", "2023-12-31", "2024-01-01")[1].end == date(2024, 1, 31)
    assert len(periods_touching("day", "2024-02-27", "2024-03-01")) == 4
    assert periods_touching("year", "2024-06-01", "2024-06-02")[0].days == 366
    with pytest.raises(InvalidRequest, match="PERIOD 'fortnight'"):
        periods_touching("fortnight", "2024-01-01", "2024-01-02")
    with pytest.raises(InvalidRequest, match="before"):
        periods_touching("day", "2024-01-02", "2024-01-01")


def test_names_follow_the_s2gm_product_guide():
    p = Period("dekad", date(2024, 9, 11), date(2024, 9, 20))
    assert product_folder(p, 20, "My order_1", "1.0") == "S2GM_T20_20240911_20240920_My-order-1_STD_v1.0"
    assert layer_file("B8A", p, 10, "o", "JP2") == "B8A_T10_20240911_o.jp2"
    assert layer_file("valid_obs", Period("month", date(2024, 9, 1), date(2024, 9, 30)), 60, "o",
                      "GeoTIFF") == "valid_obs_M60_20240901_o.tif"
    assert netcdf_file(Period("quarter", date(2024, 7, 1), date(2024, 9, 30)), 60, "o") == "Q60_20240701_o.nc"


def test_order_json_round_trip_and_clear_errors(tmp_path, sample_box):
    order = _order(sample_box, bands=["b4", "B08"], aux=["sun-zenith"])
    path = save_order(order, str(tmp_path / "o.json"))
    again = load_order(path)
    assert again == order
    assert again.validated().bands == ["B04", "B08"] and again.validated().aux == ["SUN_ZENITH"]
    with pytest.raises(InvalidRequest, match="FORMAT 'PNG'"):
        _order(sample_box, format="PNG").validated()
    with pytest.raises(InvalidRequest, match="no area"):
        _order(None, extent=None).validated()
    (tmp_path / "bad.json").write_text(json.dumps(dict(order.to_dict(), colour="red")))
    with pytest.raises(InvalidRequest, match="colour"):
        load_order(str(tmp_path / "bad.json"))


# ---------------------------------------------------------------------------- zones, antimeridian
def test_two_zone_aoi_gives_one_product_per_zone_on_its_own_grid():
    aoi = "POLYGON((-102.5 36.0,-101.5 36.0,-101.5 36.5,-102.5 36.5,-102.5 36.0))"
    targets = product_targets("UTM", aoi, "EPSG:4326")
    assert [(t.tag, t.crs) for t in targets] == [("UTM13N", "EPSG:32613"), ("UTM14N", "EPSG:32614")]
    west = ogr.CreateGeometryFromWkt(targets[0].aoi_wkt).GetEnvelope()
    east = ogr.CreateGeometryFromWkt(targets[1].aoi_wkt).GetEnvelope()
    assert west[1] == pytest.approx(-102.0) and east[0] == pytest.approx(-102.0)
    assert sum(ogr.CreateGeometryFromWkt(t.aoi_wkt).GetArea() for t in targets) == pytest.approx(0.5)
    assert [t.tag for t in product_targets("WGS84", aoi, "EPSG:4326")] == ["WGS84"]


@pytest.mark.parametrize("area", [
    {"aoi_wkt": "POLYGON((179.4 -17,-179.6 -17,-179.6 -16,179.4 -16,179.4 -17))"},
    {"aoi_wkt": "POLYGON((179.4 -17,180.4 -17,180.4 -16,179.4 -16,179.4 -17))"},
    {"extent": [179.4, -17, -179.6, -16]},
])
def test_antimeridian_aoi_is_split_not_wrapped_round_the_world(area):
    utm = product_targets("UTM", **area)
    assert [(t.tag, t.crs) for t in utm] == [("UTM60S", "EPSG:32760"), ("UTM01S", "EPSG:32701")]
    boxes = [ogr.CreateGeometryFromWkt(t.aoi_wkt).GetEnvelope() for t in utm]
    assert boxes[0][:2] == pytest.approx((179.4, 180.0)) and boxes[1][:2] == pytest.approx((-180.0, -179.6))
    assert sum(ogr.CreateGeometryFromWkt(t.aoi_wkt).GetArea() for t in utm) == pytest.approx(1.0)
    for t in utm:  # each part projects to a compact box in its own zone (not 40 000 km wide)
        g = ogr.CreateGeometryFromWkt(t.aoi_wkt)
        srs = osr.SpatialReference()
        srs.SetFromUserInput(t.crs)
        ll = osr.SpatialReference()
        ll.SetFromUserInput("EPSG:4326")
        ll.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        g.Transform(osr.CoordinateTransformation(ll, srs))
        xmin, xmax, _, _ = g.GetEnvelope()
        assert 0 < xmax - xmin < 80000
    assert [t.tag for t in product_targets("WGS84", **area)] == ["WGS84_E", "WGS84_W"]


# ---------------------------------------------------------------------------- products
@pytest.fixture(scope="module")
def geotiff_order(tmp_path_factory, sample_box):
    out = tmp_path_factory.mktemp("gtiff")
    return _order(sample_box), run_order(_order(sample_box), str(out)), out


def _product_dirs(result):
    return [os.path.join(result.order_dir, e.folder) for e in result.entries if e.status in ("delivered", "skipped")]


def test_geotiff_order_layout_metadata_and_qc(geotiff_order):
    order, result, out = geotiff_order
    assert os.path.isfile(os.path.join(result.order_dir, "order.json"))
    assert load_order(os.path.join(result.order_dir, "order.json")) == order.validated()
    assert [e.status for e in result.entries] == ["delivered"] * 3
    status = json.load(open(os.path.join(result.order_dir, "order_status.json")))
    assert [p["status"] for p in status["products"]] == ["delivered"] * 3
    for period, folder in zip(periods_touching("dekad", "2024-09-01", "2024-09-30"), _product_dirs(result)):
        assert os.path.basename(os.path.dirname(folder)) == product_folder(period, 60, "sept")
        names = sorted(os.listdir(folder))
        layers = ["B04", "B08", "valid_obs", "medoid_mos", "quality_scene_classification", "source_index",
                  "source_date", "method"]
        assert names == sorted([layer_file(n, period, 60, "sept", "GeoTIFF") for n in layers]
                               + ["metadata_%s_sept.json" % period.start.strftime("%Y%m%d"),
                                  "metadata_%s_sept_inspire.xml" % period.start.strftime("%Y%m%d")])
        meta = json.load(open(glob.glob(os.path.join(folder, "*.json"))[0]))
        assert meta["qc"]["passed"] and meta["order"]["name"] == "sept"
        assert meta["period"] == {"kind": "dekad", "start": str(period.start), "end": str(period.end)}
        shares = [s["share"] for s in meta["source_products"]]
        assert sum(shares) == pytest.approx(1.0, abs=1e-5) and len(shares) >= 3
        assert all(period.start.isoformat() <= s["datetime"][:10] <= period.end.isoformat()
                   for s in meta["source_products"])
        for name, info in meta["files"].items():
            assert _sha(os.path.join(folder, name)) == info["sha256"]
        # statistics are of the delivered pixels
        b04 = gdal.Open(os.path.join(folder, layer_file("B04", period, 60, "sept", "GeoTIFF")))
        arr = b04.GetRasterBand(1).ReadAsArray()
        assert meta["statistics"]["B04"]["valid_pixels"] == int(np.count_nonzero(arr))
        assert meta["statistics"]["B04"]["max"] == pytest.approx(arr.max() * 1e-4)
        src = gdal.Open(os.path.join(folder, layer_file("source_index", period, 60, "sept", "GeoTIFF")))
        counts = np.bincount(src.ReadAsArray()[src.ReadAsArray() != 65535].ravel())
        assert [s["pixels_chosen"] for s in meta["source_products"]] == counts.tolist()
        xml = glob.glob(os.path.join(folder, "*_inspire.xml"))[0]
        assert check_inspire_xml(xml) == []
        root = ET.parse(xml).getroot()
        text = ET.tostring(root, encoding="unicode")
        assert str(period.start) in text and "EPSG/0/32613" in text and "Copernicus" in text


def test_products_equal_the_engine_composite_on_the_product_grid(geotiff_order, sample_box):
    order, result, _out = geotiff_order
    folder = _product_dirs(result)[1]
    period = periods_touching("dekad", "2024-09-11", "2024-09-11")[0]
    tmp = os.path.join(result.order_dir, "..", "direct")
    os.makedirs(tmp, exist_ok=True)
    direct = run_composite(CompositeRequest(
        input_path=order.source, output=os.path.join(tmp, "c.tif"), quality=os.path.join(tmp, "q.tif"),
        start_date="2024-09-11", end_date="2024-09-20", resolution=60,
        aoi_wkt=product_targets("UTM", extent=order.extent)[0].aoi_wkt, aoi_crs="EPSG:4326", crs="EPSG:32613"))
    c = gdal.Open(direct.output)
    p = gdal.Open(os.path.join(folder, layer_file("B08", period, 60, "sept", "GeoTIFF")))
    cg, pg = c.GetGeoTransform(), p.GetGeoTransform()
    col, row = int(round((cg[0] - pg[0]) / 60)), int(round((pg[3] - cg[3]) / 60))
    prod = p.ReadAsArray()
    ref = c.GetRasterBand(2).ReadAsArray()
    assert col >= 0 and row >= 0
    np.testing.assert_array_equal(prod[row:row + ref.shape[0], col:col + ref.shape[1]], ref)
    assert np.count_nonzero(ref) > 1000


def _cog_checks(path):
    from osgeo_utils.samples.validate_cloud_optimized_geotiff import validate
    warnings, errors, details = validate(path, full_check=True)
    ds = gdal.Open(path)
    assert ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    assert errors == []
    return ds, details


def test_geotiff_products_are_valid_cogs_with_overviews(tmp_path, sample_box):
    order = _order(sample_box, name="cog", period="day", start_date="2024-09-01", end_date="2024-09-01",
                   resolution=10, bands=["B04"])
    result = run_order(order, str(tmp_path))
    folder = _product_dirs(result)[0]
    tifs = sorted(glob.glob(os.path.join(folder, "*.tif")))
    assert len(tifs) == 7
    for path in tifs:
        ds, details = _cog_checks(path)
        band = ds.GetRasterBand(1)
        assert band.GetBlockSize() == [256, 256]
        assert band.GetOverviewCount() >= 1, path
        # IFDs first (main then overviews), image data of the smallest overview first
        offs = details["ifd_offsets"]
        assert offs["main"] < offs["overview_0"] and details["data_offsets"]["overview_0"] < details["data_offsets"]["main"]
    # a broken copy is caught by the same validator the output QC uses
    from s2gm_plugin.product.qc import cog_problems
    bad = str(tmp_path / "striped.tif")
    gdal.Translate(bad, tifs[0], creationOptions=["TILED=YES"])
    ds = gdal.Open(bad, gdal.GA_Update)
    ds.BuildOverviews("NEAREST", [2])  # overviews appended after the image data
    ds = None
    assert cog_problems(bad)


def test_netcdf_order_opens_as_one_cube_equal_to_geotiff(tmp_path, geotiff_order, sample_box):
    xr = pytest.importorskip("xarray")
    result = run_order(_order(sample_box, format="NetCDF"), str(tmp_path))
    ncs = sorted(glob.glob(os.path.join(result.order_dir, "*", "*", "*.nc")))
    assert len(ncs) == 3
    with xr.open_mfdataset(ncs, combine="by_coords", mask_and_scale=False, decode_times=False) as raw:
        times = xr.decode_cf(raw[["time", "time_bnds"]])
        assert [str(t)[:10] for t in times["time"].values] == ["2024-09-01", "2024-09-11", "2024-09-21"]
        assert str(times["time_bnds"].values[2][1])[:10] == "2024-10-01"
    with xr.open_mfdataset(ncs, combine="by_coords", mask_and_scale=False, decode_times=False) as cube:
        assert cube["B04"].dims == ("time", "y", "x") and cube.sizes["time"] == 3
        assert cube["crs"].attrs["grid_mapping_name"] == "transverse_mercator"
        assert cube["B04"].attrs["scale_factor"] == pytest.approx(1e-4) and cube["B04"].attrs["_FillValue"] == 0
        assert cube.attrs["Conventions"] == "CF-1.8"
        tif_dirs = _product_dirs(geotiff_order[1])
        for i, period in enumerate(periods_touching("dekad", "2024-09-01", "2024-09-30")):
            for name in ("B04", "B08", "valid_obs", "source_date", "method", "medoid_mos"):
                tif = gdal.Open(os.path.join(tif_dirs[i], layer_file(name, period, 60, "sept", "GeoTIFF")))
                np.testing.assert_array_equal(cube[name].values[i], tif.ReadAsArray(), err_msg=name)
            gt = tif.GetGeoTransform()
            assert cube["x"].values[0] == pytest.approx(gt[0] + 30) and cube["y"].values[0] == pytest.approx(gt[3] - 30)
    with xr.open_mfdataset(ncs, combine="by_coords") as decoded:  # CF decoding gives reflectance
        assert float(decoded["B04"].max()) < 2.0


def test_jp2_order_is_lossless_and_equal_to_geotiff(tmp_path, geotiff_order, sample_box):
    result = run_order(_order(sample_box, format="JP2"), str(tmp_path))
    tif_dirs = _product_dirs(geotiff_order[1])
    for i, (period, folder) in enumerate(zip(periods_touching("dekad", "2024-09-01", "2024-09-30"),
                                             _product_dirs(result))):
        for name in ("B04", "B08", "valid_obs", "quality_scene_classification", "source_date"):
            jp2 = gdal.Open(os.path.join(folder, layer_file(name, period, 60, "sept", "JP2")))
            assert jp2.GetDriver().ShortName == "JP2OpenJPEG"
            tif = gdal.Open(os.path.join(tif_dirs[i], layer_file(name, period, 60, "sept", "GeoTIFF")))
            a, b = jp2.ReadAsArray(), tif.ReadAsArray()
            if name == "source_date":  # uint16 in JP2 (OpenJPEG has no lossless int32)
                b = np.where(b < 0, 65535, b)
            np.testing.assert_array_equal(a, b, err_msg=name)
            assert jp2.GetGeoTransform() == tif.GetGeoTransform()
        assert jp2.GetRasterBand(1).GetNoDataValue() == 65535


def test_wgs84_order_is_one_product_in_epsg4326(tmp_path, sample_box):
    result = run_order(_order(sample_box, crs_kind="WGS84", period="month"), str(tmp_path))
    assert [(e.target, e.status) for e in result.entries] == [("WGS84", "delivered")]
    ds = gdal.Open(glob.glob(os.path.join(_product_dirs(result)[0], "B04_*.tif"))[0])
    srs = osr.SpatialReference(wkt=ds.GetProjection())
    assert srs.IsGeographic() and srs.GetAuthorityCode(None) == "4326"
    gt = ds.GetGeoTransform()
    assert gt[1] == pytest.approx(60 / 111320.0) and -gt[5] == pytest.approx(60 / 111320.0)
    xmin, ymax = gt[0], gt[3]
    assert xmin <= sample_box[0] < xmin + gt[1] and ymax - gt[1] < sample_box[3] <= ymax
    assert np.count_nonzero(ds.ReadAsArray()) > 0.9 * ds.RasterXSize * ds.RasterYSize


def test_two_zone_order_on_real_data(tmp_path, sample_box):
    """The sample lies in zone 13, 60 km west of the 13/14 border: an AOI from inside the
    sample to beyond the border gives a zone 13 product on its own grid and a recorded
    'no data' entry for zone 14 (no scene reaches it), not an empty file."""
    aoi = "POLYGON((%r %r,-101.9 %r,-101.9 %r,%r %r,%r %r))" % (
        sample_box[0], sample_box[1], sample_box[1], sample_box[3], sample_box[0], sample_box[3],
        sample_box[0], sample_box[1])
    result = run_order(_order(None, extent=None, aoi_wkt=aoi, period="month"), str(tmp_path))
    assert [(e.target, e.status) for e in result.entries] == [("UTM13N", "delivered"), ("UTM14N", "no_data")]
    assert "does not overlap" in result.entries[1].reason
    assert not os.path.exists(os.path.join(result.order_dir, os.path.dirname(result.entries[0].folder), "UTM14N"))
    ds = gdal.Open(glob.glob(os.path.join(_product_dirs(result)[0], "B04_*.tif"))[0])
    gt = ds.GetGeoTransform()
    assert "32613" in ds.GetProjection() and gt[0] % 60 == 0 and gt[3] % 60 == 0


def test_period_without_scenes_is_a_no_data_entry(tmp_path, sample_box):
    result = run_order(_order(sample_box, start_date="2024-09-25", end_date="2024-10-05"), str(tmp_path))
    assert [e.status for e in result.entries] == ["delivered", "no_data"]
    assert "2024-10-01" in result.entries[1].period_start and result.entries[1].reason
    assert len(os.listdir(result.order_dir)) == 3  # order.json, order_status.json, one period folder


def test_same_order_json_gives_the_same_bytes(tmp_path, geotiff_order, sample_box):
    order, first, _ = geotiff_order
    path = save_order(order, str(tmp_path / "order.json"))
    second = run_order(load_order(path), str(tmp_path / "again"))
    for a, b in zip(_product_dirs(first), _product_dirs(second)):
        assert sorted(os.listdir(a)) == sorted(os.listdir(b))
        for name in os.listdir(a):
            if name.endswith(".json"):
                ja, jb = json.load(open(os.path.join(a, name))), json.load(open(os.path.join(b, name)))
                assert ja.pop("created") and jb.pop("created")
                assert ja == jb
            elif not name.endswith(".xml"):
                assert _sha(os.path.join(a, name)) == _sha(os.path.join(b, name)), name
    nc = [run_order(_order(sample_box, format="NetCDF", period="month"), str(tmp_path / d)) for d in ("n1", "n2")]
    files = [glob.glob(os.path.join(r.order_dir, "*", "*", "*.nc"))[0] for r in nc]
    assert _sha(files[0]) == _sha(files[1])


def test_resume_skips_done_products_and_cancel_leaves_no_half_product(tmp_path, sample_box):
    order = _order(sample_box)
    calls = {"n": 0, "first_done": None}

    def cancel_in_second_product():  # a few polls into the second product's composite
        calls["n"] += 1
        if calls["first_done"] is None and glob.glob(str(tmp_path / "sept" / "S2GM_*" / "UTM13N")):
            calls["first_done"] = calls["n"]
        if calls["first_done"] is not None and calls["n"] >= calls["first_done"] + 2:
            calls["hidden_at_cancel"] = [n for n in os.listdir(tmp_path / "sept") if n.startswith(".")]
            return True
        return False

    with pytest.raises(Cancelled):
        run_order(order, str(tmp_path), is_cancelled=cancel_in_second_product)
    done = glob.glob(str(tmp_path / "sept" / "S2GM_*" / "UTM13N"))
    assert len(done) == 1 and len(os.listdir(done[0])) == 10
    assert calls["hidden_at_cancel"]  # cancelled while the second product was being made...
    assert [n for n in os.listdir(tmp_path / "sept") if n.startswith(".")] == []  # ...and nothing is left
    stamp = {f: os.stat(f).st_mtime_ns for f in glob.glob(os.path.join(done[0], "*"))}
    result = run_order(order, str(tmp_path))
    assert [e.status for e in result.entries] == ["skipped", "delivered", "delivered"]
    assert {f: os.stat(f).st_mtime_ns for f in glob.glob(os.path.join(done[0], "*"))} == stamp
    with pytest.raises(InvalidRequest, match="different order"):
        run_order(_order(sample_box, resolution=20), str(tmp_path))


@support.requires_shared_data("earthsearch", "catalog.json")
def test_angle_layers_come_from_the_granule_metadata(tmp_path):
    first = sorted(glob.glob(str(EARTHSEARCH / "sentinel-2-l2a" / "*" / "B04.tif")))[0]
    box = support.raster_lonlat_box(first, shrink=0.4)
    order = Order(name="angles", period="month", start_date="2023-08-01", end_date="2023-08-31",
                  source=str(EARTHSEARCH), extent=list(box), resolution=60, bands=["B04", "B08"],
                  aux=["SUN_ZENITH", "SUN_AZIMUTH", "VIEW_ZENITH", "VIEW_AZIMUTH"])
    result = run_order(order, str(tmp_path))
    folder = _product_dirs(result)[0]
    meta = json.load(open(glob.glob(os.path.join(folder, "*.json"))[0]))
    ids = {s["source_index"]: s["id"] for s in meta["source_products"]}

    def layer(name):
        return gdal.Open(glob.glob(os.path.join(folder, name + "_*.tif"))[0]).ReadAsArray()
    src = layer("source_index")
    checked = 0
    for name, tag in (("sun_zenith", "Zenith"), ("sun_azimuth", "Azimuth")):
        stored = layer(name)
        assert stored.dtype == np.uint16
        for index, scene_id in ids.items():
            xml = EARTHSEARCH / "sentinel-2-l2a" / scene_id / "granule_metadata.xml"
            root = ET.parse(str(xml)).getroot()
            grid = [e for e in root.iter() if e.tag.endswith("Sun_Angles_Grid")][0]
            node = [e for e in grid if e.tag.endswith(tag)][0]
            vals = np.array([[float(v) for v in row.text.split()] for row in node.iter() if row.tag.endswith("VALUES")])
            mine = stored[(src == index) & (stored != 32768)] / 100.0
            if mine.size:
                assert vals.min() - 0.01 <= mine.min() and mine.max() <= vals.max() + 0.01, (name, scene_id)
                checked += 1
    assert checked >= 2
    vz = layer("view_zenith_mean")
    assert ((vz[vz != 32768] / 100.0) < 11.0).all()  # the view-zenith filter keeps < 11 degrees
    assert meta["qc"]["passed"]
