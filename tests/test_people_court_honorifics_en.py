"""Court and state honorifics of South and Southeast Asia written before a name are no part of it: the Cambodian
prime minister's titles in full ("Samdech Techo X", "Samdech Akka Moha Sena Padei Techo X"), Sarawak's state titles
("Datuk Patinggi X", "Datuk Amar X") and the Bhutanese "Dasho X".

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).participants]


def test_en_the_cambodian_titles_in_full_are_no_part_of_the_name():
    text = (
        "Prime Minister Samdech Akka Moha Sena Padei Techo Vuthy Chan received Thai Ambassador Anan Srisuk "
        "in Phnom Penh on Monday."
    )
    assert "Vuthy Chan" in _names(text)


def test_en_sarawak_s_state_titles_are_no_part_of_the_name():
    text = (
        "The minister was accompanied by Chief Minister Datuk Patinggi Abang Razak and Deputy Chief Minister "
        "Datuk Amar Awang Jali in Kuching on Monday."
    )
    assert {"Abang Razak", "Awang Jali"} <= set(_names(text))


def test_en_the_bhutanese_dasho_is_no_part_of_the_name():
    text = "Ambassador of Bhutan Dasho Karma Wangdi called on Foreign Minister Anna Berg in Dhaka on Sunday."
    assert "Karma Wangdi" in _names(text)
