"""A German sentence in the perfect closes on the participle of its talk verb ("hat am Donnerstag mit Premierminister
X die Lage besprochen"): it reports the talks, and an earlier meeting told in the pluperfect after it ("Am Mittwoch
war sie bereits mit Y zusammengekommen") is not the event.

Every brief here is invented for the test (invented people, real countries and cities).
"""

import briefparse

_BRIEF = (
    "Bundespräsidentin Brunner bespricht bei Treffen in Lissabon die Sicherheitslage\n"
    "Bundespräsidentin Lea Brunner hat zum Abschluss ihres Aufenthalts in Portugal am Dienstag, 5. März 2024, mit "
    "Premierminister Rui Matos die Beziehungen beider Länder und die Sicherheitslage besprochen. Am Montag war die "
    "Bundespräsidentin bereits mit Präsident Tiago Costa und mit Finanzminister Nuno Reis zusammengekommen.\n"
)


def test_the_talks_told_in_the_perfect_give_the_day():
    assert briefparse.parse(_BRIEF).date == "2024-03-05"


def test_the_counterpart_of_the_talks_told_in_the_perfect_takes_part():
    names = [p.name for p in briefparse.parse(_BRIEF).participants]
    assert "Rui Matos" in names
