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


def test_a_press_release_heading_led_by_its_city_dates_the_page_fr():
    # the city it was issued in, a comma, the document's name and its date: no number needed
    text = (
        "Berne, Communiqué de presse, 14.03.2011\n\n"
        "La ministre Anna Keller a eu des entretiens aujourd’hui à Genève avec son homologue de Norlande, "
        "Erik Solberg. Les entretiens ont porté sur la coopération entre les deux pays."
    )
    record = briefparse.parse(text)
    assert record.published == "2011-03-14"
    assert record.date == "2011-03-14"


def test_a_sentence_naming_a_city_and_a_press_release_is_no_heading_fr():
    text = (
        "La ministre Anna Keller a reçu son homologue de Norlande, Erik Solberg.\n"
        "À Berne, le communiqué de presse du 14 mars 2011 avait annoncé cette rencontre entre les deux ministres."
    )
    assert briefparse.parse(text).published is None
