"""A network of one letter closing the sentence ("a annoncé la présidence sur X.") is where the body posted, not an
initialism the source phrase stops inside: the body stays the source. Every brief here is invented for the test."""

import datetime as dt

import briefparse


def test_body_posting_on_x_is_the_source() -> None:
    text = (
        "Le président valdorien Marc Obiang Tessa s'est entretenu vendredi au téléphone avec son homologue français "
        "Paul Lenoir, a annoncé la présidence valdorienne sur X."
    )
    source = briefparse.parse(text, reference_date=dt.date(2024, 6, 7)).source
    assert source is not None and "présidence valdorienne" in source.name


def test_initialism_still_cuts_a_phrase() -> None:
    text = (
        "Le président Marc Obiang Tessa a reçu vendredi l'ambassadeur Paul Lenoir, a annoncé l'ambassade des U.S. "
        "Les deux hommes ont parlé de commerce."
    )
    source = briefparse.parse(text, reference_date=dt.date(2024, 6, 7)).source
    assert source is None or not source.name.endswith(" U")
