"""An event phrase whose verb stands apart from the rest of the phrase by a day or a time of day ("spoke this
evening with", "dio este viernes la bienvenida a", "se comunicó esta tarde con", "est attendu ce jeudi à") still
reports the event: its sentence leads, before the talks' topics told after it; a day after a verb that no phrase
continues makes no event.

Every brief here is invented for the test.
"""

import pytest

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document


def _parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text)


def test_a_call_told_with_this_evening_inside_its_phrase_leads() -> None:
    text = (
        "Prime Minister speaks to President of Norland\n\n"
        "The Prime Minister spoke this evening with President Karl Vogt of Norland.\n\n"
        "The two leaders discussed the coming trade talks between the two countries scheduled next month in "
        "Lanark.\n\n"
        "They also reviewed the cooperation in energy and transport."
    )
    brief = _parse(text)
    assert brief.event_type == "phone_call"
    assert brief.summary_points[0].startswith("The Prime Minister spoke this evening with")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Vogt recibe a Marin\n\n"
            "El presidente de Valdoria, Karl Vogt, dio este viernes la bienvenida a su homólogo de Norland, Paul "
            "Marin, en el Patio de Honor del Palacio de Gobierno.\n\n"
            "Después de la foto oficial, ambos mandatarios pasaron a una reunión privada sobre comercio y energía.",
            "El presidente de Valdoria, Karl Vogt, dio este viernes la bienvenida",
        ),
        (
            "Le président de Norland attendu à Lanark\n\n"
            "Le président de Norland, Karl Vogt, est attendu ce jeudi à Lanark.\n\n"
            "Il rendra une visite d'amitié et de travail à son homologue Paul Marin.",
            "Le président de Norland, Karl Vogt, est attendu ce jeudi à Lanark",
        ),
    ],
    ids=["es-welcome-with-its-weekday", "fr-visit-awaited-on-a-weekday"],
)
def test_a_phrase_with_its_day_inside_leads(text: str, lead: str) -> None:
    assert _parse(text).summary_points[0].startswith(lead)


def test_a_day_after_a_verb_no_phrase_continues_makes_no_event() -> None:
    text = "The committee said on Monday that the road to Lanark would stay closed until further notice."
    analysis = Analysis(load_document(text))
    assert analysis.events_in(0, len(text)) == []
