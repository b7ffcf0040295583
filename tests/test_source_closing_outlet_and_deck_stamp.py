"""Two credits a brief names its source by: a newspaper's name in brackets after the last sentence ("… de cette
feuille de route… (Valdor-Presse)"), told apart from other brackets by the language's outlet words, and an agency
of the register after the stamp that closes a deck ("… de cette visite. 16.01.2024, Sputnik Afrique").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse

_LEAD = (
    "Le président de la République, Paul Marin, a reçu en audience, le 22 septembre 2022, à Porta Nova, M. Erik "
    "Lund, représentant-résident de la Banque mondiale au Togo. Les deux personnalités ont évoqué l'accompagnement "
    "de la banque pour cette feuille de route… "
)


def test_a_bracketed_newspaper_closing_the_text_is_the_source():
    brief = briefparse.parse(_LEAD + "(Valdor-Presse)")
    assert brief.source is not None and brief.source.name == "Valdor-Presse"


def test_a_bracketed_name_without_an_outlet_word_is_no_source():
    brief = briefparse.parse(_LEAD + "(Porta Nova)")
    assert brief.source is None


def test_an_agency_after_the_stamp_closing_a_deck_is_the_source():
    brief = briefparse.parse(
        "Paul Marin à Moscou\n\nLe Premier ministre valdorien, arrivé à la tête d'une délégation, a parlé des "
        "objectifs de cette visite. 16.01.2024, Sputnik Afrique\n\nLe Premier ministre valdorien Paul Marin a "
        "déclaré ce mardi 16 janvier aux journalistes que son pays souhaitait une coopération stratégique."
    )
    assert brief.source is not None and brief.source.name == "Sputnik"
