"""Location: a special representative's post ("représentant spécial du Secrétaire général des Nations unies au
Mali", "representante especial de la Unión Europea en Haití") and an envoy's country whose formal name holds an
adjective in lower case ("l'ambassadeur de la République islamique de Norlande au Sénégal") name the post, not where
the meeting was held; a participle or a conjunction after the envoy's country still leads to a place ("l'ambassadeur
de France arrivé à Niamey", "Special Representative for X and Head of the Mission, in Kabul").
Every brief here is invented for the test; the places are real, for the gazetteer to know them."""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        (
            "Le président Paul Odimba a reçu lundi Jean Tessier, représentant spécial du Secrétaire général des "
            "Nations Unies au Mali.\n"
        ),
        (
            "El presidente Paul Odimba recibió el lunes a Jean Tessier, representante especial de la Unión Europea "
            "en Haití.\n"
        ),
        (
            "Le président Paul Odimba a reçu lundi l'ambassadeur de la République islamique de Norlande au Sénégal, "
            "Jean Tessier.\n"
        ),
    ],
)
def test_a_special_representatives_or_envoys_post_is_no_place(text: str) -> None:
    brief = briefparse.parse(text)
    assert (brief.event_type, brief.location) == ("meeting", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'ambassadeur de France arrivé à Niamey a été reçu lundi par le président Paul Odimba.\n", "Niamey"),
        (
            "Foreign Minister Paul Odimba met John Tessier, Special Representative for Norland and Head of the "
            "Mission, in Kabul on Sunday.\n",
            "Kabul",
        ),
    ],
)
def test_a_participle_or_a_conjunction_after_the_country_keeps_the_place(text: str, expected: str) -> None:
    assert briefparse.parse(text).location == expected
