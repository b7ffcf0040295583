"""An article that stands for the office of the list's item before ("la embajadora de Noruega, X; el de Kenia,
Y, la de Nepal, Z y el de Perú, W") opens the apposition of a person as a role would: each holder is found, with
that office of the country the words name.

Every brief here is invented for the test.
"""

import briefparse


def test_holders_after_an_elided_office_are_participants():
    text = (
        "Porta Nova, 14 de marzo de 2024.- El rey Aurelio III recibió este jueves en el Palacio Real las cartas "
        "credenciales de cuatro nuevos embajadores.\n\n"
        "El primero fue la embajadora de Noruega, Marta Lindqvist Oroz; el de Kenia, Paulo Serrat Vidal, "
        "la de Nepal, Irene Castaño Bello, y el de Perú, Tomás Arregui Pons.\n"
    )
    people = {p.name: p.role for p in briefparse.parse(text).participants}
    for name in ("Marta Lindqvist Oroz", "Paulo Serrat Vidal", "Irene Castaño Bello", "Tomás Arregui Pons"):
        assert name in people
    assert people["Paulo Serrat Vidal"] == "embajadora de Kenia"
    assert people["Irene Castaño Bello"] == "embajadora de Nepal"


def test_a_comma_and_an_article_before_a_common_noun_opens_no_one():
    text = (
        "Porta Nova, 14 de marzo de 2024.- El canciller de Valdoria, Paulo Serrat Vidal, se reunió este jueves con "
        "su homólogo de Nortia, Tomás Arregui Pons, en la sede de la cancillería, la de Porta Nova.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert names == ["Paulo Serrat Vidal", "Tomás Arregui Pons"]


def test_an_elided_office_of_a_town_is_the_head_before_its_own_complement():
    """Without a country ending the office ("El alcalde de Villaverde, X, y el de Robledo, Y"), the elided head is
    the office up to its first genitive link: "alcalde de Robledo", not "alcalde de Villaverde de Robledo"."""
    text = (
        "Villaverde, 14 de marzo de 2024.- El alcalde de Villaverde, Paulo Serrat Vidal, y el de Robledo, Tomás "
        "Arregui Pons, firmaron este jueves un convenio de colaboración turística entre ambos municipios.\n"
    )
    people = {p.name: p.role for p in briefparse.parse(text).participants}
    assert people["Paulo Serrat Vidal"] == "alcalde de Villaverde"
    assert people["Tomás Arregui Pons"] == "alcalde de Robledo"
