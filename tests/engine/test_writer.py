"""BlockWriter: overviews written window by window equal GDAL's own NEAREST overviews, and a
discarded writer leaves nothing behind."""

import os

import numpy as np
import pytest
from osgeo import gdal, osr

from s2gm_plugin.grid import Grid
from s2gm_plugin.writer import GTIFF_OPTIONS, BlockWriter, nearest_sources, overview_factors

gdal.UseExceptions()


def utm33():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    return srs.ExportToWkt()


@pytest.mark.parametrize("size", [37, 256, 1000, 10980, 5491])
@pytest.mark.parametrize("factor", [2, 4, 8, 32])
def test_nearest_sources_match_gdal(size, factor):
    """The source pixels the writer picks for an overview are those GDAL's NEAREST picks."""
    ds = gdal.GetDriverByName("MEM").Create("", size, 3, 1, gdal.GDT_Int32)
    ds.GetRasterBand(1).WriteArray(np.tile(np.arange(size, dtype=np.int32), (3, 1)))
    ds.BuildOverviews("NEAREST", [factor])
    got = ds.GetRasterBand(1).GetOverview(0).ReadAsArray()[0]
    np.testing.assert_array_equal(nearest_sources(size, factor), got)


@pytest.mark.parametrize("gdal_type,dtype", [(gdal.GDT_UInt16, np.uint16), (gdal.GDT_Int32, np.int32)])
def test_overviews_written_with_the_data_equal_gdal_nearest(tmp_path, gdal_type, dtype):
    width, height = 1301, 777            # not multiples of the windows, the tiles or the factors
    rng = np.random.default_rng(3)
    data = {n: rng.integers(0, 30000, (height, width)).astype(dtype) for n in ("a", "b")}
    grid = Grid(utm33(), 500000.0, 5100000.0, 10.0, width, height)
    out = tmp_path / "out.tif"
    writer = BlockWriter(str(out), grid, ["a", "b"], gdal_type, 0)
    for row in range(0, height, 170):          # odd windows, written band by band
        for col in range(0, width, 300):
            for name in ("a", "b"):
                writer.write(name, col, row, data[name][row:row + 170, col:col + 300])
    writer.commit()
    assert sorted(os.listdir(tmp_path)) == ["out.tif"]

    ds = gdal.Open(str(out))
    factors = overview_factors(width, height)
    assert factors == [2, 4]
    for i, name in enumerate(("a", "b"), start=1):
        band = ds.GetRasterBand(i)
        np.testing.assert_array_equal(band.ReadAsArray(), data[name])
        assert band.GetOverviewCount() == len(factors)
        ref = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal_type)
        ref.GetRasterBand(1).WriteArray(data[name])
        ref.BuildOverviews("NEAREST", factors)
        for k in range(len(factors)):
            ours = band.GetOverview(k).ReadAsArray()
            theirs = ref.GetRasterBand(1).GetOverview(k).ReadAsArray()
            assert ours.shape == theirs.shape
            np.testing.assert_array_equal(ours, theirs)


def test_small_rasters_get_no_overviews_and_discard_removes_everything(tmp_path):
    grid = Grid(utm33(), 500000.0, 5100000.0, 10.0, 300, 200)
    writer = BlockWriter(str(tmp_path / "small.tif"), grid, ["a"], gdal.GDT_UInt16, 0)
    writer.write("a", 0, 0, np.ones((200, 300), np.uint16))
    writer.commit()
    assert gdal.Open(str(tmp_path / "small.tif")).GetRasterBand(1).GetOverviewCount() == 0

    big = Grid(utm33(), 500000.0, 5100000.0, 10.0, 1024, 1024)
    writer = BlockWriter(str(tmp_path / "gone.tif"), big, ["a"], gdal.GDT_UInt16, 0)
    writer.write("a", 0, 0, np.ones((512, 1024), np.uint16))
    writer.discard()
    assert sorted(os.listdir(tmp_path)) == ["small.tif"]


def test_every_tile_is_compressed_once_even_when_gdal_evicts_it(tmp_path):
    """Windows narrower than a tile (as the composite's are) must not leave half-filled tiles
    in GDAL's cache: evicted, they are compressed and written, then read back, completed and
    written again, which costs time and leaves the file larger than its content. With a
    cache too small to hold anything between two windows, the product is no larger than a
    fresh copy of itself (same options, overviews copied), and its pixels are right."""
    width, height = 1301, 777
    yy, xx = np.mgrid[0:height, 0:width]
    rng = np.random.default_rng(5)
    data = {n: ((xx * 7 + yy * 3 + k * 100) % 4000 + rng.integers(0, 8, (height, width))).astype(np.uint16)
            for k, n in enumerate(("a", "b", "c"))}
    grid = Grid(utm33(), 500000.0, 5100000.0, 10.0, width, height)
    out = tmp_path / "out.tif"
    old = gdal.GetCacheMax()
    gdal.SetCacheMax(64 * 1024)
    try:
        writer = BlockWriter(str(out), grid, list(data), gdal.GDT_UInt16, 0)
        for row in range(0, height, 400):            # windows 144 px wide, as a full tile's
            for col in range(0, width, 144):
                for name in data:
                    writer.write(name, col, row, data[name][row:row + 400, col:col + 144])
        writer.commit()
    finally:
        gdal.SetCacheMax(old)
    ds = gdal.Open(str(out))
    for i, name in enumerate(data, start=1):
        np.testing.assert_array_equal(ds.GetRasterBand(i).ReadAsArray(), data[name])
    copy = tmp_path / "copy.tif"
    gdal.Translate(str(copy), ds, creationOptions=GTIFF_OPTIONS + ["COPY_SRC_OVERVIEWS=YES"])
    assert gdal.Open(str(copy)).GetRasterBand(1).GetOverviewCount() == len(overview_factors(width, height))
    assert os.path.getsize(out) <= 1.05 * os.path.getsize(copy), (os.path.getsize(out), os.path.getsize(copy))
