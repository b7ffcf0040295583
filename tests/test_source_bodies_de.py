"""German sources that name a body by its whole portfolio or close the brief with a bracketed release, on invented
briefs."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _source(text: str) -> str | None:
    """The name of the source the brief cites."""
    source = briefparse.parse(text, reference_date=REF).source
    return source.name if source else None


def test_framed_ministry_with_a_listed_portfolio_is_whole() -> None:
    """"teilte das Ministerium für A, B und C mit": the commas of the portfolio are inside the body's name."""
    assert _source(
        "Ministerin Anna Berg traf am Montag in Lindau den Botschafter Karl Norberg, teilte das Ministerium für "
        "Umwelt, Energie und Klimaschutz mit."
    ) == "Ministerium für Umwelt, Energie und Klimaschutz"


def test_compound_ministry_before_its_verb_is_whole() -> None:
    """"Wie das Bundesministerium für A und B mitteilte": the compound ends with the source noun, and its
    portfolio is the name's, not the last item alone."""
    assert _source(
        "Wie das Bundesministerium für Bildung und Forschung mitteilte, traf Ministerin Anna Berg am Montag in "
        "Lindau den Botschafter Karl Norberg."
    ) == "Bundesministerium für Bildung und Forschung"


def test_bracketed_release_closing_the_brief_is_the_source() -> None:
    """"(Medienmitteilung der Staatskanzlei)" on the last line: the release and the body it is of."""
    assert _source(
        "Ministerin Anna Berg traf am Montag in Lindau den Botschafter Karl Norberg.\n\n"
        "(Medienmitteilung der Staatskanzlei)"
    ) == "Medienmitteilung der Staatskanzlei"
