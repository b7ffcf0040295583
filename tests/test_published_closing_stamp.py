"""A short line the text closes on, an issuer's name and a full date ("Meldung der Agentur X vom 19.06.2013",
"Botschaft von X, Berlin, 25. Mai 2012", "Source http://…, le 8 octobre 2012"), dates the brief's release; a sentence
there does not; a statement its heading dates keeps that day.

Every brief here is invented for the test.
"""

import briefparse


def test_an_agency_footer_dates_the_brief_and_its_relative_day() -> None:
    text = (
        "Marin empfängt Solberg im Schloss\n\n"
        "Bundespräsident Paul Marin hat heute den Präsidenten von Norland, Erik Solberg, im Schloss Weidenau "
        "empfangen. Die beiden sprachen über den Handel.\n\n"
        "Meldung der Nordwind Nachrichtenagentur vom 14.05.2019\n\n"
        "Zur Startseite"
    )
    brief = briefparse.parse(text)
    assert brief.published == "2019-05-14"
    assert brief.date == "2019-05-14"


def test_an_issuer_sign_off_dates_the_release_not_the_site_update() -> None:
    text = (
        "Letzte Aktualisierung: Do, 21. 10. 2021\n\n"
        "Pressemitteilung – Botschafter von Norland besucht Thüringen\n\n"
        "Am 3. September 2012 reiste der Botschafter von Norland, Erik Solberg, nach Erfurt und traf dort "
        "Ministerpräsidentin Anna Keller.\n\n"
        "Botschaft von Norland, Berlin, 25. September 2012"
    )
    brief = briefparse.parse(text)
    assert brief.published == "2012-09-25"
    assert brief.date == "2012-09-03"


def test_a_sentence_the_text_closes_on_is_no_stamp() -> None:
    text = (
        "Ministerin Keller empfängt Botschafter Solberg\n\n"
        "Ministerin Anna Keller hat den Botschafter von Norland, Erik Solberg, in Erfurt empfangen.\n\n"
        "Die nächste Runde folgt am 12. Juni 2019."
    )
    assert briefparse.parse(text).published is None


def test_a_statement_its_heading_dates_keeps_that_day() -> None:
    text = (
        "Déclaration de M. Paul Marin, ministre des affaires étrangères, sur la crise au Norland, à Paris le 4 "
        "octobre 2012.\n\n"
        "La France condamne fermement les tirs contre le territoire du Norland. Je demande à toutes les parties "
        "de faire preuve de retenue.\n\n"
        "Source http://www.exemple-diplomatie.fr, le 8 octobre 2012"
    )
    brief = briefparse.parse(text)
    assert brief.published == "2012-10-08"
    assert brief.date == "2012-10-04"
