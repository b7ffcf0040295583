"""German reports that name nobody ("laut Medienberichten", "Behördenangaben zufolge") are no source; reports of a
named body are, on invented briefs."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2025, 3, 5)
LEAD = "Berlin, 3. März 2025. Bundeskanzler Karl Wendt hat am Montag den Präsidenten von Ghana empfangen. "


def _source(text: str) -> str | None:
    """The name of the source the brief cites."""
    source = briefparse.parse(text, reference_date=REF).source
    return source.name if source else None


def test_compound_media_reports_after_a_cue_are_no_source() -> None:
    """"Laut Medienberichten": a compound that ends with a noun of reports, no one named."""
    assert _source(LEAD + "Laut Medienberichten sprachen beide über Handel.") is None


def test_plain_reports_after_a_cue_are_no_source() -> None:
    """"Laut Berichten": the noun of reports alone."""
    assert _source(LEAD + "Laut Berichten sprachen beide über Handel.") is None


def test_qualified_authority_figures_are_no_source() -> None:
    """"Aktuellen Behördenangaben zufolge": an adjective, then the compound, before the cue."""
    assert _source(LEAD + "Aktuellen Behördenangaben zufolge gab es keine Zwischenfälle.") is None


def test_reports_of_a_named_body_are_its_source() -> None:
    """"Laut Angaben des Bundespresseamts": the link ties the reports to a body, which is cited."""
    assert _source(LEAD + "Laut Angaben des Bundespresseamts sprachen beide über Handel.") == (
        "Angaben des Bundespresseamts"
    )
