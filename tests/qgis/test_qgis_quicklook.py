"""scripts/quicklook.py: the demo's PNG quick-look (GDAL + numpy only)."""
import subprocess
import sys

import numpy as np
from osgeo import gdal
from s2gm_test_support import REPO_ROOT


def make_composite(path, names=("B04", "B08"), size=(40, 30)):
    width, height = size
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, len(names),
                                                   gdal.GDT_Float32)
    rng = np.random.default_rng(0)
    for i, name in enumerate(names):
        band = dataset.GetRasterBand(i + 1)
        data = rng.uniform(0.0, 0.5, (height, width)).astype("float32")
        data[:5, :5] = -9999
        band.WriteArray(data)
        band.SetNoDataValue(-9999)
        band.SetDescription(name)
    dataset = None


def test_quicklook_png(tmp_path):
    tif, png = tmp_path / "composite.tif", tmp_path / "quicklook.png"
    make_composite(tif)
    done = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "quicklook.py"),
                           str(tif), str(png)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "B08/B04/B04" in done.stdout
    result = gdal.Open(str(png))
    assert result.GetDriver().ShortName == "PNG"
    assert (result.RasterXSize, result.RasterYSize, result.RasterCount) == (40, 30, 4)
    alpha = result.GetRasterBand(4).ReadAsArray()
    assert alpha[0, 0] == 0 and alpha[10, 10] == 255
    red = result.GetRasterBand(1).ReadAsArray()
    assert red[alpha == 255].min() >= 1 and red.max() == 255
