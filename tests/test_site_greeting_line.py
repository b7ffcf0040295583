"""A site's greeting to its reader is page furniture, never a headline.

The briefs are written for these tests (invented people, real countries).
"""

import pytest

import briefparse
from briefparse.analysis.cues import is_boilerplate
from briefparse.lang import get_language


def test_a_site_greeting_is_no_headline():
    brief = briefparse.parse(
        "Willkommen auf den Seiten des Auswärtigen Amts\n"
        "Bundesminister Brandt telefoniert mit chilenischem und peruanischem Amtskollegen\n"
        "Ein Sprecher des Auswärtigen Amts erklärte heute in Berlin:\n"
        "„Bundesminister Jonas Brandt hat heute mit seinen chilenischen und peruanischen Amtskollegen, Diego Rojas "
        "und Luis Mendoza, telefoniert.\n"
        "Im Mittelpunkt stand der Handel mit Kupfer. Die Minister vereinbarten, in Kontakt zu bleiben.“\n"
    )
    assert brief.title == "Bundesminister Brandt telefoniert mit chilenischem und peruanischem Amtskollegen"


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Herzlich willkommen auf der Website des Ministeriums"),
        ("en", "Welcome to the website of the Ministry of Foreign Affairs"),
        ("fr", "Bienvenue sur le site du ministère"),
        ("es", "Bienvenido a la página web del Ministerio"),
        ("ru", "Добро пожаловать на сайт министерства"),
    ],
)
def test_a_site_greeting_is_page_furniture_in_every_language(code, line):
    assert is_boilerplate(line, get_language(code))
    assert not is_boilerplate("Willkommen in Berlin: Kanzler empfängt Gäste aus Peru", get_language("de"))
