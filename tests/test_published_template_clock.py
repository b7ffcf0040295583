"""A page's clock in a site template's own form above the headline is the day the page was served, not its
publication date: a date whose month and weekday are named in another language than the story's ("Sunday 27 July,
2025" over a French brief, "novembre 24, 2024" over an English one), or a day-first date that sets its year off by
a comma, a form no CLDR long date of a day-first language has ("Mercredi 15 Mai, 2024"). The language's own forms
above the headline stay stamps.

Every brief here is invented for the test.
"""

import briefparse

_FR = (
    "Le ministre Kessler reçoit le chef de la diplomatie de Norlandia\n\n"
    "Le ministre des Affaires étrangères de Valdoria, Anton Kessler, a reçu son homologue de Norlandia, Erik "
    "Sandvold, pour évoquer l'accord commercial entre les deux pays."
)
_EN = (
    "Kessler receives the foreign minister of Norlandia\n\n"
    "Trade Minister Anna Kessler of Valdoria received the foreign minister of Norlandia, Erik Sandvold, to discuss "
    "the trade agreement between the two countries."
)


def test_an_english_clock_over_a_french_brief_is_no_publication_date() -> None:
    head = "Calendar icon\nSunday 27 July, 2025\nWeather icon\nà Valdora\nClose icon\nSe connecter\n\n"
    assert briefparse.parse(head + _FR).published is None


def test_a_french_clock_over_an_english_brief_is_no_publication_date() -> None:
    assert briefparse.parse("novembre 24, 2024\n\n" + _EN).published is None


def test_a_comma_before_the_year_of_a_day_first_clock_is_no_publication_date() -> None:
    assert briefparse.parse("Mercredi 15 Mai, 2024 - 4:41 PM\n\n" + _FR).published is None


def test_the_languages_own_forms_stay_stamps() -> None:
    assert briefparse.parse("Mercredi 15 mai 2024 - 16:41\n\n" + _FR).published == "2024-05-15"
    assert briefparse.parse("Wednesday, May 15, 2024\n\n" + _EN).published == "2024-05-15"
    assert briefparse.parse("15 May 2024\n\n" + _EN).published == "2024-05-15"
