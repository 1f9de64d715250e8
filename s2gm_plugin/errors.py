"""Exceptions raised by the engine. Messages say what was wrong and what to do."""


class S2GMError(Exception):
    """Base class of every error the engine raises on purpose."""


class NoUsableScenes(S2GMError):
    """No input scene survived discovery, date filtering and input tile QC."""


class InvalidRequest(S2GMError):
    """A parameter combination that cannot be processed (empty AOI, unknown band...)."""


class Cancelled(S2GMError):
    """The user cancelled the run; no output was left behind."""


class AreaWithoutData(InvalidRequest):
    """The extent / AOI does not overlap any input scene (a mosaic records "no data")."""


class OutputQCFailed(S2GMError):
    """A written product failed output tile QC; it was not delivered (the reason is recorded)."""
