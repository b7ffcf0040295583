"""A photo's credit under its caption glues the agency's name in capitals to its photographer's with a slash ("…
Paul Marin TASS/Anna Kessel"): the agency is no part of the name before it.

Every brief here is invented for the test.
"""

import briefparse


def test_the_agency_of_a_photo_credit_is_cut_from_the_name_it_follows():
    brief = briefparse.parse(
        "Finnish, Chilean foreign ministers discuss trade\n"
        "Finland’s Foreign Minister Paul Marin NORPRESS/Anna Kessel\n"
        "HELSINKI, May 4. /NORPRESS/. Finland's Foreign Minister Paul Marin met his Chilean counterpart Jon Ostrik "
        "on Monday.\n"
    )
    assert {p.name for p in brief.participants} == {"Paul Marin", "Jon Ostrik"}
