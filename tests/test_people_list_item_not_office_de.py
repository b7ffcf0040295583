"""A list of titled names, the first a title and a surname ("mit Bundespräsident X, Vizepräsident Y Z, …"): the
first item is no office set before the next one's rank; each holds its own title.

Every brief here is invented for the test.
"""

import briefparse


def test_the_item_before_is_no_office_of_the_next() -> None:
    text = (
        "Staatsbesuch in Valdorien\n\n"
        "Am 3. Mai 2021 gab es offizielle Gespräche mit Bundespräsident Marin, Vizepräsident Karl Vester, "
        "Bundesrätin Lea Moser und Bundesrat Paul Horn im Rathaus."
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Karl Vester"] == "Vizepräsident"
    assert roles["Lea Moser"] == "Bundesrätin"


def test_an_office_before_a_rank_is_still_the_role() -> None:
    text = (
        "Visita oficial\n\nEl 3 de mayo de 2021, el Ministro de Defensa, General Karl Vester, recibió al embajador "
        "Paul Horn."
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Karl Vester"] == "Ministro de Defensa"
