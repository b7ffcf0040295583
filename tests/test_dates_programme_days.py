"""A programme's day headings: a line of little but a day ("Vendredi 8 juillet"), over lines that open on a time of
day and what happens then ("11h15 : Entretien avec …"), is the day of the slots it lists, not the page's stamp; the
first of them dates the visit the programme sets out, however far down the page it stands.

Every brief here is invented for the test.
"""

import briefparse

_PROGRAMME_UNDER_STAMP = (
    "Le programme de la ministre Ana Ortega à Port-Marin\n\n"
    "La ministre des Outre-mer, Ana Ortega, se rend à Port-Marin quelques jours après sa nomination. Les élus "
    "attendent beaucoup de ce premier déplacement. Découvrez le programme de la visite ministérielle : Par Paul "
    "Lind - Publié le Jeudi 7 Juillet 2022 à 17:25\n\n"
    "Vendredi 8 juillet\n\n"
    "11h15 : Entretien avec Madame Lise Marin, maire de Port-Marin\n\n"
    "14h15 : Entretien avec Monsieur Jean Cassel, président du conseil régional\n\n"
    "16h30 : Échange avec les acteurs de la filière canne\n\n"
    "Samedi 9 juillet\n\n"
    "9h30 : Visite du port de commerce\n\n"
    "12h00 : Entretien avec Monsieur Marc Lenoir, maire de Saint-Lin\n"
)

_PROGRAMME_ALONE = (
    "PROGRAMME\n\n"
    "Déplacement à Port-Marin de Madame Ana Ortega, secrétaire d'État\n\n"
    "Mardi 01 septembre 2009\n\n"
    "15 h 55 : Arrivée à l'aéroport de Port-Marin\n\n"
    "Point presse à l'aéroport\n\n"
    "16 h 30 : Dépôt de gerbe au monument aux morts\n\n"
    "Mercredi 02 septembre 2009\n\n"
    "10 h 00 : Conférence de presse en préfecture\n"
)


def test_a_programme_day_under_the_page_stamp_dates_the_visit():
    brief = briefparse.parse(_PROGRAMME_UNDER_STAMP)
    assert (brief.date, brief.published) == ("2022-07-08", "2022-07-07")


def test_a_programme_day_heading_is_no_publication_date():
    brief = briefparse.parse(_PROGRAMME_ALONE)
    assert (brief.date, brief.published) == ("2009-09-01", None)


def test_the_last_day_of_a_cut_programme_is_no_publication_date():
    text = _PROGRAMME_ALONE + "\nJeudi 03 septembre 2009\n\n9 h 30 : Visite du port de commerce\n"
    assert briefparse.parse(text).published is None


def test_a_page_stamp_over_its_time_stays_the_publication_date():
    text = (
        "Le président Paul Marin a reçu mardi à Port-Marin son homologue Ana Ortega.\n\n"
        "Les deux chefs d'État ont évoqué la coopération portuaire.\n\n"
        "12.12.2025\n17:01\n"
    )
    brief = briefparse.parse(text)
    assert (brief.date, brief.published) == ("2025-12-09", "2025-12-12")
