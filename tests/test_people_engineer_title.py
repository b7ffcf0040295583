"""An engineer's title before a name ("Eng. X Y") ends no sentence: the attendee it opens, in a list of a later
sentence ("The visit was also attended by Mr. A, …, Eng. B, …"), takes part like the others of the list.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse
from briefparse.document import load_document

BRIEF = (
    "Valdorian Prime Minister Paul Marin paid a working visit to Norland on Monday and met President Jan Ostrik. "
    "The visit was also attended by Mr. Tom Bright, Minister of Foreign Affairs of Valdor, Eng. Sam Ridley, "
    "Minister of Water and Energy and Mr. Alan Crane, Minister of Trade of Valdor.\n"
)


def test_the_title_ends_no_sentence():
    assert len(load_document(BRIEF).sentences) == 2


def test_every_attendee_of_the_list_takes_part():
    names = [p.name for p in briefparse.parse(BRIEF).participants]
    assert names == ["Paul Marin", "Jan Ostrik", "Tom Bright", "Sam Ridley", "Alan Crane"]
