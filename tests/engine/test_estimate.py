"""Scale guard: the estimate of a real order against the real run, and the refusals."""
import dataclasses
import glob
import os

import pytest
from osgeo import gdal

import s2gm_test_support as support
from s2gm_plugin.estimate import OrderTooLarge, check_estimate, estimate_order
from s2gm_plugin.mosaic import run_order
from s2gm_plugin.order import Order

gdal.UseExceptions()


@pytest.fixture(scope="module")
def box():
    return support.sample_lonlat_box(shrink=0.0)


def _order(box, **kw):
    args = dict(name="est", period="10-day", start_date="2024-09-01", end_date="2024-09-30",
                source=str(support.SAMPLE_DIR), extent=list(box), resolution=20, format="GeoTIFF")
    args.update(kw)
    return Order(**args)


def test_estimate_matches_the_real_order(box, tmp_path):
    order = _order(box)
    est = estimate_order(order, str(tmp_path))
    assert (est.periods, est.zones, est.products) == (3, 1, 3)
    assert est.input_scenes == 11 and est.bands == 2  # the sample's scenes share B04 and B08
    sizes = sum(os.path.getsize(p) for p in glob.glob(str(support.SAMPLE_DIR / "**" / "*.jp2"), recursive=True))
    assert est.input_bytes == sizes
    run_order(order, str(tmp_path))
    written = sum(os.path.getsize(os.path.join(d, f)) for d, _s, fs in os.walk(tmp_path) for f in fs
                  if f.endswith(".tif"))
    assert 0.25 * written <= est.output_bytes <= 4 * written, (est.output_bytes, written)
    grid_px = 0
    for tif in glob.glob(str(tmp_path / "**" / "B04_*.tif"), recursive=True):
        ds = gdal.Open(tif)
        grid_px += ds.RasterXSize * ds.RasterYSize
    assert 0.8 * grid_px <= est.pixels <= 1.25 * grid_px
    assert est.free_disk_bytes > 0 and est.seconds > 0 and "3 product(s)" in est.summary()


def test_two_zones_and_wgs84_are_counted(box):
    across = _order(box, extent=[-102.5, 36.0, -101.5, 36.5])  # the 13/14 zone border is at -102
    assert estimate_order(across, "/tmp").zones == 2
    assert estimate_order(_order(box, crs_kind="WGS84"), "/tmp").zones == 1


def test_refusals_say_why_and_what_to_do(box, tmp_path):
    est = estimate_order(_order(box), str(tmp_path))
    assert check_estimate(est) is est
    full_disk = dataclasses.replace(est, free_disk_bytes=est.output_bytes // 2)
    with pytest.raises(OrderTooLarge, match="not fit the disk") as err:
        check_estimate(full_disk, confirmed=True)  # no confirmation helps a full disk
    assert err.value.estimate is full_disk and "OUTPUT_FOLDER" in str(err.value)
    with pytest.raises(OrderTooLarge, match="CONFIRM_LARGE"):
        check_estimate(est, max_output_gb=est.output_bytes / 2e9)
    assert check_estimate(est, max_output_gb=est.output_bytes / 2e9, confirmed=True) is est
