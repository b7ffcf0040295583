"""Participants named as the items of a list under one office, each item with its own country and no role of its
own ("посол Норвегии X, Чехии - Y", "los embajadores de Noruega, X; Hungría, Y", "X, de la República de
Chile; Y"): every item is a person, holds the office of the first, and takes part when the first does.

The briefs and their people are fictional, written for these tests; the envoys' countries are real.
"""

import briefparse


def _participants(brief):
    return {p.name: p for p in brief.participants}


RUSSIAN_ENVOYS = """Президент Сорении примет верительные грамоты

Новые послы трех государств вручат сегодня Президенту Сорении Павлу Маринову свои верительные грамоты.

Церемония пройдет в Большом дворце. В ней примут участие посол Норвегии Игорь Светлов, Чехии - Денис \
Горелов, Перу - Юрий Ласточкин.
"""


def test_russian_items_with_a_country_before_a_dash_hold_the_first_one_s_office():
    people = _participants(briefparse.parse(RUSSIAN_ENVOYS))
    for name in ("Игорь Светлов", "Денис Горелов", "Юрий Ласточкин"):
        assert name in people, list(people)
    assert people["Денис Горелов"].role == "посол Чехии"  # the office of the item's own country


SPANISH_ENVOYS = """El presidente de Soria recibe cartas credenciales

El presidente de Soria, Pablo Marín, recibió hoy las cartas credenciales de cuatro embajadores en el Palacio \
Nacional.

Mientras que los embajadores de Noruega, Tomás Wendt; Hungría, Rosa Aldana Ferrer; y Portugal, Lucas \
Berganza Ruiz, serán diplomáticos concurrentes, pues residen en México.
"""


def test_spanish_items_with_a_country_before_the_name_take_part():
    people = _participants(briefparse.parse(SPANISH_ENVOYS))
    for name in ("Tomás Wendt", "Rosa Aldana Ferrer", "Lucas Berganza Ruiz"):
        assert name in people, list(people)


ENGLISH_ENVOYS = """President of Soria accredits new envoys

SORIA CITY - President Paul Marin on Thursday received the credentials of the new ambassadors of Norway, \
Tomas Wendt, Hungría, Rosa Aldana, and Tarenia, Lucas Berganza, at the Presidential Palace.
"""


def test_english_items_each_with_its_country_take_part():
    people = _participants(briefparse.parse(ENGLISH_ENVOYS))
    for name in ("Tomas Wendt", "Rosa Aldana", "Lucas Berganza"):
        assert name in people, list(people)


ENGLISH_APART = """Minister of Soria meets Norland envoy

Foreign Minister Paul Marin met Norland's ambassador Tomas Wendt on Monday in Soria City.

The talks came a week after Rosa Aldana, a writer from Valdoria, said in an interview that she would visit.
"""


def test_a_name_beyond_a_verb_is_no_list_item():
    people = _participants(briefparse.parse(ENGLISH_APART))
    assert "Rosa Aldana" not in people, list(people)
