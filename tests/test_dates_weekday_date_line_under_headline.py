"""A short line that opens on a weekday's full date with its year, right under the headline ("mardi 14 mars 2023",
"samedi 29 décembre 2012 par Le Quotidien", "martes 14 de marzo de 2023"), is the page's date stamp: it does not go
on the headline's sentence although its first word is in small letters, so it dates the brief and a relative day
("hier", "ayer") counts from it.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Kessel : le Premier ministre a reçu l’ambassadeur de Valdoria hier\n"
        "mardi 14 mars 2023\n\n"
        "Le Premier ministre Arvo Lindqvist a reçu hier à Kessel l’ambassadeur de Valdoria, Jonas Berkel, venu lui "
        "faire ses adieux au terme de sa mission.\n\n"
        "Les deux hommes ont évoqué la coopération entre les deux pays.\n",
        "Kessel : le Premier ministre a reçu l’ambassadeur de Valdoria hier\n"
        "mardi 14 mars 2023 par Le Quotidien\n\n"
        "Le Premier ministre Arvo Lindqvist a reçu hier à Kessel l’ambassadeur de Valdoria, Jonas Berkel, venu lui "
        "faire ses adieux au terme de sa mission.\n\n"
        "Les deux hommes ont évoqué la coopération entre les deux pays.\n",
        "Kessel: el primer ministro recibió ayer al embajador de Valdoria\n"
        "martes 14 de marzo de 2023\n\n"
        "El primer ministro Arvo Lindqvist recibió ayer en Kessel al embajador de Valdoria, Jonas Berkel, que se "
        "despide al término de su misión.\n\n"
        "Ambos repasaron la cooperación entre los dos países.\n",
    ],
)
def test_weekday_date_line_under_headline_dates_the_brief(text: str) -> None:
    brief = briefparse.parse(text)
    assert str(brief.published) == "2023-03-14"
    assert str(brief.date) == "2023-03-13"
    assert "2023" not in (brief.title or "")
