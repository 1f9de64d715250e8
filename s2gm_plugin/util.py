"""Small helpers every engine entry point shares: parameter parsing and atomic writes."""
import os
from datetime import date

from .bands import SPECTRAL_BANDS, normalise_band_key
from .errors import InvalidRequest


def parse_date(text, name):
    """``YYYY-MM-DD`` (a longer ISO time stamp is cut to its date) -> date; None stays None."""
    if text in (None, ""):
        return None
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise InvalidRequest("%s '%s' is not a date: use YYYY-MM-DD" % (name, text))


def parse_bands(values):
    """Band names in any accepted spelling (``b4``, ``B04``, ``b8a``) -> canonical keys,
    in the given order, without repeats; an unknown name is a clear error."""
    bands = []
    for b in values or []:
        key = normalise_band_key(b)
        if key not in SPECTRAL_BANDS:
            raise InvalidRequest("band '%s' is not a Sentinel-2 L2A surface band (use %s)"
                                 % (b, ", ".join(SPECTRAL_BANDS)))
        if key not in bands:
            bands.append(key)
    return bands


def write_text_atomic(path, text):
    """Write ``text`` to a hidden temporary file beside ``path``, then rename it into place:
    readers never see half a file, a crash leaves the old one."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".%s.%d.tmp" % (os.path.basename(path), os.getpid()))
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
