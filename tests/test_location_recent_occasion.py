"""Location: an occasion dated as recent ("son récent séjour à Conakry", "his recent visit to Accra") is one before the
event, like a past or a previous one: its place is not where the event was held. Every brief here is invented for the
test; the cities are real, for the gazetteer to know them."""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        (
            "Le Président Paul Marin reçoit le ministre norlandais Jean Valdor\n\n"
            "Paul Marin, Président de la République, a reçu en audience lundi Jean Valdor, ministre norlandais des "
            "Affaires étrangères, porteur d’un message de son homologue, à la suite de son récent séjour à Conakry.\n"
        ),
        (
            "President Paul Marin receives Norland's foreign minister\n\n"
            "President Paul Marin on Monday received Jean Valdor, Norland's Minister of Foreign Affairs, who "
            "conveyed thanks for the President's recent visit to Accra.\n"
        ),
    ],
)
def test_a_recent_occasion_gives_no_place(text: str) -> None:
    brief = briefparse.parse(text)
    assert (brief.event_type, brief.location) == ("meeting", None)


def test_the_event_place_after_a_recent_word_elsewhere_stays() -> None:
    text = (
        "President Paul Marin received in Accra on Monday Jean Valdor, Norland's Minister of Foreign Affairs, "
        "after the recent floods.\n"
    )
    assert briefparse.parse(text).location == "Accra"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Odimba reçoit Tessier au Palais présidentiel\n\n"
            "Le président Paul Odimba a reçu ce matin le chef de file de l'opposition, Jean Tessier.\n\n"
            "La dernière rencontre entre les deux hommes remontait à mars 2019 à Kpalimé.\n\n"
            "Les discussions ont duré deux heures.",
            "Palais présidentiel",
        ),
        (
            "President Paul Odimba received opposition leader Jean Tessier on Monday.\n\n"
            "The two men last met in March 2019 in Kumasi, before the elections.",
            None,
        ),
    ],
)
def test_place_of_an_occasion_dated_by_its_month_alone(text: str, expected: str | None) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ce mardi 1er février 2022 au Palais de l'Unité, le Président de la République Paul Odimba a reçu en "
            "audience quatre nouveaux ambassadeurs.\n",
            "Palais de l'Unité",
        ),
        (
            "El presidente Paul Odimba recibió el 15 de febrero de 2022 en Lima al canciller de Norlandia, Jean "
            "Tessier.\n",
            "Lima",
        ),
        (
            "President Paul Odimba received on 1st March 2022 in Accra the Norland foreign minister Jean Tessier.\n",
            "Accra",
        ),
    ],
)
def test_place_after_a_full_date_with_an_ordinal_or_a_link(text: str, expected: str) -> None:
    """A day before the month, with an ordinal's ending ("1er", "1st") or a link ("15 de febrero de 2022"), dates the
    event itself: the place after it is the event's, not an occasion's dated by its month alone."""
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ministra Ana Ruiz recibió hoy a la viceministra de Norlandia, Elena Paz. Las autoridades dialogaron "
            "sobre las consultas llevadas a cabo en Bogotá, en mayo de este año.\n",
            None,
        ),
        (
            "President Paul Odimba received Jean Tessier on Monday. The two men had first met in Geneva in March.\n",
            None,
        ),
        ("La ministra Ana Ruiz recibió hoy en Lima a la viceministra de Norlandia, Elena Paz.\n", "Lima"),
        ("President Paul Odimba received Jean Tessier in Accra on Monday. They had met in Geneva in March.\n", "Accra"),
    ],
)
def test_place_of_an_occasion_dated_by_its_month_alone_after_it(text: str, expected: str | None) -> None:
    """A month with no day after a place ("en Bogotá, en mayo de este año", "in Geneva in March") dates another
    occasion, like a month and its year before it; the event's own place stays."""
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location == expected
