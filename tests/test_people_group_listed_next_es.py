"""The sentence after the event, which names two people already, names the group it counted, then its members ("Los
representantes diplomáticos fueron X (A), Y (B) …", as English "The ambassadors were X, Y"): the members take part.

The briefs are written for these tests.
"""

import briefparse

CREDENTIALS = """Ciudad de México, 3 jun (EFE).- La presidenta Lucía Fernández Mata recibió este martes las cartas \
credenciales de cinco nuevos embajadores acreditados en México, entre ellos el de Canadá, Richard Colby.

Los representantes diplomáticos fueron Amara Diallo Keita (Malí), Piotr Nowacki Zielinski (Polonia), Ingrid \
Solberg Haugen (Noruega), Kenji Watanabe Sato (Japón) y Richard Colby (Canadá).

La ceremonia tuvo lugar en el Palacio Nacional.
"""


def test_members_of_the_group_named_next_take_part() -> None:
    names = [p.name for p in briefparse.parse(CREDENTIALS, reference_date="2025-06-03").participants]
    for name in ("Amara Diallo Keita", "Piotr Nowacki Zielinski", "Ingrid Solberg Haugen", "Kenji Watanabe Sato"):
        assert name in names
