"""A dateline whose city carries its country in square brackets ("Tashkent [Uzbekistan], July 16 (ANI):") or
whose agency between slashes closes it with a full stop ("Niamey /ANP/. Le ministre …") names the city where
the event took place when no sentence names another. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

_REFERENCE = dt.date(2023, 7, 16)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Tashkent [Uzbekistan], July 16 (ANI): Foreign Minister Raj Kumar on Friday met Paul Vermeulen, the "
            "Foreign Minister of Belgium, and agreed to consult closely on trade.\n",
            "Tashkent",
        ),
        (
            "Niamey [Niger], 16 juillet (ANP) - Le ministre des Affaires étrangères Moussa Issaka a reçu vendredi "
            "l'ambassadeur du Japon, Kenji Sato.\n",
            "Niamey",
        ),
        (
            "Le ministre reçoit l'ambassadeur du Japon\n\nNiamey /ANP/. Le ministre des Affaires étrangères Moussa "
            "Issaka a reçu vendredi l'ambassadeur du Japon, Kenji Sato.\nLes deux hommes ont évoqué la coopération.\n",
            "Niamey",
        ),
        (
            "Minister meets ambassador\n\nUlaanbaatar /MONTSAME/. On July 14, Minister of Foreign Affairs D.Batbold "
            "received the Ambassador of Japan Kenji Sato at the latter's request.\n",
            "Ulaanbaatar",
        ),
    ],
)
def test_dateline_city_read_past_its_country_or_agency(text: str, city: str) -> None:
    brief = briefparse.parse(text, reference_date=_REFERENCE)
    assert brief.location == city


def test_phone_call_under_such_a_dateline_has_no_place() -> None:
    text = (
        "Tashkent [Uzbekistan], July 16 (ANI): Foreign Minister Raj Kumar on Friday held a phone call with Paul "
        "Vermeulen, the Foreign Minister of Belgium.\n"
    )
    assert briefparse.parse(text, reference_date=_REFERENCE).location is None
