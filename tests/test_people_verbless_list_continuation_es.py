"""Spanish briefs invented for these tests (fictional people, real countries): a sentence with no verb of its own
that opens on an adverb of addition right before an article ("También, el viceministro …, X, y el embajador …, Y.")
goes on with the list of those present in the sentence before it, so the people it names take part; the same
adverb before a verb ("También el canciller X destacó que …") opens a sentence of its own."""

from __future__ import annotations

from briefparse import parse

LEAD = (
    "SANTO DOMINGO, 14 mar 2024.- El presidente Ramiro Estrada recibió este jueves en el Palacio Nacional al "
    "presidente de Chile, Pedro Urrutia Soto. La delegación chilena la integraron el canciller, Luis Mora Vidal, "
    "y la ministra de Defensa, Ana Gil Pardo. "
)


def names(text: str) -> list[str]:
    return [p.name for p in parse(text, language="es").participants if p.name]


def test_verbless_continuation_after_a_comma_takes_part() -> None:
    found = names(
        LEAD + "También, el viceministro de Comercio, Raúl Vera Cano, y el embajador de Chile en el país, "
        "Tomás Sáez Ortiz."
    )
    assert "Raúl Vera Cano" in found
    assert "Tomás Sáez Ortiz" in found


def test_verbless_continuation_without_a_comma_takes_part() -> None:
    found = names(LEAD + "También el embajador de Chile en el país, Tomás Sáez Ortiz, entre otros invitados.")
    assert "Tomás Sáez Ortiz" in found


def test_continuation_with_its_own_verb_is_no_list() -> None:
    found = names(LEAD + "También el exministro de Hacienda Jorge Pino Lara dijo ayer que la relación es sólida.")
    assert "Jorge Pino Lara" not in found


def test_continuation_whose_name_is_a_subject_is_no_list() -> None:
    found = names(LEAD + "Además, el ministro de Hacienda, Marta Ríos Gil, presentó el presupuesto del próximo año.")
    assert "Marta Ríos Gil" not in found
