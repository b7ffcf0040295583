"""A photo's caption over the story may close on its credit set off by a dash ("… (left). — Valnews pic") or have
its credit on the next line ("Photo: Valdor Embassy"): the whole paragraph is the caption, and a role it gives
yields to the story's own words for the person.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document

DASH_CREDIT = (
    "Chief Minister Paul Marin paid a courtesy call on Governor Jan Ostrik and spouse Eva Ostrik at the official "
    "residence in Kessel, May 3, 2022. Also present was the chief minister's wife Ana Marin (left). — Valnews pic\n\n"
    "KESSEL, May 3 — Chief Minister Paul Marin today made a courtesy call on Governor Jan Ostrik at his official "
    "residence here.\n\n"
    "The chief minister was welcomed by Jan Ostrik and his wife Eva Ostrik.\n\n"
    "The two leaders then spent about an hour in a meeting.\n"
)

LINE_CREDIT = (
    "Marin reçoit son homologue de Norland\n\n"
    "Le ministre Paul Marin et son homologue de Norland, M. Jan Ostrik, à Kessel, le 3 mai 2022.\n\n"
    "Photo: Valnews\n\n"
    "Le ministre des affaires étrangères et de la coopération de Norland, M. Jan Ostrik, a rendu une visite de "
    "courtoisie, ce mardi 3 mai à Kessel, à son homologue valdorien, le ministre Paul Marin.\n\n"
    "Les deux ministres ont évoqué la coopération entre les deux pays.\n"
)


def test_a_caption_closed_by_a_dashed_credit_is_a_caption_as_a_whole():
    analysis = Analysis(load_document(DASH_CREDIT))
    opening = next(s for s in analysis.body if s.text.startswith("Chief Minister Paul Marin paid"))
    assert opening.caption


def test_the_story_s_role_replaces_a_dash_credited_caption_s():
    roles = {p.name: p.role for p in briefparse.parse(DASH_CREDIT).participants}
    assert roles["Eva Ostrik"] == "wife"


def test_a_photo_line_under_a_paragraph_makes_it_a_caption():
    analysis = Analysis(load_document(LINE_CREDIT))
    caption = next(s for s in analysis.body if s.text.startswith("Le ministre Paul Marin et son homologue"))
    assert caption.caption


def test_the_story_s_role_replaces_a_line_credited_caption_s():
    roles = {p.name: p.role for p in briefparse.parse(LINE_CREDIT).participants}
    assert roles["Jan Ostrik"].startswith("ministre des affaires étrangères")
