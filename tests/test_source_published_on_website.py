"""Source: the website a text was published on names its owner ("Le texte a été publié sur le site web du
Kremlin", "Das ist auf der Webseite der Bundesregierung nachzulesen", "fue difundida en la página oficial del
gobierno", "posted on the website of the ministry", "в телеграмме, опубликованной на сайте Кремля"); a site that
is a place ("sur le site du sommet") names no one.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Le président Amadou Kessé félicite son homologue Paul Ondo\n\n"
            "Le président Amadou Kessé a adressé un message de félicitations à Paul Ondo pour sa réélection. Le texte "
            "du message a été publié sur le site web de la présidence valdorienne vendredi.",
            "présidence valdorienne",
        ),
        (
            "Kessé telefonierte mit Ondo\n\n"
            "Präsident Amadou Kessé hat am Donnerstag mit dem künftigen Regierungschef Paul Ondo telefoniert. Das ist "
            "auf der Webseite der Landesregierung nachzulesen.",
            "Landesregierung",
        ),
        (
            "Reunión de los gobernadores Tomás Ferrán y Luis Ortal\n\n"
            "Los gobernadores Tomás Ferrán y Luis Ortal tuvieron este día una reunión en el Palacio de Gobierno, que "
            "fue difundida en la página oficial del gobierno del estado.",
            "gobierno del estado",
        ),
        (
            "Minister Paul Ondo meets envoy Tomas Ferran\n\n"
            "Foreign Minister Paul Ondo met the envoy Tomas Ferran on Monday. The readout of the talks was posted on "
            "the website of the Valdorian Foreign Ministry.",
            "Valdorian Foreign Ministry",
        ),
        (  # the participle declined with the document it qualifies, the site's owner in the genitive
            "Петров поздравил Ондо с днем рождения\n\n"
            "Президент Иван Петров поздравил президента Валдории Пауля Ондо с днем рождения. В поздравительной "
            "телеграмме, опубликованной на сайте Кремля, Петров отметил успехи Валдории.",
            "сайт Кремля",
        ),
        (  # the short participle after the document
            "Петров выразил соболезнования Ондо\n\n"
            "Президент Иван Петров выразил соболезнования президенту Валдории Паулю Ондо в связи с гибелью людей. "
            "Текст телеграммы размещен на официальном сайте Кремля.",
            "сайт Кремля",
        ),
    ],
    ids=[
        "fr-publie-sur-le-site-web",
        "de-auf-der-webseite",
        "es-pagina-oficial",
        "en-website-of",
        "ru-opublikovannoj-na-sajte",
        "ru-razmeshchen-na-sajte",
    ],
)
def test_the_website_a_text_was_published_on_names_its_owner(text: str, owner: str) -> None:
    assert owner in (source_name(text) or "")


def test_a_site_that_is_a_place_names_no_source() -> None:
    text = (
        "Le président Amadou Kessé a reçu son homologue Paul Ondo\n\n"
        "Le président Amadou Kessé a reçu mardi son homologue Paul Ondo sur le site du sommet de Valdor, où les deux "
        "hommes ont parlé de la sécurité dans la région."
    )
    assert source_name(text) is None
