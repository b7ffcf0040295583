"""A later sentence's office epithet ("le chef de l'État", "глава государства", "el jefe del Estado", "the head of
state", "das Staatsoberhaupt") is the participant the brief names with another title of that office
(`Language.same_offices`; the first, when two hold it), not an unnamed participant of its own.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse

BRIEFS = {
    "fr": (
        "Ndiaye a parlé à Traoré\n\nLe président sénégalais Amadou Ndiaye et le président élu malien Oumar Traoré se "
        "sont entretenus au téléphone ce vendredi, selon la présidence.\n\nLe chef de l'État a indiqué qu'il "
        "identifiait les mêmes dossiers.",
        "Amadou Ndiaye",
        "chef",
    ),
    "ru": (
        "Самиев поздравил президента Армении Гаспаряна с днем рождения\n\nПрезидент Казахстана Ерлан Самиев поздравил "
        "президента Армении Ашота Гаспаряна с днем рождения. В телеграмме Самиев отметил достижения Армении.\n\n"
        "Глава государства подчеркнул, что отношения между странами строятся на дружбе.",
        "Ерлан Самиев",
        "Глава",
    ),
    "es": (
        "El presidente de Uruguay, Martín Ferreyra, y el presidente de Chile, Tomás Rivas, hablaron por teléfono este "
        "lunes. Según informó el jefe del Estado, ambos acordaron reunirse en marzo.",
        "Martín Ferreyra",
        "jefe",
    ),
    "en": (
        "Ghanaian President Kwame Boateng held talks in Accra on Tuesday with Togolese President Kodjo Amegah. "
        "The head of state welcomed the progress made on the border corridor.",
        "Kwame Boateng",
        "head",
    ),
    "de": (
        "Der österreichische Präsident Lukas Berger hat am Dienstag mit dem slowenischen Präsidenten Marko Zupan "
        "telefoniert. Das Staatsoberhaupt würdigte die guten Beziehungen beider Länder.",
        "Lukas Berger",
        "Staatsoberhaupt",
    ),
}


@pytest.mark.parametrize("language", sorted(BRIEFS))
def test_office_epithet_is_the_named_holder(language: str) -> None:
    text, holder, epithet = BRIEFS[language]
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 8))
    assert brief.language == language
    assert all(p.name for p in brief.participants), [(p.name, p.role) for p in brief.participants]
    (person,) = [p for p in brief.participants if p.name == holder]
    assert any(m.text.startswith(epithet) for m in person.mentions), person.mentions


def test_epithet_goes_to_the_participant_named_without_role() -> None:
    """Someone named with no role may be the one the epithet means: the office's other holder is not taken."""
    brief = briefparse.parse(
        "Ndiaye a parlé à Traoré\n\nAmadou Ndiaye et le président élu malien Oumar Traoré se sont entretenus au "
        "téléphone ce vendredi, selon la présidence.\n\nLe chef de l'État a indiqué qu'il identifiait les mêmes "
        "dossiers.",
        reference_date=dt.date(2024, 3, 8),
    )
    (ndiaye,) = [p for p in brief.participants if p.name == "Amadou Ndiaye"]
    assert ndiaye.role == "chef de l'État"


def test_epithet_with_no_holder_stays_unnamed() -> None:
    """No one named holds the office: the epithet's person stays an unnamed participant."""
    brief = briefparse.parse(
        "Le chef de l'État a reçu jeudi à Dakar le ministre malien Oumar Traoré.", reference_date=dt.date(2024, 3, 8)
    )
    assert [p.role for p in brief.participants if p.name is None] == ["chef de l'État"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Der österreichische Präsident Lukas Berger hat am Mittwoch in Graz den slowenischen Präsidenten Marko "
            "Zupan empfangen, wie ein Sprecher des Bundespräsidialamts mitteilte.",
            ["Lukas Berger", "Marko Zupan"],
        ),
        (
            "Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Asha Juma in Nairobi on Monday, a Foreign "
            "Office Spokesperson confirmed.",
            ["Daniel Mwangi", "Asha Juma"],
        ),
    ],
)
def test_unnamed_spokesperson_beside_named_parties_is_left_out(text: str, named: list[str]) -> None:
    """An unnamed spokesperson who reports an encounter of named people is no participant."""
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 8))
    assert [p.name for p in brief.participants] == named


def test_unnamed_spokesperson_alone_is_the_party() -> None:
    """The spokesperson's own statement, no one named: the unnamed spokesperson stays the party."""
    brief = briefparse.parse(
        "La France condamne l'attaque contre le poste frontière de Kirumba, a déclaré jeudi le porte-parole du "
        "ministère des Affaires étrangères.",
        reference_date=dt.date(2024, 3, 8),
    )
    assert [(p.name, p.role) for p in brief.participants] == [
        (None, "porte-parole du ministère des Affaires étrangères")
    ]
