"""Location: a venue named without its name and written with its city right after it ("au palais présidentiel à
Nouakchott", "at the presidential palace in Mogadishu", "dans son palais du bord du lac à Libreville"), or with a
quarter the gazetteer does not know ("au palais de la présidence au Kessel-Haut"), is the place, with that city or
quarter, as the brief writes it; a city alone stays the city. Every brief here is invented for the test; the cities
are real, for the gazetteer to know them."""

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Président reçoit le ministre norlandais\n"
            "Le Président de la République, Paul Marin, a reçu en audience, jeudi au palais présidentiel à "
            "Nouakchott, M. Jean Valdor, ministre norlandais du Commerce.\n",
            "palais présidentiel à Nouakchott",
        ),
        (
            "Le président Paul Marin a accueilli lundi dans son palais du bord du lac à Libreville les "
            "présidents des institutions.\n",
            "palais du bord du lac à Libreville",
        ),
        (
            "Le président de l'Assemblée, Jean Valdor, a été reçu en audience, vendredi, par le président de la "
            "République, Paul Marin, au palais de la présidence au Kessel-Haut.\n",
            "palais de la présidence au Kessel-Haut",
        ),
        (
            "President receives Norland envoy\n"
            "President Paul Marin on Monday received Jean Valdor, the special envoy of Norland, at the presidential "
            "palace in Mogadishu.\n",
            "presidential palace in Mogadishu",
        ),
    ],
)
def test_an_unnamed_venue_with_its_city_is_the_place(text: str, expected: str) -> None:
    assert place(text) == expected


def test_a_city_without_a_venue_before_it_stays_the_city() -> None:
    text = (
        "Le Président reçoit le ministre norlandais\n"
        "Le Président de la République, Paul Marin, a reçu en audience, jeudi à Nouakchott, M. Jean Valdor, "
        "ministre norlandais du Commerce.\n"
    )
    assert place(text) == "Nouakchott"
