"""A photo's caption closed by its credit ("… im Ministerium. Foto: Staatskanzlei") may stand between the headline
and the page's date stamp: it is no headline, though it stands right over the stamp.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

STORY = (
    "Landesministerin Karla Lenz hat am Montag den Botschafter Norlands, Tomas Berin, in Mainz zu einem Gespräch "
    "empfangen. Im Mittelpunkt standen die wirtschaftlichen Beziehungen."
)


def test_a_caption_with_its_credit_over_the_date_stamp_is_no_headline():
    text = (
        "Ministerin Lenz empfängt Botschafter aus Norland\n\n"
        "Karla Lenz und Tomas Berin im Ministerium. Foto: Staatskanzlei/Peter Kranz\n\n"
        f"12. März 2024\n\n{STORY}\n"
    )
    brief = briefparse.parse(text)
    assert brief.title == "Ministerin Lenz empfängt Botschafter aus Norland"
    assert brief.published == "2024-03-12"


def test_a_headline_over_the_stamp_without_a_credit_stays_the_headline():
    text = f"Lenz und Berin beraten in Mainz über Handel\n\n12. März 2024\n\n{STORY}\n"
    assert briefparse.parse(text).title == "Lenz und Berin beraten in Mainz über Handel"
