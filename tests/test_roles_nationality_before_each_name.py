"""Under a plural role, each name may follow its own nationality ("les présidents russe X et turc Y"): each takes
the singular role with its nationality. A participant named without a role (a headline's "X et Y se sont
entretenus") takes the role such a list gives a further mention of their full name.

Every person here is invented for the test.
"""

import briefparse

INTERLEAVED = "Les présidents russe Paul Marin et turc Jan Ostrik se sont entretenus vendredi par téléphone."

LATER_LIST = (
    "Paul Marin et Jan Ostrik se sont entretenus par téléphone\n"
    "Les présidents russe Paul Marin (droite) et turc Jan Ostrik |\n"
    "C'est ce qu'a fait savoir le porte-parole Luc Brun.\n"
)


def test_each_name_takes_the_nationality_before_it():
    roles = {p.name: p.role for p in briefparse.parse(INTERLEAVED).participants}
    assert roles == {"Paul Marin": "président russe", "Jan Ostrik": "président turc"}


def test_a_roleless_participant_takes_the_role_a_later_list_gives_them():
    people = {p.name: (p.role, p.affiliation) for p in briefparse.parse(LATER_LIST).participants}
    assert people["Paul Marin"] == ("président russe", "Russie")
    assert people["Jan Ostrik"] == ("président turc", "Turquie")
