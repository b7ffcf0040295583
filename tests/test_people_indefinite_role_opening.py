"""A bare role that an indefinite article opens ("un président norlandais") is anyone holding the office: the
full name the next sentence opens on does not take it, nor take part for it."""

import datetime as dt

import briefparse


def test_fr_an_indefinite_role_in_the_opening_is_no_one_named_next() -> None:
    brief = briefparse.parse(
        "Dix ans qu’un président norlandais n’avait été reçu à Port-Valdor. Erik Valsson avait alors assisté au "
        "défilé national. Le président Paul Marin a reçu mercredi au palais son homologue norlandais, Lars Dahl.",
        reference_date=dt.date(2024, 5, 8),
    )
    names = [p.name for p in brief.participants]
    assert "Erik Valsson" not in names
    assert {"Paul Marin", "Lars Dahl"} <= set(names)


def test_fr_a_definite_role_in_the_opening_is_still_the_one_named_next() -> None:
    brief = briefparse.parse(
        "Le ministre de l'Intérieur tire la sonnette d'alarme. Paul Marin soutient que la Valdorie n'est pas à "
        "l'abri des menaces venues du Norland.",
        reference_date=dt.date(2024, 5, 6),
    )
    assert [p.name for p in brief.participants] == ["Paul Marin"]
