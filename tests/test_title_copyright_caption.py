"""A photo's caption closed by its copyright credit ("…, © Botschaft Port Luna", "… ©Иван Петров Агентство") is no
headline, though it stands over the page's date stamp or is printed twice; a German headline that gives talks as the
purpose of a trip ("X zu … Gesprächen in Y") leaves the event to the lead.

Every brief here is invented for the test.
"""

import briefparse


def test_a_caption_with_its_copyright_credit_over_the_stamp_is_no_headline() -> None:
    text = (
        "Staatsministerin Berger zu wirtschaftspolitischen Gesprächen in Port Luna\n\n"
        "Die valdorische Staatsministerin für Europaangelegenheiten Anna Berger in Port Luna, © Botschaft Port Luna\n\n"
        "Artikel\n\n"
        "Port Luna, 3. Mai 2021\n\n"
        "Die valdorische Staatsministerin für Europaangelegenheiten, Anna Berger, ist am 03.05.2021 nach Port Luna "
        "gereist. Hier hat sie im Wirtschaftsministerium mit Staatssekretär Paul Marin Gespräche zum Thema Handel "
        "geführt.\n"
    )
    brief = briefparse.parse(text)
    assert brief.title == "Staatsministerin Berger zu wirtschaftspolitischen Gesprächen in Port Luna"
    assert brief.event_type == "visit"


def test_a_caption_printed_twice_with_its_copyright_credit_is_no_headline() -> None:
    text = (
        "На следующей неделе пройдет встреча замглавы МИД Валдории и нового посла Норланда\n\n"
        "   Посольство Норланда в Порт-Луне ©Иван Петров Агентство\n"
        "Посольство Норланда в Порт-Луне ©Иван Петров Агентство\n\n"
        "Замглавы МИД Валдории Павел Марин отметил, что он встретится с новым послом Норланда Яном Остриком в начале "
        "следующей недели.\n"
    )
    assert briefparse.parse(text).title == (
        "На следующей неделе пройдет встреча замглавы МИД Валдории и нового посла Норланда"
    )


def test_talks_as_the_purpose_of_a_trip_leave_a_meeting_to_the_lead() -> None:
    text = (
        "Außenminister Marin zu bilateralen Gesprächen in Port Luna\n\n"
        "Am 3. Mai traf Außenminister Paul Marin zu bilateralen Gesprächen mit seinem norländischen Amtskollegen "
        "Jan Ostrik zusammen. Die Minister sprachen über den Handel.\n"
    )
    brief = briefparse.parse(text)
    assert brief.title == "Außenminister Marin zu bilateralen Gesprächen in Port Luna"
    assert brief.event_type == "meeting"


def test_a_headline_without_a_credit_stays() -> None:
    text = (
        "Ministerpräsident Marin empfängt den Botschafter von Norland\n\n"
        "14.06.2019\n\n"
        "Ministerpräsident Paul Marin hat am 14. Juni 2019 den Botschafter von Norland, Jan Ostrik, in der "
        "Staatskanzlei empfangen.\n"
    )
    assert briefparse.parse(text).title == "Ministerpräsident Marin empfängt den Botschafter von Norland"
