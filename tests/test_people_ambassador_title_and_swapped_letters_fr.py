"""An ambassador's full title written in capitals ("Ambassadeur Extraordinaire et Plénipotentiaire") names no one;
and a name written again with two letters swapped ("Kohli", "Kholi") is the same person's."""

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


def test_swapped_letters_in_a_surname_are_one_person():
    brief = briefparse.parse(
        "Le président Jean Amon a reçu mardi les lettres de créance de Natalie Kohli, nouvelle ambassadrice de "
        "Suisse.\n\nLa présentation des lettres de créance par l’ambassadrice, Natalie Kholi, marque le début de "
        "son mandat.\n"
    )
    names = [p.name for p in brief.participants]
    assert "Natalie Kohli" in names
    assert "Natalie Kholi" not in names
