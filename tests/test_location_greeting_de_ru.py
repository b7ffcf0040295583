"""A greeting or thanks addressed to a person is a message sent in German and Russian too, as in English, French and
Spanish (`Language.address_verbs`): the places its text recalls are no place of the event.

Every brief here is invented for the test.
"""

import briefparse

RU_GREETING = (
    "Президент Белоруссии поздравил президента Армении с днём рождения\n\n"
    "Президент Белоруссии Иван Орлов поздравил президента Армении Армана Саакяна с днём рождения и пожелал ему "
    "здоровья.\n\n"
    "Орлов напомнил о недавней поездке Саакяна в Казань, где главы государств обсудили торговлю.\n"
)
DE_GREETING = (
    "Ministerpräsident gratuliert Amtskollegen zur Wiederwahl\n\n"
    "Ministerpräsident Karl Brenner gratulierte dem Regierungschef von Kessel, Jan Mohr, zu seiner Wiederwahl. "
    "Brenner erinnerte an die gemeinsame Reise nach Hamburg im vergangenen Jahr, bei der beide Länder ein Abkommen "
    "unterzeichnet hatten.\n"
)


def test_a_russian_greeting_is_not_placed_where_a_recalled_trip_went():
    brief = briefparse.parse(RU_GREETING)
    assert brief.event_type == "statement"
    assert brief.location is None
    assert {p.name for p in brief.participants} == {"Иван Орлов", "Арман Саакян"}


def test_a_german_greeting_is_not_placed_where_a_recalled_trip_went():
    brief = briefparse.parse(DE_GREETING)
    assert brief.event_type == "statement"
    assert brief.location is None
    assert {p.name for p in brief.participants} == {"Karl Brenner", "Jan Mohr"}


def test_a_greeting_under_a_dateline_is_placed_at_its_city():
    headline, body = DE_GREETING.split("\n\n", 1)
    brief = briefparse.parse(f"{headline}\n\nMinsk, 3. März (BelTA) - {body}")
    assert brief.location == "Minsk"
