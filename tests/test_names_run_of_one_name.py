"""A capitalised run of several words is one person's name where nouns take no capitals (`names._names_written_apart`
cuts two names written side by side only where they do)."""

from briefparse import parse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse(text).participants}


def test_a_long_name_stays_whole_where_nouns_take_no_capitals():
    """`names._names_written_apart` cuts two people's names side by side only where nouns take capitals (German
    word order sets a subject and an object side by side): elsewhere the run is one name that the text shortens."""
    text = (
        "Minister of Culture receives ambassadors\n\nMalabo: The Minister for Culture and Tourism, Carlos Mba Esono "
        "Nchama, received on Tuesday the ambassadors of Norland and Valdoria at his office.\nMba Esono thanked the "
        "diplomats for their support. The Secretary of State for Culture, Luis Obiang Nchama, also attended the "
        "meeting."
    )
    assert "Carlos Mba Esono Nchama" in _roles(text)
