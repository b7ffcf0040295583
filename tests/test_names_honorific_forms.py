"""How honorifics and initials written in short forms around a name are read: "SE" (Son Excellence without its dots)
before a name in French, "M." glued to a surname, an initial of two letters glued to one ("Kh.X"), "Cheikh" as a
given name."""

import briefparse


def _names_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text).participants]


def test_fr_son_excellence_in_capitals_without_dots():
    text = (
        "Niamey, 12 mars 2025 - Le Président de la République, Chef de l'Etat, SE Moussa Dandakoye a reçu en "
        "audience ce mardi l'ambassadeur du Portugal au Niger, M. Rui Carvalhosa.\n"
    )
    assert _names_and_roles(text) == [
        ("Moussa Dandakoye", "Président de la République, Chef de l'Etat"),
        ("Rui Carvalhosa", "ambassadeur du Portugal au Niger"),
    ]


def test_fr_monsieur_glued_to_a_surname_written_out_elsewhere():
    text = (
        "Rabat, 4 mars 2025 - Le président de la Chambre, Karim Bennouna, s'est entretenu mardi à Brasilia avec "
        "le président du Sénat brésilien, Tiago Ferraz. \"Nous voulons aller plus loin\", a affirmé M.Bennouna, "
        "qui conduit une délégation parlementaire.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == ["Karim Bennouna", "Tiago Ferraz"]


def test_initial_glued_to_a_surname_stays_an_initial():
    text = (
        "Ulaanbaatar, March 4, 2025 - Foreign Minister M.Bayartsogt met on Tuesday the Ambassador of Canada, "
        "Ellen Marsh.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == ["M.Bayartsogt", "Ellen Marsh"]


def test_initial_of_two_letters_glued_to_a_surname():
    text = (
        "Ulaanbaatar, March 4, 2025 - Foreign Minister B.Ganbold met on Tuesday the Ambassador of Canada, Ellen "
        "Marsh.\n\nPresent at the meeting were Kh.Enkhjargal, the Ambassador of Mongolia to Canada, and other "
        "officials.\n"
    )
    assert _names_and_roles(text) == [
        ("B.Ganbold", "Foreign Minister"),
        ("Ellen Marsh", "Ambassador of Canada"),
        ("Kh.Enkhjargal", "Ambassador of Mongolia to Canada"),
    ]


def test_fr_cheikh_opens_a_name_with_a_fathers_name_joined_by_ould():
    text = (
        "Rabat, 4 mars 2025 - Le ministre des Affaires étrangères, Karim Bennouna, a reçu mardi à Rabat "
        "l'ambassadeur de Mauritanie, Cheikh Sidi Ould Bahaye, et l'émir du Qatar, Cheikh Tamim ben Hamad Al-Thani.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == [
        "Karim Bennouna",
        "Cheikh Sidi Ould Bahaye",
        "Tamim ben Hamad Al-Thani",
    ]


def test_es_comrade_before_a_name_is_a_title():
    text = (
        "Valdoria, 3 de marzo de 2025.- El Compañero Tomás Vidal Ferrer, presidente de Valdoria, recibió este lunes "
        "a la compañera Lucía Marín Soto, embajadora de Freedonia.\n"
    )
    assert _names_and_roles(text) == [
        ("Tomás Vidal Ferrer", "presidente de Valdoria"),
        ("Lucía Marín Soto", "embajadora de Freedonia"),
    ]
