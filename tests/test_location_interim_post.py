"""A post held for the time being ("coordinateur résident par intérim des Nations Unies en Mauritanie", "chargé
d'affaires a.i. in Ghana") names its country as the post, not as where the meeting was held.

The briefs are written for this test (invented people, real countries).
"""

import pytest

import briefparse

FRENCH = (
    "Le Premier ministre, M. Sidi Ould Brahim, a reçu jeudi M. Paolo Ferri, coordinateur résident par intérim des "
    "Nations Unies en Mauritanie.\nLa rencontre a porté sur la coopération entre notre pays et les agences des "
    "Nations Unies.\n"
)
ENGLISH = (
    "The Foreign Minister, Kofi Mensah, on Tuesday received Mr. Paolo Ferri, Resident Coordinator ad interim of the "
    "United Nations in Ghana.\nThe talks focused on cooperation between the government and the UN agencies.\n"
)


@pytest.mark.parametrize("text", [FRENCH, ENGLISH])
def test_an_interim_posts_country_is_not_the_place(text: str) -> None:
    assert briefparse.parse(text).location is None
