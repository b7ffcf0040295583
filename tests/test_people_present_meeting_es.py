"""A meeting told in the present as it happens ("sostiene a esta hora un diálogo con X"), before a sentence that
frames it in a round of talks: the one met takes part. The brief is invented for this test (fictional people, a real
country).
"""

from briefparse import parse

PRESENT_MEETING = """Lima, 16 feb (ANDINA).- La jefa de Estado, Marta Solís, sostiene un diálogo a esta hora con el \
presidente del partido Acción Popular, Ramón Guevara.

El encuentro se desarrolla en Palacio de Gobierno, en el marco de la ronda de diálogo de la Mandataria con las \
organizaciones políticas.
"""


def test_the_one_met_in_a_meeting_told_in_the_present_takes_part() -> None:
    people = [(p.name, p.role) for p in parse(PRESENT_MEETING, reference_date="2023-02-16").participants]
    assert ("Ramón Guevara", "presidente del partido Acción Popular") in people
    assert "Marta Solís" in [name for name, _ in people]
