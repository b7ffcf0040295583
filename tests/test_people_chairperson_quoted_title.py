"""The office's word that names no sex, "Chairperson", is a title like "Chairman": the name after it is its holder
("The Chairperson of the Commission X condemned …"), not a name opened by the title. A name in quotes right after a
title ("Chairperson 'Dalo'", the name its holder goes by) is the title of the person the quotes name, no one unnamed.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

CONDOLENCES = (
    "ADDIS ABABA, March 23, 2024 - African leaders sent condolences on Saturday after the attack. "
    "The Chairperson of the Regional Commission Tomas Vorkane condemned the attack and sent his condolences.\n"
)

QUOTED = (
    "KATHMANDU, March 5, 2024 - Visiting Prime Minister Arno Kiltberg today met the Maoist chief Dalo. Kiltberg met "
    "party Chairperson 'Dalo' in the capital this morning. The two leaders discussed bilateral relations.\n"
)


def test_the_holder_of_a_chairperson_title_is_named_with_it() -> None:
    people = [(p.name, p.role) for p in briefparse.parse(CONDOLENCES).participants]
    assert ("Tomas Vorkane", "Chairperson of the Regional Commission") in people


@pytest.mark.parametrize("title", ["Chairperson", "Chairman"])
def test_a_title_before_a_quoted_name_is_that_persons_not_an_unnamed_ones(title: str) -> None:
    record = briefparse.parse(QUOTED.replace("Chairperson", title))
    assert [p.name for p in record.participants] == ["Arno Kiltberg", "Dalo"]


def test_a_title_before_a_quoted_name_of_no_one_adds_no_one() -> None:
    brief = QUOTED.replace("the Maoist chief Dalo", "the Maoist leaders").replace("Chairperson", "Chairman")
    assert None not in [p.name for p in briefparse.parse(brief).participants]
