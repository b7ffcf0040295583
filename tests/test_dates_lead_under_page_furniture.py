"""The event date of a story printed under a page's furniture: a blog's menu, its stamp and the headline printed
again stand above the lead, whose own date is still the story's first.

Every brief here is invented for the test.
"""

import briefparse

_FURNITURE = (
    "Blogosphère\nSuivre ce blog Administration + Créer mon blog\n\nSommaire\n\n"
    "  • : valdoria-presse\n  • : informations générales sur la Valdorie et ses voisins\n  • Contact\n\n"
    "Recherche\n\nLiens\n\nArchives\n\nCatégories\n\n"
    "14 mars 2024 4 14 /03 /mars /2024 09:12\n"
)
_HEADLINE = "Valdorie : l'Université de Porta Nova propose un plan contre les crues\n"


def test_the_lead_date_under_a_blog_menu_beats_the_blog_stamp():
    text = (
        _FURNITURE
        + _HEADLINE * 5
        + "\nhttps://www.radio-norland.example jeudi 14 mars 2024 08:30\n\n"
        "Le département de géographie de l'Université de Porta Nova a proposé lundi 11 mars 2024 au gouvernement "
        "un réseau de stations de mesure sur le fleuve Arven. C'est la conclusion d'un colloque international "
        "qui a réuni des hydrologues de la région. \"Le débit a doublé en six jours\", a précisé Paul Marin, "
        "point focal du colloque."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2024-03-14"
    assert brief.date == "2024-03-11"


def test_the_story_past_its_lead_keeps_its_rank_under_a_headline_printed_twice():
    """The furniture left out above the lead is left out of every later sentence's rank too: the call 'ce mercredi'
    just past the lead outranks the journey announced inside it."""
    headline = "Valdorie – Norland : appel téléphonique entre les deux ministres des Affaires étrangères\n\n"
    text = (
        "search-form-close\n" + headline * 2 + "Par Jeanne Roux / Agence Photo\nValdorie - Norland\n\n"
        "Cinq jours après l'échange entre les présidents des deux pays, les gouvernements valdorien et norlandais "
        "s'attèlent à la reprise de leur coopération. Une coopération à l'arrêt depuis six mois en raison d'une "
        "crise diplomatique.\n\n"
        "C'est dans ce contexte que Paul Marin, ministre norlandais des Affaires étrangères, est attendu samedi 12 "
        "octobre à Porta Nova pour une visite de travail. Ce mercredi, à trois jours de ce déplacement, le ministre "
        "norlandais a eu un entretien téléphonique avec son homologue valdorien Marc Dorel.\n\n"
        "\"Dans le prolongement de l'appel téléphonique du 4 octobre 2024 entre les deux présidents, le ministre des "
        "Affaires étrangères, M. Marc Dorel, a reçu ce jour un appel téléphonique de son homologue norlandais, M. "
        "Paul Marin\", annonce le ministère valdorien dans un communiqué.\n"
    )
    assert briefparse.parse(text).date == "2024-10-09"
