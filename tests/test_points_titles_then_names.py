"""A first report that tells a meeting or a call by its parties' titles alone ("Глава правительства провел встречу
со спецпосланником …") yields the lead to the later report that names both sides in its own voice; a signing told
of states first, and a named report given as what someone said, leave the first report the lead.

Every brief here is invented for the test.
"""

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_titles_alone_yield_to_the_named_report_ru():
    text = (
        "Ферин встретился с Маровым\n\n"
        "Глава валдорийского правительства провел в пятницу встречу со спецпосланником норландского лидера.\n\n"
        "В Лонаре 8 августа прошла встреча премьер-министра Валдории Игоря Ферина и спецпосланника президента "
        "Норландии Павла Марова.\n\n"
        "Стороны обсудили вопросы двустороннего сотрудничества."
    )
    assert _lead(text).startswith("В Лонаре 8 августа прошла встреча премьер-министра Валдории Игоря Ферина")


def test_titles_alone_yield_to_the_named_report_es():
    text = (
        "Ferreyra habló con Marín\n\n"
        "El presidente habló con su par norlandés por teléfono, a la vez que recibió a una delegación en la Casa "
        "de Gobierno.\n\n"
        "El presidente Tomás Ferreyra mantuvo este martes un diálogo telefónico con su par de Norlandia, Julián "
        "Marín, a quien invitó a visitar el país.\n\n"
        "Ambos repasaron la agenda bilateral."
    )
    assert _lead(text).startswith("El presidente Tomás Ferreyra mantuvo este martes un diálogo telefónico")


def test_a_named_report_given_as_said_keeps_the_first():
    text = (
        "Vogt and Marin speak by phone\n\n"
        "The Valdorian foreign minister on Saturday spoke with his Norlandic counterpart on the phone.\n\n"
        "An official said Valdorian minister Karl Vogt held a telephone conversation with Norlandic Foreign "
        "Minister Paul Marin at the request of Norland.\n\n"
        "The two discussed the situation in the region."
    )
    assert _lead(text).startswith("The Valdorian foreign minister on Saturday spoke")
