"""`briefparse report`: one self-contained HTML page to look at a whole run of briefs.

The page (`page.html`, with `report.css` and `report.js` inlined) holds its data once, as JSON in a
`<script type="application/json">` element, and draws every view from it in the browser: a timeline, a
who-met-whom network, a table of briefs, each brief's text with its evidence highlighted, and the error
records. Nothing is loaded from anywhere: its Content-Security-Policy forbids every request.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from importlib import resources

from briefparse.models import Record
from briefparse.report.data import page_data
from briefparse.report.records import UnreadablePiece, read_records

__all__ = ["UnreadablePiece", "build_page", "read_records"]

_PLACEHOLDER = re.compile(r"\{\{(title|style|script|data)\}\}")


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def embedded_json(data: object) -> str:
    """JSON that can sit inside a `<script>` element: every '<' written as its escape, so no `</script>`
    or `<!--` in a value ends or changes the element (JSON.parse reads the escape back)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def build_page(records: Iterable[Record], title: str = "briefparse report") -> str:
    """The whole report page for these records, as one HTML document."""
    parts = {
        "title": html.escape(title),
        "style": _asset("report.css"),
        "script": _asset("report.js"),
        "data": embedded_json(page_data(records, title)),
    }
    # one pass: what is put in is never searched for placeholders again
    return _PLACEHOLDER.sub(lambda match: parts[match.group(1)], _asset("page.html"))
