"""The one place that opens rasters (GDAL, which every QGIS ships) and checks files.

``RasterInfo`` is what input QC learns about a file; ``check_file_complete`` finds
truncated JPEG 2000 and GeoTIFF files without decoding them.
"""
import os
import struct
from dataclasses import dataclass

from osgeo import gdal, osr

gdal.UseExceptions()
osr.UseExceptions() if hasattr(osr, "UseExceptions") else None


@dataclass
class RasterInfo:
    path: str
    width: int
    height: int
    geotransform: tuple
    crs_wkt: str
    dtype: str
    nodata: object

    @property
    def res(self):
        return abs(self.geotransform[1])

    @property
    def bounds(self):
        gt = self.geotransform
        x0, y0 = gt[0], gt[3]
        x1, y1 = x0 + gt[1] * self.width, y0 + gt[5] * self.height
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def srs_from(text):
    """OSR spatial reference from 'EPSG:xxxx', WKT or PROJ text, axis order x/y."""
    srs = osr.SpatialReference()
    srs.SetFromUserInput(str(text))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def epsg_of(srs_or_text):
    srs = srs_or_text if isinstance(srs_or_text, osr.SpatialReference) else srs_from(srs_or_text)
    code = srs.GetAuthorityCode(None)
    if code and (srs.GetAuthorityName(None) or "").upper() == "EPSG":
        return "EPSG:%s" % code
    srs2 = srs.Clone()
    if srs2.AutoIdentifyEPSG() == 0 and srs2.GetAuthorityCode(None):
        return "EPSG:%s" % srs2.GetAuthorityCode(None)
    return None


def same_crs(a, b):
    return srs_from(a).IsSame(srs_from(b)) == 1


def open_raster(path):
    """Open read-only; raises RuntimeError with GDAL's message."""
    ds = gdal.Open(path, gdal.GA_ReadOnly)
    if ds is None:
        raise RuntimeError("GDAL cannot open %s" % path)
    return ds


def raster_info(path, ds=None) -> RasterInfo:
    ds = ds or open_raster(path)
    band = ds.GetRasterBand(1)
    return RasterInfo(path, ds.RasterXSize, ds.RasterYSize, tuple(ds.GetGeoTransform()),
                      ds.GetProjection() or "", gdal.GetDataTypeName(band.DataType),
                      band.GetNoDataValue())


class TruncatedFile(Exception):
    pass


def check_file_complete(path, ds=None):
    """Raise TruncatedFile when a local JPEG 2000 / TIFF file ends before its content does."""
    if path.startswith("/vsi") or not os.path.isfile(path):
        return
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        head = fh.read(12)
    if head[:4] == b"\xff\x4f\xff\x51":  # raw JPEG 2000 codestream: must end with EOC
        _check_codestream_end(path, 0, size)
    elif head[4:8] == b"jP  ":  # JP2 box structure
        _check_jp2_boxes(path, size)
    elif head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        _check_tiff_blocks(path, size, ds)


def _check_codestream_end(path, start, end):
    if end - start < 2:
        raise TruncatedFile("empty JPEG 2000 codestream")
    with open(path, "rb") as fh:
        fh.seek(end - 2)
        if fh.read(2) != b"\xff\xd9":
            raise TruncatedFile("JPEG 2000 codestream has no end marker (file truncated)")


def _check_jp2_boxes(path, size):
    pos = 0
    with open(path, "rb") as fh:
        while pos < size:
            fh.seek(pos)
            header = fh.read(8)
            if len(header) < 8:
                raise TruncatedFile("JP2 box header cut at byte %d" % pos)
            length, kind = struct.unpack(">I4s", header)
            header_len = 8
            if length == 1:
                length = struct.unpack(">Q", fh.read(8))[0]
                header_len = 16
            elif length == 0:
                length = size - pos
            if pos + length > size:
                raise TruncatedFile("JP2 box %r needs %d bytes, file has %d" % (kind, pos + length, size))
            if kind == b"jp2c":
                _check_codestream_end(path, pos + header_len, pos + length)
            pos += length


def _check_tiff_blocks(path, size, ds=None):
    ds = ds or open_raster(path)
    band = ds.GetRasterBand(1)
    bx, by = band.GetBlockSize()
    nx = (ds.RasterXSize + bx - 1) // bx
    ny = (ds.RasterYSize + by - 1) // by
    bands = range(1, ds.RasterCount + 1) if ds.GetMetadataItem("INTERLEAVE", "IMAGE_STRUCTURE") == "BAND" else [1]
    for b in bands:
        rb = ds.GetRasterBand(b)
        for j in range(ny):
            for i in range(nx):
                off = rb.GetMetadataItem("BLOCK_OFFSET_%d_%d" % (i, j), "TIFF")
                cnt = rb.GetMetadataItem("BLOCK_SIZE_%d_%d" % (i, j), "TIFF")
                if off and cnt and int(off) + int(cnt) > size:
                    raise TruncatedFile("TIFF block %d,%d lies beyond the end of the file (truncated)" % (i, j))
