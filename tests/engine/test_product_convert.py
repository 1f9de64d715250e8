"""s2gm:resample / s2gm:export engines, tile split and the output-QC failure path, on a real
monthly product of the bundled sample (T13SFA, September 2024)."""
import glob
import json
import os

import numpy as np
import pytest
from osgeo import gdal, osr

import s2gm_test_support as support
from s2gm_plugin.errors import InvalidRequest, OutputQCFailed
from s2gm_plugin.grid import transform_bounds
from s2gm_plugin.mosaic import run_order
from s2gm_plugin.order import Order
from s2gm_plugin.pipeline import CompositeRequest, run_composite
from s2gm_plugin.product import convert, deliver, rasters
from s2gm_plugin.product.metadata import check_inspire_xml

gdal.UseExceptions()
LAYERS = ["B04", "B08", "valid_obs", "medoid_mos", "quality_scene_classification",
          "source_index", "source_date", "method"]


@pytest.fixture(scope="module")
def sample_box():
    b04 = sorted(glob.glob(str(support.SAMPLE_DIR / "*" / "GRANULE" / "*" / "IMG_DATA" / "R10m" / "*B04*")))[0]
    ds = gdal.Open(b04)
    gt = ds.GetGeoTransform()
    b = (gt[0] + 500, gt[3] + gt[5] * ds.RasterYSize + 500, gt[0] + gt[1] * ds.RasterXSize - 500, gt[3] - 500)
    return transform_bounds(b, ds.GetProjection(), "EPSG:4326", densify=2)


def _order(box, **kw):
    args = dict(name="conv", period="month", start_date="2024-09-01", end_date="2024-09-30",
                source=str(support.SAMPLE_DIR), extent=list(box), resolution=20,
                bands=["B04", "B08"])
    args.update(kw)
    return Order(**args)


@pytest.fixture(scope="module")
def product20(tmp_path_factory, sample_box):
    out = tmp_path_factory.mktemp("p20")
    result = run_order(_order(sample_box), str(out))
    assert [e.status for e in result.entries] == ["delivered"]
    return os.path.join(result.order_dir, result.entries[0].folder)


def _layer(folder, name):
    path = [p for p in glob.glob(os.path.join(folder, name + "_*"))
            if os.path.basename(p).rsplit("_", 3)[0] == name and not p.endswith(".xml")][0]
    return gdal.Open(path)


def _meta(folder):
    return json.load(open(glob.glob(os.path.join(folder, "metadata_*.json"))[0]))


# ---------------------------------------------------------------------------- resample
def test_resample_to_60m_block_mean_for_reflectance_nearest_for_classes(product20, tmp_path):
    out = convert.resample(product20, 60, str(tmp_path))
    assert len(out) == 1 and out[0].endswith(os.path.join("S2GM_M60_20240901_20240930_conv_STD_v0.1.0", "UTM13N"))
    folder = out[0]
    src_b04, dst_b04 = _layer(product20, "B04"), _layer(folder, "B04")
    sgt, dgt = src_b04.GetGeoTransform(), dst_b04.GetGeoTransform()
    assert dgt[1] == 60 and dgt[0] % 60 == 0 and dgt[3] % 60 == 0
    assert dgt[0] <= sgt[0] and dgt[3] >= sgt[3]  # snapped outwards, covers the input
    src, dst = src_b04.ReadAsArray(), dst_b04.ReadAsArray()
    # independent check on every pixel: the 3x3 block of 20 m pixels under each 60 m pixel
    off_c, off_r = int(round((sgt[0] - dgt[0]) / 20)), int(round((dgt[3] - sgt[3]) / 20))
    pad = np.zeros((dst.shape[0] * 3, dst.shape[1] * 3), dtype=np.float64)
    pad[off_r:off_r + src.shape[0], off_c:off_c + src.shape[1]] = src
    checked = 0
    for r in range(dst.shape[0]):
        for c in range(dst.shape[1]):
            block = pad[3 * r:3 * r + 3, 3 * c:3 * c + 3]
            good = block[block > 0]
            expected = int(np.floor(good.mean() + 0.5)) if good.size else 0
            assert dst[r, c] == expected, (r, c)
            checked += good.size > 0
    assert checked > 1000
    band = dst_b04.GetRasterBand(1)
    assert band.GetNoDataValue() == 0 and band.GetScale() == pytest.approx(1e-4) and band.GetDescription() == "B04"
    assert dst_b04.GetRasterBand(1).DataType == gdal.GDT_UInt16
    # classes: nearest = the 20 m pixel holding the 60 m pixel centre (3:1 is unambiguous, as GDAL's near)
    for name in ("quality_scene_classification", "source_index", "source_date", "valid_obs", "method"):
        s, d = _layer(product20, name), _layer(folder, name)
        nodata = s.GetRasterBand(1).GetNoDataValue()
        warped = gdal.Warp("", s, format="MEM", outputBounds=(dgt[0], dgt[3] - 60 * d.RasterYSize,
                                                               dgt[0] + 60 * d.RasterXSize, dgt[3]),
                           xRes=60, yRes=60, resampleAlg="near",
                           **({"dstNodata": nodata} if nodata is not None else {}))
        np.testing.assert_array_equal(d.ReadAsArray(), warped.ReadAsArray(), err_msg=name)
        assert d.GetRasterBand(1).DataType == s.GetRasterBand(1).DataType
        assert d.GetRasterBand(1).GetNoDataValue() == nodata
    meta = _meta(folder)
    assert meta["qc"]["passed"] and meta["resolution"] == 60 and meta["grid"]["pixel_size"] == 60
    assert meta["derived_from"]["operation"] == "resampled from 20 m to 60 m"
    assert meta["source_products"] == _meta(product20)["source_products"]  # source_index still points there
    assert meta["order"]["name"] == "conv"
    assert check_inspire_xml(glob.glob(os.path.join(folder, "*_inspire.xml"))[0]) == []
    from s2gm_plugin.product.qc import cog_problems
    assert all(cog_problems(p) == [] for p in glob.glob(os.path.join(folder, "*.tif")))
    assert [n for n in os.listdir(tmp_path) if n.startswith(".")] == []


