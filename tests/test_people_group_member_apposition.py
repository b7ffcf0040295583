"""The opening counts a group in the plural ("une délégation des ambassadeurs africains"), and a later sentence
opens on a name whose apposition holds one of the group's offices ("M. X, ambassadeur de A et doyen du corps
diplomatique, a affirmé …"): one of the group, who takes part. Every brief here is invented for the test."""

import datetime as dt

import briefparse

TEXT = (
    "Une délégation des ambassadeurs africains en poste à Lomé a été reçue ce mercredi en audience par le Premier "
    "ministre, Koffi Mensah Dogbe.\n\n"
    "Son Excellence Monsieur Karim Benali Sahraoui, ambassadeur de l’Algérie au Togo et doyen du corps "
    "diplomatique, a affirmé au nom de la délégation leur soutien au gouvernement.\n"
)


def names(text: str) -> list[str]:
    brief = briefparse.parse(text, reference_date=dt.date(2022, 6, 1))
    return [p.name for p in brief.participants if p.name]


def test_member_named_with_the_group_office_after() -> None:
    assert "Karim Benali Sahraoui" in names(TEXT)


def test_someone_of_another_office_is_no_member() -> None:
    text = TEXT.replace("ambassadeur de l’Algérie au Togo et doyen du corps diplomatique", "historien togolais")
    assert "Karim Benali Sahraoui" not in names(text)
