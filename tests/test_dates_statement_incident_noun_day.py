"""A statement is not dated by the day of the incident it condemns when that day belongs to the incident's noun:
written after it in its clause, with no finite or reporting verb between ("condena el ataque del 2 de mayo", "el
asalto a la embajada, la noche del pasado viernes 9 de mayo"), or as a day word right before it ("zu den gestrigen
Anschlägen"). The statement keeps the day it was made, or none when the text gives none."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_the_attack_s_day_after_its_noun_does_not_date_the_statement():
    text = (
        "La canciller de Nueva Granada, Lucía Ferrán, condenó el asalto a la embajada de su país en Valdora a manos "
        "de hombres armados, la noche del pasado viernes 9 de mayo.\n"
        "Ante representantes de diferentes Estados, afirmó que su Gobierno pedirá una investigación.\n"
    )
    assert briefparse.parse(text, language="es").date is None


def test_a_day_word_before_the_attack_s_noun_is_the_attack_s():
    text = (
        "Außenministerin Petra Hallgarten erklärte zu den gestrigen Anschlägen in Korvik heute (12.05.):\n"
        "Ich verurteile diese Anschläge auf das Schärfste. Unsere Gedanken sind bei den Opfern.\n"
    )
    brief = briefparse.parse(text, language="de", reference_date=dt.date(2031, 5, 12))
    assert brief.date == "2031-05-12"
