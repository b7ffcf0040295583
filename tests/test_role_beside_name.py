"""A role found as an unnamed party's, written right by a name, is that named person's role (`_roles_beside_names`).

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 5))
    return {p.name: p.role for p in brief.participants}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # a style of address between the role and the name; the title's last word misspelt, as pages do
            "Norland Foreign Minister arrives in Asmara\n\nAsmara, 4 March 2024- State Councilor and Foreign "
            "Minter of the Republic of Norland, Mr. Peter Kowalczyk arrived in Asmara in the evening hours of "
            "today, 4 March, for a two-day official visit.\n\nUpon arrival at the Asmara International Airport, "
            "Mr. Kowalczyk was accorded warm welcome by Mr. Tomas Berhe, Minister of Foreign Affairs.",
            "Peter Kowalczyk",
            "State Councilor and Foreign Minter of the Republic of Norland",
        ),
        (  # an apposition after the name whose portfolios are joined before the role noun
            "Uzbek leader arrives in Beijing for state visit\n\n"
            "Uzbekistan's President Ivan Dorsky arrived in Beijing on Tuesday for a state visit, state media "
            "reported.\n\nDorsky was welcomed by Li Wenhua, China's culture and tourism minister, and other "
            "officials.",
            "Li Wenhua",
            "China's culture and tourism minister",
        ),
        (  # an apposition of two offices, the second one found alone
            "Karl Osten, Secretary of the Norland Workers' Party Central Committee, had a meeting in Beijing on "
            "July 19 with Zhou Pengfei, member of the Standing Committee of the Communist Party of China (CPC) "
            "Central Committee’s Political Bureau and Chairman of the Standing Committee of the National People’s "
            "Congress of China.\n\nOsten expressed his delight at the flourishing relations between the two "
            "countries.",
            "Zhou Pengfei",
            "member of the Standing Committee of the Communist Party of China (CPC) Central Committee’s Political "
            "Bureau and Chairman of the Standing Committee of the National People’s Congress of China",
        ),
        (  # the next office of a named one's apposition, after a comma
            "Le secrétaire général du Parti Anselme Quirion a rencontré, ce mercredi à Hanoï, Olga Lidia Tavera, "
            "secrétaire du comité central, cheffe de la Commission des Sciences et des Sports du Parti "
            "communiste cubain.\n\nLe dirigeant a réaffirmé le soutien de son pays.",
            "Olga Lidia Tavera",
            "secrétaire du comité central, cheffe de la Commission des Sciences et des Sports du Parti communiste "
            "cubain",
        ),
    ],
)
def test_the_role_written_by_a_name_is_that_person_s(text, name, role):
    found = roles(text)
    assert found.get(name) == role, found
    assert None not in found, found  # no unnamed party is left with it


def test_a_role_a_clause_or_another_name_sets_apart_stays_someone_else_s():
    found = roles(
        "Uzbekistan's President Ivan Dorsky arrived in Beijing on Tuesday and met Li Wenhua, who later "
        "briefed the Chinese culture and tourism minister.\n\nThe two sides discussed cultural exchanges."
    )
    assert found.get("Li Wenhua") != "Chinese culture and tourism minister", found


def test_the_next_item_of_a_list_of_names_is_no_second_office():
    found = roles(
        "Lilongwe, March 4, 2024 - Vice President Peter Kalonga received courtesy calls from several envoys on "
        "Monday.\n\nThe envoys included Her Excellency Martha Zulu the ambassador of the Republic of Zimbabwe, "
        "Derek Holt Ambassador of the United States of America, Vikram Sethi High Commissioner of the Republic "
        "of India, and Prince Lunga Ndlovu High Commissioner of the Republic of South Africa."
    )
    assert "United States" not in (found.get("Martha Zulu") or ""), found
