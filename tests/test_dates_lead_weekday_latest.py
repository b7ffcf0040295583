"""A weekday the lead tells is the story's latest day: an earlier weekday a later sentence gives to the event ("ont
qualifié de fructueux leur entretien de jeudi" under "ont poursuivi vendredi leurs échanges") is an occasion it
recalls, not its date. A day "yesterday" after a lead's "today" still dates its event.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

REF = dt.date(2024, 3, 16)  # a Saturday


def test_an_earlier_weekday_after_the_lead_is_a_recalled_occasion_fr():
    text = (
        "Le président valdorien Paul Marin et la présidente lorenienne Ana Vidal ont poursuivi vendredi leurs "
        "échanges sur les relations bilatérales et les questions régionales, selon un communiqué.\n\n"
        "M. Marin et Mme Vidal ont qualifié de fructueux leur entretien de jeudi à Lirno."
    )
    assert briefparse.parse(text, reference_date=REF).date == "2024-03-15"


def test_an_earlier_weekday_after_the_lead_is_a_recalled_occasion_en():
    text = (
        "Presidents Paul Marin and Ana Vidal on Friday agreed to work closely on trade and energy, a Valdoran "
        "spokesman said.\n\n"
        "The two presidents held their first meeting in Lirno on Thursday."
    )
    assert briefparse.parse(text, reference_date=REF).date == "2024-03-15"


def test_a_call_of_yesterday_under_a_lead_of_today_keeps_its_day():
    text = (
        "Prime Minister Paul Marin today reiterated Valdora's commitment to close ties with Lorenia.\n\n"
        "In a post, Marin said the commitment was conveyed to President Ana Vidal during a telephone call yesterday."
    )
    assert briefparse.parse(text, reference_date=REF).date == "2024-03-15"
