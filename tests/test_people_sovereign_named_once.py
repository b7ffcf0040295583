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

