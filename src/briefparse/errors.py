"""The one error type briefparse raises for bad input."""


class BriefparseError(ValueError):
    """Input that cannot be parsed: empty, binary, undecodable or too large."""
