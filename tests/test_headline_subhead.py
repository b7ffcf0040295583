"""A headline over a subhead that names the event: the headline, when the lead takes up its matter; a site's
greeting over a headline is no headline.

Every brief here is invented for the test.
"""

import briefparse


def test_the_first_line_is_the_headline_over_the_subhead_that_names_the_event():
    text = (
        "Ministerpräsident Paul Marin wirbt in Valdoria für den Standort Norland\n"
        "Delegation aus Wirtschaft und Wissenschaft reist nach Valdor und Kessel\n"
        "Norlands Ministerpräsident Paul Marin wird am Samstag mit einer Delegation nach Valdoria aufbrechen.\n"
        "In Valdor und Kessel sind Gespräche mit Unternehmen geplant, teilte die Staatskanzlei mit.\n"
    )
    assert briefparse.parse(text).title == "Ministerpräsident Paul Marin wirbt in Valdoria für den Standort Norland"


def test_a_greeting_over_the_headline_that_names_the_event_stays_no_headline():
    text = (
        "Willkommen auf den Seiten des Ministeriums von Norland\n"
        "Minister Paul Marin reist nach Valdoria und Kessel\n"
        "Minister Paul Marin reist am Montag zu Gesprächen nach Valdoria.\n"
        "Dort trifft er Außenminister Jon Ostrik.\n"
    )
    assert briefparse.parse(text).title == "Minister Paul Marin reist nach Valdoria und Kessel"


def test_a_photo_caption_between_the_subhead_and_the_lead_is_passed_over():
    text = (
        "Finland and Chile foreign ministers discuss cooperation between their ministries\n"
        "The meeting was held on Monday on the sidelines of the regional summit that opens on Tuesday in the capital\n"
        "Finland's Foreign Minister Paul Marin NORPRESS/Anna Kessel\n"
        "© NORPRESS/Anna Kessel\n"
        "HELSINKI, May 4. /NORPRESS/. Finland and Chile foreign ministers, Paul Marin and Jon Ostrik, discussed "
        "cooperation between their ministries on Monday.\n"
        "“We are glad to meet before the summit,” Marin said.\n"
    )
    assert briefparse.parse(text).title == (
        "Finland and Chile foreign ministers discuss cooperation between their ministries"
    )


def test_a_site_label_over_the_headline_and_a_caption_printed_twice_leave_the_headline():
    text = (
        "Norpress\n\n"
        "Canciller Marin y secretario de la Liga coordinan próximo consejo ministerial\n\n"
        "Se reunieron en el Palacio de Valdor\n\n"
        "El canciller Paul Marin y el secretario general de la Liga, Jon Ostrik.\n\n"
        "El canciller Paul Marin y el secretario general de la Liga, Jon Ostrik.\n\n"
        "16:22 | Valdor, feb. 8.\n\n"
        "El canciller Paul Marin y el secretario general de la Liga, Jon Ostrik, se reunieron hoy a fin de "
        "coordinar el próximo consejo ministerial de la organización.\n"
    )
    headline = "Canciller Marin y secretario de la Liga coordinan próximo consejo ministerial"
    assert briefparse.parse(text).title == headline


def test_a_rubric_between_the_headline_and_its_subhead_is_passed_over():
    text = (
        "Hoher Gast im Valdorer Rathaus\n\n"
        "Region\n\n"
        "Norlands Botschafter auf Valdoria-Visite\n\n"
        "Valdor.- Der Botschafter Paul Marin besuchte am Montag das Valdorer Rathaus und traf dort den Bürgermeister "
        "Jon Ostrik zu einem Gespräch über den Gast aus Norland.\n\n"
        "Ostrik zeigte dem Gast das Rathaus und die Altstadt.\n"
    )
    assert briefparse.parse(text).title == "Hoher Gast im Valdorer Rathaus"
