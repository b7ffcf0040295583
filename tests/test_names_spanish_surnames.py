"""Spanish names the run of capitals holds: surnames that are common words after given names, full names written in
capitals in apposition, and the places that are no one's name, each on a fictional brief."""

import datetime as dt

import briefparse
from briefparse.analysis.names import find_names
from briefparse.lang import get_language

DAY = dt.date(2025, 3, 4)


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=DAY).participants]


def _found(text: str) -> list[tuple[str, ...]]:
    return [m.tokens for m in find_names(text, 0, len(text), get_language("es"))]


def test_a_surname_that_is_a_role_in_the_plural_closes_a_name_after_given_names():
    text = "A la reunión asistieron la canciller Ana Soto y el subsecretario Maximiliano Reyes, entre otros."
    assert ("Maximiliano", "Reyes") in _found(text)


def test_a_plural_role_after_no_given_name_is_still_no_name():
    assert _found("Los Reyes ofrecieron un almuerzo en honor del visitante.") == []


def test_a_surname_that_is_a_building_s_noun_after_particles_closes_a_name():
    found = _found("La vicepresidenta, María Fernanda de la Torre, y el ministro Juan del Puerto viajaron hoy.")
    assert ("María", "Fernanda", "de", "la", "Torre") in found
    assert ("Juan", "del", "Puerto") in found


def test_a_site_named_with_the_same_noun_is_no_one():
    assert _found("Los cancilleres se reunieron en la Torre de Tagle.") == [("Tagle",)]


def test_a_city_linked_to_the_venue_before_it_is_no_one():
    text = ("El presidente de Chile, Tomás Aranda, se reunió hoy con el primer ministro de Portugal, Rui Calado, "
            "en el Palacio Sao Bento de Lisboa.")
    assert _names(text) == ["Tomás Aranda", "Rui Calado"]


def test_a_full_name_in_capitals_in_apposition_after_a_role_takes_part():
    text = ("El Presidente de la República, LUIS QUISPE MAMANI, recibió hoy en Palacio de Gobierno al Embajador de "
            "Japón, KENJI TANAKA. Ambos abordaron la cooperación.")
    assert _names(text) == ["LUIS QUISPE MAMANI", "KENJI TANAKA"]


def test_a_country_in_capitals_in_apposition_is_no_one():
    found = _found("El ministro viajó a Santo Domingo, REPÚBLICA DOMINICANA, el lunes.")
    assert not any("REPÚBLICA" in tokens for tokens in found)


def test_a_surname_named_after_a_saint_follows_a_given_name():
    found = _found("Asistió el presidente del Poder Judicial, César San Martín, con el ministro Luis Santa Cruz.")
    assert ("César", "San", "Martín") in found and ("Luis", "Santa", "Cruz") in found


def test_a_place_named_after_a_saint_is_no_one():
    assert _found("El gobernador de San Martín, Pedro Ruiz, llegó a Santa Cruz.") == [("Pedro", "Ruiz")]
