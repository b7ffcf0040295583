"""The sovereign's title or office word alone ("le Souverain", "el monarca") is a further mention of the one royal the
headline or the opening sentence names: that royal takes part, no unnamed sovereign beside them.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def parties(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text).participants]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le roi Amaury IV devrait recevoir les nouveaux ambassadeurs\n\n"
            "Le roi Amaury IV devrait recevoir, ce lundi 3 juin, les ambassadeurs nommés en mars dernier. "
            "Ils seront reçus aujourd’hui par le Souverain afin de lui remettre leurs lettres de créance.",
            "Amaury IV",
        ),
        (
            "El rey Teodoro recibe a los nuevos embajadores\n\n"
            "Valdor, 3 jun. El rey Teodoro recibió hoy a los nuevos embajadores de Norlandia y Sudlandia. "
            "El monarca conversó con ellos durante media hora en el Palacio de Orlena.",
            "Teodoro",
        ),
    ],
)
def test_the_sovereign_alone_is_the_royal_named_first(text: str, name: str):
    found = parties(text)
    assert name in [n for n, _ in found]
    assert all(n is not None or r is None or r.split()[0].casefold() not in {"souverain", "monarca"} for n, r in found)



@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ferro fue recibido como embajador por el Rey de Norlandia\n\n"
            "El diplomático entregó sus cartas credenciales ante Su Majestad Teodoro III, con quien mantuvo una "
            "reunión protocolar.\n\nEl flamante embajador argentino en Norlandia, Tomás Ferro, se reunió hoy con el "
            "Rey de dicho país para presentarle sus credenciales.",
            "Teodoro III",
        ),
        (
            "Le nouvel ambassadeur reçu au palais\n\n"
            "L'ambassadeur du Chili, Tomás Ferro, a présenté lundi ses lettres de créance à Sa Majesté Amaury IV. "
            "Le roi s'est ensuite entretenu avec lui pendant une demi-heure.",
            "Amaury IV",
        ),
    ],
)
def test_the_title_alone_is_the_one_named_with_a_regnal_number(text: str, name: str):
    """A name with a regnal number ("Teodoro III") is the sovereign the title alone ("el Rey", "le roi") names,
    even when no title stands right before that name: no unnamed king beside them."""
    found = parties(text)
    assert name in [n for n, _ in found]
    assert all(n is not None for n, _ in found)
