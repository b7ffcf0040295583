"""A name that the text also quotes ("son « ami Luc Bonnet »") is still a person when a role stands before it
elsewhere ("le président norlandais Luc Bonnet"); a work's title in quotes stays no one.

Every brief here is invented for the test.
"""

import briefparse


def names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants}


def test_a_quoted_name_titled_elsewhere_takes_part():
    text = (
        "Arrivé à Porta Nova mardi, Paul Marin a été accueilli à l’aéroport par son homologue Anne Rivière.\n"
        "Il a ensuite été reçu au palais par Luc Bonnet. Au terme de son entretien avec son « ami Luc Bonnet », "
        "le ministre valdorien a salué une relation de confiance.\n"
        "Le président norlandais Luc Bonnet s’est réjoui de cette visite."
    )
    assert "Luc Bonnet" in names(text)


def test_a_quoted_work_title_is_no_one():
    brief = briefparse.parse(
        "Le ministre valdorien Paul Marin a reçu mardi à Porta Nova son homologue Anne Rivière, qui lui a offert "
        "un exemplaire du livre « Rivages Lointains »."
    )
    everyone = {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}
    assert "Rivages Lointains" not in everyone
