"""A bare role standing alone elsewhere in the story writes out in full the short title a person was named with
("le président X" … "le président de la République a salué", "spokeswoman X" … "A Foreign Ministry spokeswoman
said"): the fuller title is theirs, unless someone else named holds that office, or it names another country.

Every brief and every person here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_bare_title_in_full_later_is_the_holder_s():
    text = (
        "Le président Paul Ravelona a reçu mardi au palais l'ambassadeur de Norlande, Jean Kalala. Les échanges ont "
        "porté sur la coopération. À l'issue de l'audience, le président de la République a salué la qualité des "
        "relations entre les deux pays."
    )
    assert roles(text)["Paul Ravelona"] == "président de la République"


def test_the_office_s_words_before_its_noun_are_the_holder_s():
    text = (
        "A Foreign Ministry spokeswoman said Thursday that Norland condemns the attack on the embassy.\n\n"
        '"Norland strongly condemns the attack," spokeswoman Mara Lindqvist said at a regular press conference.'
    )
    assert roles(text)["Mara Lindqvist"] == "Foreign Ministry spokeswoman"


def test_a_fuller_title_someone_else_named_holds_stays_theirs():
    text = (
        "Le président Paul Ravelona a reçu mardi le président du Sénat, Jean Kalala. Les échanges ont porté sur la "
        "coopération. Le président du Sénat a ensuite rencontré la presse."
    )
    found = roles(text)
    assert found["Paul Ravelona"] == "président"
    assert found["Jean Kalala"] == "président du Sénat"


def test_a_fuller_title_of_another_country_is_not_the_holder_s():
    text = (
        "Le président Paul Ravelona s'est entretenu mardi avec Jean Kalala. Les échanges ont porté sur la "
        "coopération. Le président de la Transition de Madagascar a ensuite rencontré la presse."
    )
    assert roles(text).get("Paul Ravelona") == "président"


def test_a_bare_role_s_complement_before_a_verb_the_rules_do_not_know():
    text = (
        "Paul Ravelona a rencontré vendredi à Genève la secrétaire générale adjointe de l'Otan, Marie Dupuis. Le "
        "ministre des Affaires étrangères s'est entretenu avec divers dirigeants européens de la sécurité du continent."
    )
    assert roles(text)["Paul Ravelona"] == "ministre des Affaires étrangères"


def test_a_fuller_title_whose_added_words_another_s_role_holds_is_not_the_holder_s():
    text = (
        "Prime Minister Tom Rowe and Norlandic counterpart Ana Lindqvist held discussions on trade on Tuesday.\n\n"
        "Prime Minister Rowe gave an update on the census while Norlandic Prime Minister shared her country's plans."
    )
    assert roles(text)["Tom Rowe"] == "Prime Minister"
