"""German "im Zentrum" alone is the topic's place in the talks ("wo die Energiepolitik im Zentrum stand"), not a
venue; "Zentrum" names one only within a name ("im Internationalen Zentrum", "im Kongresszentrum").

Every brief here is invented for the test (invented people, real countries and cities).
"""

import briefparse


def test_the_centre_of_the_talks_is_no_venue():
    text = (
        "Bundespräsidentin Brunner bespricht bei Treffen in Lissabon die Sicherheitslage\n"
        "Bundespräsidentin Lea Brunner hat am Dienstag, 5. März 2024, mit Premierminister Rui Matos die Beziehungen "
        "beider Länder besprochen. Am Montag war sie bereits mit Präsident Tiago Costa zusammengekommen, wo ebenfalls "
        "die Energiepolitik im Zentrum stand.\n"
    )
    assert briefparse.parse(text).location == "Lissabon"


def test_a_centre_with_a_name_of_its_own_is_a_venue():
    text = (
        "Ministerin Anna Roth traf am Montag im Internationalen Zentrum in Genf ihren Amtskollegen Jan Novak. "
        "Sie sprachen über Energie.\n"
    )
    assert briefparse.parse(text).location == "Internationalen Zentrum in Genf"


def test_a_compound_closing_on_centre_is_a_venue():
    text = (
        "Ministerin Anna Roth traf am Montag im Kongresszentrum ihren Amtskollegen Jan Novak. "
        "Sie sprachen über Energie.\n"
    )
    assert briefparse.parse(text).location == "Kongresszentrum"
