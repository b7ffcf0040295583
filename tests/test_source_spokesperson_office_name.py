"""A spokesperson cited after a verb, the office after the title and the name set after it by a comma ("a déclaré
le porte-parole du ministère des Affaires étrangères, Jean Morel, …", "a indiqué l'attachée de presse de
l'ambassade, Anna Berg, …"): the source holds the name, not only the title.

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse

_LEAD = (
    "Le ministre valdorien des Affaires étrangères, Paul Ardent, a reçu mardi l'ambassadeur de Norlande, Erik Sand. "
    "« Nous saluons une discussion franche », "
)


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("a déclaré le porte-parole du ministère des Affaires étrangères, Jean Morel, lors d'un point de presse.",
         "Jean Morel"),
        ("a indiqué l'attachée de presse de l'ambassade de Norlande, Anna Berg, au quotidien Le Courrier.",
         "Anna Berg"),
        ("a indiqué l’attaché de presse de l’ambassade de Norlande à Valdor, Marc Lune, au quotidien Le Courrier.",
         "Marc Lune"),
    ],
    ids=["porte-parole-of-a-ministry", "attachee-de-presse", "attache-elided-curly"],
)
def test_the_name_after_a_spokespersons_office_is_the_source(tail, name):
    source = parse(_LEAD + tail).source
    assert source is not None and source.name.endswith(name)


def test_an_office_holder_who_is_no_spokesperson_keeps_no_apposed_name():
    brief = parse(_LEAD + "a indiqué le chef de la police de Valdor, Anna Berg, au quotidien Le Courrier.")
    assert brief.source is None or "Anna Berg" not in brief.source.name
