"""The analysis of a document: the facts every extractor reads, each computed once."""

from __future__ import annotations

from briefparse.analysis import Analysis
from briefparse.document import load_document

BRIEF = (
    "Le ministre Paul Armand reçoit son homologue Ilse Varga\n"
    "VALMONT, 12 mars 2031 (AVP) - Le ministre des Affaires étrangères, Paul Armand, s'est entretenu mardi à "
    "Valmont avec son homologue Ilse Varga.\n"
    "Les deux ministres ont évoqué la coopération régionale et les échanges commerciaux entre leurs pays.\n"
    "Lire aussi :\n"
    "- Un autre sujet sans rapport avec cette rencontre entre ministres\n"
)


def analysis() -> Analysis:
    return Analysis(load_document(BRIEF, language="fr"))


def test_the_body_begins_after_the_title_and_its_sentences_are_tagged_once():
    facts = analysis()
    assert facts.title.text == "Le ministre Paul Armand reçoit son homologue Ilse Varga"
    assert all(s.start >= facts.title.end for s in facts.body)
    teasers = [s.text for s in facts.body if s.teaser]
    assert teasers == ["Lire aussi :", "- Un autre sujet sans rapport avec cette rencontre entre ministres"]
    assert [s.text for s in facts.body if s.boilerplate] == ["Lire aussi :"]
    assert facts.body is facts.body  # computed once


def test_the_lead_and_the_event_sentences():
    facts = analysis()
    assert facts.lead[0].text.startswith("VALMONT, 12 mars 2031 (AVP) -")
    assert all(not s.boilerplate and s.words >= 6 for s in facts.lead)
    assert [s.text[:7] for s in facts.event_sentences] == ["VALMONT"]


def test_one_reading_of_the_dateline():
    facts = analysis()
    assert [city.text for city in facts.dateline.cities] == ["VALMONT"]
    assert facts.dateline.agency.text == "AVP"


def test_names_with_their_positions_and_roles():
    facts = analysis()
    found = {facts.doc.text[m.start : m.end] for _sentence, m in facts.names}
    assert {"Paul Armand", "Ilse Varga"} <= found
    armand = next(m for _sentence, m in facts.names if m.tokens == ("Paul", "Armand") and m.start > facts.title.end)
    sentence = next(s for s, m in facts.names if m is armand)
    role = facts.role_before(sentence.start, armand.start)
    assert role and facts.doc.text[role[0] : role[1]] == "ministre des Affaires étrangères"


def test_a_line_of_a_dispatchs_particulars_run_together_by_bars_is_no_lead_sentence():
    text = (
        "Valdoria hopes for progress on fishing rights\n"
        "AVP | Kessel | Updated: 03-03-2031 18:49 GMT\n"
        "Valdoria's foreign minister says the talks with Norland on fishing rights have moved forward.\n"
        "He said the two delegations would meet again in Kessel in April.\n"
    )
    lead = [s.text for s in Analysis(load_document(text, language="en")).lead]
    assert lead[0].startswith("Valdoria's foreign minister says")
    assert not any("|" in sentence for sentence in lead)
