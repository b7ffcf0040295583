"""People on briefs invented for these tests (fictional people, real countries and cities): a name after an encounter
told by its infinitive or its noun with a preposition of time, after the sentence's own event ("llegó al Palacio
Nacional luego de sostener un encuentro con X", "arrived at the palace immediately after talks with X"), met the
subject before, in another encounter: mentioned, not a party; the parties of the event reported still take part."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "reference_date", "parties", "mentioned"),
    [
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
    ids=["es-after-holding-a-meeting", "es-after-meeting", "en-after-talks"],
)
def test_the_partner_of_an_earlier_encounter_is_mentioned(
    text: str, reference_date: str, parties: set[str], mentioned: str
) -> None:
    brief = parse(text, reference_date=reference_date)
    taking = {p.name for p in brief.participants}
    assert parties <= taking
    assert mentioned not in taking
    assert mentioned in {p.name for p in brief.people_mentioned}
