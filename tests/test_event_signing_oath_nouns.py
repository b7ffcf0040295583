"""Event type on briefs invented for these tests (fictional people, real countries): the nouns of a signing and of
a swearing-in tell an 'other' event in the plural ("dos memorandos de entendimiento fueron suscritos") and as the
ceremony's own noun ("après sa prestation de serment"), even when a reception follows later in the brief."""

from __future__ import annotations

from briefparse import parse


def test_plural_memoranda_signed_are_a_signing() -> None:
    text = (
        "Tres memorandos de entendimiento entre Chile y Bolivia fueron suscritos este 14 de marzo en el Palacio de "
        "La Moneda, en presencia de la presidenta Ana Larraín.\n\n"
        "Según se informó en la ceremonia, los textos abarcan la cooperación cultural y la educación técnica.\n\n"
        "Minutos antes, el canciller boliviano Rubén Quispe fue recibido por la mandataria en su despacho."
    )
    assert parse(text, language="es").event_type == "other"


def test_the_oath_ceremony_noun_is_a_swearing_in() -> None:
    text = (
        "Koffi Ablé entame un nouveau mandat après sa prestation de serment à Lomé\n\n"
        "La cérémonie s'est tenue en présence des membres de la Cour constitutionnelle. Koffi Ablé, la main posée "
        "sur la Constitution, a juré de respecter la loi fondamentale.\n\n"
        "Dans son discours, le président a salué « un choix en faveur de la paix »."
    )
    assert parse(text, language="fr").event_type == "other"
