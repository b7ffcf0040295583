"""An ambassador's full title written in capitals ("Ambassadeur Extraordinaire et Plénipotentiaire") names no one:
the capitalised qualifiers are the title's, as in English ("Ambassador Extraordinary and Plenipotentiary")."""

import briefparse


def test_capitalised_full_title_is_no_name():
    brief = briefparse.parse(
        "Le président Jean Amon a reçu mardi à Lomé Paula Brede, Ambassadeur Extraordinaire et Plénipotentiaire "
        "de Suisse, venue présenter ses lettres de créance.\n"
    )
    names = [p.name for p in brief.participants]
    assert "Extraordinaire" not in names
    assert [p.role for p in brief.participants if p.name == "Paula Brede"] == [
        "Ambassadeur Extraordinaire et Plénipotentiaire de Suisse"
    ]
