"""A Russian name first written in an oblique case and later in the nominative: the party is named as the text
writes the nominative ("принял посла Ристу Валме" … "Риста Валме поблагодарила"), not as a guess from the oblique
form, which a first name that is also a common noun or a surname ending in "-а" can mislead
("Владимира Корба" … "Владимир Корба").

The people and sentences are invented for the test.
"""

import briefparse
from briefparse.lang.ru_names import opens_in_nominative


def test_a_name_opens_in_the_nominative_or_not() -> None:
    assert opens_in_nominative("Элита Валме")
    assert opens_in_nominative("Владимир Корба")
    assert not opens_in_nominative("Элиту Валме")
    assert not opens_in_nominative("Владимира Корба")


def test_the_nominative_the_text_writes_names_the_party() -> None:
    text = (
        "Министр иностранных дел Норландии Павел Крылов принял Чрезвычайного и полномочного посла Эстонии "
        "в Норландии Элиту Валме. Стороны обсудили двустороннее сотрудничество.\n"
        "В свою очередь, Элита Валме поблагодарила министра за теплый прием."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Элита Валме" in names
    assert "Элиту Валме" not in names


def test_a_surname_in_a_that_the_nominative_keeps() -> None:
    text = (
        "Сегодня состоялась встреча премьер-министра Абхазии Владимира Корба и губернатора области "
        "Михаила Седова. Владимир Корба приветствовал гостей и рассказал о планах сотрудничества."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Владимир Корба" in names
    assert "Владимир Корб" not in names
