"""What a page prints around a brief (a date widget, a masthead over its menu, share lines under a signature, a
hard wrap) does not change the record read from the brief."""

import pytest

import briefparse
from briefparse.document import load_document

_WIDGET = "Mercredi 2 décembre 2026 - 14:05\n"
_MENU = "Accueil | Politique | Monde | Économie | Sport\n"
_BRIEF = (
    "Le ministre valdorien des Affaires étrangères reçoit son homologue de Norlande\n"
    "Le ministre des Affaires étrangères de Valdorie, Paul Marin, a reçu mardi 14 mars 2023 à Port-Lune "
    "son homologue de Norlande, Anna Berg, pour des entretiens sur la coopération portuaire.\n"
    "Les deux ministres ont signé un accord sur la formation des pilotes de port.\n"
)


def test_a_date_widget_over_the_menu_is_not_the_event_date():
    assert briefparse.parse(_BRIEF).date == "2023-03-14"
    assert briefparse.parse(_WIDGET + _MENU + _BRIEF).date == "2023-03-14"


_NO_EVENT_HEADLINE = (
    "Valdoria and Norland: a new chapter for the ports\n"
    "Valdoria's foreign minister Paul Marin received Norland's envoy Anna Berg in Port Luna on Tuesday, March 14, "
    "2023, for talks on port cooperation.\n"
    "The two sides signed an accord on the training of harbour pilots.\n"
)


def test_an_outlet_name_over_a_headline_without_an_event_is_not_the_title():
    brief = briefparse.parse("The Port Luna Evening Post\n" + _NO_EVENT_HEADLINE)
    assert brief.title == "Valdoria and Norland: a new chapter for the ports"


def test_a_spanish_date_line_with_its_linking_words_is_not_the_title():
    brief = (
        "Miércoles, 2 de diciembre de 2026\n"
        "Puertos: un nuevo capítulo entre Valdoria y Norlandia\n"
        "La canciller de Valdoria, Marta Ruiz, recibió este martes 1 de diciembre de 2026 en Puerto Luna al "
        "embajador de Norlandia, Erik Holm, para hablar de comercio.\n"
    )
    assert briefparse.parse(brief).title == "Puertos: un nuevo capítulo entre Valdoria y Norlandia"


def test_a_signature_above_share_lines_is_the_source():
    brief = (
        "Valdoria and Norland sign a fisheries accord\n"
        "Valdoria's fisheries minister Paul Marin and Norland's envoy Anna Berg signed an accord on fishing quotas "
        "in Port Luna on Tuesday.\n"
        "The accord runs for five years and is open to review after two.\n"
        "PM/ Valdoria Herald\n"
    )
    assert briefparse.parse(brief).source.name == "Valdoria Herald"
    shared = brief + "Share this article\nRead also: Norland opens a new port\n"
    assert briefparse.parse(shared).source.name == "Valdoria Herald"


def test_hard_wrapped_lines_are_joined_offset_for_offset():
    text = (
        "Le ministre des Affaires étrangères de Valdorie, Paul Marin, a reçu mardi\n"
        "14 mars 2023 à Port-Lune son homologue de Norlande, la ministre des\n"
        "affaires étrangères Anna Berg, pour des entretiens sur la coopération\n"
        "portuaire entre les deux pays et sur la formation des pilotes de port.\n"
        "Les deux ministres ont signé un accord sur la formation des pilotes et\n"
        "sont convenus de se revoir en juin prochain à Norlande pour le suivre.\n"
    )
    doc = load_document(text)
    assert "\n" not in doc.text and len(doc.text) == len(text.strip())  # one paragraph, offset for offset
    assert "la ministre des affaires étrangères Anna Berg" in doc.text
    assert all(text[at] == "\n" and doc.text[at] == " " for at in doc.joined_breaks)
    berg = next(p for p in briefparse.parse(text).participants if p.name == "Anna Berg")
    assert "ministre des affaires étrangères" in (berg.role or "").lower()


