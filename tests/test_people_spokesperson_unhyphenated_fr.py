""""Porte parole" written without its hyphen is the same office: a role in apposition ("X, conseiller, porte parole
de la présidence"), a spokesperson's who only reports the event. Every brief here is invented for the test."""

import datetime as dt

import briefparse

LEAD = "Le président Jean Kodjo a reçu mardi au palais son homologue Paul Amara"


def test_second_title_without_hyphen() -> None:
    text = (
        LEAD + ". L'audience s'est déroulée en présence de MM. Ali Koné, conseiller principal, et Abdoulaye Ba, "
        "conseiller, porte parole de la présidence."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2022, 6, 1))
    roles = {p.name: p.role for p in brief.participants}
    assert roles["Abdoulaye Ba"] == "conseiller, porte parole de la présidence"


def test_spokesperson_without_hyphen_only_reports() -> None:
    text = LEAD + ". Le porte parole du gouvernement, Amadou Sy, a indiqué que la rencontre était fructueuse."
    brief = briefparse.parse(text, reference_date=dt.date(2022, 6, 1))
    assert "Amadou Sy" not in [p.name for p in brief.participants]
