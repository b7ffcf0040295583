"""A publication label alone on its line right under the headline, its date in spaced figures on the next line
("erstellt am" / "12. 03. 24" / "14:35 MEZ"): the copy joins the label to the headline as if the headline went on;
the label is no part of the headline, and it still vouches for the date under it.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

BRIEF = (
    "Ministerin Lenz empfängt Botschafter aus Norland\n"
    "erstellt am\n"
    "12. 03. 24\n"
    "14:35 MEZ\n"
    "Landesministerin Karla Lenz hat am Montag den Botschafter Norlands, Tomas Berin, in Mainz zu einem Gespräch "
    "empfangen. Im Mittelpunkt standen die wirtschaftlichen Beziehungen.\n"
)


def test_a_label_joined_under_the_headline_is_left_out_of_it():
    assert briefparse.parse(BRIEF).title == "Ministerin Lenz empfängt Botschafter aus Norland"


def test_the_joined_label_still_dates_the_page():
    assert briefparse.parse(BRIEF).published == "2024-03-12"
