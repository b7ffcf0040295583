"""The impersonal "on" after a French verb of learning or telling, maybe spelt apart ("apprend-on de source
diplomatique", "apprend t-on", "indique-t-on"): the source is what follows, as after "a-t-on appris".

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse


@pytest.mark.parametrize("verb", ["apprend-on", "apprend t-on", "indique-t-on", "a-t-on su"])
def test_the_source_after_an_impersonal_on(verb):
    text = (
        "Visite de travail à Porta Nova\n"
        "Le secrétaire d’Etat norlandais Paul Marin entamera ce jeudi 14 mars une visite de travail de 48 heures à "
        f"Porta Nova, {verb} de source diplomatique. Il sera reçu en audience par la présidente Léa Moreau."
    )
    source = parse(text).source
    assert source is not None and source.name == "source diplomatique"
