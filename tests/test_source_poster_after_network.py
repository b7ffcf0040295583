"""Source: the one who posted, named after the verb of posting or after the network it names ("a indiqué sur X Jan
Lind, conseiller …", "сообщила в своем телеграм-канале пресс-секретарь … Анна Линд", "…, tweeted spokesperson Jan
Lind"), is the source when he takes no part: the account's holder, not the network that carried his words. One who
takes part and posts keeps the network; a name a clause of its own brings after the network is no poster.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text, reference_date="2024-03-05").source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre des Affaires étrangères Tomas Ibarren a rencontré lundi à Lima l'ambassadeur du Chili, "
            "Raul Quispena.\n« La rencontre a été fructueuse », a indiqué mardi sur X Dario Velt, un proche "
            "conseiller du ministre.\n",
            "Dario Velt",
        ),
        (
            "Министр иностранных дел Томас Ибаррен встретился в понедельник в Лиме с послом Чили Раулем "
            "Киспеной.\nО встрече сообщила в своем телеграм-канале пресс-секретарь министерства Анна Велтова.\n",
            "Анна Велтова",
        ),
        (
            "Foreign Minister Tomas Ibarren met the Chilean ambassador, Raul Quispena, in Lima on Monday.\n"
            '"The talks went well," said on X the ministry\'s spokesman, Dario Velt.\n',
            "Dario Velt",
        ),
        (
            "Foreign Minister Tomas Ibarren met the Chilean ambassador, Raul Quispena, in Lima on Monday.\n"
            '"An old partnership renewed," tweeted Ministry of Foreign Affairs Spokesperson Dario Velt.\n',
            "Dario Velt",
        ),
    ],
)
def test_the_poster_named_after_the_network_or_the_verb_is_the_source(text: str, expected: str) -> None:
    name = source_name(text)
    assert name is not None and name.endswith(expected)


def test_one_who_takes_part_and_posts_keeps_the_network() -> None:
    text = (
        "Foreign Minister Tomas Ibarren met the Chilean ambassador, Raul Quispena, in Lima on Monday.\n"
        '"The talks went well," Ibarren wrote on X.\n'
    )
    assert source_name(text) == "X"


def test_a_name_a_clause_brings_after_the_network_is_no_poster() -> None:
    text = (
        "Foreign Minister Tomas Ibarren met the Chilean ambassador, Raul Quispena, in Lima on Monday.\n"
        "Ibarren wrote on X that Dario Velt, his adviser, had prepared the talks.\n"
    )
    assert source_name(text) == "X"
