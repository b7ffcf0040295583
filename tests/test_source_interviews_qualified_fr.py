"""The outlet a speaker gave a French interview to, when the interview has its length and the outlet its kind
before its name ("dans une longue interview accordée au magazine Valdoria Hebdo", "dans un bref entretien à la
radio Porta FM"): the name after the kind is an outlet's, known to the register or not.

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("phrase", "outlet"),
    [
        ("dans une longue interview accordée au magazine Valdoria Hebdo", "Valdoria Hebdo"),
        ("dans un bref entretien accordé à la radio Porta FM", "Porta FM"),
        ("dans une longue interview accordée au magazine Jeune Afrique", "Jeune Afrique"),
    ],
)
def test_the_outlet_of_a_qualified_interview(phrase, outlet):
    text = (
        "Paul Marin : « Nous n’avons pas besoin de garde étrangère »\n"
        "Le président valdorien Paul Marin a assuré que Norland n’avait proposé aucun accord militaire lors de sa "
        f"visite d’État en juin dernier, {phrase}, a-t-il ajouté."
    )
    source = parse(text).source
    assert source is not None and source.name == outlet
