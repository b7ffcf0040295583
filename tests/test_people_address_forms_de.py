"""German forms of address of princely and royal houses and of the clergy, often shortened ("S.D. Erbprinz X",
"I.K.H. Erbprinzessin Y", "S.E. Mgr X"), and the shortened "Herr" ("Hr. X"): titles before the name, no part of it.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize("title", ["S.D.", "Seine Durchlaucht", "I.K.H.", "Hr."])
def test_a_form_of_address_is_no_part_of_the_name(title: str) -> None:
    text = (
        "Besuch in Valdorien\n\n"
        f"Am 3. Mai 2021 empfing Bundespräsident Karl Vester {title} Paul Horn zu einem Gespräch im Rathaus von "
        "Valburg."
    )
    names = {p.name for p in briefparse.parse(text).participants}
    assert "Paul Horn" in names


def test_the_clergy_s_title_after_excellency_is_no_part_of_the_name() -> None:
    text = (
        "Neujahrsempfang in Valburg\n\n"
        "Am 3. Mai 2021 sprach der Doyen des diplomatischen Corps, S.E. Mgr Paul Horn, im Bundeshaus mit "
        "Bundespräsident Karl Vester."
    )
    names = {p.name for p in briefparse.parse(text).participants}
    assert "Paul Horn" in names
