"""Spanish credentials ceremonies: a country that a list of countries names after a comma ("de Noruega, Costa de
Marfil y …") is no one's name.

Every brief and every person here is invented for the test.
"""

from briefparse.analysis.names import find_names
from briefparse.lang import get_language


def test_country_of_a_list_is_no_name() -> None:
    text = "Recibió a los embajadores de Noruega, Costa de Marfil, Corea del Norte y Perú."
    language = get_language("es")
    assert language is not None
    assert all("Marfil" not in m.tokens for m in find_names(text, 0, len(text), language))


def test_apposition_name_after_comma_kept() -> None:
    text = "Lo recibió la embajadora de Costa Rica, Lucía Varela Ortiz."
    language = get_language("es")
    assert language is not None
    assert [" ".join(m.tokens) for m in find_names(text, 0, len(text), language)] == ["Lucía Varela Ortiz"]
