"""An opening whose subject is two full names and whose verb is one of a matter gone over together ("Le ministre
…, X et l'ambassadeur …, Y, ont évoqué lundi la coopération") reports the two parties' encounter, though a later
sentence names it by a noun ("Le tête à tête entre les deux délégations …"): both take part.

Every brief here is invented for the test.
"""

import briefparse

_LATER = (
    "\n\nLe tête à tête entre les deux délégations a porté essentiellement sur le renforcement de la qualité des "
    "relations entre les deux pays. Le ministre malien a salué cette visite."
)


def _participants(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text, language="fr").participants}


def test_two_named_parties_going_over_a_matter_open_the_brief():
    text = (
        "Le ministre malien de la Santé, Paul Kone et l’Ambassadeur du royaume du Maroc, Ali Bennani, ont évoqué, "
        "lundi à Bamako, la coopération entre les deux pays." + _LATER
    )
    assert _participants(text) == {"Paul Kone", "Ali Bennani"}


def test_one_named_subject_does_not_make_the_opening_an_encounter():
    text = (
        "Le ministre malien de la Santé, Paul Kone, et les partenaires du secteur ont évoqué, lundi à Bamako, la "
        "coopération sanitaire." + _LATER
    )
    assert _participants(text) == {"Paul Kone"}
