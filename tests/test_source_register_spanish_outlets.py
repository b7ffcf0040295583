"""Source on briefs invented for these tests (fictional people, real countries): Spanish-language agencies, papers
and broadcasters that briefs credit on a line of their own ("ATLAS ESPAÑA" under the headline, "Agencia Reforma"
in a credit line, "EL UNIVERSAL" over the body, "Cadena SER" closing it) are in the register; a paper whose name
opens with its article is credited ("EL UNIVERSAL")."""

from __future__ import annotations

from briefparse import parse
from briefparse.agencies import agencies_named

_BODY = (
    "El presidente de Chile, Tomás Ruiz, recibió este martes en el Palacio de La Moneda a su homólogo de Perú, "
    "Luis Mora, con quien conversó sobre la agenda bilateral.\nAmbos mandatarios firmaron un acuerdo de cooperación."
)


def test_spanish_outlets_are_in_the_register() -> None:
    for form in ("ATLAS ESPAÑA", "Agencia Reforma", "Cadena SER", "El Universal", "EL UNIVERSAL"):
        assert agencies_named(form), form


def test_an_agency_line_under_the_headline_is_the_source_es() -> None:
    source = parse(f"Ruiz recibe a Mora\n\nATLAS ESPAÑA\n\n{_BODY}", reference_date="2020-01-01").source
    assert source is not None and source.name == "ATLAS ESPAÑA"


def test_a_paper_named_with_its_article_is_credited_es() -> None:
    source = parse(f"Ruiz recibe a Mora\n\nEL UNIVERSAL\n\n{_BODY}", reference_date="2020-01-01").source
    assert source is not None and source.name.casefold() in ("el universal", "universal")


def test_a_broadcaster_closing_the_brief_is_the_source_es() -> None:
    source = parse(f"Ruiz recibe a Mora\n\n{_BODY}\n\nCadena SER", reference_date="2020-01-01").source
    assert source is not None and source.name == "Cadena SER"
