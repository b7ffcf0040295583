"""People on briefs invented for these tests (fictional people, real countries and cities): a name tied to an
occasion earlier than the sentence's own event is mentioned, not a party, and the parties named for the event still take
part. The occasion is told by a clause after the event's verb ("…, luego de que la ministra X calificara …", "El
encuentro tuvo lugar días después de que el embajador X presentara sus cartas credenciales"), or by an encounter's
infinitive or noun after a preposition of time ("llegó al Palacio Nacional luego de sostener un encuentro con X",
"arrived at the palace immediately after talks with X"), whose partner met the subject before."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "reference_date", "parties", "mentioned"),
    [
        (
            "La embajadora de Venezuela en España, Ana Ruiz, se reunió este lunes en Caracas con el ministro de "
            "Relaciones Exteriores, Luis Mora, para definir acciones, luego de que la ministra de Defensa española, "
            "Marta Prieto, calificara al Gobierno de dictadura.",
            "2024-09-30",
            {"Ana Ruiz", "Luis Mora"},
            "Marta Prieto",
        ),
        (
            "El canciller de México, Tomás Lara, recibió este martes al embajador de Chile, Pedro Sanjuán, en la "
            "sede de la Cancillería. La reunión tuvo lugar días después de que el presidente de Chile, Jorge Vidal, "
            "anunciara una visita al país.",
            "2024-10-01",
            {"Tomás Lara", "Pedro Sanjuán"},
            "Jorge Vidal",
        ),
        (
            "El presidente electo de Perú, Andrés Olano, recibió este lunes en Lima a la ministra de Asuntos "
            "Exteriores de Canadá, Claire Dubois.\n\nLa delegación canadiense llegó a la sede del equipo de transición "
            "luego de sostener un encuentro con el presidente Jorge Salcedo en el Palacio de Gobierno.",
            "2024-07-15",
            {"Andrés Olano", "Claire Dubois"},
            "Jorge Salcedo",
        ),
        (
            "La canciller de Uruguay, Lucía Ferrer, recibió este martes en Montevideo al ministro de Relaciones "
            "Exteriores de Paraguay, Ramón Benítez.\n\nBenítez llegó a la Cancillería después de reunirse en el "
            "Palacio Legislativo con el presidente del Senado, Hugo Larrañaga.",
            "2024-07-16",
            {"Lucía Ferrer", "Ramón Benítez"},
            "Hugo Larrañaga",
        ),
        (
            "Slovenian Foreign Minister Anna Kovac met Croatian Prime Minister Milan Horvat in Zagreb on Tuesday.\n\n"
            "The talks were held in the government building. The minister arrived at the building immediately after "
            "tete-a-tete talks with Croatian Defence Minister Petar Lukic.",
            "2024-07-17",
            {"Anna Kovac", "Milan Horvat"},
            "Petar Lukic",
        ),
    ],
    ids=[
        "es-after-the-event-verb",
        "es-after-the-encounter-word",
        "es-after-holding-a-meeting",
        "es-after-meeting",
        "en-after-talks",
    ],
)
def test_the_party_of_an_earlier_occasion_is_mentioned(
    text: str, reference_date: str, parties: set[str], mentioned: str
) -> None:
    brief = parse(text, reference_date=reference_date)
    taking = {p.name for p in brief.participants}
    assert parties <= taking
    assert mentioned not in taking
    assert mentioned in {p.name for p in brief.people_mentioned}
