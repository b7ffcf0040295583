"""The titles of officials and staff below the head of a body are role nouns: French "adjoint", "secrétaire" (of a
committee); Spanish "agregado", "asistente", "gerente", "responsable"; German
"Referent", "Repräsentant", "Kämmerer", "Beigeordnete". The office they head is the holder's role, before or after
the name.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_adjoint_and_secretaire_fr():
    brief = briefparse.parse(
        "Audience au ministère\n"
        "Le ministre Paul Ndong a reçu le mardi 4 mai 2021 l'ambassadeur de France, Marc Lefort, et son adjoint, "
        "Luc Garnier. Était présent Jean Tissot, "
        "secrétaire du comité de jumelage.\n"
    )
    assert _role_of(brief, "Luc Garnier") == "adjoint"
    assert _role_of(brief, "Jean Tissot") == "secrétaire du comité de jumelage"


def test_agregado_and_gerente_es():
    brief = briefparse.parse(
        "Reunión en la Gobernación\n"
        "El gobernador Mario Quiroga recibió el martes 4 de mayo de 2021 al embajador de Chile, Tomás Vial, "
        "acompañado por la agregada de Asuntos Culturales, Lucía Fierro, y por el gerente del puerto, Raúl Osses.\n"
    )
    assert _role_of(brief, "Lucía Fierro") == "agregada de Asuntos Culturales"
    assert _role_of(brief, "Raúl Osses") == "gerente del puerto"


def test_referent_and_repraesentant_de():
    brief = briefparse.parse(
        "Besuch aus der Partnerstadt\n"
        "Oberbürgermeisterin Petra Lindner empfing am Dienstag, 4. Mai 2021, den Bürgermeister der Partnerstadt, "
        "Jan Kowal. Begleitet wurde er vom Repräsentanten der Handelskammer, Adam Nowak, und von der "
        "Kulturreferentin Ewa Zielinska.\n"
    )
    assert _role_of(brief, "Adam Nowak") == "Repräsentanten der Handelskammer"
    assert _role_of(brief, "Ewa Zielinska") == "Kulturreferentin"
