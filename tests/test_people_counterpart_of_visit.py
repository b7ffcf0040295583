"""On a visit, a person the brief names as someone's counterpart ("pour un entretien avec son homologue X", "va
rencontrer son homologue malien le Premier ministre X", "doit rencontrer son homologue français, X") is the host
the visitor comes to see: they take part, though the encounter is told as to come.

Every brief here is invented for the test.
"""

import briefparse


def _parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_counterpart_the_visitor_is_to_meet_takes_part() -> None:
    text = (
        "Le président norvikois Amaury Delvaux est arrivé à Valbourg\n\n"
        "Le président norvikois Amaury Delvaux est arrivé mardi soir à Valbourg pour une visite d'Etat de deux jours. "
        "Il a été accueilli à l'aéroport par le Premier ministre Julien Marchetti. "
        "Il est attendu ce matin au palais présidentiel pour un entretien avec son homologue Mathieu Karambiri.\n"
    )
    found = _parties(text)
    assert "Amaury Delvaux" in found
    assert "Mathieu Karambiri" in found


def test_counterpart_named_after_nationality_and_office_takes_part() -> None:
    text = (
        "Le Premier ministre norvikois en visite à Valbourg\n\n"
        "Le Premier ministre norvikois Amaury Delvaux entame ce dimanche une visite officielle de deux jours "
        "à Valbourg. "
        "Il va rencontrer son homologue malien le Premier ministre Mathieu Karambiri, a indiqué un communiqué.\n"
    )
    assert "Mathieu Karambiri" in _parties(text)


def test_the_name_after_counterpart_of_is_no_host() -> None:
    text = (
        "Le président norvikois Amaury Delvaux est arrivé à Valbourg\n\n"
        "Le président norvikois Amaury Delvaux est arrivé mardi soir à Valbourg pour une visite officielle. "
        "Il a été accueilli à l'aéroport par le vice-ministre Julien Marchetti. "
        "L'homologue de Mathieu Karambiri devait arriver dimanche, mais il a retardé son vol.\n"
    )
    assert "Mathieu Karambiri" not in _parties(text)


def test_counterpart_named_in_apposition_after_a_comma_takes_part() -> None:
    text = (
        "Le ministre norvikois des Affaires étrangères en visite à Paris\n\n"
        "Le ministre norvikois des Affaires étrangères, Amaury Delvaux, est arrivé lundi à Paris pour une visite "
        "officielle de trois jours. "
        "Il doit rencontrer son homologue français, Mathieu Karambiri, pour discuter de la sécurité régionale.\n"
    )
    assert "Mathieu Karambiri" in _parties(text)