def test_a_masthead_over_the_menu_is_not_the_source_but_an_outlet_opening_the_story_is():
    lead = "Valdoria's foreign minister Paul Marin received Norland's envoy Anna Berg in Port Luna on Tuesday.\n"
    assert briefparse.parse("The Port Luna Herald\nHome\nPolitics\nWorld\n" + lead).source is None
    assert briefparse.parse("Talks in Port Luna\nPort Luna News -\n" + lead).source.name == "Port Luna News"


def test_a_date_topping_the_page_over_its_menu_is_no_anchor_for_a_weekday():
    brief = (
        "Le ministre valdorien reçoit son homologue de Norlande\n"
        "Le ministre des Affaires étrangères de Valdorie, Paul Marin, a reçu mardi à Port-Lune son homologue de "
        "Norlande, Anna Berg.\n"
    )
    banner = "Jeudi 4 mars 2027 - 14:05\nAccueil | Politique | Monde | Économie\n"
    assert briefparse.parse(banner + brief).date is None
    assert briefparse.parse(banner + brief, reference_date="2025-06-12").date == "2025-06-10"


def test_a_headline_longer_than_the_wrap_width_is_not_joined_to_the_wrapped_body():
    headline = "Valdoria and Norland open talks on port cooperation and the training of harbour pilots"
    body = (
        "Valdoria's foreign minister Paul Marin received Norland's envoy Anna\n"
        "Berg in Port Luna on Tuesday for talks on port cooperation between\n"
        "the two countries and on the training of harbour pilots, the ministry\n"
        "said in a statement issued after the meeting at the foreign ministry.\n"
        "The two sides agreed to meet again in June in the Norland capital to\n"
        "review the first results of the programme and sign a wider accord.\n"
        "Marin said the accord would open the ports of both countries to the\n"
        "pilots trained under the programme and thanked Berg for the support\n"
        "of her government. Berg said Norland was ready to send instructors\n"
        "to Port Luna before the end of the year and to welcome trainees from\n"
        "Valdoria at its own maritime school, which trains pilots since 1950.\n"
    )
    assert load_document(f"{headline}\n{body}").paragraphs[0].text == headline
    assert briefparse.parse(f"{headline}\n{body}").title == headline


def test_a_byline_under_the_headline_is_not_the_title():
    brief = briefparse.parse("WORLD\nBy Jo Lind, Staff Writer\n" + _NO_EVENT_HEADLINE)
    assert brief.title == "Valdoria and Norland: a new chapter for the ports"


_RELATED = "Lesen Sie auch\nPaul Marin empfängt Anna Berg in Port Luna\nPräsident Ivo Sand spricht mit Lena Mork\n"


def test_other_stories_under_a_heading_name_no_participant_place_or_event():
    brief = (
        "Bundesrat Karl Weber zieht eine positive Bilanz seines Besuchs in Kessel\n"
        "Bern, 8.2.2026 - Nach seinem Besuch in Kessel sagte Bundesrat Karl Weber, die Gespräche seien gut gewesen.\n"
    )
    plain, with_related = briefparse.parse(brief), briefparse.parse(brief + _RELATED)
    assert with_related.event_type == plain.event_type == "visit"
    assert with_related.location == plain.location
    assert [p.name for p in with_related.participants] == [p.name for p in plain.participants]


def test_a_heading_under_a_hard_wrapped_paragraph_stays_a_line_of_its_own():
    body = "".join(
        f"{line}\n"
        for line in (
            "Valdoria's foreign minister Paul Marin received Norland's envoy Anna",
            "Berg in Port Luna on Tuesday for talks on port cooperation between",
            "the two countries and on the training of harbour pilots, the ministry",
            "said in a statement issued after the meeting at the foreign ministry.",
            "The two sides agreed to meet again in June in the Norland capital to",
            "review the first results of the programme and sign a wider accord on",
            "the ports of both countries, open to the pilots trained under it all.",
        )
    )
    doc = load_document("Talks in Port Luna\n" + body + "Related articles\nIvo Sand meets Lena Mork in Kessel\n")
    assert "Related articles" in [p.text for p in doc.paragraphs]
    brief = briefparse.parse(doc.text)
    assert {p.name for p in brief.participants} == {"Paul Marin", "Anna Berg"}


