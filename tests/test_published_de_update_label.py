"""A German page's update stamp "Letzte Aktualisierung: <date>" dates the page, even when the copy runs the lead on
after it on the same line; its label names no person.

Every brief here is invented for the test.
"""

import briefparse


def test_an_update_stamp_running_into_the_lead_is_the_publication_date():
    text = (
        "Premierminister Solberg in Norburg\n\n"
        "Letzte Aktualisierung: 14.06.2015 // Am Abend des 13. Juni empfing Kanzlerin Anna Marin die "
        "Regierungschefs der Nordseeländer in der Hansestadt Norburg. Auch Valdorias Premierminister Erik Solberg "
        "nahm an dem Treffen teil."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2015-06-14"
    assert "Letzte Aktualisierung" not in [p.name for p in brief.participants]


def test_an_update_stamp_on_its_own_line_is_the_publication_date():
    text = (
        "Marin empfängt Amtskollegen aus Norland\n"
        "Letzte Aktualisierung: 02.07.2015\n"
        "Der Außenminister von Valdoria, Paul Marin, hat am Dienstag in Norburg seinen Amtskollegen aus Norland, "
        "Erik Solberg, empfangen. Beide vereinbarten eine engere Zusammenarbeit im Handel."
    )
    assert briefparse.parse(text).published == "2015-07-02"
