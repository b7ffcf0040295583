"""The sentence a dispatch's dateline opens is the wire's lead, though it names no event word ("MINSK (Agency) -
X and Y have started their talks"), when it names a party by name and no later opening sentence tells the brief's
kind of event naming both sides: a later line that names an event only in passing or by the parties' titles
("The minister arrived … after talks with …", "this follows talks between the two leaders") does not lead in its
place. A later report that names both sides keeps the lead ("Received in audience, X discussed with Y …").

Every brief here is invented for the test.
"""

import briefparse


def test_the_dateline_sentence_leads_over_a_passing_event():
    text = (
        "Vogt, Marin hold talks in Lanark\n\n"
        "LANARK (Valdoria News) - Valdorian Foreign Minister Karl Vogt and Norlandian President Paul Marin have "
        "started their talks in Lanark.\n\n"
        "The talks are held in the Independence Palace.\n\n"
        "The Valdorian minister arrived in the residency immediately after tete-a-tete talks with Norlandian Foreign "
        "Minister Anna Berg.\n\n"
        "After the negotiations, Vogt is expected to go back to the ministry for a meeting of the joint board."
    )
    points = briefparse.parse(text, language="en").summary_points
    assert points[0].startswith("Valdorian Foreign Minister Karl Vogt and Norlandian President Paul Marin")


def test_a_later_report_naming_both_sides_keeps_the_lead():
    text = (
        "Vogt in Lanark\n\n"
        "LANARK (Valdoria News) - Valdorian Foreign Minister Karl Vogt has reaffirmed his will to strengthen "
        "cooperation with Norland.\n\n"
        "Received in audience on Tuesday, Vogt met Norlandian President Paul Marin at the Independence Palace and "
        "discussed trade and energy.\n\n"
        "The two sides agreed to meet again in the autumn."
    )
    points = briefparse.parse(text, language="en").summary_points
    assert points[0].startswith("Received in audience on Tuesday, Vogt met Norlandian President Paul Marin")
