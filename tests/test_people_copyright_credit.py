"""A name right after a copyright sign is a photo's credit ("… den israelischen Außenminister Levi © Anna Berger"),
not a person taking part, nor one whose role runs over the sign.

Every brief and every person here is invented for the test; the countries are real.
"""

import briefparse


def _brief(caption: str) -> str:
    return (
        "Themen: Außenminister Marin reist zu Gesprächen nach Wien\n\n"
        f"{caption}\n"
        "Außenminister Marin ist heute in Wien mit dem israelischen Außenminister Levi zusammengetroffen. Im "
        "Mittelpunkt der Gespräche stand die Sicherheit Europas.\n"
    )


def test_a_name_after_a_copyright_sign_is_no_participant():
    caption = "Außenminister Marin trifft in Wien den israelischen Außenminister Levi © Anna Berger"
    names = {p.name for p in briefparse.parse(_brief(caption)).participants}
    assert "Anna Berger" not in names
    assert {"Marin", "Levi"} <= names


def test_the_same_name_named_in_its_own_right_is_read():
    caption = "Außenminister Marin trifft in Wien den israelischen Außenminister Levi und Botschafterin Anna Berger"
    names = {p.name for p in briefparse.parse(_brief(caption)).participants}
    assert "Anna Berger" in names
