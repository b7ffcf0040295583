"""Location shapes found in the wild (French, Russian, English): a place the gazetteer does not know, named as what
was discussed ("les feux en Amazonie", "в Черном море", "на Донбассе"), gives way to a city, a venue or a country
that it knows, in the same sentence, another sentence of the lead or the next sentences. Every brief here is
invented for the test."""

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the topic in the sentence that tells the event, the city in a later one
            "Le président Tomas Keller et la présidente Ana Brook ont eu samedi, au cours d'un dîner de deux heures, "
            "des échanges sur le commerce et les incendies en Valmorie, a indiqué la présidence.\n\n"
            "Les deux dirigeants ont ensuite assisté à l'ouverture du sommet à Biarritz.",
            "Biarritz",
        ),
        (  # the topic in the sentence that tells the event, the country in the next one
            "Министры иностранных дел Томас Келлер и Анна Брук обсудили судоходство в Черном море.\n\n"
            "Келлер находится с визитом в Турции.\n\nМинистры договорились о новых контактах.",
            "Турции",
        ),
        (  # the topic and the city in one sentence
            "Keller and Brook discuss Valmoria\n\nPresident Tomas Keller said he discussed wildfires in Valmoria "
            "with President Ana Brook at their talks in Istanbul on Friday.",
            "Istanbul",
        ),
        (  # no known place anywhere: the unknown one stays the place ("à Badou")
            "Le ministre Tomas Keller a reçu lundi à Valmorie-la-Haute une délégation de notables.\n\n"
            "Les échanges ont porté sur la cohésion sociale.",
            "Valmorie-la-Haute",
        ),
    ],
)
def test_known_place_beats_an_unknown_topic(text: str, expected: str | None) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the place of a gathering still to come, told in a relative clause, is not the meeting's
            "Le ministre Tomas Keller a reçu lundi son homologue Ana Brook à la veille du sommet de l'Union africaine, "
            "qui se tiendra à Addis-Abeba.",
            None,
        ),
        (
            "Minister Tomas Keller met his counterpart Ana Brook on Monday ahead of the summit which will be held in "
            "Nairobi next week.",
            None,
        ),
        (
            "El canciller Tomás Keller recibió el lunes a su homóloga Ana Brook antes de la cumbre que se celebrará "
            "en Lima.",
            None,
        ),
        ("Министр Томас Келлер встретился с коллегой Анной Брук накануне саммита, который пройдет в Минске.", None),
        (  # the infinitive that stands for such a clause, in a meeting with no place of its own
            "President Tomas Keller received the ambassador Ana Brook on Monday. They discussed the agenda of the "
            "Lake Union summit to be held in Nairobi next June.",
            None,
        ),
        (
            "Le président Tomas Keller a reçu lundi l'ambassadrice Ana Brook. Ils ont évoqué le sommet de l'Union "
            "des lacs devant se tenir à Dakar en juin.",
            None,
        ),
        (
            "El presidente Tomás Keller recibió el lunes a la embajadora Ana Brook. Abordaron la cumbre de la Unión "
            "de los Lagos a celebrarse en Lima en junio.",
            None,
        ),
        (  # the clause tells where the meeting itself will be held
            "La Presidencia informó que el punto central de la visita será un encuentro privado entre los mandatarios "
            "Tomás Keller y Ana Brook, que tendrá lugar en el Salón Dorado del Teatro Nacional.",
            "Salón Dorado del Teatro Nacional",
        ),
    ],
)
def test_place_of_an_occasion_to_come(text: str, expected: str | None) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a meeting on the margins of a gathering that the brief does not place, in an agency's home dispatch
            "NEW DELHI, May 3 (PTI) Foreign Minister Tomas Keller held talks with his counterpart Ana Brook on the "
            "sidelines of the meeting of Commonwealth foreign ministers, the ministry spokesman said on Thursday.\n\n"
            "The two discussed trade.",
            None,
        ),
        (
            "PARIS, 3 mai (AFP) - Le ministre Tomas Keller s'est entretenu avec son homologue Ana Brook en marge de "
            "la réunion des ministres de l'Union africaine, a indiqué son porte-parole.",
            None,
        ),
        (  # the gathering's city named: that city
            "ISLAMABAD, May 3 (APP) - On the sidelines of the Council of Foreign Ministers meeting in Dushanbe, "
            "Foreign Minister Tomas Keller met his counterpart Ana Brook.",
            "Dushanbe",
        ),
        (  # a readout dated where it was written, with no agency: its dateline stays the place
            "Chicago, 21 May 2012\n\nThe Secretary-General met today with President Tomas Keller on the margins of "
            "the NATO Summit.\n\nTheir discussions focussed on trade.",
            "Chicago",
        ),
    ],
)
def test_gathering_elsewhere_than_the_agency_dateline(text: str, expected: str | None) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # talks in an airport's hall of honour, its city unnamed
            "Les présidents Tomas Keller et Ana Brook se sont entretenus en tête à tête pendant une heure, au "
            "pavillon présidentiel de l'aéroport.",
            "pavillon présidentiel",
        ),
        (
            "President Tomas Keller held talks with President Ana Brook in the VIP lounge of the airport before "
            "leaving.",
            "VIP lounge",
        ),
    ],
)
def test_an_airport_hall_is_the_place_of_talks_held_there(text: str, expected: str) -> None:
    assert (place(text) or "").startswith(expected)


def test_arrival_told_in_the_compound_past() -> None:
    text = (
        "El presidente de Valdoria, Tomás Keller, ha llegado este lunes a Santiago de Chile para reunirse con la "
        "mandataria Ana Brook.\n\nEste martes se realizará una ceremonia de bienvenida."
    )
    assert place(text) == "Santiago de Chile"
