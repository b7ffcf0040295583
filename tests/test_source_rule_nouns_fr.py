""""Selon" before a line of conduct someone set ("selon la vision fixée par le Président", "selon les directives du
ministre") says by which rule, not who speaks: no source.

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "phrase",
    ["selon la vision fixée par le Président", "selon les directives du Premier ministre"],
)
def test_a_line_of_conduct_after_selon_is_no_source(phrase):
    text = (
        "Valdorie : de nouveaux ambassadeurs seront nommés\n"
        "Le président Paul Marin l'a annoncé lors du Conseil des ministres, mercredi dernier à Porta Nova. La "
        "ministre des Affaires étrangères, Léa Moreau, a précisé que « la diplomatie économique sera mise en œuvre "
        f"{phrase} ». Les postes vacants sont ceux de Norland et de Lorenia."
    )
    assert parse(text).source is None
