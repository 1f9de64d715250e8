"""Sources -> scenes, on the real files of ../shared/data and the bundled sample."""
import copy
import json
import os
import shutil

import pytest

import s2gm_test_support as support
from engine_helpers import find
from s2gm_plugin.catalog import discover
from s2gm_plugin.catalog.stac_item import scene_from_item
from s2gm_plugin.metadata import read_granule_metadata, read_product_metadata

DATA = support.SHARED_DATA
META = DATA / "metadata"


def test_sample_safe_stack_becomes_scenes():
    found = discover(str(support.SAMPLE_DIR))
    assert len(found.scenes) == 11 and not found.rejected
    dates = [s.datetime for s in found.scenes]
    assert dates == sorted(dates)
    for s in found.scenes:
        assert s.tile == "13SFA" and s.processing_baseline == "05.11"
        assert s.platform in ("S2A", "S2B") and s.relative_orbit in (55, 98)
        assert {"B04", "B08", "SCL"} <= s.keys()
        b04 = s.asset_for("B04", 10)
        # baseline >= 04.00 without MTD_MSIL2A.xml: offset -1000 DN
        assert b04.scale == pytest.approx(1e-4) and b04.offset == pytest.approx(-0.1)
        assert s.asset_for("SCL", 10).resolution == 20


@pytest.mark.parametrize("product, baseline, offset", [
    ("S2A_MSIL2A_20190212T192651_N0212_R013_T07HFE_20201007T160857", "02.12", 0.0),
    ("S2B_MSIL2A_20220413T150759_N0400_R025_T33XWJ_20220414T082126", "04.00", -1000.0),
    ("S2A_MSIL2A_20230821T221941_N0509_R029_T01KAB_20230822T021825", "05.09", -1000.0),
])
def test_offsets_from_real_product_metadata(tmp_path, product, baseline, offset):
    md = read_product_metadata(str(META / (product + ".SAFE") / "MTD_MSIL2A.xml"))
    assert md.processing_baseline == baseline
    assert md.quantification == 10000
    assert md.offset_for("B04", 0.0) == offset and md.offset_for("B8A", 0.0) == offset
    # a SAFE product carrying that metadata: the scene's DN -> reflectance follows it
    safe = tmp_path / (product + ".SAFE")
    granule_src = next((META / (product + ".SAFE") / "GRANULE").iterdir())
    img = safe / "GRANULE" / granule_src.name / "IMG_DATA" / "R10m"
    img.mkdir(parents=True)
    shutil.copy(META / (product + ".SAFE") / "MTD_MSIL2A.xml", safe / "MTD_MSIL2A.xml")
    shutil.copy(granule_src / "MTD_TL.xml", safe / "GRANULE" / granule_src.name / "MTD_TL.xml")
    tile = product.split("_")[5]
    stamp = product.split("_")[2]
    shutil.copy(find(support.SAMPLE_DIR, "B04_10m.jp2"), img / ("%s_%s_B04_10m.jp2" % (tile, stamp)))
    scene = discover(str(tmp_path)).scenes[0]
    b04 = scene.asset_for("B04", 10)
    assert b04.offset * 10000 == pytest.approx(offset)
    assert scene.processing_baseline == baseline
    assert scene.crs == read_granule_metadata(str(granule_src / "MTD_TL.xml")).crs
    assert scene.bounds is not None


def test_granule_angles_from_real_mtd_tl():
    tl = next((META / "S2A_MSIL2A_20230821T221941_N0509_R029_T01KAB_20230822T021825.SAFE" / "GRANULE").glob("*/MTD_TL.xml"))
    md = read_granule_metadata(str(tl))
    assert md.crs == "EPSG:32701"
    assert md.sun_zenith.values.shape == (23, 23)
    xmin, ymin, xmax, ymax = md.bounds
    # the grid nodes are sampled exactly at their own coordinates
    val = md.sun_zenith.sample([xmin + 5000.0], [ymax - 10000.0])[0]
    assert val == pytest.approx(float(md.sun_zenith.values[2, 1]), abs=1e-4)
    vz = md.view_zenith.sample([xmin + 55000.0], [ymax - 55000.0])[0]
    assert 0.0 <= vz < 13.0


def test_earth_search_boa_offset_applied_items():
    found = discover(str(DATA / "earthsearch"))
    assert len(found.scenes) == 5
    for s in found.scenes:
        red = s.asset_for("B04", 10)
        assert os.path.isfile(red.href)
        assert red.scale == pytest.approx(1e-4) and red.offset == 0.0  # not the item's -0.1
        assert s.granule_metadata and os.path.isfile(s.granule_metadata)
        assert s.asset_for("B05", 20).is_remote  # not present locally


def test_item_without_flag_uses_raster_bands_offset(tmp_path):
    src = DATA / "earthsearch" / "sentinel-2-l2a" / "S2A_33TWL_20230815_0_L2A" / "S2A_33TWL_20230815_0_L2A.json"
    item = json.loads(src.read_text())
    item["properties"].pop("earthsearch:boa_offset_applied")
    scene = scene_from_item(item, str(src))
    assert scene.asset_for("B04", 10).offset == pytest.approx(-0.1)
    # neither flag nor raster:bands: the processing baseline decides (05.09 -> -1000)
    bare = copy.deepcopy(item)
    for a in bare["assets"].values():
        a.pop("raster:bands", None)
    assert scene_from_item(bare, str(src)).asset_for("B04", 10).offset == pytest.approx(-0.1)
    bare["properties"]["s2:processing_baseline"] = "03.01"
    assert scene_from_item(bare, str(src)).asset_for("B04", 10).offset == 0.0


