"""Source on briefs invented for these tests (fictional people, real countries): Bolivia's Agencia de Noticias Fides
is in the register; its acronym "ANF", also another agency's, is trusted only where a credit stands: a line of its
own closing the brief, or a dateline's brackets ("La Paz, 5 de agosto (ANF).-")."""

from __future__ import annotations

from briefparse import parse
from briefparse.agencies import agencies_named

_BODY = (
    "El canciller de Bolivia, Tomás Quispe, recibió hoy en el Palacio de Gobierno a su homólogo de Chile, "
    "Luis Mora, con quien conversó sobre la agenda bilateral.\nAmbos cancilleres firmaron un acuerdo de cooperación."
)


def test_the_agency_is_in_the_register() -> None:
    assert agencies_named("Agencia de Noticias Fides")
    assert agencies_named("Noticias Fides")


def test_a_closing_acronym_line_is_the_source() -> None:
    source = parse(f"Quispe recibe a Mora\n\n{_BODY}\n\nANF", reference_date="2020-01-01").source
    assert source is not None and source.name == "ANF"


def test_a_dateline_acronym_is_the_source() -> None:
    brief = f"Quispe recibe a Mora\n\nLa Paz, 5 de agosto (ANF).- {_BODY}"
    source = parse(brief, reference_date="2020-01-01").source
    assert source is not None and source.name == "ANF"


def test_the_acronym_inside_a_sentence_is_no_source() -> None:
    brief = f"Quispe recibe a Mora\n\n{_BODY}\nLa ANF de la región pidió más apoyo."
    source = parse(brief, reference_date="2020-01-01").source
    assert source is None or source.name != "ANF"
