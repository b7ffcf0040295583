"""The library entry point: source text or HTML in, Brief out."""

from __future__ import annotations

import datetime as dt

from briefparse.analysis import Analysis
from briefparse.analysis.cues import is_boilerplate
from briefparse.document import DEFAULT_MAX_BYTES, Document, load_document
from briefparse.extract.dates import date_evidence, dated_by_publication, extract_dates, written_days
from briefparse.extract.event import extract_event_type, placed_as_visit
from briefparse.extract.location import extract_location
from briefparse.extract.people import extract_people
from briefparse.extract.points import DEFAULT_POINTS, extract_points
from briefparse.extract.source import extract_source
from briefparse.lang import script_language
from briefparse.lazy_regex import forget_answers
from briefparse.models import Brief, DateEvidence, Evidence


def parse(
    source: str | bytes,
    *,
    reference_date: dt.date | str | None = None,
    language: str | None = None,
    points: int = DEFAULT_POINTS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Brief:
    """Parse one brief (plain text or an HTML page, as str or bytes) into a Brief.

    `reference_date` is the day the brief was published or collected: it resolves "hier",
    "Monday" and dates without a year (a `datetime.date` or an ISO day, "2024-03-15"; another string raises
    ValueError). `language` is an ISO 639-1 code; by default it is detected.
    Raises `BriefparseError` for input that cannot be parsed (empty, binary, too large).
    """
    if isinstance(reference_date, str):
        reference_date = dt.date.fromisoformat(reference_date)
    return build_brief(
        load_document(source, language=language, max_bytes=max_bytes), reference_date=reference_date, points=points
    )


def build_brief(doc: Document, *, reference_date: dt.date | None = None, points: int = DEFAULT_POINTS) -> Brief:
    """Analyse a loaded document once, run every extractor on the analysis and assemble the record."""
    forget_answers()
    analysis = Analysis(doc)
    title = analysis.title
    event_type, event_span = extract_event_type(analysis)
    # a statement typed for want of any event word ("someone acts"): no statement the text reports dates the brief
    dated_as = event_type if event_span else "other"
    event_date, published = extract_dates(analysis, reference_date, event_type=dated_as)
    days = written_days(analysis, event_date, published)
    participants, mentioned = extract_people(analysis, event_type, days)
    source = extract_source(analysis, participants + mentioned, participants)
    # a meeting with a guest on a visit is placed where the guest went, as the visit is
    placed_as = "visit" if event_type == "meeting" and placed_as_visit(analysis) else event_type
    location = extract_location(analysis, participants, placed_as, source, days)
    point_spans = extract_points(analysis, participants, points, event_type, event_date.start if event_date else None)
    published_value, published_evidence = _published(analysis, published)
    return Brief(
        # a headline broken over two lines reads as one line; its evidence keeps the text as written
        title=" ".join(title.text.split()) if title else _page_title(doc),
        language=_language_code(doc),
        date=event_date.value.isoformat() if event_date else None,
        published=published_value,
        event_type=event_type,
        location=location.text if location else None,
        participants=participants,
        people_mentioned=mentioned,
        source=source,
        summary_points=[span.text for span in point_spans],
        authors=doc.page.authors,
        site_name=doc.page.site_name,
        url=doc.page.url,
        evidence=Evidence(
            title=title,
            date=date_evidence(doc, event_date) if event_date else None,
            published=published_evidence,
            location=location,
            event_type=event_span,
            summary_points=point_spans,
        ),
    )


def _published(analysis: Analysis, published) -> tuple[str | None, DateEvidence | None]:
    """The page's publication date, unless it is only a copyright year and the text states one or dates its
    event only by the day it was published ("yesterday")."""
    doc = analysis.doc
    copyright_only = doc.page.published_is_copyright and (published or dated_by_publication(analysis))
    if doc.page.published and not copyright_only:
        return doc.page.published, DateEvidence(basis="metadata", year_inferred=False)
    if published:
        return published.value.isoformat(), date_evidence(doc, published)
    return None, None


def _language_code(doc: Document) -> str:
    """The detected language; for a language briefparse does not support, the one the page declares or
    the one its script names."""
    if doc.language:
        return doc.language.code
    declared = (doc.page.language or "").lower()
    if len(declared) == 2 and declared.isalpha():
        return declared
    return script_language(doc.text) or "unknown"


def _page_title(doc: Document) -> str | None:
    """The page's own headline when it is not in the extracted text, unless it is page furniture."""
    title = doc.page.title
    return title if title and not is_boilerplate(title, doc.language) else None
