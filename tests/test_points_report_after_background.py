"""When none of the opening sentences tells the brief's own kind of event (a meeting, call or visit), the sentence
right after them is looked at too: a report set after a few sentences of background (the summit it prepares, the
stakes of a trip) still leads."""

import datetime as dt

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 10, 1)).summary_points[0]


def test_fr_the_meeting_told_after_three_sentences_of_background_leads() -> None:
    lead = _lead(
        "Le prochain sommet de la Commission des îles du Sud aura lieu à Port-Valdor, au Norland. Les pays membres "
        "ont été consultés et il a été convenu que l'événement se tiendrait au printemps prochain. Les délégués "
        "devront adopter une feuille de route sur la pêche et le climat.\n"
        "Lors de la réunion bilatérale entre le Premier ministre Lars Dahl et le président Paul Marin, ce dimanche, "
        "le sujet a été abordé et le chef du gouvernement a été invité à participer au sommet.\n"
        "Lars Dahl a répondu favorablement à cette invitation."
    )
    assert lead.startswith("Lors de la réunion bilatérale entre le Premier ministre Lars Dahl")


def test_en_the_call_told_after_three_sentences_of_background_leads() -> None:
    lead = _lead(
        "The regional trade summit will open in Port Valdor next month, with leaders from twelve states expected. "
        "Preparations have been under way since the spring and a draft declaration is ready. Fisheries and climate "
        "finance are set to dominate the agenda.\n"
        "On Monday, Prime Minister Lars Dahl held a phone call with President Paul Marin to discuss the summit's "
        "agenda and their shared priorities.\n"
        "Both leaders agreed to meet in person before the opening."
    )
    assert lead.startswith("On Monday, Prime Minister Lars Dahl held a phone call")


def test_en_a_report_among_the_opening_sentences_keeps_the_lead() -> None:
    lead = _lead(
        "Prime Minister Lars Dahl held a phone call with President Paul Marin on Monday. The regional trade summit "
        "will open in Port Valdor next month. Preparations have been under way since the spring.\n"
        "Fisheries and climate finance are set to dominate the agenda of the talks with President Paul Marin."
    )
    assert lead.startswith("Prime Minister Lars Dahl held a phone call")
