"""A release's date line closed by its issuer after its place, where French writes a body's name with one capital
("Le 5 novembre 2021 – Porta Nova – Affaires mondiales Valdoria"): the issuer is the source. A source line's name
ends before the date in figures the line goes on with.

Every brief here is invented for the test.
"""

import briefparse


def test_an_issuer_written_with_one_capital_closes_the_release_date_line():
    text = (
        "La ministre Marin s'entretient avec son homologue lorénienne Ana Ortega\n\n"
        "Compte rendu\n\n"
        "Le 5 novembre 2021 – Porta Nova – Affaires mondiales Valdoria\n\n"
        "La ministre des Affaires étrangères, Lena Marin, s'est entretenue aujourd'hui avec la ministre des Affaires "
        "étrangères de Lorenia, Ana Ortega."
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Affaires mondiales Valdoria"


def test_a_person_closing_the_date_line_is_still_no_issuer():
    text = (
        "Le 5 novembre 2021 – Porta Nova – Jan Novak\n\n"
        "La ministre des Affaires étrangères, Lena Marin, s'est entretenue aujourd'hui avec la ministre des Affaires "
        "étrangères de Lorenia, Ana Ortega."
    )
    source = briefparse.parse(text).source
    assert source is None or "Novak" not in source.name


def test_a_source_line_s_name_ends_before_the_date_in_figures_it_goes_on_with():
    text = (
        "Le président valdorien Paul Marin a reçu dimanche son homologue lorénien Jan Novak à Porta Nova.\n\n"
        "Source: Valdor Presse 29.06.2013 à 10h01"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Valdor Presse"
