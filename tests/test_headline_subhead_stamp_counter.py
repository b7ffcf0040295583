"""A headline over a subhead that names the event stays the headline when a release's number and date stand over it,
or when the page's counters stand between it and the subhead.

Every brief here is invented for the test.
"""

import briefparse


def test_a_release_number_and_date_over_the_headline_leave_the_headline():
    text = (
        "Pressemitteilung Nr. 42/19, 03.05.2019\n\n"
        "Landrätin auf Rundreise im Kreis\n\n"
        "Landrätin Anna Berger besuchte die Kesseler Brauerei und die Mühle Ostrik in Valdorf\n\n"
        "Am 3. Mai 2019 empfing Landrätin Anna Berger den Vorstand des Vereins Kreiswerk in Kessel. Danach bereiste "
        "die Landrätin gemeinsam mit dem Vorstand den Kreis und besuchte Betriebe in Valdorf.\n\n"
        "Die Rundreise im Kreis soll im Herbst fortgesetzt werden, sagte die Landrätin.\n"
    )
    assert briefparse.parse(text).title == "Landrätin auf Rundreise im Kreis"


def test_counters_between_the_headline_and_the_subhead_leave_the_headline():
    text = (
        "Валдор анонсировал второй раунд консультаций по работе миссий\n\n"
        "0 7\n\n"
        "Он пройдет на следующей неделе в Валдоре, сообщил Иван Петров\n\n"
        "Москва. 3 мая. Второй раунд консультаций по работе миссий пройдет на следующей неделе в Валдоре, "
        "сообщил официальный представитель министерства Иван Петров.\n\n"
        "«Делегацию вновь возглавит Павел Осин», — сказал Петров журналистам.\n"
    )
    assert briefparse.parse(text).title == "Валдор анонсировал второй раунд консультаций по работе миссий"
