"""A photo's caption over the story, closed by its credit in brackets ("… in Vienna. (Photo by Jo Lind / AFP)"), is
a caption as a whole; a role it gives (maybe in the agency's language) yields to the story's own words for the
office, but not to a counterpart's tie ("seinen Amtskollegen").

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document

BRIEF = (
    "Paul Marin trifft Jan Ostrik\n\n"
    "Valdorian Foreign Minister Paul Marin attends a meeting at the Chancellery in Vienna, Austria. "
    "(Photo by Jo Lind / AFP)\n\n"
    "Veröffentlicht: 18. Juni 2020 07:45 Uhr\n\n"
    "Außenminister Paul Marin empfängt am Donnerstag in Wien seinen norländischen Amtskollegen Jan Ostrik zu einem "
    "Arbeitsgespräch, wie das Außenamt mitteilte. Im Mittelpunkt steht die Zusammenarbeit beider Länder.\n"
)


def test_a_paragraph_closed_by_a_bracketed_photo_credit_is_a_caption():
    analysis = Analysis(load_document(BRIEF))
    opening = next(s for s in analysis.body if s.text.startswith("Valdorian Foreign Minister"))
    assert opening.caption


def test_the_story_s_role_replaces_the_caption_s():
    roles = {p.name: p.role for p in briefparse.parse(BRIEF).participants}
    assert roles["Paul Marin"] == "Außenminister"


def test_a_counterpart_s_tie_in_the_story_leaves_the_caption_s_office():
    brief = BRIEF.replace("Valdorian Foreign Minister Paul Marin attends", "Norländischer Außenminister Jan Ostrik bei")
    roles = {p.name: p.role for p in briefparse.parse(brief).participants}
    assert roles["Jan Ostrik"] == "Norländischer Außenminister"
