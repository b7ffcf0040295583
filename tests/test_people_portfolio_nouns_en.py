"""A ministry's portfolio written right before its holder's name, with no comma between, ends where the name
begins: its last words are nouns of domains ("… and Natural Gas", "… and Special Initiatives", "… Intelligence
Service"), which the English common words hold, so they neither open the name nor stand as a person of their own
("Animal Husbandry"). Invented briefs."""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_the_portfolio_last_noun_stays_out_of_the_name() -> None:
    text = (
        "Valdorian President to visit Kestria\n\n"
        "Valdorian President Orlan Vesk will pay a state visit to Kestria on Tuesday, June 4, 2019. He will be "
        "accompanied by Minister for Petroleum and Natural Gas Tarvek Oruma and Minister for Planning, Development "
        "and Special Initiatives Dalvo Kenret."
    )
    names = _names(text)
    assert "Tarvek Oruma" in names
    assert "Dalvo Kenret" in names
    assert not any(n and n.startswith(("Gas ", "Initiatives ")) for n in names)


def test_a_body_noun_before_its_head_stays_out_of_the_name() -> None:
    text = (
        "Valdorian President receives Kestrian delegation\n\n"
        "Valdorian President Orlan Vesk on Monday, June 3, 2019 received a Kestrian delegation in Velm. The head of "
        "the Valdorian Intelligence Service Tarvek Oruma also attended the meeting."
    )
    names = _names(text)
    assert "Tarvek Oruma" in names
    assert "Intelligence Service Tarvek Oruma" not in names


def test_a_list_of_portfolio_items_is_no_person() -> None:
    text = (
        "Valdorian minister calls on President Vesk\n\n"
        "Valdorian Minister of State for Fisheries, Animal Husbandry and Dairy Dr Dalvo Kenret called on President "
        "Orlan Vesk in Velm on Monday, June 3, 2019, a press release stated."
    )
    names = _names(text)
    assert "Animal Husbandry" not in names
    assert "Dalvo Kenret" in names
