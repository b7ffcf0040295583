"""A source named with an honorific or an initial written as a capital and a full stop ("l'entourage de M. Mbarga",
"le porte-parole John K. Smith"): the full stop before the name does not end the source.

The briefs are written for this test (invented people, real cities).
"""

import pytest

import briefparse

BRIEF = "Le président Jean Mbarga a reçu jeudi à Paris son homologue Paul Okemba, a précisé {}."


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("l'entourage de M. Mbarga", "entourage de M. Mbarga"),
        ("le cabinet de M. Jean Mbarga", "cabinet de M. Jean Mbarga"),
        ("le porte-parole John K. Smith", "porte-parole John K. Smith"),
    ],
)
def test_a_full_stop_before_a_name_does_not_end_the_source(source: str, name: str) -> None:
    found = briefparse.parse(BRIEF.format(source)).source
    assert found is not None and found.name == name
