"""In a visit, a later sentence that places the guest at an airport tells the arrival or the departure, whose
welcoming or farewell party takes part ("Il a été raccompagné à l'aéroport par le Premier ministre, X", "Tras ser
recibida por el ministro X en la losa del aeropuerto"), though the sentence reports no event; not one that tells
of an airport scene to come.

The briefs and their people are fictional, written for this test.
"""

import briefparse


def _taking_part(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants]


def test_seen_off_at_the_airport_fr():
    text = (
        "Dakar, 12 mars 2025 — Le président de la République de Valdorie, Jean-Marc Tassin, a achevé mercredi une "
        "visite officielle de deux jours au Sénégal, au cours de laquelle il a eu des entretiens avec son homologue "
        "Amadou Ndiaye.\n\n"
        "Le chef de l'Etat valdorien a été raccompagné à l'aéroport par le Premier ministre, Moussa Faye, au moment "
        "de son départ de Dakar."
    )
    assert "Moussa Faye" in _taking_part(text), _taking_part(text)


def test_received_at_the_airport_es():
    text = (
        "LIMA.- La presidenta de Valdoria, Marta Quiroga, llegó este jueves a Lima, donde se reunirá con su par "
        "peruano, Julio Salas, en el marco del gabinete binacional.\n\n"
        "Tras ser recibida por el ministro de Relaciones Exteriores, Andrés Molina, en la losa del aeropuerto, la "
        "mandataria pasó revista a las tropas."
    )
    assert "Andrés Molina" in _taking_part(text), _taking_part(text)


def test_airport_scene_to_come_en():
    text = (
        "Accra, March 12, 2025 — President Mark Tassin of Valdoria arrived in Ghana on Wednesday for a two-day "
        "official visit and held talks with President Kofi Mensah.\n\n"
        "On Friday he will be seen off at the airport by Foreign Minister Ama Boateng."
    )
    assert "Ama Boateng" not in _taking_part(text), _taking_part(text)


def test_airport_named_after_someone_en():
    text = (
        "ISLAMABAD, March 21, 2025 — Prime Minister Arif Zaman of Valdoria arrived in Pakistan on Thursday for a "
        "three-day official visit and was greeted by Pakistani Prime Minister Imran Qadir upon his arrival at the "
        "Pakistan Air Force Nur Khan airbase.\n\n"
        "The aircraft carrying Arif Zaman touched down at the Pakistan Air Force Nur Khan airbase in Rawalpindi at "
        "about 7 pm, with Foreign Minister Salman Haider waiting on the tarmac."
    )
    taking_part = _taking_part(text)
    assert "Salman Haider" in taking_part, taking_part
    assert not any("Nur Khan" in name for name in taking_part), taking_part


def test_whom_a_speaker_at_the_airport_names_en():
    text = (
        "COLOMBO, March 12, 2025 — Valdorian Foreign Minister Arif Zaman arrived in Sri Lanka on Thursday for a "
        "one-day official visit and held talks with President Nimal Perera.\n\n"
        "The Valdorian Foreign Minister, making a statement from the VIP lounge at the Bandaranaike International "
        "Airport, stated that he came to hand deliver a letter to President Nimal Perera from his Prime Minister "
        "Tariq Mahmood."
    )
    assert "Tariq Mahmood" not in _taking_part(text), _taking_part(text)


def test_other_guests_arriving_at_the_airport_fr():
    text = (
        "Dakar, 12 mars 2025 — Le président valdorien, Paul Masimo, est arrivé mercredi à Dakar pour une visite "
        "officielle, à l'invitation de son homologue Amadou Ndiaye.\n\n"
        "Le ballet des chefs d'Etat se poursuit à l'aéroport militaire après l'arrivée des présidents guinéen "
        "Sékou Camara et libérien Joseph Tubman, ainsi que du chef du gouvernement ghanéen Kwame Boateng."
    )
    assert "Kwame Boateng" not in _taking_part(text), _taking_part(text)


def test_airport_named_after_a_titled_person_es():
    text = (
        "El presidente de Perú, Ramiro Ortega Vidal, se reunió este lunes en Quito con su homólogo ecuatoriano, "
        "Julio Barrios Ruiz.\n\n"
        "Ortega Vidal llegó la noche del domingo al aeropuerto internacional Mariscal Sucre de Quito, donde fue "
        "recibido por la canciller ecuatoriana, Ana Ferrer Lima."
    )
    taking_part = _taking_part(text)
    assert "Ana Ferrer Lima" in taking_part, taking_part
    assert not any("Sucre" in (name or "") for name in taking_part), taking_part


def test_a_titled_person_met_at_the_airport_still_takes_part_es():
    text = (
        "El primer ministro de Malta, Ramiro Ortega Vidal, llegó este lunes a Lima en visita oficial.\n\n"
        "En el aeropuerto lo recibió el Presidente Julio Barrios Ruiz, con quien se reunió después en Palacio."
    )
    assert "Julio Barrios Ruiz" in _taking_part(text)
