"""Source on briefs invented for these tests (fictional people, real places): a Spanish dispatch's dateline may set
the city's country or state in brackets before the date and the agency's own bracket ("Cuenca (Ecuador) (EFE).-",
"Miami (EE.UU.), 12 ene (EFE).-"); the agency is credited though the text ends with no signature. A bracket that
holds no agency of the register credits none."""

from __future__ import annotations

from briefparse import parse
from briefparse.agencies import find_credits

_BODY = (
    " La canciller de Ecuador, Marta Lindo, recibió este jueves a su homólogo de Perú, Ramón Ostreva, y ambos "
    "conversaron sobre la agenda bilateral.\nLos dos ministros firmaron un acuerdo de cooperación fronteriza."
)


def test_agency_after_a_bracketed_country_is_the_source_es() -> None:
    for dateline in ("Cuenca (Ecuador) (EFE).-", "Miami (EE.UU.), 12 ene (EFE).-", "Cuenca (Ecuador), nov (EFE).-"):
        source = parse(f"Ecuador y Perú firman acuerdo\n{dateline}{_BODY}", reference_date="2024-11-14").source
        assert source is not None and source.name == "EFE", dateline


def test_a_second_bracket_without_an_agency_credits_none_es() -> None:
    assert not [c for c in find_credits("Cuenca (Ecuador) (centro).- La canciller habló.") if c.shape == "dateline"]
