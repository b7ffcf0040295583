"""A bare role ends before the clause's verb when that verb is a future or plural auxiliary ("Le Président de la
République française aura un entretien avec …", "Los ministros … fueron recibidos"), as it does before "a" or "ha".

Every brief and every person here is invented for the test.
"""

import briefparse


def test_a_role_stops_before_a_future_auxiliary():
    brief = (
        "Le Président de la République française aura un entretien avec son homologue ivoirien, Karim Belhadj, "
        "mardi à l’Elysée, selon un communiqué de la Présidence.\n"
    )
    roles = [p.role for p in briefparse.parse(brief).participants]
    assert roles == ["Président de la République française", "homologue ivoirien"]


def test_a_spanish_role_stops_before_a_future_auxiliary():
    brief = (
        "Los cancilleres de Chile y Perú habían firmado el acuerdo en Lima el martes, y la ministra de Relaciones "
        "Exteriores habrá recibido al canciller de Perú, Juan Soto, el viernes, informó la Cancillería.\n"
    )
    roles = [p.role for p in briefparse.parse(brief).participants]
    assert "ministra de Relaciones Exteriores" in roles
