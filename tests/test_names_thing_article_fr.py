"""A capitalised run right after a lower-case article or its contraction ("du Quai d'Orsay …", "et des
Organisations Régionales Africaines") opens a body's or a place's name: French puts no article before a person's
bare name, only before a role.

Every brief here is invented for the test.
"""

import briefparse


def test_a_run_after_a_contracted_article_is_no_persons_name():
    text = (
        "Le président du Faso, Paul Sawadogo a eu une séance de travail ce matin avec l’ambassadeur de France au "
        "Burkina Faso, accompagné du directeur Afrique du Quai d’Orsay Luc Perrin, et d’une délégation "
        "d’officiers généraux français.\n"
    )
    people = {p.name: p.role for p in briefparse.parse(text).participants if p.name}
    # the run is no one's name; the director's own name, which closes that office, is recovered from the role
    assert not any("Orsay" in name for name in people), people
    assert people.get("Luc Perrin") == "directeur Afrique du Quai d’Orsay", people


def test_a_role_between_the_article_and_the_name_keeps_the_person():
    text = (
        "Ouagadougou, 12 mars 2024 - Le président a reçu mardi l'ambassadeur Marc Tanguy, accompagné du "
        "conseiller Luc Perrin.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert {"Marc Tanguy", "Luc Perrin"} <= set(names)
