"""S2GM product names (spec section 5, S2GM product guide).

* product folder: ``S2GM_{T}{SS}_{start}_{end}_{ORDER}_STD_v{version}``
* GeoTIFF / JP2: one file per band or layer ``{BAND}_{T}{SS}_{start}_{ORDER}.tif|.jp2``
* NetCDF: ``{T}{SS}_{start}_{ORDER}.nc``
* metadata: ``metadata_{start}_{ORDER}.json`` and ``metadata_{start}_{ORDER}_inspire.xml``

``T`` is the period letter (D, T, M, Q, Y), ``SS`` the resolution (10, 20, 60), dates
``YYYYMMDD``. The order name is reduced to letters, digits and ``-`` so that ``_`` keeps
separating the parts of a name.
"""
import re

from . import __version__

EXTENSIONS = {"GeoTIFF": "tif", "JP2": "jp2", "NetCDF": "nc"}
_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9-]+")


def order_id(name):
    """A name usable inside S2GM names: 'my order/1' -> 'my-order-1'."""
    text = _NOT_ALLOWED.sub("-", str(name or "").strip()).strip("-")
    return text or "ORDER"


def product_version(version=__version__):
    return str(version)


def _d(day):
    return day.strftime("%Y%m%d")


def code(period, resolution):
    return "%s%02d" % (period.letter, int(resolution))


def product_folder(period, resolution, order, version=__version__):
    return "S2GM_%s_%s_%s_%s_STD_v%s" % (code(period, resolution), _d(period.start), _d(period.end),
                                         order_id(order), product_version(version))


def layer_file(layer, period, resolution, order, fmt):
    return "%s_%s_%s_%s.%s" % (layer, code(period, resolution), _d(period.start), order_id(order),
                               EXTENSIONS[fmt])


def netcdf_file(period, resolution, order):
    return "%s_%s_%s.nc" % (code(period, resolution), _d(period.start), order_id(order))


def metadata_json(period, order):
    return "metadata_%s_%s.json" % (_d(period.start), order_id(order))


def metadata_xml(period, order):
    return "metadata_%s_%s_inspire.xml" % (_d(period.start), order_id(order))