def test_a_brief_opening_on_its_date_over_a_one_word_label_keeps_that_date():
    brief = (
        "March 14, 2023\nEnglish\nOn March 14, Foreign Minister Paul Marin of Valdoria held talks with Foreign "
        "Minister Anna Berg of Norland in Port Luna.\n"
    )
    assert briefparse.parse(brief).date == "2023-03-14"


def test_a_headline_in_capitals_names_no_one_by_its_capitals():
    brief = briefparse.parse(
        "В ПРАВИТЕЛЬСТВЕ РАСКРЫЛИ, ПРОВЕДЕТ ЛИ САНДОВ ТРАДИЦИОННУЮ ВСТРЕЧУ С ФЕРМЕРАМИ\n\n"
        "Власть 04 декабря, 2024 / 10:24\n\n"
        "Премьер-министр Иван Сандов традиционно проводит встречи с представителями фермерских хозяйств страны, "
        "заявил журналистам пресс-секретарь главы правительства Павел Маринов. Он ответил на вопрос, состоится ли "
        "данное мероприятие до конца текущего года.\n\n"
        "Традиционно такие встречи проходят, — отметил Маринов.\n\n"
        "До этого пресс-секретарь объяснил, что встречи Сандова с губернаторами носят рабочий характер.\n"
    )
    assert all(p.name and not p.name.isupper() for p in brief.participants)


def test_an_end_mark_in_brackets_is_no_agency():
    brief = (
        "Talks in Port Luna\nValdoria's foreign minister Paul Marin received Norland's envoy Anna Berg in Port Luna "
        "on Tuesday.\nThe two discussed port cooperation.\n(END)\n"
    )
    assert briefparse.parse(brief).source is None


def test_a_brief_saved_as_markdown_reads_as_the_text_it_shows():
    markdown = (
        "# Valdoria and Norland: a new chapter for the ports\n\n"
        "![The two ministers](https://example.org/img/ports.jpg)\n\n"
        "**Valdoria's foreign minister [Paul Marin](https://example.org/people/marin)** received Norland's envoy "
        "Anna Berg in Port Luna on Tuesday, March 14, 2023, for talks on port cooperation.\n\n"
        "> The two sides signed an accord on the training of harbour pilots.\n"
    )
    brief = briefparse.parse(markdown)
    assert brief.title == "Valdoria and Norland: a new chapter for the ports"
    assert {p.name for p in brief.participants} == {"Paul Marin", "Anna Berg"}
    assert "](" not in load_document(markdown).text and "**" not in load_document(markdown).text


def test_text_that_only_looks_like_markdown_is_left_alone():
    text = "Talks in Port Luna\nThe minister said 2*3 and 4**2 were #1 on the list [sic] (see below).\n"
    assert load_document(text).text == text.strip()


def test_a_cookie_notice_is_neither_the_title_nor_a_summary_point():
    notice = (
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie fortfahren, stimmen Sie der "
        "Verwendung zu. Akzeptieren\n"
    )
    brief = briefparse.parse(
        notice + "Außenminister zum Anschlag in Kessel\nAußenminister Karl Weber hat den Anschlag in Kessel am Montag "
        "scharf verurteilt. Die Gedanken seien bei den Opfern, sagte Weber in Wien.\n"
    )
    assert brief.title == "Außenminister zum Anschlag in Kessel"
    assert not any("cookie" in point.lower() for point in brief.summary_points)


