"""What the package's registers (`data/*.tsv`: agencies, seats, officeholders) share: how their files are read."""

from __future__ import annotations

import csv

__all__ = ["tsv_rows"]


def tsv_rows(text: str) -> list[dict[str, str]]:
    """The rows of a register's text: tab-separated, a header line first, no quoting; blank lines and comment lines
    (opening on "#") left out."""
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
