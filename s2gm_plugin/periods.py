"""S2GM periods (spec section 4): day, 10-day (dekad), month, quarter, year.

A date range becomes the list of whole periods that touch it: 2024-09-05..2024-09-12 in
dekads gives 09-01..09-10 and 09-11..09-20.
"""
import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import InvalidRequest

# kind -> letter used in S2GM names (spec section 5)
PERIOD_KINDS = ("day", "dekad", "month", "quarter", "year")
PERIOD_LETTER = {"day": "D", "dekad": "T", "month": "M", "quarter": "Q", "year": "Y"}
_ALIASES = {"d": "day", "daily": "day", "10-day": "dekad", "10day": "dekad", "10 days": "dekad",
            "t": "dekad", "dekads": "dekad", "m": "month", "monthly": "month", "q": "quarter",
            "quarterly": "quarter", "y": "year", "yearly": "year", "annual": "year"}


def normalise_kind(kind):
    """'10-day', 'T', 'Month' ... -> one of PERIOD_KINDS; InvalidRequest when unknown."""
    key = str(kind or "").strip().lower()
    key = _ALIASES.get(key, key)
    if key not in PERIOD_KINDS:
        raise InvalidRequest("PERIOD '%s' is unknown: use day, 10-day, month, quarter or year" % kind)
    return key


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date  # inclusive

    @property
    def letter(self):
        return PERIOD_LETTER[self.kind]

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def __str__(self):
        return "%s %s..%s" % (self.kind, self.start.isoformat(), self.end.isoformat())


def period_of(kind, day):
    """The period of ``kind`` that holds ``day``."""
    kind = normalise_kind(kind)
    if kind == "day":
        return Period(kind, day, day)
    if kind == "dekad":
        if day.day <= 10:
            return Period(kind, day.replace(day=1), day.replace(day=10))
        if day.day <= 20:
            return Period(kind, day.replace(day=11), day.replace(day=20))
        last = calendar.monthrange(day.year, day.month)[1]
        return Period(kind, day.replace(day=21), day.replace(day=last))
    if kind == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return Period(kind, day.replace(day=1), day.replace(day=last))
    if kind == "quarter":
        first_month = 3 * ((day.month - 1) // 3) + 1
        last = calendar.monthrange(day.year, first_month + 2)[1]
        return Period(kind, date(day.year, first_month, 1), date(day.year, first_month + 2, last))
    return Period(kind, date(day.year, 1, 1), date(day.year, 12, 31))


def periods_touching(kind, start, end):
    """Every whole period of ``kind`` that shares at least one day with ``start..end``."""
    if isinstance(start, str):
        start = parse_iso(start, "START_DATE")
    if isinstance(end, str):
        end = parse_iso(end, "END_DATE")
    if end < start:
        raise InvalidRequest("END_DATE %s is before START_DATE %s" % (end, start))
    out = []
    current = period_of(kind, start)
    while current.start <= end:
        out.append(current)
        current = period_of(kind, current.end + timedelta(days=1))
    return out


def parse_iso(text, name):
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise InvalidRequest("%s '%s' is not a date: use YYYY-MM-DD" % (name, text)) from None
