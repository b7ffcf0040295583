"""A country whose name joins its words with a small word ("Trinidad and Tobago", "Antigua y Barbuda", "United
States of America") ends a role's complement right before its holder's name: the name finder's run then opens on
the place's last word ("Tobago Keith X"), which the gazetteer, read with the words before the run, knows as a
place's, so the name begins after it.

Every brief here is invented for the test.
"""

import briefparse


def _people(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_the_last_word_of_a_joined_country_name_opens_no_name_en():
    people = _people(
        "London, 4 March 2025 - The Prime Minister of Saint Kitts and Nevis Terrance Drewford met President "
        "Anton Vale on Tuesday to discuss trade.\n"
    )
    assert people.get("Terrance Drewford") == "Prime Minister of Saint Kitts and Nevis", people
    assert not any(name and name.startswith("Nevis") for name in people), people


def test_the_last_word_of_a_joined_country_name_opens_no_name_es():
    people = _people(
        "Madrid, 4 de marzo de 2025. El presidente Anton Vale se reunió este martes con el primer ministro de "
        "Trinidad y Tobago Marcus Hollings en el Palacio de la Moncloa.\n"
    )
    assert people.get("Marcus Hollings") == "primer ministro de Trinidad y Tobago", people


def test_a_name_after_a_whole_country_keeps_its_first_word():
    people = _people(
        "London, 4 March 2025 - President Anton Vale met the Foreign Minister of Bosnia and Herzegovina, "
        "Tobias Marek, on Tuesday.\n"
    )
    assert "Tobias Marek" in people, people
