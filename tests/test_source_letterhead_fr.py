"""A communiqué printed under its letterhead (the state's name, its motto, then the body in capitals) is issued by
that body: the letterhead's most specific line opening on an institution word is the source; capitalised lines
that name no institution give none.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse

_BODY = (
    "Le président de la République, Paul Marin, a reçu à Porta Nova, le 23 juin 2023, son homologue norlandais "
    "Erik Lund, en visite d'amitié et de travail. Les deux chefs d'Etat se sont félicités de l'excellence des "
    "relations entre leurs pays."
)
_HEADING = "COMMUNIQUE CONJOINT A L'OCCASION DE LA VISITE DU PRESIDENT ERIK LUND"


def test_the_letterhead_body_issues_the_communique():
    brief = briefparse.parse(
        "REPUBLIQUE DE GUINEE\n\nTRAVAIL-JUSTICE-SOLIDARITE\n\nMINISTERE DES AFFAIRES ETRANGERES ET DE LA "
        f"COOPERATION\n\n{_HEADING}\n\n{_BODY}"
    )
    assert brief.source is not None and brief.source.name == "MINISTERE DES AFFAIRES ETRANGERES ET DE LA COOPERATION"


def test_capitalised_lines_naming_no_institution_name_no_source():
    brief = briefparse.parse(f"ACCUEIL POLITIQUE\n\nTRAVAIL-JUSTICE-SOLIDARITE\n\n{_HEADING}\n\n{_BODY}")
    assert brief.source is None
