""""CEO" is a title like "chief executive officer": a name after "the CEO of <body> (<acronym>)," holds it, so the
name is a person, and one who signs beside the ministers takes part. The people are invented for the test."""

import briefparse


def test_a_ceo_received_is_a_participant_with_the_title():
    brief = briefparse.parse(
        "President Paul Marin received the CEO of the Norland Development Board (NDB), Claire Vantor, on Monday."
    )
    assert [(p.name, p.role) for p in brief.participants] == [
        ("Paul Marin", "President"),
        ("Claire Vantor", "CEO of the Norland Development Board (NDB)"),
    ]


def test_a_ceo_closing_a_list_of_signatories_takes_part():
    brief = briefparse.parse(
        "Malta, Cyprus sign three agreements\n\n"
        "Valletta, 10 February 2024 – Malta and Cyprus have signed three agreements. The agreements were signed by "
        "the Cypriot Minister of Agriculture, Jose Parreira, on behalf of Cyprus.\n\n"
        "On the Maltese side: Paul Marin, Minister of Natural Resources; Lena Holt, Minister of Public Service and "
        "Labour and the CEO of Malta Development Board (MDB), Claire Vantor, signed on behalf of Malta."
    )
    assert "Claire Vantor" in [p.name for p in brief.participants]
