"""Spanish credentials ceremonies: a country that a list of countries names after a comma ("de Noruega, Costa de
Marfil y …") is no one's name; "las credenciales" alone, as "las cartas credenciales", names what each envoy
presents in turn ("El primero en entregar las credenciales ha sido …", "Posteriormente, lo han hecho …").

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse
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


def test_credentials_alone_name_the_ceremony() -> None:
    brief = briefparse.parse(
        "El rey ha recibido este miércoles las cartas credenciales de los nuevos embajadores de Noruega, Perú y "
        "Malta, en el Palacio Real.\n"
        "El primero en entregar las credenciales al monarca ha sido el nuevo representante de Noruega, Pedro Lanz.\n"
        "Posteriormente, lo han hecho la nueva embajadora de Malta, Rita Sol.\n",
        reference_date=dt.date(2024, 6, 12),
    )
    names = {p.name for p in brief.participants}
    assert {"Pedro Lanz", "Rita Sol"} <= names
