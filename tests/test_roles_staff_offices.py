"""The titles of officials and staff below the head of a body are role nouns: French "adjoint", "secrétaire" (of a
committee); Spanish "agregado", "asistente", "gerente", "responsable"; German
"Referent", "Repräsentant", "Kämmerer", "Beigeordnete". The office they head is the holder's role, before or after
the name.

The briefs are written for these tests (invented people, real countries).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Audience au ministère\n"
            "Le ministre Paul Ndong a reçu le mardi 4 mai 2021 l'ambassadeur de France, Marc Lefort, et son adjoint, "
            "Luc Garnier. Était présent Jean Tissot, "
            "secrétaire du comité de jumelage.\n",
            {"Luc Garnier": "adjoint", "Jean Tissot": "secrétaire du comité de jumelage"},
        ),
        (
            "Reunión en la Gobernación\n"
            "El gobernador Mario Quiroga recibió el martes 4 de mayo de 2021 al embajador de Chile, Tomás Vial, "
            "acompañado por la agregada de Asuntos Culturales, Lucía Fierro, y por el gerente del puerto, "
            "Raúl Osses.\n",
            {"Lucía Fierro": "agregada de Asuntos Culturales", "Raúl Osses": "gerente del puerto"},
        ),
        (
            "Besuch aus der Partnerstadt\n"
            "Oberbürgermeisterin Petra Lindner empfing am Dienstag, 4. Mai 2021, den Bürgermeister der Partnerstadt, "
            "Jan Kowal. Begleitet wurde er vom Repräsentanten der Handelskammer, Adam Nowak, und von der "
            "Kulturreferentin Ewa Zielinska.\n",
            {"Adam Nowak": "Repräsentanten der Handelskammer", "Ewa Zielinska": "Kulturreferentin"},
        ),
    ],
    ids=["adjoint-and-secretaire-fr", "agregado-and-gerente-es", "referent-and-repraesentant-de"],
)
def test_a_staff_office_is_its_holders_role(text: str, roles: dict[str, str]) -> None:
    brief = briefparse.parse(text)
    for name, role in roles.items():
        assert next(p for p in brief.participants if p.name == name).role == role
