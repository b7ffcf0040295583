"""Source: a day may stand between the cue, the verb or a document's participle and the body it names ("according
to a statement issued on Tuesday by the Foreign Ministry", "informó este martes la Cancillería", "…, 11 апреля
сообщил МИД", "Об этом в среду сообщила пресс-служба"), and a participle with its agent's link ties a document to
the body that issued it ("dans une déclaration envoyée par le bureau du premier ministre", "a statement issued by
the chief minister's office"): the body is the source, without the day.

Every brief, outlet and person here is invented for the test.
"""

import pytest

import briefparse

_EN = "Ministers meet\n\nForeign Minister Jan Lind met his Tarsian counterpart Paul Marin in Varna{}"
_ES = "Reunión de cancilleres\n\nEl canciller Jan Lind se reunió en Varna con su homólogo tarsio Paul Marin{}"
_RU = "Встреча министров\n\nМинистр Варнии Ян Линд встретился в Варне с коллегой Павлом Марином{}"
_FR = "Rencontre des ministres\n\nLe ministre Jan Lind a reçu son homologue Paul Marin à Varna lundi{}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_EN.format(", according to a statement issued on Tuesday by the Foreign Ministry."), "Foreign Ministry"),
        (_EN.format(", according to a statement released Tuesday by the Foreign Ministry."), "Foreign Ministry"),
        (_EN.format(", said a statement published on Tuesday by the Foreign Ministry."), "Foreign Ministry"),
        (_EN.format(". A statement issued by the chief minister's office said they discussed trade."),
         "chief minister's office"),
        (_ES.format(", informó este martes la Cancillería."), "Cancillería"),
        (_ES.format(", según un comunicado emitido este martes por la Cancillería."), "Cancillería"),
        (_ES.format(", de acuerdo con un comunicado publicado este martes por la Cancillería."), "Cancillería"),
        (_RU.format(", 11 апреля сообщил МИД Варнии."), "МИД Варнии"),
        (_RU.format(", в среду сообщила пресс-служба МИД."), "пресс-служба МИД"),
        (_RU.format(". Об этом в среду сообщила пресс-служба МИД."), "пресс-служба МИД"),
        (_FR.format(", a-t-on appris dans une déclaration envoyée par le bureau du premier ministre."),
         "bureau du premier ministre"),
        (_FR.format(", a-t-on appris dans une déclaration envoyée mardi par la présidence."), "présidence"),
    ],
)
def test_the_body_after_a_day_is_the_source(text: str, expected: str) -> None:
    source = briefparse.parse(text).source
    assert source is not None
    assert source.name == expected


def test_an_office_holder_speaking_is_still_no_source() -> None:
    text = _EN.format(", the chief minister said.")
    assert briefparse.parse(text).source is None
