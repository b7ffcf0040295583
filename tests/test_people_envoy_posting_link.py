"""People on briefs invented for these tests (fictional people, real countries): an envoy whose credentials (or a
message) the host receives takes part though the envoy's own role posts him with an addressee word ("l'ambassadeur du
Ghana au Togo, X", "the Ambassador of Ghana to Cameroon, X"): that link belongs to the role, it addresses nothing to
anyone; a message carried "au président de la République, W" still leaves W out."""

from __future__ import annotations

from briefparse import parse


def _participants(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def test_credentials_of_an_envoy_posted_au_fr() -> None:
    text = (
        "Le président Paul Mbarga a reçu mercredi les lettres de créance du nonce apostolique au Togo, Julio "
        "Ferrante, et des ambassadeurs du Soudan, Omar Khalid Bashir, et de la Chine, Li Qiang."
    )
    assert _participants(text) == ["Paul Mbarga", "Julio Ferrante", "Omar Khalid Bashir", "Li Qiang"]


def test_credentials_of_an_envoy_posted_to_en() -> None:
    text = (
        "President Paul Mbarga on Wednesday received the letters of credence of the Ambassador of Ghana to "
        "Cameroon, Julio Ferrante."
    )
    assert _participants(text) == ["Paul Mbarga", "Julio Ferrante"]


def test_addressee_of_a_carried_message_stays_out_fr() -> None:
    text = (
        "Le Premier ministre, Karim Sall, a reçu mardi Amadou Koné, porteur d'un message du président Issa Diallo, "
        "au président de la République, Ousmane Traoré."
    )
    assert "Ousmane Traoré" not in _participants(text)
