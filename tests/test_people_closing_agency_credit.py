"""A one-paragraph dispatch that an agency's name in brackets closes ("… leur satisfaction. (APS)") is signed, not a
photo's caption: its sentences tell the story, and whom they name takes part. A caption over the story keeps being
one.

Every brief and every person here is invented for the test.
"""

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document

BRIEF = (
    "Le ministre des Affaires étrangères, Paul Durand, a été reçu lundi par le chef du Gouvernement tunisien, "
    "Karim Belhadj. Lors de l’audience, les deux parties ont exprimé leur satisfaction. (APS)\n"
)


def test_a_credit_closing_a_one_paragraph_story_signs_it():
    analysis = Analysis(load_document(BRIEF))
    assert not any(s.caption for s in analysis.body)


def test_its_people_take_part():
    names = [p.name for p in briefparse.parse(BRIEF).participants]
    assert names == ["Paul Durand", "Karim Belhadj"]


def test_the_credit_on_a_line_of_its_own_under_the_story_signs_it_too():
    brief = BRIEF.replace(" (APS)\n", "\n\n(APS)\n")
    names = [p.name for p in briefparse.parse(brief).participants]
    assert names == ["Paul Durand", "Karim Belhadj"]


def test_a_captioned_paragraph_over_the_story_stays_a_caption():
    brief = "Audience au palais de Carthage\n\nKarim Belhadj recevant Paul Durand, lundi à Tunis. (APS)\n\n" + BRIEF
    analysis = Analysis(load_document(brief))
    assert next(s for s in analysis.body if s.text.startswith("Karim Belhadj recevant")).caption
