"""A government release names its publisher under the text, after a label on a line of its own ("Éditeur :",
then the body, then the page's last-update line): the body is the source, as after "Source :".

Every brief here is invented for the test (fictional people, real countries).
"""

import briefparse

BRIEF = (
    "Rencontre à Berne\n\nLa ministre Anna Keller a reçu lundi à Berne son homologue du Chili, Pedro Soto. Les deux "
    "ministres ont évoqué la coopération.\n\n"
)


def test_the_publisher_named_under_a_release_is_its_source():
    text = BRIEF + "Éditeur :\n\nDépartement fédéral des affaires étrangères\n\nDernière mise à jour 19.07.2023\n"
    source = briefparse.parse(text, reference_date="2024-03-14").source
    assert source is not None and source.name == "Département fédéral des affaires étrangères"


def test_the_word_inside_a_sentence_is_no_label():
    text = BRIEF + "L'éditeur du rapport, Jan Lind, a présenté ses conclusions.\n"
    assert briefparse.parse(text, reference_date="2024-03-14").source is None
