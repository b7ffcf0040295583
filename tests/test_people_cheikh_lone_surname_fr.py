"""« Cheikh » before a single word is a West African given name with its surname (« le ministre des Finances, Cheikh
X »), as "Sheikh Hasina" in English, not a title before a lone word that names no one; a fuller name that holds the
word keeps it (« Cheikh Tamal » after « Cheikh Tamal ben Hamad Al-Varani » is his).

Every brief here is invented for the test.
"""

import briefparse


def test_cheikh_and_one_word_is_a_name() -> None:
    brief = briefparse.parse(
        "Le ministre des Finances, Cheikh Dioner, a reçu lundi à Dakar Mme Lina Okoro, directrice du FMI."
    )
    assert {"Cheikh Dioner", "Lina Okoro"} <= {p.name for p in brief.participants}


def test_quoted_minister_named_cheikh_takes_part() -> None:
    brief = briefparse.parse(
        "Cheikh Dioner et sa délégation ont discuté avec la directrice du FMI. « Rencontre productive avec le ministre "
        "des Finances du Sénégal Cheikh Dioner et son équipe », a annoncé Lina Okoro."
    )
    assert "Cheikh Dioner" in {p.name for p in brief.participants}


def test_short_form_of_a_fuller_name_stays_his() -> None:
    brief = briefparse.parse(
        "L'émir du Qatar, Cheikh Tamal ben Hamad Al-Varani, a reçu lundi à Doha le ministre français, Paul Martin. "
        "Cheikh Tamal a salué la qualité des relations."
    )
    assert [p.name for p in brief.participants].count("Cheikh Tamal") == 0
