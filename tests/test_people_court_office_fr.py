"""A royal court's chamberlain present at an audience holds an office: "M. X, Chambellan de S.M. le Roi" opens his
role.
Every brief here is invented for the test."""

import datetime as dt

import briefparse


def test_chamberlain_is_a_role() -> None:
    text = (
        "Le Roi a reçu mercredi au Palais royal l'ambassadeur de Valdorie, Piet Van Damme. Cette audience s'est "
        "déroulée en présence de M. Karim Tazi Alaoui, ministre des Affaires étrangères, et M. Brahim Koutoubi, "
        "Chambellan de S.M. le Roi."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2022, 6, 1))
    roles = {p.name: p.role for p in brief.participants}
    assert (roles.get("Brahim Koutoubi") or "").startswith("Chambellan")
