"""A release's contact block names the office that issues it: a contact heading alone on its line ("Kontakt",
"Pressekontakt", "Media contacts:"), then the office among the few lines of names above the block's telephone or
mail. A menu's heading over a link's words, or a person alone named for questions, names no source.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

DE_BODY = (
    "Ministerpräsidentin Lena Marin empfängt Botschafter Jan Olsen\n\n"
    "Ministerpräsidentin Lena Marin hat am Montag den Botschafter von Norland, Jan Olsen, zu einem "
    "Antrittsbesuch empfangen.\n\n"
    "Im Mittelpunkt des Gesprächs standen die Beziehungen zwischen Valdorien und Norland.\n\n"
)
EN_BODY = (
    "Premier Meets Ambassador of Norland\n\n"
    "Premier Lena Marin met with the Ambassador of Norland, Jan Olsen, on Monday to discuss trade and energy.\n\n"
    '"We had a very productive first meeting," said Premier Marin.\n\n'
    "- 30 -\n\n"
)
DAY = dt.date(2024, 5, 20)


def test_the_office_under_a_german_contact_heading_issues_the_release() -> None:
    text = DE_BODY + (
        "Kontakt\n\nPressekontakt\n\nStaatskanzlei Valdorien\n\nTelefon: 0123 456-78\nE-Mail: presse [at] stk.example\n"
    )
    source = briefparse.parse(text, reference_date=DAY).source
    assert source is not None and source.name == "Staatskanzlei Valdorien"


def test_the_office_under_a_person_and_a_post_issues_the_release() -> None:
    text = EN_BODY + (
        "Media contacts:\n\nAnna Berg\nDirector of Communications\nOffice of the Premier\n555-0100\n"
        "anna.berg@example.org\n"
    )
    source = briefparse.parse(text, reference_date=DAY).source
    assert source is not None and source.name == "Office of the Premier"


def test_a_menu_heading_over_link_words_names_no_source() -> None:
    text = DE_BODY + "Kontakt\n\nEngagiere dich\n\nSpenden\n"
    assert briefparse.parse(text, reference_date=DAY).source is None


def test_a_person_alone_named_for_questions_names_no_source() -> None:
    text = DE_BODY + "Kontakt\n\nJan Berger\nTelefon: 0123 456-78\n"
    assert briefparse.parse(text, reference_date=DAY).source is None
