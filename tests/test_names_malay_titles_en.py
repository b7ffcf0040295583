"""Malay and Bruneian titles before a holder's name ("YAB Dato’ Seri Haji X", "Yang Berhormat Dato Seri Setia Y")
are left out of the name and the role, the typographic apostrophe as the plain one; a father's titles after "bin"
stay inside the name ("Z bin Dato Paduka Haji W").

The briefs are written for these tests (invented people).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "SEREMBAN, May 3, 2021 — Chief Minister YAB Dato’ Seri Haji Amran Kasim today received a courtesy call from "
        "the Ambassador of Chile, Pedro Lagos.\n",
        "SEREMBAN, May 3, 2021 — Chief Minister Dato' Seri Amran Kasim today received a courtesy call from the "
        "Ambassador of Chile, Pedro Lagos.\n",
        "SEREMBAN, May 3, 2021 — Chief Minister Dato’ Amran Kasim today received a courtesy call from the Ambassador "
        "of Chile, Pedro Lagos.\n",
    ],
    ids=["yab-dato-seri-haji", "dato-seri", "curly-dato"],
)
def test_malay_titles_stay_out_of_name_and_role(text: str) -> None:
    brief = briefparse.parse(text)
    host = brief.participants[0]
    assert (host.name, host.role) == ("Amran Kasim", "Chief Minister")


def test_bruneian_titles_before_the_name_and_a_fathers_inside_it() -> None:
    text = (
        "BANDAR SERI BEGAWAN, May 3, 2021 — Yang Berhormat Dato Seri Setia Awang Haji Rosli bin Dato Paduka Haji "
        "Kamal, Second Minister of Foreign Affairs, received a courtesy call from the Ambassador of Chile, Pedro "
        "Lagos.\n"
    )
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants] == ["Rosli bin Dato Paduka Haji Kamal", "Pedro Lagos"]
