"""The date that closes an embedded post's signature, right after its author's handle ("— Name (@handle) 18 de
enero de 2018"), is the day of the post, never the page's publication date, wherever the post stands. A byline
that gives its author's handle, then how long ago the page went up and its date, still stamps the page.

Every brief here is invented for the test.
"""

import briefparse

LEAD_ES = (
    "El presidente de Valdoria, Pablo Ortega, llegó la noche de este miércoles a Norville para una visita "
    "oficial a invitación de su homólogo, Jan Lind.\n"
    "#FOTOS: El presidente arribó esta noche a Norville. pic.twitter.com/AbCdEf\n"
    "— Presidencia Valdoria (@PresidenciaVal) 18 de enero de 2018\n"
    "El mandatario fue recibido por una comitiva oficial y este jueves se reunirá con Lind.\n"
)


def test_a_post_signature_in_the_brief_s_language_is_no_publication_date() -> None:
    record = briefparse.parse(
        LEAD_ES
        + "Bienvenido a Norville. pic.twitter.com/QwErTy\n"
        + "— SRE Val (@SRE_v) 17 de enero de 2018\n"
        + "El mandatario firmará el libro de visitantes distinguidos y se reunirá con empresarios.\nsrv\n"
    )
    assert record.published is None


def test_an_english_post_signature_closing_the_text_is_no_publication_date() -> None:
    lead = (
        "El canciller de Valdoria, Pablo Ortega, y su par de Norlandia, Jan Lind, conversaron este martes "
        "sobre la cooperación regional.\n"
        "Great talk with @PabloOrtega today on regional cooperation. pic.twitter.com/XyZ123\n"
    )
    record = briefparse.parse(lead + "— Jan Lind (@JanLind) June 29, 2021\n")
    assert record.published is None
    assert record.date == "2021-06-29"


def test_a_byline_with_a_handle_and_the_page_s_date_still_stamps_the_page() -> None:
    text = (
        "Valdoria.com\n"
        "Ortega Takes Part In Videoconference Of Regional Ministers\n\n"
        "Ana Ruiz (@AnaRuiz) 2 minutes ago Thu 24th September 2020 | 07:29 PM\n\n"
        "Valdorian Foreign Minister Pablo Ortega on Thursday took part in a virtual meeting of regional "
        "foreign ministers, the ministry said.\n"
    )
    record = briefparse.parse(text)
    assert record.published == "2020-09-24"