def test_resample_upsampling_keeps_original_values(product20, tmp_path):
    folder = convert.resample(product20, "10m", str(tmp_path))[0]
    for name in ("B04", "source_index", "medoid_mos"):
        s, d = _layer(product20, name), _layer(folder, name)
        sgt, dgt = s.GetGeoTransform(), d.GetGeoTransform()
        c, r = int(round((sgt[0] - dgt[0]) / 10)), int(round((dgt[3] - sgt[3]) / 10))
        src, dst = s.ReadAsArray(), d.ReadAsArray()
        inner = dst[r:r + 2 * src.shape[0], c:c + 2 * src.shape[1]]
        np.testing.assert_array_equal(inner, np.repeat(np.repeat(src, 2, axis=0), 2, axis=1), err_msg=name)
    assert _meta(folder)["grid"]["pixel_size"] == 10


def test_resample_composite_output_keeps_its_layout(tmp_path, sample_box):
    aoi = "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        sample_box[0], sample_box[1], sample_box[2], sample_box[1], sample_box[2], sample_box[3],
        sample_box[0], sample_box[3], sample_box[0], sample_box[1])
    res = run_composite(CompositeRequest(
        input_path=str(support.SAMPLE_DIR), output=str(tmp_path / "c.tif"), quality=str(tmp_path / "q.tif"),
        qc_report=str(tmp_path / "qc.json"), start_date="2024-09-01", end_date="2024-09-30", resolution=20,
        bands=["B04", "B08"], aoi_wkt=aoi))
    out = convert.resample(res.quality, 60, str(tmp_path / "q60"))[0]  # ".tif" added
    assert out.endswith("q60.tif")
    q, q60 = gdal.Open(res.quality), gdal.Open(out)
    assert q60.RasterCount == q.RasterCount and q60.GetGeoTransform()[1] == 60
    for i in range(1, q.RasterCount + 1):
        a, b = q.GetRasterBand(i), q60.GetRasterBand(i)
        assert (b.GetDescription(), b.DataType, b.GetNoDataValue()) == (a.GetDescription(), a.DataType, -1)
        assert set(np.unique(b.ReadAsArray())) <= set(np.unique(a.ReadAsArray()))  # nearest: no new values
    c60 = gdal.Open(convert.resample(res.output, 60, str(tmp_path / "c60.tif"))[0])
    assert [c60.GetRasterBand(i).GetDescription() for i in (1, 2)] == ["B04", "B08"]
    assert c60.GetRasterBand(1).GetScale() == pytest.approx(1e-4)
    assert c60.GetMetadataItem("S2GM_RESOLUTION") == "60"


def test_resample_and_export_refuse_what_they_cannot_do(product20, tmp_path):
    with pytest.raises(InvalidRequest, match="RESOLUTION 30"):
        convert.resample(product20, 30, str(tmp_path))
    with pytest.raises(InvalidRequest, match="does not exist"):
        convert.resample(str(tmp_path / "nothing"), 60, str(tmp_path))
    period_folder = os.path.dirname(product20)
    with pytest.raises(InvalidRequest, match="give one of them.*|UTM13N"):
        convert.export(period_folder, "GeoTIFF", "same", str(tmp_path))
    with pytest.raises(InvalidRequest, match="FORMAT 'PNG'"):
        convert.export(product20, "PNG", "same", str(tmp_path))
    plain = str(tmp_path / "plain.tif")
    gdal.Translate(plain, _layer(product20, "B04"))
    ds = gdal.Open(plain, gdal.GA_Update)
    ds.GetRasterBand(1).SetDescription("red")
    ds.SetMetadata({})
    ds = None
    with pytest.raises(InvalidRequest, match="'red', not an S2GM layer"):
        convert.resample(plain, 60, str(tmp_path / "x.tif"))


