"""An office that a rank written in figures opens ("1er vice-président", "2ème vice-présidente"): the rank is the
office's first word, after a name's comma as before it, and a second office so ranked after "et" is the same
person's, never the next name's.

Every brief here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text, reference_date="2024-05-13").participants}


def test_a_rank_in_figures_opens_the_role_after_the_name() -> None:
    text = (
        "Entretiens à Valmont\n\n"
        "Le président Karl Testa s'est entretenu lundi à Valmont avec Jean Dupont, 1er vice-président de "
        "l'Assemblée régionale. Les deux hommes ont évoqué la coopération entre leurs institutions."
    )
    assert roles(text)["Jean Dupont"] == "1er vice-président de l'Assemblée régionale"


def test_a_second_office_ranked_in_figures_stays_with_its_holder() -> None:
    text = (
        "Rencontre à Valmont\n\n"
        "Karl Testa, président du Valdor et 2ème vice-président de l'Union régionale, a rencontré lundi à Valmont "
        "le ministre Paul Mercier. Les deux dirigeants ont passé en revue la coopération bilatérale."
    )
    found = roles(text)
    assert found["Karl Testa"] == "président du Valdor et 2ème vice-président de l'Union régionale"
    assert found["Paul Mercier"] == "ministre"
    assert None not in found
