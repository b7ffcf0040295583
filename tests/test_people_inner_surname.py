"""A lone surname that stands inside a longer name, neither first nor last ("Ndaye" after "Jean Marc Ndaye
Lukusa", a first surname before a second one), is a further mention of that person, not another one; a given name
alone is not.

Every brief and every person here is invented for the test.
"""

import briefparse

BRIEF = (
    "Le président de la République, Jean Marc Ndaye Lukusa, a reçu lundi à Kinshasa la ministre belge des Affaires "
    "étrangères, Claire Dumont. Au cours de l’entretien, Ndaye a salué la coopération entre les deux pays.\n"
)


def test_an_inner_surname_is_the_same_person():
    names = [p.name for p in briefparse.parse(BRIEF).participants]
    assert names == ["Jean Marc Ndaye Lukusa", "Claire Dumont"]


def test_its_mention_joins_the_full_name():
    person = briefparse.parse(BRIEF).participants[0]
    assert sum(1 for m in person.mentions if m.text == "Ndaye") == 1