# ---------------------------------------------------------------------------- export
def test_export_to_netcdf_wgs84_with_metadata(product20, tmp_path):
    folder = convert.export(product20, "NetCDF", "WGS84", str(tmp_path))[0]
    assert folder.endswith(os.path.join("S2GM_M20_20240901_20240930_conv_STD_v0.1.0", "WGS84"))
    nc = glob.glob(os.path.join(folder, "M20_20240901_conv.nc"))
    assert nc
    import netCDF4
    with netCDF4.Dataset(nc[0]) as ds:
        assert ds.Conventions == "CF-1.8" and ds["crs"].grid_mapping_name == "latitude_longitude"
        assert ds["B04"].dimensions == ("time", "y", "x")
        ds.set_auto_maskandscale(False)
        src = _layer(product20, "quality_scene_classification").ReadAsArray()
        assert set(np.unique(ds["quality_scene_classification"][0])) - {0} <= set(np.unique(src))  # 0: no data
        scl = np.asarray(ds["quality_scene_classification"][0])
        assert np.count_nonzero(scl) > 0.8 * np.count_nonzero(src) * (20 / 20)  # most pixels carried over
        b04 = np.asarray(ds["B04"][0])
        src_b04 = _layer(product20, "B04").ReadAsArray()
        assert b04.max() <= src_b04.max()
        # nearest neighbour only: every exported reflectance is an original one (no mixing)
        assert np.isin(b04[b04 > 0], src_b04[src_b04 > 0]).all()
    meta = _meta(folder)
    assert meta["crs"] == "EPSG:4326" and meta["format"] == "NetCDF" and meta["qc"]["passed"]
    assert meta["grid"]["pixel_size"] == pytest.approx(20 / 111320.0)
    xml = glob.glob(os.path.join(folder, "*_inspire.xml"))[0]
    assert check_inspire_xml(xml) == [] and "EPSG/0/4326" in open(xml).read()


def test_export_to_jp2_same_crs_is_lossless_and_back_again(product20, tmp_path):
    jp2 = convert.export(product20, "JP2", "same", str(tmp_path / "jp2"))[0]
    back = convert.export(jp2, "GeoTIFF", "UTM", str(tmp_path / "tif"))[0]  # already UTM 13: no warp
    for name in LAYERS:
        a = _layer(product20, name).ReadAsArray()
        j = _layer(jp2, name).ReadAsArray()
        if name == "source_date":
            j = np.where(j == 65535, -1, j.astype(np.int32))
        np.testing.assert_array_equal(j, a, err_msg=name)
        np.testing.assert_array_equal(_layer(back, name).ReadAsArray(), a, err_msg=name)
    assert _meta(back)["tile"] == "UTM13N" and _meta(jp2)["format"] == "JP2"


def test_export_composite_output_gets_s2gm_names(tmp_path, product20):
    src = _layer(product20, "B04")
    comp = str(tmp_path / "composite.tif")
    gdal.Translate(comp, src)
    ds = gdal.Open(comp, gdal.GA_Update)
    ds.SetMetadata({"S2GM_PERIOD": "2024-09-03/2024-09-28"})  # as s2gm:composite writes it
    ds = None
    folder = convert.export(comp, "GeoTIFF", "same", str(tmp_path / "out"))[0]
    assert os.path.basename(os.path.dirname(folder)) == "S2GM_M20_20240901_20240930_composite_STD_v0.1.0"
    assert os.path.exists(os.path.join(folder, "B04_M20_20240901_composite.tif"))


# ---------------------------------------------------------------------------- tile split
def test_granule_lines_are_the_sentinel2_tile_origins():
    assert deliver._granule_lines(450000, 750000, 100000) == [499980, 600000, 699960]
    assert deliver._granule_lines(5000000, 5250000, 100000) == [5100000, 5199960]


