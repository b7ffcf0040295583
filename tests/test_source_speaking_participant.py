"""Source: a spokesperson whose own words are the news takes part in the statement and is no source ("« La
Valdorie condamne … », a déclaré le porte-parole du ministère, Jean Marot"), whether the brief names the role with its
article or not, quoted or reported after a complementizer ("a indiqué qu'…", "Сомов отметил, что …"); one whose verb of
saying is only tacked onto another's meeting is the source; an agency's own envoy is the agency's reporting, not a
party ("a constaté l'envoyée spéciale de l'AFP").

Every brief here is invented for the test.
"""

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text).source
    return source.name if source else None


def test_a_spokesperson_whose_words_are_the_news_is_no_source() -> None:
    text = (
        "La Valdorie condamne l'attentat de Port-Carel\n\n"
        "Le ministère valdorien des Affaires étrangères a condamné jeudi l'attentat commis la veille à Port-Carel.\n"
        "« La Valdorie condamne avec la plus grande fermeté cet attentat odieux », a déclaré le porte-parole du "
        "ministère des Affaires étrangères, Jean Marot.\n"
        "« Nous exprimons nos condoléances aux familles des victimes », a ajouté M. Marot."
    )
    assert source_name(text) is None


def test_a_spokesperson_whose_reported_words_are_the_news_is_no_source() -> None:
    text = (
        "Pas de remaniement ministériel en vue\n\n"
        "Le porte-parole de la primature, Rémy Castel, a indiqué qu'aucun remaniement ministériel n'était envisagé.\n\n"
        "Toutefois, il a estimé qu'il fallait tenir compte de la position des parlementaires de la majorité."
    )
    assert source_name(text) is None


def test_a_spokesperson_who_reports_a_meeting_is_the_source() -> None:
    text = (
        "Le président Amadou Kessé reçoit l'émissaire Paul Ondo\n\n"
        "Le président Amadou Kessé a reçu mardi au palais l'émissaire Paul Ondo, porteur d'un message de son "
        "homologue, a indiqué le porte-parole de la présidence, Jean Marot."
    )
    assert "porte-parole de la présidence" in (source_name(text) or "")


def test_an_agency_s_own_envoy_is_the_agency_s_reporting() -> None:
    text = (
        "Le président Amadou Kessé a été reçu lundi matin par la présidente Lina Moreau au domaine de Valbrise, a "
        "constaté l’envoyée spéciale de l’AFP.\n\n"
        "Les deux dirigeants ont évoqué la coopération économique entre leurs deux pays."
    )
    assert "AFP" in (source_name(text) or "")


def test_a_spokesperson_whose_words_are_reported_elsewhere_is_no_source_ru() -> None:
    text = (
        "Сомов рассказал о встречах президента\n\n"
        "Президент Варнии Павел Гордеев приглашает к себе только давних партнеров. Об этом рассказал пресс-секретарь "
        "президента Олег Сомов.\n\n"
        "Сомов отметил, что такой подход помогает сотрудничеству."
    )
    assert source_name(text) is None
