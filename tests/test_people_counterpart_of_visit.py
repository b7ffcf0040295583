"""On a visit, a person the brief names as someone's counterpart ("va rencontrer son homologue malien le Premier
ministre X", "a été reçu par son homologue X") is the host the visitor comes to see: they take part. When the brief
tells the visit as under way (an arrival, a welcome) and the talks with the counterpart as still to come ("Il doit
rencontrer son homologue français, X", "is also expected to hold talks with his counterpart X"), those talks are a
later occasion and the counterpart is only mentioned, as the corpus and pool golds enter such a host.

Every brief here is invented for the test.
"""

import briefparse


def _parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def _mentioned(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).people_mentioned]


def test_counterpart_the_arrived_visitor_is_to_meet_is_mentioned() -> None:
    text = (
        "Le président norvikois Amaury Delvaux est arrivé à Valbourg\n\n"
        "Le président norvikois Amaury Delvaux est arrivé mardi soir à Valbourg pour une visite d'Etat de deux jours. "
        "Il a été accueilli à l'aéroport par le Premier ministre Julien Marchetti. "
        "Il est attendu ce matin au palais présidentiel pour un entretien avec son homologue Mathieu Karambiri.\n"
    )
    found = _parties(text)
    assert "Amaury Delvaux" in found
    assert "Mathieu Karambiri" not in found
    assert "Mathieu Karambiri" in _mentioned(text)


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


def test_counterpart_named_in_apposition_after_a_comma_is_mentioned_when_talks_are_to_come() -> None:
    text = (
        "Le ministre norvikois des Affaires étrangères en visite à Paris\n\n"
        "Le ministre norvikois des Affaires étrangères, Amaury Delvaux, est arrivé lundi à Paris pour une visite "
        "officielle de trois jours. "
        "Il doit rencontrer son homologue français, Mathieu Karambiri, pour discuter de la sécurité régionale.\n"
    )
    assert "Mathieu Karambiri" not in _parties(text)
    assert "Mathieu Karambiri" in _mentioned(text)


def test_counterpart_of_expected_talks_after_an_arrival_is_mentioned_en() -> None:
    text = (
        "President Tomas Vrell arrived in Lusaka on Tuesday for a three-day state visit. "
        "He was welcomed at the airport by Vice President Alice Mbewe. "
        "The visiting President is also expected to hold official talks with his Zambian counterpart Peter Banda "
        "on trade.\n"
    )
    found = _parties(text)
    assert "Alice Mbewe" in found
    assert "Peter Banda" not in found
    assert "Peter Banda" in _mentioned(text)


def test_counterpart_of_talks_to_come_after_an_arrival_is_mentioned_es() -> None:
    text = (
        "El presidente norvikés Amaury Delvaux llegó este lunes a Lima para una visita oficial de dos días. "
        "Fue recibido en el aeropuerto por el canciller Julio Marchena. "
        "El mandatario se reunirá el martes con su homólogo peruano, Mateo Quispe.\n"
    )
    assert "Mateo Quispe" not in _parties(text)
    assert "Mateo Quispe" in _mentioned(text)


def test_counterpart_of_an_announced_visit_takes_part() -> None:
    text = (
        "Le président norvikois Amaury Delvaux entamera lundi une visite officielle à Valbourg, où il doit rencontrer "
        "son homologue Mathieu Karambiri, a annoncé la présidence.\n"
    )
    assert "Mathieu Karambiri" in _parties(text)


def test_counterpart_who_welcomed_the_visitor_takes_part() -> None:
    text = (
        "President Tomas Vrell arrived in Lusaka on Tuesday for a three-day state visit. "
        "He was welcomed at State House by his Zambian counterpart Peter Banda.\n"
    )
    assert "Peter Banda" in _parties(text)
