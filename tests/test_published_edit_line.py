"""An edit line ("Dernière modification : 17/02/2015", "Last modified: …"), a site's record of the day anything on
the page last changed, is never the page's publication date, not even alone, nor the anchor of the story's days;
an update line alone ("Mis à jour le …") still is the only date the page gives itself.

Every brief here is invented for the test.
"""

import briefparse

_STORY = (
    "Valdoria - Naufrage d'un ferry\n\n"
    "Le 16 avril, la ministre Anna Kessler a adressé à son homologue Erik Sandvold ses condoléances aux familles "
    "des victimes du naufrage survenu aujourd'hui.\n\n"
)


def test_an_edit_line_alone_is_no_publication_date() -> None:
    brief = briefparse.parse(_STORY + "Dernière modification : 17/02/2015")
    assert brief.published is None
    assert brief.date != "2015-02-17"


def test_an_edit_line_yields_to_the_statement_s_own_date() -> None:
    text = (
        "Valdoria – Entretien de Mme Anna Kessler avec M. Erik Sandvold\n\n"
        "DÉCLARATION DE LA PORTE-PAROLE (17 juin 2022)\n\n"
        "La ministre Anna Kessler s'est entretenue aujourd'hui avec M. Erik Sandvold, ministre des affaires "
        "étrangères de Norlandie.\n\n"
        "Dernière modification : 20/06/2022"
    )
    brief = briefparse.parse(text)
    assert brief.published != "2022-06-20"
    assert brief.date == "2022-06-17"


def test_an_update_line_alone_stays_the_publication_date() -> None:
    assert briefparse.parse(_STORY + "Mis à jour le 17/02/2015").published == "2015-02-17"
