"""A name found apart that is a shorter form of a fuller one the brief gives is the same person: a middle,
compound surname alone ("Bokele Mputu" of "Jean-Claude Bokele Mputu Lisanga"). Every person here is invented."""

import datetime as dt

import briefparse


def test_a_middle_surname_alone_is_the_fuller_name_of_the_same_person() -> None:
    text = (
        "A son arrivée à Kinshasa, le président français, Paul Verdier, a été accueilli au bas de la passerelle par le"
        " chef du gouvernement, Bokele Mputu.\n"
        "C'est le 3 mars vers 22 heures que l'avion transportant le président de la République française, Paul"
        " Verdier, a atterri à l'aéroport international de N'Djili. A sa descente d'avion, il a été accueilli par le"
        " Premier ministre, Jean-Claude Bokele Mputu Lisanga.\n"
        "Après un bref échange avec Jean-Claude Bokele Mputu au salon présidentiel, Paul Verdier s'est dirigé vers la"
        " résidence de France."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2023, 3, 4))
    names = [p.name for p in brief.participants]
    assert names.count("Jean-Claude Bokele Mputu Lisanga") == 1
    assert "Bokele Mputu" not in names
    assert "Paul Verdier" in names
