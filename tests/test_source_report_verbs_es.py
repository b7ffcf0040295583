"""Spanish sources told after what they said by the other verbs of a report ("…, resaltó la Cancillería", "…,
reiteraron las autoridades"), and a credit line that says where the text was taken from ("Tomado de: X").

The briefs are written for these tests.
"""

import pytest

import briefparse

EVENT = """La Paz, 3 jun.- El canciller de Bolivia, Tomás Quiroga Vela, se reunió este martes en La Paz con su \
homólogo de Chile, Andrés Pinedo Saura."""


@pytest.mark.parametrize("verb", ["resaltó", "reiteró", "manifestó", "divulgó", "acotó"])
def test_body_after_a_report_verb_is_the_source(verb: str) -> None:
    text = f"{EVENT} Ambos abordaron la agenda bilateral, {verb} la Cancillería boliviana tras el encuentro."
    brief = briefparse.parse(text, reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "Cancillería boliviana"


def test_taken_from_label_names_the_source() -> None:
    text = f"{EVENT}\n\nAmbos abordaron la agenda bilateral.\n\nTomado de: Radio Altiplano"
    brief = briefparse.parse(text, reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "Radio Altiplano"