def test_product_larger_than_one_s2_tile_is_split_along_the_granule_grid():
    from s2gm_plugin.grid import Grid
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    grid = Grid(srs.ExportToWkt(), 450000.0, 5150040.0, 60.0, 4000, 1000)  # 240 km x 60 km: 3 x 2 granules
    b04 = np.arange(4000 * 1000, dtype=np.uint32).reshape(1000, 4000).astype(np.uint16) | 1
    parts = deliver.split_tiles(grid, {"B04": b04})
    assert [p.tag for p in parts] == ["tile_%d" % i for i in range(1, 7)]
    xs = sorted({p.grid.x0 for p in parts})
    assert xs == [450000.0, 499980.0, 600000.0]
    assert sorted({p.grid.y0 for p in parts}) == [5100000.0, 5150040.0]
    assert all(p.grid.x0 % 60 == 0 and p.grid.y0 % 60 == 0 for p in parts)
    rebuilt = np.zeros_like(b04)
    for p in parts:
        c, r = int((p.grid.x0 - grid.x0) / 60), int((grid.y0 - p.grid.y0) / 60)
        rebuilt[r:r + p.grid.height, c:c + p.grid.width] = p.layers["B04"]
    np.testing.assert_array_equal(rebuilt, b04)
    small = Grid(grid.crs_wkt, 500000.0, 5100000.0, 60.0, 1830, 1830)  # exactly one tile: not split
    assert [p.tag for p in deliver.split_tiles(small, {"B04": np.ones((1830, 1830), np.uint16)})] == [""]


def test_mosaic_splits_into_tile_folders_with_a_lowered_tile_size(product20, tmp_path, sample_box):
    """The real sample is ~4 km wide; with the split size lowered to 2 km on a 1.5 km granule
    step (test-only parameters: the real ones are 109.8 km / 100 km) the product is split,
    and the tiles put together equal the unsplit product."""
    result = run_order(_order(sample_box), str(tmp_path), tile_size_m=2000, granule_step_m=1500)
    product = os.path.join(result.order_dir, result.entries[0].folder)
    tiles = sorted(glob.glob(os.path.join(product, "tile_*")), key=lambda p: int(p.rsplit("_", 1)[1]))
    assert len(tiles) >= 4 and result.entries[0].status == "delivered"
    full = _layer(product20, "B04")
    fgt, whole = full.GetGeoTransform(), full.ReadAsArray()
    rebuilt = np.zeros_like(whole)
    for t in tiles:
        meta = _meta(t)
        assert meta["qc"]["passed"] and meta["tile"] == "UTM13N/" + os.path.basename(t)
        ds = _layer(t, "B04")
        gt = ds.GetGeoTransform()
        assert (gt[0] % 1500 == 0 or gt[0] == fgt[0]) and (gt[3] % 1500 == 0 or gt[3] == fgt[3])
        c, r = int(round((gt[0] - fgt[0]) / 20)), int(round((fgt[3] - gt[3]) / 20))
        rebuilt[r:r + ds.RasterYSize, c:c + ds.RasterXSize] = ds.ReadAsArray()
    np.testing.assert_array_equal(rebuilt, whole)
    # a split product is resampled tile by tile
    out = convert.resample(product, 60, str(tmp_path / "r"))
    assert [os.path.basename(p) for p in out] == [os.path.basename(t) for t in tiles]


# ---------------------------------------------------------------------------- output QC failure
def _corrupting_writer(real):
    def write(path, grid, name, array, metadata):
        if name == "B04":
            array = array.copy()
            array[array.shape[0] // 2, array.shape[1] // 2] ^= 1  # one pixel written wrong
        return real(path, grid, name, array, metadata)
    return write


def test_a_product_failing_output_qc_is_not_delivered_and_the_reason_recorded(monkeypatch, tmp_path,
                                                                              sample_box, product20):
    monkeypatch.setitem(rasters.WRITERS, "GeoTIFF", _corrupting_writer(rasters.write_cog))
    result = run_order(_order(sample_box, name="bad"), str(tmp_path / "m"))
    entry = result.entries[0]
    assert entry.status == "failed_qc" and "B04" in entry.reason and "differ" in entry.reason
    status = json.load(open(os.path.join(result.order_dir, "order_status.json")))
    assert status["products"][0]["status"] == "failed_qc" and "B04" in status["products"][0]["reason"]
    assert glob.glob(os.path.join(result.order_dir, "S2GM_*")) == []  # nothing delivered
    assert [n for n in os.listdir(result.order_dir) if n.startswith(".")] == []
    # the standalone export: an error naming the file, a record, nothing in place
    with pytest.raises(OutputQCFailed, match="B04_M20_20240901_conv.tif: pixels read back differ"):
        convert.export(product20, "GeoTIFF", "same", str(tmp_path / "e"))
    assert glob.glob(str(tmp_path / "e" / "S2GM_*" / "*")) == []
    record = json.load(open(glob.glob(str(tmp_path / "e" / "qc_failed_*.json"))[0]))
    assert record["delivered"] is False and "B04" in record["problems"][0]
