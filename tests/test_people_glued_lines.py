"""A line run into the next one with no space between ("Rencontre avec Amaury DelvauxSon déplacement", a kicker in
capitals against the sentence under it, "ENTRETIENDepuis Valbourg") makes no name of the words glued together: the
name ends where the first line does, and the word that opens the next line is no part of it.

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> list[str | None]:
    brief = briefparse.parse(text)
    return [p.name for p in brief.participants + brief.people_mentioned]


def test_name_glued_to_the_next_sentence_ends_where_its_line_does() -> None:
    text = (
        "Le président norvikois est arrivé à Valbourg\n\n"
        "Le président norvikois Mathieu Karambiri est arrivé ce lundi 20 mars pour une visite d'État.\n"
        "Rencontre avec Amaury DelvauxSon déplacement se tiendra du 20 au 22 mars. Les deux dirigeants auront un "
        "entretien au palais présidentiel.\n"
    )
    names = _names(text)
    assert "Amaury DelvauxSon" not in names
    assert "Amaury Delvaux" in names


def test_kicker_in_capitals_glued_to_the_sentence_is_no_name() -> None:
    text = (
        "ENTRETIENDepuis Brégançon, Karambiri ne décroche pas vraiment et appelle Delvaux\n\n"
        "Syrie et Iran: Depuis Brégançon, Mathieu Karambiri passe un coup de fil à Amaury Delvaux\n\n"
        "ENTRETIENPlus tôt dans la journée de vendredi, il s'était entretenu avec Paul Marchetti…\n"
        "Mathieu Karambiri s'est entretenu vendredi soir au téléphone avec Amaury Delvaux.\n"
    )
    names = _names(text)
    assert not any(name and "ENTRETIEN" in name for name in names)
    assert "Mathieu Karambiri" in names


def test_a_name_written_with_a_capital_inside_stays_whole() -> None:
    text = (
        "Le ministre norvikois Paul McDonald a reçu jeudi à Valbourg l'ambassadeur Amaury Delvaux. Les deux hommes "
        "ont évoqué la coopération bilatérale.\n"
    )
    assert "Paul McDonald" in _names(text)
