"""A sentence that opens with "Others were" (or "Others included") lists the rest of the group the sentence before
began to list: its people take part as the first ones did.

Every brief and every person here is invented for the test; the country and its regions are real.
"""

import datetime as dt

import briefparse


def test_en_others_were_lists_the_rest_of_the_group():
    text = (
        "President Kofi Mensah met a delegation of regional governors at the Jubilee House in Accra on Monday.\n\n"
        "Governors at the meeting included Ama Owusu of the Volta Region and Kwame Boateng of the Ashanti Region.\n\n"
        "Others were Governor Yaw Darko of the Eastern Region and the Deputy Governor of the Central Region, "
        "Efua Sarpong."
    )
    names = [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).participants]
    assert "Yaw Darko" in names and "Efua Sarpong" in names
