"""A dateline's city written in capitals with a particle ("BELO HORIZONTE", "SANTO DE …") names a place, not a
person: no word of it is taken for a participant.

Every brief here is invented for the test.
"""

import briefparse


def test_no_word_of_a_capitalised_dateline_city_is_a_participant():
    text = (
        "RIO DE JANEIRO, 3 mai (AVP) -- Les relations entre le Valdor et la Norlandie sont solides, a déclaré mardi "
        "le président valdorien Paul Marin lors de sa rencontre avec son homologue norlandais Jean Roux.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Paul Marin" in names and "Jean Roux" in names
    assert not any(name and "JANEIRO" in name for name in names)
