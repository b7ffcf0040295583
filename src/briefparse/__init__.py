"""briefparse: raw news briefs in, structured evidence-linked records out.

>>> import briefparse
>>> brief = briefparse.parse(open("brief.txt").read())
>>> brief.date, [p.name for p in brief.participants]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Brief", "BriefparseError", "__version__", "parse"]

if TYPE_CHECKING:
    from briefparse.errors import BriefparseError
    from briefparse.models import Brief
    from briefparse.pipeline import parse


def __getattr__(name: str):
    """Import the parser only when it is first used, so `briefparse --help` stays quick."""
    if name == "parse":
        from briefparse.pipeline import parse

        return parse
    if name == "Brief":
        from briefparse.models import Brief

        return Brief
    if name == "BriefparseError":
        from briefparse.errors import BriefparseError

        return BriefparseError
    raise AttributeError(f"module 'briefparse' has no attribute {name!r}")
