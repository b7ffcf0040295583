"""Where adjectives follow nouns, a capitalised run that opens on an adjective is the rest of a portfolio's or a
body's name whose noun no name holds ("secretario de Asuntos Estratégicos de la Presidencia"), no one (briefs
written for these tests)."""

from __future__ import annotations

import briefparse


def test_the_portfolio_adjective_and_its_body_name_no_one():
    brief = briefparse.parse(
        "El presidente Pedro Ruiz Soto recibió ayer al embajador Juan Varga Ortiz. Del encuentro participó el "
        "secretario de Asuntos Económicos de la Presidencia, Tomás Béjar Lima.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Tomás Béjar Lima" in names
    assert not any(name and name.startswith("Económicos") for name in names)


def test_a_given_name_with_an_adjective_like_ending_stays_a_name():
    brief = briefparse.parse(
        "La canciller Angélica Ortega Paz recibió ayer al embajador Juan Varga Ortiz en la Casa Amarilla.\n"
    )
    assert "Angélica Ortega Paz" in {p.name for p in brief.participants}
