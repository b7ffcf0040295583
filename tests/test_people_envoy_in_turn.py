"""A credentials ceremony told in turns: a later sentence whose first name holds an envoy's office in the role a few
words open ("A continuación fue el turno de la nueva embajadora de X, Y") names the next envoy, who takes part; after
an event that is no presentation of credentials, such a sentence adds no one.

Every brief and every person here is invented for the test.
"""

import briefparse

BRIEF = (
    "El presidente de Paraguay, Luis Benítez, recibió este lunes en el Palacio de López las cartas credenciales de "
    "cuatro nuevos embajadores. La primera en presentarlas fue la embajadora de Chile, Marta Soler. "
    "A continuación fue el turno de la nueva embajadora de Honduras, Elena Ruiz Calvo, quien destacó los lazos "
    "entre ambos países.\n"
)


def test_the_envoy_told_in_turn_takes_part():
    names = [p.name for p in briefparse.parse(BRIEF).participants]
    assert "Elena Ruiz Calvo" in names


def test_outside_a_ceremony_of_credentials_no_one_is_added():
    brief = (
        "El presidente de Paraguay, Luis Benítez, se reunió este lunes en el Palacio de López con cuatro "
        "embajadores. Más tarde, en otro acto, fue el turno de la nueva embajadora de Honduras, Elena Ruiz Calvo, "
        "quien habló ante la prensa.\n"
    )
    assert "Elena Ruiz Calvo" not in [p.name for p in briefparse.parse(brief).participants]


def test_the_next_envoy_of_the_same_sentence_takes_part_too():
    brief = BRIEF.replace(
        ", quien destacó los lazos entre ambos países.",
        ", y tras ella lo hizo el nuevo embajador de Ghana, Kofi Mensah Boateng.",
    )
    names = [p.name for p in briefparse.parse(brief).participants]
    assert {"Elena Ruiz Calvo", "Kofi Mensah Boateng"} <= set(names)
