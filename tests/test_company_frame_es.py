"""Participants on Spanish briefs invented for these tests (fictional people, real countries): company told with a
complement or an adverb between the participle and its link ("estará acompañado en la gira por X", "está
acompañado también por Y") names those who take part, as "acompañado por" does."""

from __future__ import annotations

from briefparse import parse


def test_company_past_a_complement_takes_part() -> None:
    text = (
        "El presidente de Uruguay, Tomás Quiroga Lenz, iniciará hoy una gira por Perú, Chile y Bolivia para reforzar "
        "la relación con la región.\n\n"
        "Quiroga se reunirá con el presidente de cada uno de los países que visitará.\n\n"
        "Quiroga estará acompañado en la gira por el secretario de Asuntos Estratégicos, Andrés Bravo Soto."
    )
    names = {p.name for p in parse(text, language="es").participants}
    assert {"Tomás Quiroga Lenz", "Andrés Bravo Soto"} <= names


def test_company_past_an_adverb_takes_part() -> None:
    text = (
        "El canciller de Chile, Tomás Quiroga Lenz, se reunió con su par brasileño, Luis Mora Pinto, en Brasilia.\n\n"
        "Ambos ministros repasaron la relación bilateral y el acuerdo con la Unión Europea.\n\n"
        "El jefe de la diplomacia chilena está acompañado también por el vicecanciller, Ivo Berg Salas."
    )
    names = {p.name for p in parse(text, language="es").participants}
    assert {"Tomás Quiroga Lenz", "Luis Mora Pinto", "Ivo Berg Salas"} <= names

