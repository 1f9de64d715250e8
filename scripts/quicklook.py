#!/usr/bin/python3
"""PNG quick-look of an S2GM composite GeoTIFF (GDAL + numpy only).

    python scripts/quicklook.py demo-output/composite.tif demo-output/quicklook.png

Bands are picked by their descriptions: true colour (B04, B03, B02) when present, else
colour infrared (B08, B04, B03), else a NIR/red false colour (R = B08, G = B04, B = B04;
vegetation shows red), else the first band in grey. Each channel gets a 2-98 % percentile
stretch; no-data pixels are transparent.
"""
import argparse
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()

CHANNEL_CHOICES = (("B04", "B03", "B02"), ("B08", "B04", "B03"), ("B08", "B04", "B04"))


def pick_bands(descriptions):
    """1-based band numbers for R, G, B."""
    index = {d.upper(): i + 1 for i, d in enumerate(descriptions) if d}
    for choice in CHANNEL_CHOICES:
        if all(name in index for name in choice):
            return [index[name] for name in choice], "/".join(choice)
    return [1, 1, 1], descriptions[0] or "band 1"


def read_band(dataset, number, step):
    band = dataset.GetRasterBand(number)
    data = band.ReadAsArray()[::step, ::step].astype("float64")
    valid = np.isfinite(data)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        valid &= data != nodata
    return data, valid


def stretch(data, valid, low=2.0, high=98.0):
    """Linear 2-98 % stretch to 1..255 (0 stays for no data)."""
    out = np.zeros(data.shape, dtype="uint8")
    if not valid.any():
        return out
    lo, hi = np.percentile(data[valid], [low, high])
    if hi <= lo:
        hi = lo + 1.0
    scaled = np.clip((data - lo) / (hi - lo), 0.0, 1.0) * 254.0 + 1.0
    out[valid] = scaled[valid].astype("uint8")
    return out


def quicklook(src_path, png_path, max_size=1024):
    dataset = gdal.Open(src_path)
    descriptions = [dataset.GetRasterBand(i + 1).GetDescription()
                    for i in range(dataset.RasterCount)]
    numbers, label = pick_bands(descriptions)
    step = max(1, -(-max(dataset.RasterXSize, dataset.RasterYSize) // max_size))
    channels, alpha = [], None
    for number in numbers:
        data, valid = read_band(dataset, number, step)
        channels.append(stretch(data, valid))
        alpha = valid if alpha is None else alpha & valid
    height, width = channels[0].shape
    memory = gdal.GetDriverByName("MEM").Create("", width, height, 4, gdal.GDT_Byte)
    for i, channel in enumerate(channels + [np.where(alpha, 255, 0).astype("uint8")]):
        memory.GetRasterBand(i + 1).WriteArray(channel)
    gdal.GetDriverByName("PNG").CreateCopy(png_path, memory)
    memory = dataset = None
    return label, (width, height)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("composite", help="multi-band composite GeoTIFF")
    parser.add_argument("png", help="PNG to write")
    parser.add_argument("--max-size", type=int, default=1024,
                        help="longest side of the PNG in pixels (default 1024)")
    args = parser.parse_args(argv)
    label, (width, height) = quicklook(args.composite, args.png, args.max_size)
    print("quicklook: %s (%s, %dx%d)" % (args.png, label, width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
