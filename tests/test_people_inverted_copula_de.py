"""A German sentence that puts its copula before the name and the role after it ("Seit Mai ist X slowenische
Botschafterin in Wien") gives that person the role, so that a pronoun in the next sentence names her (briefs
written for these tests)."""

from __future__ import annotations

import briefparse

_BRIEF = (
    "Antrittsbesuch von Botschafterin\n\n"
    "(14.02.2017)\n"
    "Seit Oktober ist Anna Novak slowenische Botschafterin in Österreich. Montagabend stattete sie Bürgermeister "
    "Peter Lang ihren Antrittsbesuch ab.\n\n"
    "Im Villacher Rathaus wurde sie von Bürgermeister Peter Lang willkommen geheißen. Zentrales Gesprächsthema war "
    "der Verkehr.\n"
)


def test_the_role_a_fronted_copula_predicates_is_the_name_s():
    roles = {p.name: p.role for p in briefparse.parse(_BRIEF).participants}
    assert roles.get("Anna Novak", "").startswith("slowenische Botschafterin")
    assert roles.get("Peter Lang") == "Bürgermeister"


def test_a_copula_with_no_role_after_the_name_gives_none():
    text = _BRIEF.replace("ist Anna Novak slowenische Botschafterin in Österreich", "ist Anna Novak in Wien")
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles.get("Anna Novak") is None
