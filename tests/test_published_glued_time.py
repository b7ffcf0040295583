"""A page's date stamp whose time lost the space before it ("16.11.201809:35"): the copy of a page glues the two
cells of its stamp together, and the date is still the publication date.

Every brief here is invented for the test.
"""

import briefparse


def test_a_stamp_glued_to_its_time_above_the_headline_is_the_publication_date():
    text = (
        "16.11.201809:35\n\n"
        "Пауль Марин посетит Норбург\n\n"
        "Министр иностранных дел Вальдории Пауль Марин на следующей неделе посетит Норбург с рабочим визитом. "
        "Там он проведет переговоры со своим коллегой Эриком Сольбергом."
    )
    assert briefparse.parse(text).published == "2018-11-16"


def test_a_stamp_glued_to_its_time_under_the_headline_is_the_publication_date():
    text = (
        "Marin empfängt Amtskollegen aus Norland\n"
        "02.07.201511:23\n"
        "Der Außenminister von Valdoria, Paul Marin, hat am Dienstag in Norburg seinen Amtskollegen aus Norland, "
        "Erik Solberg, empfangen. Beide vereinbarten eine engere Zusammenarbeit im Handel."
    )
    assert briefparse.parse(text).published == "2015-07-02"


def test_figures_running_on_past_a_year_are_no_date():
    text = (
        "Marin empfängt Amtskollegen aus Norland\n"
        "Der Außenminister von Valdoria, Paul Marin, hat in Norburg seinen Amtskollegen Erik Solberg empfangen. "
        "Die Kennnummer des Abkommens lautet 12.07.201599."
    )
    assert briefparse.parse(text).published is None
