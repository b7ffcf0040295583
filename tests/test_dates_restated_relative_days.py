"""A relative day word that the date right after it restates, through a link word of the language ("ce matin du 26
août 2024", "esta mañana del 5 de mayo", "heute am 5. Mai") or across a line break of copied text ("hier,\\n25
octobre"), is one day told by the date: a brief with no publication day is still dated by it.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_day_part_linked_to_its_date_is_the_date():
    text = (
        "Valdorie-Norland : une rencontre pour apaiser les tensions\n"
        "La capitale valdorienne, Porta Nova, a été le théâtre d'une réunion diplomatique ce matin du 26 aout 2024. "
        "La ministre des Affaires étrangères, Léa Moreau, a rencontré l'ambassadeur de Norland, Paul Marin."
    )
    assert briefparse.parse(text).date == "2024-08-26"


def test_the_restating_date_may_sit_across_line_breaks():
    text = (
        "La capitale valdorienne a été le théâtre d'une réunion ce\n"
        "matin du\n"
        "26 août 2024. La ministre Léa Moreau a rencontré l'ambassadeur de Norland, Paul Marin."
    )
    assert briefparse.parse(text).date == "2024-08-26"


def test_a_comma_and_a_line_break_before_the_date():
    text = "La ministre Léa Moreau a reçu hier,\n25 octobre 2021, l'ambassadeur de Norland, Paul Marin, à Porta Nova."
    assert briefparse.parse(text).date == "2021-10-25"


def test_spanish_and_german_links():
    spanish = "La ministra Lea Moreno recibió esta mañana del 5 de mayo de 2024 al embajador de Norlandia, Pablo Marín."
    german = "Außenministerin Lea Moser empfing heute am 5. Mai 2024 in Porta Nova den Botschafter Paul Marin."
    assert briefparse.parse(spanish).date == "2024-05-05"
    assert briefparse.parse(german).date == "2024-05-05"


def test_the_relative_word_still_counts_from_a_given_day_when_no_date_follows():
    text = "La ministre Léa Moreau a reçu ce matin du monde entier des messages de soutien, à Porta Nova."
    assert briefparse.parse(text, reference_date=dt.date(2024, 8, 26)).date == "2024-08-26"


def test_a_weekday_after_today_names_the_day_a_page_reprints_later():
    # the agency's "aujourd'hui mercredi", reprinted under Thursday's date: the Wednesday, not the page's day
    text = (
        "jeu, 14/03/2024 - 10:12\n\n"
        "Le président Paul Marin a reçu aujourd'hui mercredi au palais présidentiel à Porta Nova l'ambassadeur de "
        "Norland, Léo Brun, qui lui a remis ses lettres de créance."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 14)).date == "2024-03-13"


def test_yesterday_with_its_weekday_counts_from_the_weekday():
    text = "La ministre Léa Moreau a reçu hier lundi à Porta Nova l'ambassadeur de Norland, Paul Marin."
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 13)).date == "2024-03-11"


def test_tomorrow_with_its_weekday_stays_ahead():
    text = "La ministre Léa Moreau recevra demain mardi à Porta Nova l'ambassadeur de Norland, Paul Marin."
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 11)).date == "2024-03-12"
