"""Spanish briefs invented for these tests (fictional people and countries): presence told in the imperfect or the
present with an article ("estaban el ministro …"), by the pronominal verb ("se encontraban presentes …"), in the
future of an announced gathering ("Estarán presentes …", "También participarán …") or by the welcomers named after
the verb ("le dieron la bienvenida …") makes the people it names take part; a future act of one party after a past
meeting does not make the people of that other act take part."""

from __future__ import annotations

from briefparse import parse

MEETING = (
    "El presidente de Moravia, Pablo Kerner, se reunió hoy con su homólogo de Silvania, Tomás Lindo, en Ciudad "
    "Nueva. "
)


def names(text: str) -> list[str]:
    return [p.name for p in parse(text, language="es").participants if p.name]


def test_pronominal_presence_takes_part() -> None:
    found = names(
        MEETING + "También se encontraban presentes el canciller, Julio Ferrán, y la ministra de Defensa, Rosa Albén."
    )
    assert {"Julio Ferrán", "Rosa Albén"} <= set(found)


def test_imperfect_presence_with_an_article_takes_part() -> None:
    found = names(
        MEETING + "Para firmar el acta estaban el canciller, Julio Ferrán, y la ministra de Defensa, Rosa Albén."
    )
    assert {"Julio Ferrán", "Rosa Albén"} <= set(found)


def test_welcomers_after_the_verb_take_part() -> None:
    found = names(
        "El presidente de Moravia, Pablo Kerner, llegó hoy a Ciudad Nueva en visita oficial. Al visitante le dieron "
        "la bienvenida el canciller, Julio Ferrán, y la ministra de Defensa, Rosa Albén."
    )
    assert {"Pablo Kerner", "Julio Ferrán", "Rosa Albén"} <= set(found)


def test_future_presence_at_an_announced_gathering_takes_part() -> None:
    found = names(
        "Los cancilleres del grupo se reunirán el lunes en Ciudad Nueva. Estarán presentes el canciller de Moravia, "
        "Julio Ferrán, y la ministra de Silvania, Rosa Albén. También participarán el vicecanciller de Nortia, Marco "
        "Ledo, y la embajadora Ana Pérez."
    )
    assert {"Julio Ferrán", "Rosa Albén", "Marco Ledo", "Ana Pérez"} <= set(found)


def test_a_later_act_of_one_party_is_no_presence() -> None:
    found = names(
        MEETING + "Kerner participará el martes en la cumbre de Nortia junto al presidente de Nortia, Marco Ledo."
    )
    assert "Marco Ledo" not in found


def test_a_party_attending_another_act_names_no_attendee() -> None:
    found = names(
        "La secretaria general del Foro, Lucía Marín, inicia hoy en Ciudad Nueva su primera gira oficial. También "
        "asistirá a la toma de posesión de Marco Ledo como presidente de Nortia, el próximo 8 de mayo."
    )
    assert "Marco Ledo" not in found
