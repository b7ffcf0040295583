"""A holder's name after the city of the post, which a preposition that leads to no name opens ("the US Ambassador
in Dhaka Paul Marin"): the city, then the name; a city after that preposition with no role before it names no one.

Every brief here is invented for the test.
"""

import briefparse


def test_the_name_after_the_city_of_the_post_is_found_with_its_role():
    brief = briefparse.parse(
        "US Ambassador in Dhaka Paul T Marin today, Monday paid a courtesy call on Agriculture Minister Jon Ostrik "
        "at his office.\nThe two sides discussed trade in farm products.\n"
    )
    found = {p.name: p.role for p in brief.participants}
    assert found.get("Paul T Marin") == "US Ambassador in Dhaka"
    assert "Jon Ostrik" in found


def test_a_city_after_the_preposition_without_a_role_before_it_names_no_one():
    brief = briefparse.parse(
        "Foreign Minister Jon Ostrik held talks in Santo Domingo Monday with his Norland counterpart Paul Marin.\n"
    )
    assert {p.name for p in brief.participants} == {"Jon Ostrik", "Paul Marin"}
