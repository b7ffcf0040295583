"""A role that a capacity word predicates in a named person's own clause ("X besucht als Präsident der USA Berlin"),
when none stands by their name.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_the_office_after_als_in_the_clause_of_the_name_is_its_role():
    text = (
        "Paul Marin besucht zum letzten Mal als Präsident von Norland die valdorische Hauptstadt Valdor. Die Maschine "
        "landete am Mittwochabend. Noch am Abend gab es mit Bundeskanzlerin Lena Berger ein Abendessen."
    )
    assert roles(text) == {"Paul Marin": "Präsident von Norland", "Lena Berger": "Bundeskanzlerin"}


def test_an_office_after_als_that_another_name_holds_is_not_the_subject_s():
    text = (
        "Lena Berger empfing als Gastgeberin Präsident Paul Marin in Valdor. Die beiden sprachen über Handel "
        "und Energie."
    )
    assert roles(text).get("Lena Berger") != "Präsident"


def test_an_office_said_of_an_object_after_als_is_not_the_subject_s():
    text = (
        "Paul Marin trifft Honorarkonsuln\n\n"
        "Valdor (lpd) - Paul Marin traf am Freitag in Valdor die Honorarkonsuln von Norland. Er bezeichnete die "
        "Honorarkonsuln als Botschafter des Landes. Paul Marin bezeichnete die Gäste als Botschafter Norlands."
    )
    assert roles(text).get("Paul Marin") != "Botschafter Norlands"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Paul Marin visitó por última vez como presidente de Norland la capital valdoriana. Por la noche cenó con "
            "la canciller Lena Berger en el palacio de gobierno.",
            "Paul Marin",
            "presidente de Norland",
        ),
        (
            "Paul Marin s'est rendu mardi en tant que président de la Norlande à Valdor. Le soir, il a dîné avec la "
            "ministre des Affaires étrangères, Lena Berger.",
            "Paul Marin",
            "président de la Norlande",
        ),
        (
            "Paul Marin visited Valdor as President of Norland on Wednesday. In the evening he had dinner with Foreign "
            "Minister Lena Berger.",
            "Paul Marin",
            "President of Norland",
        ),
    ],
    ids=["es-como", "fr-en-tant-que", "en-as"],
)
def test_the_capacity_word_of_each_language_gives_the_role(text: str, name: str, role: str):
    assert roles(text).get(name) == role


def test_a_title_a_capacity_link_opens_after_the_name_is_its_role_whole():
    text = (
        "Le ministre des Affaires étrangères, Paul Ravelona, a reçu mardi à Antananarivo M. Karl Brenner en sa "
        "qualité d’ambassadeur extraordinaire et plénipotentiaire de la République d’Autriche auprès de Madagascar. "
        "Les deux personnalités ont évoqué la coopération bilatérale."
    )
    assert roles(text) == {
        "Paul Ravelona": "ministre des Affaires étrangères",
        "Karl Brenner": (
            "ambassadeur extraordinaire et plénipotentiaire de la République d’Autriche auprès de Madagascar"
        ),
    }


def test_a_spanish_capacity_link_opens_the_title_too():
    text = (
        "La canciller Lena Berger recibió el lunes en Lima a Karl Brenner en su calidad de embajador extraordinario y "
        "plenipotenciario de Austria en el Perú. Ambos repasaron la cooperación bilateral."
    )
    assert roles(text).get("Karl Brenner") == "embajador extraordinario y plenipotenciario de Austria en el Perú"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Amara Osei was sworn in as the Minister of Foreign Affairs of Norland on Monday by President Kofi "
            "Mensah. The ceremony was brief.",
            "Amara Osei",
            "Minister of Foreign Affairs of Norland",
        ),
        (
            "The King conveyed his congratulations to Ravi Tandel on his election as the 12th President of Norland "
            "and wished him a successful tenure.",
            "Ravi Tandel",
            "12th President of Norland",
        ),
        (
            "Paul Marin asumió como el nuevo ministro de Hacienda de Norland en una breve ceremonia.",
            "Paul Marin",
            "nuevo ministro de Hacienda de Norland",
        ),
        (
            "Paul Marin überreichte am Montag sein Beglaubigungsschreiben als neuer Botschafter der Republik Norland.",
            "Paul Marin",
            "neuer Botschafter der Republik Norland",
        ),
    ],
    ids=["en-as-the", "en-his-election-as-the-ordinal", "es-como-el-nuevo", "de-als-neuer"],
)
def test_the_office_s_article_and_qualifiers_after_the_capacity_word_are_passed(text: str, name: str, role: str):
    assert roles(text).get(name) == role


def test_an_office_said_of_an_object_with_its_own_article_is_not_the_subject_s():
    text = "Paul Marin traf am Freitag in Valdor Gäste. Paul Marin bezeichnete die Gäste als die Botschafter Norlands."
    assert roles(text).get("Paul Marin") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Prime Minister Sean Walsh congratulates President Tom Baker\n\nI offer my congratulations to Tom Baker on "
            "his re-election as President of Norland. Our countries enjoy a warm relationship.",
            "Tom Baker",
            "President of Norland",
        ),
        (
            "Former Valdor City Mayor Mark Denton was officially sworn in as the Ambassador of Norland to Valdor by "
            "Vice President Karen Holt at a ceremony on Friday.",
            "Mark Denton",
            "Ambassador of Norland to Valdor",
        ),
    ],
    ids=["the-same-noun-alone", "a-former-office"],
)
def test_a_capacity_clause_outranks_the_bare_noun_and_a_former_office(text: str, name: str, role: str):
    assert roles(text).get(name) == role


def test_a_capacity_clause_leaves_another_present_office_alone():
    text = "Foreign Minister Ama Mensah travelled to Valdor as head of the delegation on Monday."
    assert roles(text).get("Ama Mensah") == "Foreign Minister"
