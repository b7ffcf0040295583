"""The heading line of a press document, its name, number and date ("Pressemitteilung Nr. 123/2015 vom
2. Juli 2015"): the date dates the document, so it is the publication date; a sentence that cites another
document's date is not.

Every brief here is invented for the test.
"""

import briefparse


def test_a_numbered_press_release_heading_dates_the_page():
    text = (
        "Pressemitteilung Nr. 123/2015 vom 2. Juli 2015\n"
        "Marin empfängt Amtskollegen aus Norland\n"
        "Der Außenminister von Valdoria, Paul Marin, ist am Dienstag in Norburg mit seinem Amtskollegen aus "
        "Norland, Erik Solberg, zu Gesprächen über die Zusammenarbeit beider Länder zusammengetroffen."
    )
    assert briefparse.parse(text).published == "2015-07-02"


def test_a_numbered_press_release_heading_dates_the_page_es():
    text = (
        "Comunicado de prensa N° 045/2024 del 15 de marzo de 2024\n"
        "Marín recibe a su homólogo de Norlandia\n"
        "El canciller de Valdoria, Paul Marín, se reunió este martes en Norburgo con su homólogo de Norlandia, "
        "Erik Solberg, para conversar sobre la cooperación entre ambos países."
    )
    assert briefparse.parse(text).published == "2024-03-15"


def test_a_sentence_citing_a_press_release_of_another_day_is_no_stamp():
    text = (
        "Marin empfängt Amtskollegen aus Norland\n"
        "Der Außenminister von Valdoria, Paul Marin, hat seinen Amtskollegen aus Norland empfangen.\n"
        "In der Pressemitteilung Nr. 12 vom 3. Juli 2015 hieß es, beide Länder wollten enger zusammenarbeiten."
    )
    assert briefparse.parse(text).published is None
