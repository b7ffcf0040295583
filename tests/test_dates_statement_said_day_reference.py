"""A statement whose brief prints no publication line, but whose writing day the user gives, is dated by the day
beside its reporting verb ("a déclaré dimanche"), not by the day of the attack it condemns, told earlier in the
same sentence ("l'attaque qui a ciblé, samedi dernier, …"). When nobody gives that day, a reporting verb dated by a
day counted from it ("a affirmé hier") leaves the statement undated: the attack's own day is not its."""

from __future__ import annotations

import datetime as dt

import briefparse

_REFERENCE = dt.date(2031, 3, 17)  # a Monday


def test_the_reporting_verb_s_day_dates_the_statement():
    text = (
        "Le Bénin condamne « avec fermeté » l'attaque qui a ciblé, samedi dernier, un marché de Kandi où se "
        "trouvait le maire de la ville, Lucien Agbo, a déclaré dimanche le porte-parole du ministère des Affaires "
        "étrangères, Rodrigue Sossa.\n"
        "« Nous condamnons avec force l'attaque qui a ciblé, ce samedi 15 mars 2031, un marché de Kandi », a "
        "précisé le porte-parole.\n"
    )
    assert briefparse.parse(text, language="fr", reference_date=_REFERENCE).date == "2031-03-16"


def test_without_a_reporting_day_the_statement_keeps_its_date():
    text = (
        "Le Bénin condamne « avec fermeté » l'attaque qui a ciblé un marché de Kandi, a déclaré mardi le "
        "porte-parole du ministère des Affaires étrangères, Rodrigue Sossa.\n"
        "Les autorités ont ouvert une enquête.\n"
    )
    assert briefparse.parse(text, language="fr", reference_date=_REFERENCE).date == "2031-03-11"


def test_a_statement_said_on_an_untold_day_has_no_date():
    text = (
        "« Nous condamnons avec force l'attaque qui a ciblé, ce samedi 23 juin, un meeting électoral du président "
        "du Malawi, Peter Banda », a affirmé hier le porte-parole du ministère des Affaires étrangères, "
        "Rodrigue Sossa.\n"
        "« Nous exprimons notre solidarité avec le peuple frère du Malawi », a-t-il ajouté.\n"
    )
    assert briefparse.parse(text, language="fr").date is None
