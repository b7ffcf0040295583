"""A page's clock in the English order of a site template ("sábado, abril 20, 2024": month before day) above the
headline of a brief in a language whose own dates put the day first (CLDR's long format) is the day the page was
served, not its publication date; the language's own order ("sábado, 20 de abril de 2024") stays a stamp, and so
does the English order in English.

Every brief here is invented for the test.
"""

import briefparse

_STORY = (
    "Kessler recibió al canciller de Norlandia\n\n"
    "La ministra de Comercio de Valdoria, Anna Kessler, recibió al canciller de Norlandia, Erik Sandvold, para "
    "conversar sobre el acuerdo comercial entre los dos países."
)


def test_a_month_first_clock_in_spanish_is_no_publication_date() -> None:
    assert briefparse.parse("miércoles, marzo 6, 2024\n\n" + _STORY).published is None


def test_the_spanish_order_stays_the_publication_date() -> None:
    assert briefparse.parse("miércoles, 6 de marzo de 2024\n\n" + _STORY).published == "2024-03-06"


def test_the_month_first_order_stays_a_stamp_in_english() -> None:
    text = (
        "Wednesday, March 6, 2024\n\n"
        "Kessler receives the foreign minister of Norlandia\n\n"
        "Trade Minister Anna Kessler of Valdoria received the foreign minister of Norlandia, Erik Sandvold, to discuss "
        "the trade agreement between the two countries."
    )
    assert briefparse.parse(text).published == "2024-03-06"
