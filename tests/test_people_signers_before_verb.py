"""Participants on briefs invented for these tests (fictional people, real countries): after a lead that reports a
signing, a later sentence whose signers stand before an active verb of signing for a side ("On the Fijian side: X,
Minister of A; Y, Minister of B, signed on behalf of the government", "ont signé au nom de") names more signatories
of the same ceremony: they take part."""

from __future__ import annotations

from briefparse import parse


def test_signers_listed_before_signed_on_behalf_of_take_part() -> None:
    text = (
        "Fiji, Japan sign three agreements\n\n"
        "Suva, 10 February 2017 – Fiji and Japan have signed three agreements on fisheries, culture and tourism. "
        "The agreements were signed by Japanese Minister of Fisheries Tomas Berg on behalf of the government of "
        "Japan.\n\n"
        "On the Fijian side: Ines Marlow, Minister of Culture; Karl Weber, Minister of Tourism, signed on behalf of "
        "the government of Fiji."
    )
    names = {p.name for p in parse(text).participants}
    assert {"Tomas Berg", "Ines Marlow", "Karl Weber"} <= names


def test_les_signataires_avant_le_verbe_prennent_part() -> None:
    text = (
        "Le Niger et le Mali signent trois accords\n\n"
        "Niamey, 10 février 2017 – Le Niger et le Mali ont signé trois accords de coopération. Les accords ont été "
        "signés par le ministre malien de l'Agriculture, Tomas Berg, au nom du gouvernement malien.\n\n"
        "Du côté nigérien, Ines Marlow, ministre de la Culture, et Karl Weber, ministre du Tourisme, ont signé au nom "
        "du gouvernement du Niger."
    )
    names = {p.name for p in parse(text).participants}
    assert {"Tomas Berg", "Ines Marlow", "Karl Weber"} <= names


def test_a_signing_told_as_long_past_names_no_signer_of_the_ceremony() -> None:
    text = (
        "Fiji, Japan sign three agreements\n\n"
        "Suva, 10 February 2017 – Fiji and Japan have signed three agreements on fisheries, culture and tourism. "
        "The agreements were signed by Japanese Minister of Fisheries Tomas Berg on behalf of the government of "
        "Japan.\n\n"
        "The first accord between the two countries, last year, was negotiated when Karl Weber signed for Fiji."
    )
    names = {p.name for p in parse(text).participants}
    assert "Karl Weber" not in names
