"""A sentence adverb that opens a clause before a verb of saying is no source: the subject is left unsaid or comes
after the verb ("Igualmente precisó que …", "Weiter informierte X …", "Bereits im Vorfeld des Treffens erklärte X")."""

import pytest

from briefparse import parse

CASES = [
    (
        "El canciller Ernesto Valdivia recibió este lunes en Lima a su homólogo Tomás Arrieta.\n\n"
        "Ambos repasaron la agenda bilateral y los proyectos de cooperación en curso.\n\n"
        "Igualmente precisó que los dos países mantendrán un diálogo permanente sobre comercio.",
        "es",
    ),
    (
        "Außenministerin Karla Wendt hat am Montag in Wien ihren Amtskollegen Piet Jansen getroffen.\n\n"
        "Weiter informierte Wendt über die Vorbereitung des Gipfels im Herbst.",
        "de",
    ),
    (
        "Außenministerin Karla Wendt hat am Montag in Wien ihren Amtskollegen Piet Jansen getroffen.\n\n"
        "Bereits im Vorfeld des Treffens erklärte Wendt, sie freue sich auf den Austausch.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "language"), CASES)
def test_a_fronted_sentence_adverb_is_no_source(text, language):
    brief = parse(text)
    assert brief.language == language
    assert brief.source is None
