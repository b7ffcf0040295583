"""A page's stamp line of cells (number, date, rubric set off by bars), a date in spaced figures under a
publication label, and a full date that a page dated earlier can only announce.

Every brief here is invented for the test.
"""

import briefparse


def test_a_date_in_a_cell_of_a_stamp_line_is_the_publication_date():
    text = (
        "Ministerpräsidentin Lena Berger reist nach Valdor\n\n"
        "Nr.57/2021  | 14.06.2021  | MP  | Ministerpräsidentin\n\n"
        "Ministerpräsidentin Lena Berger reist kommende Woche mit einer Delegation nach Valdor. Dort trifft sie den "
        "Gouverneur der Provinz, Paul Marin.\n\n"
        "„Die Reise dient dem Ausbau der Wirtschaftsbeziehungen“, erklärte die Ministerpräsidentin."
    )
    assert briefparse.parse(text).published == "2021-06-14"


def test_a_date_inside_a_sentence_between_bars_is_no_stamp():
    text = (
        "Außenminister Jon Ostrik empfängt Amtskollegen aus Norland\n\n"
        "Außenminister Jon Ostrik hat am 3. März 2022 in Valdor seinen Amtskollegen Paul Marin empfangen | "
        "Themen waren Handel und Energie."
    )
    assert briefparse.parse(text).published is None


def test_a_full_date_after_the_stamp_in_the_present_tense_is_the_announced_event():
    text = (
        "Bundesrat Marin reist nach Valdor\n\n"
        "11.11.2025 | von Departement für auswärtige Angelegenheiten NDA\n\n"
        "11.11.2025, Bundesrat Paul Marin weilt vom 13. bis 14. November 2025 in Valdor. Dort trifft er "
        "Aussenminister Jon Ostrik. Im Zentrum der Gespräche stehen die bilateralen Beziehungen."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2025-11-11"
    assert brief.date == "2025-11-13"


def test_spaced_figures_under_a_publication_label_are_the_page_s_date():
    text = (
        "Landeshauptmann empfängt neue Generalkonsulin\n\n"
        "erstellt am\n16. 09. 08\n\n"
        "Valdor (lpa) - Die neue Generalkonsulin von Norland, Lena Berger, hat am Montag dem Landeshauptmann "
        "Paul Marin einen Antrittsbesuch abgestattet. Wirtschaft und Verkehr waren die zentralen Themen."
    )
    assert briefparse.parse(text).published == "2008-09-16"


def test_spaced_figures_without_a_label_are_no_date():
    text = (
        "Landeshauptmann empfängt neue Generalkonsulin\n\n"
        "Tabelle\n16. 09. 08\n\n"
        "Valdor (lpa) - Die neue Generalkonsulin von Norland, Lena Berger, hat dem Landeshauptmann "
        "Paul Marin einen Antrittsbesuch abgestattet. Wirtschaft und Verkehr waren die zentralen Themen."
    )
    assert briefparse.parse(text).published is None
