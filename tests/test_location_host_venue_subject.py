"""A place named as the subject of the phrase that says it held the event ("la Explanada X fue el recinto oficial para
realizar la sesión", "La salle des actes du Ministère … a servi de cadre à la cérémonie") is where the event was.

Every brief here is invented for the test.
"""

from __future__ import annotations

import briefparse


def test_a_venue_that_was_the_setting_of_the_session_es():
    text = (
        "Redacción / Villa Serena, Gto.\n"
        "Este domingo, la Explanada Morelos fue el recinto oficial para realizar la Sesión Solemne de Instalación del "
        "Ayuntamiento, ante la presencia de la comisión instaladora presidida por Clara Ibáñez Ruiz. En representación "
        "del Congreso del Estado acudió el diputado Tomás Aguado Vela.\n"
    )
    assert briefparse.parse(text).location == "Explanada Morelos"


def test_a_palace_that_was_the_scene_of_the_meeting_es():
    text = (
        "El Palacio de Gobierno fue el escenario de la reunión entre el presidente Luis Marín Soto y su homólogo de "
        "Nortia, Tomás Arregui Pons, este jueves.\n"
    )
    assert briefparse.parse(text).location == "Palacio de Gobierno"


def test_a_hall_that_served_as_the_frame_of_the_ceremony_fr():
    text = (
        "La salle des fêtes du Ministère des Affaires étrangères a servi de cadre le 12 mai 2021 à la cérémonie de "
        "signature d'une convention entre le ministre Paul Ekané Mbida et la directrice Claire Dumont.\n"
    )
    assert briefparse.parse(text).location == "salle des fêtes du Ministère des Affaires étrangères"


def test_a_person_before_the_phrase_is_no_place_es():
    text = (
        "El canciller Luis Marín Soto sostuvo este jueves una reunión con su homólogo de Nortia, Tomás Arregui Pons, "
        "en el Palacio San Carlos. Luis Marín Soto fue el anfitrión del encuentro.\n"
    )
    assert briefparse.parse(text).location == "Palacio San Carlos"


def test_an_apposition_between_the_venue_and_the_phrase_is_skipped_es():
    text = (
        "El Palacio de Gobierno, sede del Ejecutivo, fue el escenario de la reunión entre el presidente Luis Marín "
        "Soto y su homólogo de Nortia, Tomás Arregui Pons.\n"
    )
    assert briefparse.parse(text).location == "Palacio de Gobierno"
