""""A esta hora" tells the time of writing, like "hace una hora": a lead in the present under a dated dateline
("sostiene un diálogo a esta hora") has its event on the dateline's day, not on the "ayer" of a background clause
further down.

Every brief here is invented for the test.
"""

import briefparse

BRIEF = """Lima, mar. 14.

La presidenta de Valdoria, Inés Ferrán, sostiene un diálogo a esta hora con el canciller de Perú, Tomás Quiroga, en el \
palacio de gobierno.

El encuentro se desarrolla en el marco de la ronda de diálogo de la mandataria con los partidos.

Las rondas de diálogo iniciaron ayer, con las reuniones que sostuvo la mandataria con los dirigentes de dos partidos.

Publicado: 14/3/2024
"""


def test_a_lead_told_at_the_time_of_writing_is_dated_by_its_dateline():
    brief = briefparse.parse(BRIEF)
    assert (brief.date, brief.published) == ("2024-03-14", "2024-03-14")
