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
