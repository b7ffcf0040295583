"""A date a Russian word of a document's date opens ("в русле заявления … от 1 октября 2020 года", "указа от 5 мая")
is the day that text bears, no event's: a call told on no day of its own has no date; a range ("от 5 до 8 мая") is
not such a date.

Every brief here is invented for the test.
"""

import briefparse


def test_the_date_a_statement_bears_is_no_day_of_the_call() -> None:
    text = (
        "Состоялся телефонный разговор между президентом Валдории Павлом Мариным и премьер-министром Норландии "
        "Карлом Вестером.\n"
        "Стороны подчеркнули важность возобновления переговоров в русле совместного заявления от 3 марта 2021 года."
    )
    assert briefparse.parse(text).date is None


def test_the_day_of_the_call_beside_a_document_date_stands() -> None:
    text = (
        "14 апреля 2021 года президент Валдории Павел Марин провел телефонный разговор с премьер-министром Норландии "
        "Карлом Вестером.\n"
        "Стороны обсудили выполнение указа от 3 марта 2021 года."
    )
    assert str(briefparse.parse(text).date) == "2021-04-14"
