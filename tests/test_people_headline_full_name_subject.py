"""A headline that opens on one full name before its verb of saying or of the event ("X félicite Y pour sa
réélection", "X condamne l'attaque …") names a party, though the body gives that person by office alone: the name
takes part. A headline in title case tells no full name by its capitals.

Every brief here is invented for the test.
"""

import briefparse


def _parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_headline_subject_the_body_gives_by_office_alone_takes_part() -> None:
    text = (
        "Mathieu Karambiri félicite Amaury Delvaux pour sa réélection\n\n"
        "12 - Mars - 2023\n\n"
        "Amaury Delvaux a remporté le deuxième tour de l'élection présidentielle de Norvik devant la candidate Nadia "
        "Ferrandi. Son homologue valdorien lui a adressé ses félicitations, via Twitter, et souhaité du succès pour "
        "son nouveau mandat.\n\n"
        "« Je félicite chaleureusement le Président Amaury Delvaux pour sa victoire à l'élection présidentielle », "
        "a-t-il écrit sur son compte Twitter.\n"
    )
    found = _parties(text)
    assert "Mathieu Karambiri" in found
    assert "Amaury Delvaux" in found


def test_title_case_headline_names_no_one_with_its_verb() -> None:
    text = (
        "Karambiri Sends Condolences To Valdor After Floods\n\n"
        "The President of Norvik sent a message of condolences on Monday to the people of Valdor after the floods.\n"
    )
    assert not any(name and "Sends" in name for name in _parties(text))
