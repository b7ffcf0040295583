"""A sentence that opens by crediting the one before it to its speaker ("Об этом рассказал X", "Соответствующее
заявление сделал Y") yields the lead to what was said; a credit after a report of the event leaves that report the
lead.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "credit",
    [
        "Об этом рассказал журналистам пресс-секретарь главы государства Олег Сабуров.",
        "Соответствующее заявление сделал пресс-секретарь главы государства Олег Сабуров.",
    ],
    ids=["ob-etom", "sootvetstvuyushchee-zayavlenie"],
)
def test_what_was_said_leads_over_its_credit(credit: str) -> None:
    text = (
        "Сабуров: президент пока не планирует поездок в регионы\n\n"
        "Президент Валдории Антон Лисков до конца месяца не планирует поездок в регионы страны. "
        f"{credit} По его словам, график главы государства уже сверстан."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Президент Валдории Антон Лисков до конца месяца")


def test_a_credit_after_the_report_of_the_event_leaves_it_the_lead() -> None:
    text = (
        "Лисков провел переговоры с Мариным\n\n"
        "Президент Валдории Антон Лисков провел переговоры с президентом Кесселя Павлом Мариным. "
        "Об этом сообщила пресс-служба главы государства."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Президент Валдории Антон Лисков провел переговоры")