def test_a_tag_list_under_a_short_statement_is_no_dateline():
    brief = briefparse.parse(
        "Маринов прокомментировал слухи\n"
        "Пресс-секретарь президента Павел Маринов заявил журналистам, что слухи не соответствуют действительности.\n"
        "Теги: Павел Маринов, политика\n"
    )
    assert brief.location is None


def test_soft_hyphens_a_page_hides_in_long_words_are_dropped():
    text = "Außen\u00administer Karl Weber empfing am Montag in Kessel den Bot\u00adschafter Erik Lund.\n"
    brief = briefparse.parse("Treffen in Kessel\n" + text)
    assert "\u00ad" not in load_document(text).text
    assert any(p.role and "Außenminister" in p.role for p in brief.participants)


def test_character_references_copied_from_a_feed_are_read_as_their_characters():
    text = (
        "L&#8217;ambassadeur de Norlande re&ccedil;u &agrave; Port-Lune\n"
        "Le ministre des Affaires &eacute;trang&egrave;res de Valdorie, Paul Marin, a re&ccedil;u mardi 14 mars 2023 "
        "&agrave; Port-Lune l&#8217;ambassadeur de Norlande, Anna Berg.\n"
    )
    brief = briefparse.parse(text)
    assert brief.title == "L’ambassadeur de Norlande reçu à Port-Lune"
    assert any(p.role == "ministre des Affaires étrangères de Valdorie" for p in brief.participants)
    plain = "Tom & Jerry met at 5 & 6 Main St; R&D is &c."
    assert load_document(plain).text == plain


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "PRESIDENT OF VALDORIA ARRIVES IN NORLAND FOR A STATE VISIT\n"
            "The two leaders are expected to sign a dozen agreements on trade, energy and transport during the stay\n"
            "President Paul Marin of Valdoria arrived in Kessel on Monday for a three-day state visit.",
            "PRESIDENT OF VALDORIA ARRIVES IN NORLAND FOR A STATE VISIT",
        ),
        (
            "LE PRÉSIDENT VALDORIEN EST ARRIVÉ À KESSEL\n"
            "Son avion s'est posé à Kessel\n"
            "Le président valdorien Paul Marin est arrivé lundi à Kessel pour une visite d'État de trois jours.",
            "LE PRÉSIDENT VALDORIEN EST ARRIVÉ À KESSEL",
        ),
        (
            "LOS EMBAJADORES INTERCAMBIARON IMPRESIONES\n"
            "Embajadores de Valdoria se reúnen en Kessel con el ministro de Asuntos Exteriores Paul Marin\n"
            "Los embajadores de Valdoria analizaron el lunes, en Kessel, la situación en la región.",
            "Embajadores de Valdoria se reúnen en Kessel con el ministro de Asuntos Exteriores Paul Marin",
        ),
    ],
)
def test_a_headline_in_capitals_stays_over_its_standfirst_and_a_short_kicker_gives_way(text: str, title: str):
    assert briefparse.parse(text).title == title


def test_a_stamp_line_under_a_photo_credit_is_the_publication_line():
    text = (
        "Paul Marin reçoit les notables de Kessel\n"
        "Photo : Jan Holm / Agence Valdorie\n"
        "publié le : 14 mars 2024 à 18h33min | MàJ : 14 mars 2024 à 18h45min\n"
        "Le président de la transition Paul Marin s'est entretenu ce mercredi avec une délégation de notables."
    )
    brief = briefparse.parse(text)
    assert (brief.published, brief.date) == ("2024-03-14", "2024-03-13")


_WRAPPED_BODY = (
    "Valdoria's foreign minister Paul Marin received Norland's envoy Anna\n"
    "Berg in Port Luna on Tuesday for talks on port cooperation between\n"
    "the two countries and on the training of harbour pilots, the ministry\n"
    "said in a statement issued after the meeting at the foreign ministry.\n"
    "The two sides agreed to meet again in June in the Norland capital to\n"
    "review the first results of the programme and sign a wider accord.\n"
)


