"""A release names the body that issues it on a line of its own under the headline, before or after the lead
("Staatskanzlei Nordrhein-Westfalen", "Bundesministerium für Ernährung und Landwirtschaft" above "Pressemitteilung
Nr. 9"): that body is the source. A line that is no body's name gives none."""

from __future__ import annotations

import briefparse


def _source(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.source.name if brief.source else None


def test_a_chancellery_line_after_the_lead() -> None:
    text = (
        "Ministerpräsidentin Lenhart empfängt Generalkonsul\n\n"
        "Ministerpräsidentin Ilse Lenhart hat den Generalkonsul von Valdorien, Piet Oskam, zu einem Gespräch "
        "empfangen.\n\n"
        "Staatskanzlei Nordmark\n\n"
        "Ministerpräsidentin Ilse Lenhart hat den Generalkonsul von Valdorien, Piet Oskam, am Montag in der "
        "Staatskanzlei empfangen. Beide sprachen über die Zusammenarbeit in der Forschung.\n"
    )
    assert _source(text) == "Staatskanzlei Nordmark"


def test_a_ministry_line_above_the_release_number() -> None:
    text = (
        "Bundesminister Korte trifft Amtskollegen aus Valdorien zu Gesprächen über Wasserwege\n\n"
        "Bundesministerium für Verkehr und Wasserwege\n"
        "Pressemitteilung Nr. 14 vom 03.02.2016\n\n"
        "Bundesminister Korte trifft Amtskollegen aus Valdorien zu Gesprächen über Wasserwege\n\n"
        "Bundesminister Jan Korte hat am Mittwoch in Berlin seinen valdorischen Amtskollegen Piet Oskam getroffen. "
        "Die beiden Minister unterzeichneten eine Absichtserklärung.\n"
    )
    assert _source(text) == "Bundesministerium für Verkehr und Wasserwege"


def test_a_section_line_is_no_issuer() -> None:
    text = (
        "Ministerpräsidentin Lenhart empfängt Generalkonsul\n\n"
        "Politik und Gesellschaft\n\n"
        "Ministerpräsidentin Ilse Lenhart hat den Generalkonsul von Valdorien, Piet Oskam, am Montag empfangen.\n"
    )
    assert _source(text) is None
