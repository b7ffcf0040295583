"""Source, German: a verb of saying framed by its particle closes with its own particle only ("teilte … mit", "wies
… hin", "aus … hervor"), and "hervor" alone is no verb of saying. A noun before a particle is then no source: "hob die
Beziehungen beider Länder hervor" (hervorheben), "wies auf die Stadt mit Einwohnern aus 170 Ländern hin" ("aus" is
closed by "hervor" or "hieß es", not "hin"). "Dies geht aus einer Mitteilung des Außenministeriums hervor" names the
document with its body.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text, reference_date="2024-03-05").source
    return source.name if source else None


@pytest.mark.parametrize(
    "text",
    [
        "Lindberg empfängt Botschafter Marek\n\n"
        "Oberbürgermeister Jan Lindberg hat am Montag den Botschafter Valdoriens, Tomas Marek, im Rathaus empfangen. "
        "Lindberg hob in diesem Zusammenhang die besonderen Beziehungen beider Länder hervor.",
        "Neujahrsempfang für das Konsularische Korps\n\n"
        "Oberbürgermeister Jan Lindberg hat am Montag die Mitglieder des Konsularischen Korps im Rathaus empfangen. "
        "Lindberg wies auf die Vielfalt der Stadt mit ihren 600.000 Einwohnern aus über 170 Ländern hin.",
    ],
)
def test_particle_of_another_verb_names_no_source(text: str) -> None:
    assert source_name(text) is None


def test_aus_hervor_names_the_document_and_its_body() -> None:
    text = (
        "Lindberg telefoniert mit Marek\n\n"
        "Der valdorische Außenminister Jan Lindberg hat am Montag mit seinem Amtskollegen Tomas Marek telefoniert. "
        "Dies geht aus einer Mitteilung des valdorischen Außenministeriums hervor."
    )
    assert "Außenministeriums" in (source_name(text) or "")
