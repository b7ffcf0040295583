"""A line that ends on a comma goes on on the next one, whatever the case of its first word ("… along with the
Chilean President,\\nPaul Marin."): one sentence, whose people and roles read as written on one line.

Every brief here is invented for the test.
"""

import briefparse
from briefparse.document import load_document


def test_a_line_ending_on_a_comma_is_joined_to_the_next():
    text = "The Foreign Minister of Chile, Ana Kessel took part along with the Chilean President,\nPaul Marin.\n"
    doc = load_document(text)
    assert "President, Paul Marin." in doc.text
    assert len(doc.joined_breaks) == 1


def test_the_name_on_the_next_line_keeps_its_role():
    brief = briefparse.parse(
        "Santiago, 5 May 2023: The Foreign Minister of Chile, Ana Kessel took part in the reception along with "
        "the Chilean President,\nPaul Marin.\n\n"
        "President Marin received the credentials of the new Ambassadors of Finland, Jon Ostrik, and of Peru, "
        "Luis Tarma.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Paul Marin") == "Chilean President"
    assert "Ana Kessel" in roles


def test_a_line_ending_on_a_stop_is_not_joined():
    doc = load_document("Minister Paul Marin met the envoy.\nThe envoy thanked him.\n")
    assert doc.joined_breaks == ()