def test_a_headline_within_the_wrap_width_over_a_wrapped_body_stays_a_line_of_its_own():
    headline = "Minister Marin receives the envoy of Norland: 4 May 2023"  # "The" would have fit after it
    body = "The minister of Valdoria, Paul Marin, received Norland's envoy Anna\n" + _WRAPPED_BODY.partition("\n")[2]
    assert load_document(f"{headline}\n{body}").paragraphs[0].text == headline
    assert briefparse.parse(f"{headline}\n{body}").title == headline


def test_a_headline_wrapped_after_an_initialism_is_read_whole():
    headline = "Talks between Foreign Minister Paul Marin of Valdoria and the U.S.\nEnvoy Anna Berg\n"
    brief = briefparse.parse(headline + "March 14, 2023\n" + _WRAPPED_BODY)
    assert brief.title == "Talks between Foreign Minister Paul Marin of Valdoria and the U.S. Envoy Anna Berg"


def test_a_wrapped_headline_that_names_a_year_keeps_its_last_line():
    headline = (
        "Rencontre des ministres : Le ministre de Valdorie invite son homologue\n"
        "de Norlande à venir à Port-Lune en 2027\n"
    )
    body = (
        "Le ministre des Affaires étrangères de Valdorie, Paul Marin, a reçu mardi\n"
        "14 mars 2023 à Port-Lune son homologue de Norlande, la ministre des\n"
        "affaires étrangères Anna Berg, pour des entretiens sur la coopération\n"
        "portuaire entre les deux pays et sur la formation des pilotes de port.\n"
        "Les deux ministres ont signé un accord sur la formation des pilotes et\n"
        "sont convenus de se revoir en juin prochain à Norlande pour le suivre.\n"
    )
    assert briefparse.parse(f"{headline}\n{body}").title == " ".join(headline.split())


def test_a_byline_stamp_wrapped_under_the_headline_is_cut_whole():
    text = (
        "Situation en Norlande : la Valdorie appelle les parties au calme Rédigé par\n"
        "valdonews.net le Vendredi 2 Juin 2023 à 20:03 | | 0 commentaire(s)|\n\n"
        "La Valdorie, par un communiqué du porte-parole du ministère des Affaires\n"
        "étrangères, se dit très préoccupée par les violences qui ont éclaté en\n"
        "Norlande, qui ont causé la mort de neuf personnes. Le ministère appelle\n"
        "les parties à la retenue et à résoudre cette crise dans le respect de la\n"
        "longue tradition démocratique du pays, a indiqué le porte-parole Paul Marin.\n"
    )
    assert briefparse.parse(text).title == "Situation en Norlande : la Valdorie appelle les parties au calme"


def test_a_headline_wrapped_onto_an_indented_capitalised_line_is_one_title():
    brief = (
        "Ministerpräsidentin von Norländer\n"
        " Landesregierung empfangen\n"
        "\n"
        "erstellt am\n"
        "14. 03. 23\n"
        "\n"
        "Anna Berg bei ihrem ersten Besuch in Valdorien: „Eine gute Zusammenarbeit“\n"
        "Port Luna - Am Dienstag wurde die Ministerpräsidentin Anna Berg von der Landesregierung in Port Luna "
        "empfangen. Ministerpräsident Paul Marin betonte die guten Beziehungen der beiden Länder.\n"
    )
    assert briefparse.parse(brief).title == "Ministerpräsidentin von Norländer Landesregierung empfangen"


def test_a_headline_over_an_indented_line_of_a_longer_block_is_not_joined():
    text = "Paul Marin in Port Luna\n Anna Berg\n Port Luna\n\nPaul Marin met Anna Berg."
    assert load_document(text).text.startswith("Paul Marin in Port Luna\n")
