"""Input tile QC on real files made bad by the test itself (spec section 2)."""
import json
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal

import s2gm_test_support as support
from engine_helpers import copy_safe_renamed, find, write_like
from s2gm_plugin.errors import NoUsableScenes
from s2gm_plugin.pipeline import CompositeRequest, run_composite

DATA = support.SHARED_DATA
GOOD_DATE = "20240901"
GOOD = "S2B_MSIL2A_20240901T172859_N0511_R055_T13SFA_20240901T215725.SAFE"


def _truncate(path, keep=0.5):
    size = os.path.getsize(path)
    with open(path, "r+b") as fh:
        fh.truncate(int(size * keep))


@pytest.fixture(scope="module")
def bad_stack(tmp_path_factory):
    """The bundled sample plus six broken scenes, each broken in one way."""
    root = tmp_path_factory.mktemp("badstack")
    shutil.copytree(support.SAMPLE_DIR, root / "good")
    src = support.SAMPLE_DIR / GOOD
    bad = root / "bad"
    bad.mkdir()
    # 1. truncated JPEG 2000 band
    s = copy_safe_renamed(src, bad, GOOD_DATE, "20240902")
    _truncate(find(s, "B04_10m.jp2"))
    # 2. a band with the wrong size (cropped)
    s = copy_safe_renamed(src, bad, GOOD_DATE, "20240903")
    b08 = find(s, "B08_10m.jp2")
    arr = gdal.Open(b08).ReadAsArray()
    crop = gdal.Translate("", b08, format="MEM", srcWin=[0, 0, arr.shape[1] - 40, arr.shape[0] - 40])
    gdal.GetDriverByName("JP2OpenJPEG").CreateCopy(b08 + ".new.jp2", crop, options=["REVERSIBLE=YES"])
    os.replace(b08 + ".new.jp2", b08)
    # 3. scene without SCL
    s = copy_safe_renamed(src, bad, GOOD_DATE, "20240905")
    os.remove(find(s, "SCL_20m.jp2"))
    # 4. all-zero scene
    s = copy_safe_renamed(src, bad, GOOD_DATE, "20240907")
    for name in ("B04_10m.jp2", "B08_10m.jp2", "SCL_20m.jp2"):
        path = find(s, name)
        write_like(path, path, np.zeros_like(gdal.Open(path).ReadAsArray()))
    # 5. unparseable item JSON
    (bad / "S2A_33TWL_20230815_0_L2A.json").write_text('{"type": "Feature", "id": ')
    # 6. truncated cloud-optimised GeoTIFF in an Earth Search-style scene folder
    es = DATA / "single-scene" / "sentinel-s2-l2a-cogs" / "29" / "R" / "KH" / "2020" / "2" / "S2A_29RKH_20200219_0_L2A"
    cog = bad / "S2A_29RKH_20200219_0_L2A"
    shutil.copytree(es, cog)
    _truncate(str(cog / "B04.tif"), 0.6)
    return root


@pytest.fixture(scope="module")
def bad_run(bad_stack, tmp_path_factory):
    out = tmp_path_factory.mktemp("badout")
    req = CompositeRequest(input_path=str(bad_stack), output=str(out / "c.tif"), quality=str(out / "q.tif"),
                           qc_report=str(out / "qc.json"), bands=["B04", "B08"])
    result = run_composite(req)
    return result, json.loads((out / "qc.json").read_text())


@pytest.mark.parametrize("scene_part, words", [
    ("20240902", "truncated"),
    ("20240903", "wrong size"),
    ("20240905", "SCL"),
    ("20240907", "no data"),
    ("S2A_33TWL_20230815_0_L2A", "unparseable"),
    ("S2A_29RKH_20200219_0_L2A", "truncated"),
])
def test_each_bad_input_is_rejected_with_its_reason(bad_run, scene_part, words):
    _result, report = bad_run
    hits = [r for r in report["inputs_rejected"] if scene_part in r["id"]]
    assert len(hits) == 1, report["inputs_rejected"]
    assert words.lower() in hits[0]["reason"].lower()


def test_composite_still_made_from_the_rest(bad_run):
    result, report = bad_run
    assert len(report["inputs_used"]) == 11
    assert len(report["inputs_rejected"]) == 6
    assert os.path.isfile(result.output)
    ds = gdal.Open(result.output)
    assert ds.GetRasterBand(1).ReadAsArray().max() > 0


def test_nothing_left_is_a_clear_error(tmp_path, bad_stack):
    only_bad = tmp_path / "only_bad"
    shutil.copytree(bad_stack / "bad", only_bad)
    with pytest.raises(NoUsableScenes) as err:
        run_composite(CompositeRequest(input_path=str(only_bad), output=str(tmp_path / "c.tif"),
                                       bands=["B04", "B08"]))
    msg = str(err.value)
    assert "rejected" in msg and "truncated" in msg
    assert not (tmp_path / "c.tif").exists()


def test_empty_folder_says_what_was_looked_for(tmp_path):
    with pytest.raises(NoUsableScenes) as err:
        run_composite(CompositeRequest(input_path=str(tmp_path), output=str(tmp_path / "c.tif")))
    assert "SAFE" in str(err.value) and "STAC" in str(err.value)


def test_file_that_breaks_while_compositing_rejects_its_scene(tmp_path):
    """A GeoTIFF whose header and tile index are sound (QC passes) but one tile is garbage:
    the read fails mid-run, the scene is rejected with the reason and the rest composites."""
    stack = tmp_path / "stack"
    shutil.copytree(DATA / "earthsearch" / "sentinel-2-l2a", stack)
    victim = sorted(stack.iterdir())[2]
    b04 = victim / "B04.tif"
    arr = gdal.Open(str(b04)).ReadAsArray()
    write_like(str(b04) + ".new", b04, arr, driver="GTiff")
    os.replace(str(b04) + ".new", b04)
    os.remove(str(b04) + ".aux.xml")
    ds = gdal.Open(str(b04))
    band = ds.GetRasterBand(1)
    offset = int(band.GetMetadataItem("BLOCK_OFFSET_1_1", "TIFF"))
    size = int(band.GetMetadataItem("BLOCK_SIZE_1_1", "TIFF"))
    ds = None
    with open(b04, "r+b") as fh:  # scribble over the middle of tile (1, 1)
        fh.seek(offset + 2)
        fh.write(bytes(range(256)) * max(1, (size - 4) // 256))
    out = tmp_path / "out"
    req = CompositeRequest(input_path=str(stack), output=str(out / "c.tif"), qc_report=str(out / "qc.json"),
                           resolution=60, bands=["B02", "B03", "B04", "B08"], block_size=128)
    result = run_composite(req)
    report = json.loads((out / "qc.json").read_text())
    (rej,) = report["inputs_rejected"]
    assert rej["id"] == victim.name and "while compositing" in rej["reason"]
    assert len(report["inputs_used"]) == 4 and os.path.isfile(result.output)
    assert [f for f in os.listdir(out) if f.startswith(".")] == []
