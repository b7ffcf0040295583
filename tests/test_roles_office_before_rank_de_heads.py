"""German offices headed by "Kommandeur" or "Koordinator": a role noun, so the office a comma sets before a
rank and its holder's name is the role ("den Kommandeur der A, Brigadegeneral X, …").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_kommandeur_office_before_a_rank_de():
    brief = briefparse.parse(
        "Ministerin besucht Garnison\n"
        "Am Montag, 3. Mai 2021, besuchte Bundesministerin Jana Kellner die Garnison. Ankunft und Begrüßung "
        "durch den Kommandeur der Logistikschule, Brigadegeneral Lutz Hamann, mit militärischen Ehren.\n"
    )
    assert _role_of(brief, "Lutz Hamann") == "Kommandeur der Logistikschule"


def test_koordinator_office_before_a_rank_de():
    brief = briefparse.parse(
        "Kellner in Warschau\n"
        "Die Ministerin Jana Kellner traf am 3. Mai 2021 in Warschau den Koordinator für Fragen der "
        "Grenzregionen, Staatssekretär Piotr Nowicki, und den Minister für Verwaltung, Marek Zalewski.\n"
    )
    assert _role_of(brief, "Piotr Nowicki") == "Koordinator für Fragen der Grenzregionen"