def test_single_scene_baseline_before_04():
    found = discover(str(DATA / "single-scene"))
    (scene,) = found.scenes
    assert scene.processing_baseline == "02.14"
    assert scene.asset_for("B02", 10).offset == 0.0
    aot = scene.asset_for("AOT", 20)
    assert os.path.isfile(aot.href) and aot.scale == pytest.approx(0.001)


def test_planetary_computer_and_cdse_dialects():
    pc = json.loads((DATA / "stac" / "planetary-computer" / "itemcollection_site2-2020_jun_jul-35MNM.geojson").read_text())
    scene = scene_from_item(pc["features"][0], "/tmp/x.json")
    assert {"B04", "SCL", "B8A"} <= scene.keys()
    expected = -0.1 if scene.processing_baseline >= "04.00" else 0.0
    assert scene.asset_for("B04", 10).offset == pytest.approx(expected)
    cdse_file = next((DATA / "stac" / "cdse").glob("item_*.json"))
    cdse = json.loads(cdse_file.read_text())
    scene = scene_from_item(cdse, str(cdse_file))
    assert scene.crs.startswith("EPSG:326")
    b04 = scene.asset_for("B04", 10)
    assert b04.resolution == 10 and b04.offset == pytest.approx(-0.1)
    assert scene.asset_for("B04", 20).resolution == 20  # own band at 20 m preferred
    assert b04.href.startswith("/vsicurl/https://")  # s3:// replaced by the https alternate


def test_catalog_json_and_unparseable_json(tmp_path):
    found = discover(str(DATA / "earthsearch" / "catalog.json"))
    assert len(found.scenes) == 5
    (tmp_path / "broken.json").write_text("{not json")
    found = discover(str(tmp_path))
    assert found.rejected and "unparseable" in found.rejected[0]["reason"]


def test_reprocessed_duplicate_keeps_newest(tmp_path):
    for name in ("item_S2A_32TMT_20200305_0_L2A.json", "item_S2A_32TMT_20200305_1_L2A.json"):
        shutil.copy(DATA / "stac" / "earth-search" / name, tmp_path / name)
    found = discover(str(tmp_path))
    assert [s.id for s in found.scenes] == ["S2A_32TMT_20200305_1_L2A"]
    assert found.superseded[0]["id"] == "S2A_32TMT_20200305_0_L2A"


def _zip_folder(folder, archive):
    import zipfile
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder.parent).as_posix())


def test_zipped_safe_reads_metadata_in_place(tmp_path):
    """A zipped SAFE (as the Copernicus Data Space delivers it) with real MTD files."""
    product = "S2B_MSIL2A_20220413T150759_N0400_R025_T33XWJ_20220414T082126"
    src = META / (product + ".SAFE")
    _zip_folder(src, tmp_path / (product + ".SAFE.zip"))
    # the metadata-only SAFE has no image: add one band and SCL under IMG_DATA
    import zipfile
    granule = next((src / "GRANULE").iterdir()).name
    with zipfile.ZipFile(tmp_path / (product + ".SAFE.zip"), "a") as zf:
        for band, res, pattern in (("B04", "10", "B04_10m.jp2"), ("SCL", "20", "SCL_20m.jp2")):
            zf.write(find(support.SAMPLE_DIR, pattern), "%s.SAFE/GRANULE/%s/IMG_DATA/R%sm/T33XWJ_20220413T150759_%s_%sm.jp2"
                     % (product, granule, res, band, res))
    (scene,) = discover(str(tmp_path)).scenes
    assert scene.id == product and scene.processing_baseline == "04.00"
    assert scene.asset_for("B04", 10).offset == pytest.approx(-0.1)
    assert scene.asset_for("B04", 10).href.startswith("/vsizip/")
    assert scene.crs == "EPSG:32633"
    md = read_granule_metadata(scene.granule_metadata)  # read through /vsizip/
    assert md.sun_zenith is not None and md.view_zenith is not None


def test_earth_search_v0_style_properties():
    """Earth Search v0 items (sentinel-s2-l2a-cogs) say tile and baseline with sentinel:*."""
    src = DATA / "earthsearch" / "sentinel-2-l2a" / "S2A_33TWL_20230815_0_L2A" / "S2A_33TWL_20230815_0_L2A.json"
    item = json.loads(src.read_text())
    props = item["properties"]
    for k in [k for k in props if k.startswith(("mgrs:", "s2:", "grid:", "earthsearch:"))]:
        props.pop(k)
    for a in item["assets"].values():
        a.pop("raster:bands", None)
    props.update({"sentinel:utm_zone": 33, "sentinel:latitude_band": "T", "sentinel:grid_square": "WL",
                  "sentinel:product_id": "S2A_MSIL2A_20230815T095031_N0509_R079_T33TWL_20230815T155057"})
    item["id"] = "scene-a"  # no tile in the id: it must come from sentinel:*
    scene = scene_from_item(item, str(src))
    assert scene.tile == "33TWL" and scene.processing_baseline == "05.09"
    assert scene.asset_for("B04", 10).offset == pytest.approx(-0.1)
