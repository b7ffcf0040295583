"""A file's name on a line of its own ("…Landesmedienservice.JPG", "rapport.pdf") is no site's domain and names no
source; a domain on its line still does. The briefs are invented for the test.
"""

import pytest

import briefparse

_BRIEF = (
    "Konferenz der Landeshauptleute in Arden\n\n"
    "Landeshauptmann Paul Marin hat am Montag in Arden den Vorsitz der Konferenz an Landeshauptfrau Anna Berger "
    "übergeben. Beide sprachen über die Zusammenarbeit der Länder.\n\n"
)


@pytest.mark.parametrize("line", ["VorsitzwechselKonferenzArdenFotoLandesmedienservice.JPG", "Bericht-Arden.pdf"])
def test_a_file_name_is_no_source(line):
    assert briefparse.parse(_BRIEF + line).source is None


def test_a_domain_on_its_line_is_still_the_source():
    source = briefparse.parse(_BRIEF + "arden-nachrichten.at").source
    assert source is not None and source.name == "arden-nachrichten.at"
