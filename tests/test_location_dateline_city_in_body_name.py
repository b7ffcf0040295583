"""A dateline's city also named as the place of a body among the participants ("Cabildo de Mazatlán") stays the
dateline's city: only the words of a person's name make the dateline a name."""

from briefparse.analysis import Analysis
from briefparse.document import load_document
from briefparse.extract.location import _dateline_place
from briefparse.models import Participant

BRIEF = (
    "Local\n"
    "El alcalde Rodrigo Peñuela se reunió con su Cabildo\n"
    "MAZATLÁN. – El alcalde Rodrigo Peñuela Sáenz se reunió este martes con los integrantes del Cabildo.\n"
    "Peñuela se dijo listo para trabajar junto a los integrantes del nuevo Cabildo de Mazatlán.\n"
)


def _participant(analysis: Analysis, name: str) -> Participant:
    start = analysis.doc.text.rindex(name)
    return Participant(name=name, mentions=[analysis.doc.span(start, start + len(name))])


def test_a_body_named_after_the_city_leaves_the_dateline_its_city() -> None:
    analysis = Analysis(load_document(BRIEF))
    people = [_participant(analysis, "Rodrigo Peñuela Sáenz"), _participant(analysis, "Cabildo de Mazatlán")]
    place = _dateline_place(analysis, set(), people, None)
    assert place is not None and place.text == "MAZATLÁN"


def test_a_person_named_like_the_city_still_makes_it_a_name() -> None:
    brief = BRIEF.replace("Cabildo de Mazatlán", "regidor Tomás Mazatlán")
    analysis = Analysis(load_document(brief))
    people = [_participant(analysis, "Rodrigo Peñuela Sáenz"), _participant(analysis, "Tomás Mazatlán")]
    assert _dateline_place(analysis, set(), people, None) is None
