"""German briefs: a subject pronoun right after the event's verb (verb second: "Am Dienstag empfing er X") stands for
the person the sentence before names, who takes part, even when the sentence goes on to list the guests.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_pronoun_after_the_verb_is_the_host_named_before():
    names = _names(
        "Neue Konsuln im Rathaus\n\n"
        "Hamburg – Bürgermeister Tobias Rehm lud die neuen Vertreter dreier Staaten ins Rathaus ein. "
        "Am Mittwoch, 4. September 2024, empfing er Lena Vik, Generalkonsulin von Norwegen, "
        "Pavel Hrubý, Generalkonsul von Tschechien, sowie Konsul Tomás Ruiz vom Konsulat Perus.\n"
    )
    assert "Tobias Rehm" in names
    assert "Lena Vik" in names


def test_pronoun_after_another_verb_names_no_one_new():
    names = _names(
        "Neue Konsuln im Rathaus\n\n"
        "Hamburg – Bürgermeister Tobias Rehm empfing am Mittwoch, 4. September 2024, die Generalkonsulin von "
        "Norwegen, Lena Vik, im Rathaus. Am Abend sprach sie vor Studierenden.\n"
    )
    assert names.count("Lena Vik") == 1
