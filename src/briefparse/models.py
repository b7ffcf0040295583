"""The record briefparse returns: a Brief and its parts, each value tied to its evidence."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

EventType = Literal["meeting", "phone_call", "visit", "statement", "conference", "other"]
#: a calendar date as written in records: YYYY-MM-DD (JSON Schema's "date" format)
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", json_schema_extra={"format": "date"})]
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _no_items() -> list[Any]:
    """A new empty list: the default of a list field. Not `list` itself: pydantic reads the signature of a default
    factory, and a builtin's is parsed from its text with Python's tokenizer, whose first use compiles a large
    pattern (a twentieth of a one-file run)."""
    return []


class Span(BaseModel):
    """A piece of evidence: `text == document_text[start:end]`."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character in the document text.")
    end: int = Field(ge=0, description="Offset just past the last character.")
    text: str = Field(description="The document text between start and end.")


class DateEvidence(BaseModel):
    """Where a date came from and how its missing parts were filled in."""

    span: Span | None = Field(default=None, description="The words of the date; null for page metadata.")
    basis: Literal["explicit", "weekday", "reference", "relative", "metadata"] = Field(
        description="explicit: the text gives the full date; weekday: the year was chosen so the weekday "
        "agrees; reference: the year was taken from the reference date; relative: a word like 'hier' "
        "resolved against the anchor date; metadata: the page's metadata gave it."
    )
    year_inferred: bool = Field(description="True when the year is not written in the evidence.")


class Participant(BaseModel):
    """A person who took part in the reported event (or who is only mentioned)."""

    name: str | None = Field(
        description="Fullest form of the name, without honorifics; in the nominative where names decline "
        "(the mentions keep the forms as written)."
    )
    role: str | None = Field(default=None, description="Role or title as the text states it.")
    affiliation: str | None = Field(default=None, description="Country or organisation.")
    mentions: list[Span] = Field(default_factory=_no_items, description="Every span that refers to the person.")


class Source(BaseModel):
    """Where the information comes from."""

    name: str
    url: str | None = None
    span: Span | None = None


class Evidence(BaseModel):
    """Spans for the values that are plain strings in the record."""

    title: Span | None = None
    date: DateEvidence | None = None
    published: DateEvidence | None = None
    location: Span | None = None
    event_type: Span | None = None
    summary_points: list[Span] = Field(default_factory=_no_items)


class Brief(BaseModel):
    """One parsed news brief."""

    title: str | None = Field(default=None, description="Title of the brief.")
    language: str = Field(
        description="ISO 639-1 code of the detected language; for an unsupported one, the code a web page "
        "declares; else 'unknown'."
    )
    date: IsoDate | None = Field(default=None, description="ISO date of the main event.")
    published: IsoDate | None = Field(default=None, description="ISO publication date stated by the text or page.")
    event_type: EventType = Field(
        default="other", description="meeting, phone_call, visit, statement, conference or other."
    )
    location: str | None = Field(default=None, description="Where the event took place.")
    participants: list[Participant] = Field(default_factory=_no_items, description="People who took part in the event.")
    people_mentioned: list[Participant] = Field(
        default_factory=_no_items, description="People the brief names who took no part in the event."
    )
    source: Source | None = Field(default=None, description="The agency, ministry or outlet the brief comes from.")
    summary_points: list[str] = Field(default_factory=_no_items, description="Sentences that carry the news, in order.")
    authors: list[str] = Field(default_factory=_no_items, description="Authors' names (saved pages).")
    site_name: str | None = Field(default=None, description="Name of the web site (saved pages).")
    url: str | None = Field(default=None, title="URL", description="URL of the page (saved pages).")
    evidence: Evidence = Field(default_factory=Evidence)
    path: str | None = Field(default=None, description="Input file, when the brief came from one.")
    #: left out of model_dump (the library and the CLI give one record); the exporters write it when it is set
    text: str | None = Field(
        default=None, exclude=True, description="The document text the offsets refer to (only with --with-text)."
    )


class ErrorRecord(BaseModel):
    """What is written for an input that could not be parsed, in place of its Brief."""

    model_config = ConfigDict(extra="forbid")

    path: str = Field(description="Input file or URL ('-' for stdin).")
    error: str = Field(description="Why it could not be parsed, in one line ('internal error: …' for a bug).")


#: what briefparse writes for each input
Record = Brief | ErrorRecord


@cache
def _record_adapter() -> TypeAdapter[Record]:
    """The validator of a record, built at first use: a run that only writes records never needs it."""
    return TypeAdapter(Record)


def load_record(data: dict[str, Any]) -> Record:
    """A record as read back from briefparse's JSON: a Brief, or an ErrorRecord."""
    return _record_adapter().validate_python(data)


def record_schema() -> dict[str, Any]:
    """The JSON Schema of every record briefparse writes: a Brief, or an ErrorRecord for a failed input."""
    schema = _record_adapter().json_schema()
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "briefparse record",
        "description": "One parsed brief, or an error record {path, error} for an input that could not be parsed.",
        **schema,
    }
