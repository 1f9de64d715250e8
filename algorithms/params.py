"""Parameter helpers shared by the algorithms.

Script users (``processing.run``, ``qgis_process``) may give enum values as option
indices (``3``, ``"0,2"``, ``[0, 2]``) or as option names (``"MEDOID"``, ``"B04,B08"``,
``["B04", "B08"]``, ``"b8a"``). The forgiving parameter classes below accept both in
``checkValueIsAcceptable``; :func:`parse_enum_value` turns the raw value into option
indices in ``processAlgorithm``.
"""
import datetime
import os
import re

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFile, QgsProperty

_SEPARATORS = re.compile(r"[,;\s]+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ParameterValueError(ValueError):
    """A raw parameter value that cannot be understood; the message names the problem."""


def _tokens(raw):
    """Flatten a raw value (None, int, str, list of those) into a list of scalar tokens."""
    if raw is None:
        return []
    if isinstance(raw, (list, tuple, set)):
        tokens = []
        for item in raw:
            tokens.extend(_tokens(item))
        return tokens
    if isinstance(raw, str):
        return [t for t in _SEPARATORS.split(raw.strip()) if t]
    return [raw]


def parse_enum_value(raw, options, normalise=None):
    """Option indices for a raw enum value.

    ``options`` are the option names; ``normalise(token)`` may map aliases to an option
    name (e.g. ``"b4"`` -> ``"B04"``). A string token is matched against the names first
    (case-insensitive) and then read as an index, so for options ``("10", "20", "60")``
    ``"10"`` means 10 m and ``"0"`` the first option; an int that is not a valid index is
    matched against the names too (``10`` -> 10 m). Returns a list without duplicates in
    the given order; raises :class:`ParameterValueError` for an unknown token.
    """
    upper = [str(o).upper() for o in options]

    def tokens(value):
        # an option name with spaces ("Earth Search") is one token, not two
        if isinstance(value, str) and value.strip().upper() in upper:
            return [value.strip()]
        if isinstance(value, (list, tuple, set)):
            return [t for item in value for t in tokens(item)]
        return _tokens(value)

    indices = []
    for token in tokens(raw):
        index = None
        if isinstance(token, bool):
            raise ParameterValueError(str(token))
        if isinstance(token, float) and token.is_integer():
            token = int(token)
        if isinstance(token, int):
            if 0 <= token < len(options):
                index = token
            elif str(token) in upper:
                index = upper.index(str(token))
        else:
            text = str(token).strip()
            key = text.upper()
            if normalise is not None:
                key = (normalise(text) or key).upper()
            if key in upper:
                index = upper.index(key)
            elif re.fullmatch(r"\d+", text) and int(text) < len(options):
                index = int(text)
        if index is None:
            raise ParameterValueError(str(token))
        if index not in indices:
            indices.append(index)
    return indices


def parse_date(raw):
    """``YYYY-MM-DD`` string (or a date / QDate / QDateTime) -> ISO date string, None if empty."""
    if raw is None:
        return None
    if hasattr(raw, "toPyDate"):  # QDate
        raw = raw.toPyDate() if raw.isValid() else None
    elif hasattr(raw, "toPyDateTime"):  # QDateTime
        raw = raw.toPyDateTime().date() if raw.isValid() else None
    if raw is None:
        return None
    if isinstance(raw, datetime.datetime):
        return raw.date().isoformat()
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    text = str(raw).strip()
    if not text:
        return None
    if not _ISO_DATE.match(text):
        raise ParameterValueError(text)
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ParameterValueError(text) from None


class ParameterForgivingEnum(QgsProcessingParameterEnum):
    """An enum that also accepts option names ("MEDOID", "B04,B08", ["B04", "B08"]).

    Widgets, models and ``qgis_process help`` see a plain ``enum`` parameter.
    """

    def __init__(self, name, description, options, allowMultiple=False,  # noqa: N803
                 defaultValue=None, optional=False, normalise=None):  # noqa: N803
        super().__init__(name, description, options, allowMultiple, defaultValue, optional)
        self._normalise = normalise

    def clone(self):
        copy = ParameterForgivingEnum(self.name(), self.description(), self.options(),
                                      self.allowMultiple(), self.defaultValue(),
                                      self.flags() & self.FlagOptional, self._normalise)
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy

    def indices(self, raw):
        """Option indices for ``raw`` (the default value when ``raw`` is None)."""
        if raw is None or raw == "" or raw == []:
            raw = self.defaultValue()
        return parse_enum_value(raw, self.options(), self._normalise)

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802 - QGIS API name
        if isinstance(value, QgsProperty):
            return True
        try:
            indices = self.indices(value)
        except ParameterValueError:
            return False
        if not indices:
            return bool(self.flags() & self.FlagOptional)
        return self.allowMultiple() or len(indices) == 1


class ParameterInputPath(QgsProcessingParameterFile):
    """A file parameter (JSON filter in the dialog) that also accepts a folder or a URL.

    The plain file parameter rejects a path without the filter's extension, so a SAFE
    folder would be refused by ``processing.run`` and ``qgis_process``; whether the path
    exists is checked by the algorithm, which can say so clearly.
    """

    def clone(self):
        copy = ParameterInputPath(self.name(), self.description(), self.behavior(),
                                  self.extension(), self.defaultValue(),
                                  bool(self.flags() & self.FlagOptional), self.fileFilter())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802 - QGIS API name
        if isinstance(value, QgsProperty):
            return True
        if isinstance(value, os.PathLike):
            value = os.fspath(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return bool(self.flags() & self.FlagOptional)
        return isinstance(value, str)

