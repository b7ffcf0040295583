"""The title of an official record, a long nominal line that names the document, then whose it is, and closes on the
day it dates ("Lettre de félicitations de M. X, …, le 23 décembre 2006."): the headline, however long; a body
sentence of the same length that opens on anything else is not.

Every brief here is invented for the test.
"""

import briefparse

_TITLE = (
    "Lettre de félicitations de M. Paul Vernier, Président de la République, adressée à M. Tomás Ibarra, pour son "
    "élection à la présidence de Valdora, le 12 mars 2011."
)


def test_a_long_record_title_closed_by_its_day_is_the_headline() -> None:
    text = (
        f"{_TITLE}\n\n12 mars 2011 - Seul le prononcé fait foi\n\nMonsieur le Président,\n"
        "A l'annonce de votre élection, je suis heureux de vous adresser mes chaleureuses félicitations."
    )
    assert briefparse.parse(text).title == _TITLE


def test_a_long_first_sentence_of_a_body_is_no_headline() -> None:
    text = (
        "Le président de Valdora, Tomás Ibarra, a reçu en audience au palais présidentiel le ministre des "
        "Affaires étrangères de Lirnau, Paul Vernier, pour un entretien sur la coopération, le 12 mars 2011.\n\n"
        "Les deux hommes ont évoqué les relations bilatérales."
    )
    assert briefparse.parse(text).title is None
