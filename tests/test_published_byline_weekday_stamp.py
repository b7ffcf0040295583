"""A full date whose weekday is capitalised inside a byline line, after a bar, in a language that writes weekdays in
small letters ("Jean Lind | Le Quotidien Lundi le 05 Mars 2012 Imprimer"), is the page's stamp: the publication
date, which relative words count from. A sentence that names a day is no stamp.

Every brief here is invented for the test.
"""

import briefparse

BRIEF = (
    "Le président Paul Marin regagne Porta Nova\n\n"
    "LÉO BRUN | Le Quotidien de Porta Nova Lundi le 05 Mars 2012 Société Imprimer Envoyer cet article\n"
    "Le chef de l'Etat a retrouvé Porta Nova dimanche en fin d'après-midi. Il a reçu au salon d'honneur le "
    "Premier ministre, Jan Lind."
)


def test_the_byline_stamp_dates_the_page_and_the_weekday_counts_from_it():
    brief = briefparse.parse(BRIEF)
    assert brief.published == "2012-03-05"
    assert brief.date == "2012-03-04"


def test_a_date_in_a_sentence_is_no_stamp():
    text = (
        "Le président Paul Marin regagne Porta Nova\n\n"
        "Le chef de l'Etat a retrouvé Porta Nova le lundi 5 mars 2012 et a reçu le Premier ministre, Jan Lind."
    )
    assert briefparse.parse(text).published is None
