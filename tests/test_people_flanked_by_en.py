"""A host "flanked by" officials at the encounter has them beside him there: they take part, as those who
accompany a guest do.

The brief and its people are fictional, written for this test.
"""

import briefparse

AUDIENCE = """ACCRA, June 5 - President Kwame Asante on Thursday received a delegation from the Kingdom of Norway led \
by its Minister of International Development, Ingrid Solberg, at the Jubilee House.

Minister Solberg said Norway would support Ghana's fisheries sector.

The President was flanked by the Chief of Staff, Ama Boateng, and the Minister for Foreign Affairs, Kofi Mensah.
"""


def test_officials_flanking_the_host_take_part():
    taking_part = [p.name for p in briefparse.parse(AUDIENCE).participants]
    assert "Ama Boateng" in taking_part and "Kofi Mensah" in taking_part, taking_part
