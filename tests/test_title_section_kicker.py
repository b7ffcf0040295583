"""A page may print its section's or topic's name as a one-word kicker before the headline, on the headline's line
("Politik Marin empfängt …", "Internacionales Canciller Marin recibió …"): the kicker is no part of the headline; a
role before a name ("Kanzlerin Marin empfängt …") is, and so is a name's first word that the story repeats.

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

STORIES = {
    "de": (
        "Bundesaußenminister Paul Marin hat am Montag in Berlin den neuen Außenminister Norlands, Jan Ostrik, "
        "empfangen. Bei dem Antrittsbesuch ging es um die bilateralen Beziehungen beider Länder."
    ),
    "es": (
        "El canciller de Valdoria, Paul Marin, recibió este lunes al embajador de Norland, Jan Ostrik, en la sede "
        "de la cancillería. Ambos repasaron la agenda bilateral y la cooperación económica."
    ),
    "office": (
        "La Política Exterior de Valdoria, una oficina de la cancillería, recibió este lunes al embajador de Norland, "
        "Jan Ostrik, para repasar la agenda bilateral."
    ),
}


@pytest.mark.parametrize(
    ("line", "story", "headline"),
    [
        # kickers: a topic's name, a section's name before a quotation, a Spanish section's name
        (
            "Konflikte Marin empfängt Norlands neuen Außenminister Ostrik",
            STORIES["de"],
            "Marin empfängt Norlands neuen Außenminister Ostrik",
        ),
        (
            "Schweiz «Hoher Besuch» – Marin empfängt Ostrik in Berlin",
            STORIES["de"],
            "«Hoher Besuch» – Marin empfängt Ostrik in Berlin",
        ),
        (
            "Internacionales Canciller Marin recibió al embajador de Norland",
            STORIES["es"],
            "Canciller Marin recibió al embajador de Norland",
        ),
        # no kickers: a role before a name, a name's first word the story repeats with the next
        (
            "Kanzlerin Marin empfängt Norlands neuen Außenminister Ostrik",
            STORIES["de"],
            "Kanzlerin Marin empfängt Norlands neuen Außenminister Ostrik",
        ),
        (
            "Política Exterior de Valdoria recibe al embajador de Norland",
            STORIES["office"],
            "Política Exterior de Valdoria recibe al embajador de Norland",
        ),
    ],
)
def test_a_one_word_kicker_on_the_headline_line_is_left_out(line, story, headline):
    assert briefparse.parse(f"{line}\n\n{story}\n").title == headline
