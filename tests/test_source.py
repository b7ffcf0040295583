"""Source of a brief (issue 3): source lines, attribution cues, agency datelines and sign-offs; null when none.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.document import load_document

FR_TITLE = "Le ministre tunisien reçoit son homologue italien\n\n"
FR_LEAD = (
    "Le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu mardi son homologue italien, Paolo Verdani"
)
EN_TITLE = "Azerbaijani FM meets Slovak counterpart\n\n"
EN_LEAD = (
    "Azerbaijani Foreign Minister Elnur Hasanli met with Slovak Foreign Minister Marek Dobrovský in Baku on Monday"
)


def source_of(text: str) -> briefparse.models.Source | None:
    source = briefparse.parse(text, reference_date=dt.date(2022, 9, 25)).source
    if source is not None and source.span is not None:
        assert load_document(text).text[source.span.start : source.span.end] == source.span.text
    return source


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        (
            FR_TITLE + FR_LEAD + ".\n\nSource : Ministère tunisien des Affaires étrangères",
            "Ministère tunisien des Affaires étrangères",
            "Ministère tunisien des Affaires étrangères",
        ),
        (
            FR_TITLE + FR_LEAD + ", a fait savoir le site du ministère tunisien des Affaires étrangères.",
            "site du ministère tunisien des Affaires étrangères",
            "le site du ministère tunisien des Affaires étrangères",
        ),
        (
            FR_TITLE + "Selon l'agence Tunis Afrique Presse, l" + FR_LEAD[1:] + ".",
            "agence Tunis Afrique Presse",
            "l'agence Tunis Afrique Presse",
        ),
        (
            FR_TITLE + "D'après le ministère tunisien des Affaires étrangères, l" + FR_LEAD[1:] + ".",
            "ministère tunisien des Affaires étrangères",
            "le ministère tunisien des Affaires étrangères",
        ),
        (FR_TITLE + FR_LEAD + ", a indiqué l'agence TAP.", "agence TAP", "l'agence TAP"),
        (FR_TITLE + "Tunis, 20 sept. (TAP) - " + FR_LEAD + ".", "TAP", "TAP"),
    ],
    ids=["fr-source-line", "fr-a-fait-savoir", "fr-selon", "fr-d-apres", "fr-a-indique", "fr-dateline-agency"],
)
def test_french_source_cues(text, name, span):
    source = source_of(text)
    assert source is not None
    assert source.name == name
    assert source.span.text == span
    assert source.url is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            EN_TITLE + EN_LEAD + ".\n\nSource: Ministry of Foreign Affairs of Slovakia",
            "Ministry of Foreign Affairs of Slovakia",
        ),
        (EN_TITLE + EN_LEAD + ", Trend reports.", "Trend"),
        (EN_TITLE + EN_LEAD + ". The sides discussed energy cooperation. — AZERTAC", "AZERTAC"),
        (EN_TITLE + EN_LEAD + ", the news agency said citing the Slovak foreign ministry.", "Slovak foreign ministry"),
        (
            EN_TITLE + "According to the Azerbaijani Foreign Ministry, " + EN_LEAD[0].lower() + EN_LEAD[1:] + ".",
            "Azerbaijani Foreign Ministry",
        ),
        (EN_TITLE + "BAKU, Sept 19 (Reuters) - " + EN_LEAD + ".", "Reuters"),
        (
            EN_TITLE + EN_LEAD + ", Trend reports citing the Azerbaijani Foreign Ministry.",
            "Azerbaijani Foreign Ministry",
        ),
    ],
    ids=[
        "en-source-line",
        "en-trend-reports",
        "en-closing-agency",
        "en-citing",
        "en-according-to",
        "en-dateline",
        "en-outlet-citing-ministry",
    ],
)
def test_english_source_cues(text, name):
    source = source_of(text)
    assert source is not None
    assert source.name == name
    assert source.span.text.endswith(name)


@pytest.mark.parametrize(
    ("text", "name", "url"),
    [
        (
            EN_TITLE
            + EN_LEAD
            + ".\n\nSource: Ministry of Foreign Affairs of Slovakia https://www.mfa.example.sk/news/123",
            "Ministry of Foreign Affairs of Slovakia",
            "https://www.mfa.example.sk/news/123",
        ),
        (
            FR_TITLE + FR_LEAD + ".\n\nSource : https://www.diplomatie.example.tn/actualites/123",
            None,
            "https://www.diplomatie.example.tn/actualites/123",
        ),
    ],
    ids=["en-name-and-url", "fr-url-only"],
)
def test_source_url_is_kept(text, name, url):
    source = source_of(text)
    assert source.url == url
    if name:
        assert source.name == name


@pytest.mark.parametrize(
    "text",
    [
        FR_TITLE + FR_LEAD + ". Les deux ministres ont évoqué la coopération énergétique.",
        FR_TITLE + FR_LEAD + ". Marzouki a déclaré que les deux pays partagent les mêmes objectifs.",
        FR_TITLE + FR_LEAD + ". Hédi Marzouki a indiqué que les deux pays partagent les mêmes objectifs.",
        EN_TITLE + EN_LEAD + ". The ministers discussed energy and transport links.",
    ],
    ids=["fr-none", "fr-participant-declared", "fr-participant-indicated", "en-none"],
)
def test_no_source_is_null(text):
    assert source_of(text) is None


@pytest.mark.parametrize("who", ["Hasanli", "Dobrovský"])
def test_english_participant_speaking_is_not_a_source(who):
    assert source_of(EN_TITLE + EN_LEAD + f". {who} said the two countries share common interests.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            FR_TITLE + "Tunis, 20 sept. (TAP) - " + FR_LEAD + ", a fait savoir le ministère tunisien des Affaires "
            "étrangères.",
            "ministère tunisien des Affaires étrangères",
        ),
        (
            EN_TITLE + "BAKU, Sept 19 (Reuters) - " + EN_LEAD + ", citing the Azerbaijani Foreign Ministry.",
            "Azerbaijani Foreign Ministry",
        ),
    ],
    ids=["fr-aps-cites-ministry", "en-reuters-cites-ministry"],
)
def test_outlet_citing_a_ministry_gives_the_ministry(text, name):
    assert source_of(text).name == name


def test_reports_referring_to_gives_the_ministry():
    text = EN_TITLE + "Azertac reports referring to the Ministry of Foreign Affairs of Azerbaijan that " + EN_LEAD + "."
    assert source_of(text).name == "Ministry of Foreign Affairs of Azerbaijan"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (EN_TITLE + EN_LEAD + ", Azerbaijan's presidency said in a statement.", "Azerbaijan's presidency"),
        (EN_TITLE + EN_LEAD + ". The two sides discussed energy, the foreign ministry said.", "foreign ministry"),
        (FR_TITLE + "Selon la présidence slovaque, " + FR_LEAD[0].lower() + FR_LEAD[1:] + ".", "présidence slovaque"),
        (EN_TITLE + EN_LEAD + ".\n\nIssued by:\nPress Office, Ministry of Foreign Affairs", "Press Office, Ministry of "
         "Foreign Affairs"),
    ],
    ids=["en-presidency-said", "en-the-ministry-said", "fr-selon-la-presidence", "en-issued-by-next-line"],
)
def test_lower_case_institutions_and_labels_on_their_own_line_are_sources(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        EN_TITLE + EN_LEAD + ". Vice Minister Dobrovský said Bratislava would send experts to Baku.",
        FR_TITLE + FR_LEAD + ". Le ministre slovaque, qui présidait la séance, a annoncé la création d'un centre de "
        "formation à Bakou.",
        EN_TITLE + EN_LEAD + ". Hasanli, who was in Baku for talks, said his government was ready to open two "
        "more routes but accused the Rapid Support Forces of looting earlier shipments.",
    ],
    ids=["en-role-and-participant", "fr-object-after-annonce", "en-clause-after-said"],
)
def test_a_participant_s_words_or_an_announced_thing_are_no_source(text):
    assert source_of(text) is None


def test_a_motto_line_is_no_closing_agency_and_from_is_a_label():
    motto = "République du Sénégal\nUn Peuple – Un But – Une Foi\n\n" + FR_TITLE + FR_LEAD + "."
    assert source_of(motto) is None
    labelled = "From: Foreign, Commonwealth & Development Office\n\n" + EN_TITLE + EN_LEAD + "."
    assert source_of(labelled).name == "Foreign, Commonwealth & Development Office"


BODY = "Foreign Minister Sara Olund met her counterpart Paul Ndiaye on Monday to discuss the ferry line."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY}\nThe talks will go on in June.\n\nAIO/KPM/ANP", "ANP"),
        (f"Ministers meet\n\n{BODY}\n\nASTANA. KAZINFORM – The talks will go on in June.", "KAZINFORM"),
        (f"Ministers meet\n\n{BODY} The talks will go on in June. — BelTA", "BelTA"),
        (f"Ministers meet\n\nBy PSCU\n\n{BODY}", "PSCU"),
        (
            "Des ministres se rencontrent\n\nPar La Presse Canadienne\n\nLa ministre Sara Olund a rencontré lundi "
            "son homologue Paul Ndiaye pour parler de la ligne de ferry.",
            "Presse Canadienne",
        ),
    ],
    ids=["signature", "capitals-dateline", "closing-dash", "byline-acronym", "byline-outlet"],
)
def test_the_agency_a_dispatch_credits_is_its_source(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        f"Ministers meet\n\nBy\nEric\n\n{BODY}",  # an author's byline names a person, not a source
        "Forum a success, says Chairman\n\nLeaders of the Forum ended their talks in Port Edrin on Friday.",
        f"Ministers meet\n\n{BODY}\n\n© Kyodo/Jon Berg",  # a photo's credit
        f"Ministers meet\n\n{BODY}\n\nALSO READ:\n\nBANNER",  # a word in capitals alone on a line
    ],
    ids=["author-byline", "bare-role", "photo-credit", "lone-capitals"],
)
def test_a_person_a_bare_role_or_a_photo_credit_is_no_source(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Visite du ministre à Bourg-Neuf\n\nLe ministre Paul Ndiaye se rendra à Bourg-Neuf la semaine prochaine "
            "pour une visite de travail, ont indiqué vendredi les services du Premier ministre.",
            "services du Premier ministre",
        ),
        (
            "Minister to visit Port Edrin\n\nForeign Minister Sara Olund will visit Port Edrin next week, confirmed "
            "on Monday the Ministry of Foreign Affairs.",
            "Ministry of Foreign Affairs",
        ),
    ],
    ids=["fr-plural-verb-and-day", "en-day-between"],
)
def test_a_day_may_stand_between_an_attribution_verb_and_its_source(text, name):
    assert source_of(text).name == name


FR_BODY = "La ministre Ana Ruiz a rencontré lundi son homologue Paul Ndiaye pour parler de la ligne de ferry."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Des ministres se rencontrent\n\nRédacteur : Bourg Matin\n\n{FR_BODY}", "Bourg Matin"),
        (f"Des ministres se rencontrent\n\nmardi 14 mars 2023 par Valmora Soir\n\n{FR_BODY}", "Valmora Soir"),
        (f"Ministers meet\n\nValmora News -\n\n{BODY}", "Valmora News"),
    ],
    ids=["fr-label-and-colon", "fr-after-a-date-stamp", "en-outlet-head-line"],
)
def test_an_outlet_that_names_itself_at_the_top_is_the_source(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        f"Ministers meet\n\nNews\n\n{BODY}",  # a menu's word, not an outlet
        "Leader mourned\n\nIn a statement, the Secretary-General said that the late president had served his "
        "country with distinction.",
    ],
    ids=["menu-word", "hyphenated-bare-role"],
)
def test_a_menu_word_or_a_hyphenated_bare_role_is_no_source(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"News.Az\n\nMinisters meet\n\n{BODY}", "News.Az"),
        (f"Ministers meet\n\n{BODY}\n\nTengrinews", "Tengrinews"),
        (f"Ministers meet\n\nBISHKEK, March 3 (24.kg) - {BODY}", "24.kg"),
    ],
    ids=["site-name-head-line", "site-name-closing-line", "site-in-dateline"],
)
def test_an_outlet_of_the_register_publishing_under_its_own_name_is_the_source(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Entretien téléphonique\n\nLa ministre Ana Ruiz a reçu lundi un appel de son homologue Paul Ndiaye, "
            "indique l'agence de presse AVB. Les deux ministres ont parlé de la ligne de ferry, rapporte la même "
            "source.",
            "agence de presse AVB",
        ),
        (
            "Minister calls counterpart\n\nForeign Minister Sara Olund called her counterpart Paul Ndiaye on Monday, "
            "the Valmora News Agency said. They discussed the ferry line, according to the same source.",
            "Valmora News Agency",
        ),
    ],
    ids=["fr-meme-source", "en-same-source"],
)
def test_a_source_that_points_back_is_not_the_source_named_before_it(text, name):
    assert source_of(text).name == name


def test_a_participant_with_the_circumstances_of_his_words_is_no_source():
    text = (
        "Visite\n\nLa ministre Ana Ruiz a reçu mardi l'ambassadeur Paul Ndiaye. La coopération va reprendre, a "
        "indiqué l'ambassadeur Paul Ndiaye à sa sortie d'audience."
    )
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY[:-1]}, said spokesperson Anna Berg.", "spokesperson Anna Berg"),
        (f"Ministers meet\n\n{BODY[:-1]}, said Foreign Ministry spokesperson Anna Berg.",
         "Foreign Ministry spokesperson Anna Berg"),
    ],
    ids=["en-said-spokesperson", "en-said-ministry-spokesperson"],
)
def test_a_spokesperson_named_as_the_one_who_said_it_is_the_source(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Telefonat\n\nAußenministerin Ana Ruiz hat mit ihrem Amtskollegen Paul Ndiaye über die Fährlinie "
            "gesprochen, teilte das Außenministerium am Montag in Valmora mit.",
            "Außenministerium",
        ),
        (
            "Telefonat\n\nAußenministerin Ana Ruiz hat mit ihrem Amtskollegen Paul Ndiaye telefoniert. Das gab ein "
            "Sprecher des Außenministeriums heute bekannt.",
            "Sprecher des Außenministeriums",
        ),
        (
            "Entretien\n\nLa ministre Ana Ruiz s'est entretenue avec son homologue Paul Ndiaye, a déclaré le "
            "porte-parole Marc Lanvin.",
            "porte-parole Marc Lanvin",
        ),
        (
            "Llamada\n\nLa canciller Ana Ruiz conversó con su homólogo Paul Ndiaye, dijo el portavoz de la "
            "Cancillería, Marc Lanvin.",
            "portavoz de la Cancillería, Marc Lanvin",  # the spokesperson's name set after the office
        ),
        (
            "Разговор\n\nМинистр Анна Руис провела телефонный разговор с коллегой Полом Ндиайе, заявила "
            "пресс-служба министерства.",
            "пресс-служба министерства",
        ),
    ],
    ids=["de-teilte-mit", "de-gab-bekannt", "fr-a-declare-porte-parole", "es-dijo-portavoz", "ru-zayavila"],
)
def test_a_source_framed_by_its_verb_or_after_a_verb_of_saying(text, name):
    assert source_of(text).name == name


def test_a_participant_speaking_with_the_circumstances_is_no_source_in_german():
    text = (
        "Treffen\n\nAußenministerin Ana Ruiz hat ihren Amtskollegen Paul Ndiaye getroffen. Die Gespräche seien gut "
        "gewesen, sagte Ruiz am Freitag beim anschließenden Pressetermin."
    )
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\nVALMORA, MARCH 3, ARMENPRESS. {BODY}", "ARMENPRESS"),
        (f"Ministers meet\n\nKazinform. {BODY}", "Kazinform"),
        (
            "Встреча\n\nИнтерфакс. Министр Анна Руис встретилась с коллегой Полом Ндиайе. Стороны обсудили паромную "
            "линию.",
            "Интерфакс",
        ),
    ],
    ids=["dateline-closed-by-a-full-stop", "agency-opening-the-lead", "ru-agency-opening-the-lead"],
)
def test_an_agency_ending_a_dateline_with_a_full_stop_or_opening_the_lead(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY[:-1]}, as reported the press service of the ministry.",
         "press service of the ministry"),
        (f"Ministers meet\n\n{BODY} Valmora News was informed by the press service of the ministry.",
         "press service of the ministry"),
    ],
    ids=["as-reported", "was-informed-by"],
)
def test_as_reported_and_was_informed_by_name_the_source(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY[:-1]}, Foreign Ministry spokesperson Lea Dorn said.",
         "Foreign Ministry spokesperson Lea Dorn"),
        (
            "Audience\n\nLa ministre Ana Ruiz a reçu mardi son homologue Paul Ndiaye. C'est ce qu'indique un "
            "communiqué de la présidence.",
            "communiqué de la présidence",
        ),
        (
            "Audience\n\nLe ministère des Affaires étrangères a annoncé dans un communiqué que la ministre Ana Ruiz a "
            "reçu son homologue Paul Ndiaye.",
            "ministère des Affaires étrangères",
        ),
        (
            "Reunión\n\nLa Cancillería informó en un comunicado que la canciller Ana Ruiz recibió a su homólogo Paul "
            "Ndiaye.",
            "Cancillería",
        ),
        (
            "Встреча\n\nМинистр Анна Руис встретилась с коллегой Полом Ндиайе. Об этом говорится в сообщении на "
            "сайте министерства.",
            "сообщение на сайте министерства",
        ),
        (
            "Treffen\n\nAußenministerin Ana Ruiz hat ihren Amtskollegen Paul Ndiaye empfangen. Das Außenministerium "
            "teilte am Montag mit, es sei um die Fährlinie gegangen.",
            "Außenministerium",
        ),
    ],
    ids=["en-noun-in-subject", "fr-ce-qu-indique", "fr-noun-with-complement", "es-not-en-un-comunicado",
         "ru-govoritsya-v", "de-subject-teilte-mit"],
)
def test_subjects_and_cues_in_the_shapes_of_the_wild(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Defence\n\nRelease No: 12-20\nJune 4, 2021 PRINT | E-MAIL\n\n" + BODY,
        "Déclaration\n\nLa ministre Ana Ruiz a reçu son homologue Paul Ndiaye. \"Nous condamnons l'attaque\", a "
        "déclaré la ministre valmorienne des Affaires étrangères, Ana Ruiz, dans un communiqué.",
    ],
    ids=["page-furniture-in-a-date-line", "fr-role-then-participant-name"],
)
def test_page_furniture_or_a_role_named_by_its_participant_is_no_source(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY} The talks went well, the minister's spokesperson told Reuters.", "Reuters"),
        (
            "Entretien\n\nLa ministre Ana Ruiz a reçu son homologue Paul Ndiaye. Les discussions ont été utiles, a "
            "déclaré à l'AFP le porte-parole du ministère des Affaires étrangères.",
            "AFP",
        ),
        (
            "Reunión\n\nLa canciller Ana Ruiz recibió a su homólogo Paul Ndiaye. Las conversaciones fueron útiles, "
            "dijo a EFE el portavoz de la Cancillería.",
            "EFE",
        ),
        (
            "Treffen\n\nAußenministerin Ana Ruiz hat ihren Amtskollegen Paul Ndiaye empfangen. Die Gespräche seien "
            "gut gewesen, sagte der Deutschen Presse-Agentur ein Sprecher des Außenministeriums.",
            "Deutschen Presse-Agentur",
        ),
        (
            "Встреча\n\nМинистр Анна Руис встретилась с коллегой Полом Ндиайе, заявил РИА Новости представитель "
            "министерства. Об этом также передает пресс-служба ведомства.",
            "РИА Новости",
        ),
    ],
    ids=["en-told", "fr-a-declare-a", "es-dijo-a", "de-sagte-der", "ru-zayavil"],
)
def test_an_agency_someone_spoke_to_is_the_source(text, name):
    assert source_of(text).name == name


def test_a_russian_agency_as_the_subject_of_its_report_is_the_source():
    text = "Встреча\n\nМинистр Анна Руис встретилась с коллегой Полом Ндиайе. ТАСС отмечает, что это первая встреча."
    assert source_of(text).name == "ТАСС"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Entretien\n\nLa ministre Ana Ruiz a reçu son homologue Paul Ndiaye à Valmora. P. L. (avec AFP)",
            "AFP",
        ),
        (
            "Entretien\n\nLa porte-parole du ministère, Léa Dorn, a annoncé que la ministre Ana Ruiz recevra son "
            "homologue Paul Ndiaye.",
            "porte-parole du ministère, Léa Dorn",
        ),
        (
            "Llamada\n\nLa canciller Ana Ruiz habló con su homólogo Paul Ndiaye, apuntaron fuentes diplomáticas.",
            "fuentes diplomáticas",
        ),
        (
            "Viaje\n\nLa información fue suministrada por la Oficina de Prensa de la Presidencia. De acuerdo con el "
            "comunicado, la canciller Ana Ruiz viajará a Valmora.",
            "Oficina de Prensa de la Presidencia",
        ),
    ],
    ids=["fr-avec-agency", "fr-apposed-name-subject", "es-plural-verb", "es-document-alone-is-no-source"],
)
def test_bracketed_credits_apposed_subjects_and_documents(text, name):
    assert source_of(text).name == name


def test_a_document_alone_names_no_source():
    assert source_of(f"Ministers meet\n\n{BODY[:-1]}, according to the statement.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Entretien\n\nLa ministre Ana Ruiz a reçu son homologue Paul Ndiaye. « Le dialogue reprend », a déclaré "
        "Marc Lanvin.",
        f"Ministers meet\n\n{BODY} \"The dialogue is back,\" said Marc Lanvin.",
    ],
    ids=["fr-a-declare-a-person", "en-said-a-person"],
)
def test_a_person_who_is_no_participant_speaking_is_no_source(text):
    assert source_of(text) is None


def test_the_owner_of_a_document_is_a_source_though_named_like_a_person():
    text = f"Ministers meet\n\n{BODY} A Palacio Verde statement reads that the talks went well."
    assert source_of(text).name == "Palacio Verde"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY}\n\nNNN-BERNAMA", "BERNAMA"),
        (f"Des ministres se rencontrent\n\n{FR_BODY}\n\nAvec AFP", "AFP"),
    ],
    ids=["joined-signature", "fr-avec-alone-on-a-line"],
)
def test_joined_signatures_and_a_with_credit_line(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Ministers meet\n\n{BODY}\n\n© 2021 BelTA. All rights reserved.", "BelTA"),
        (f"Ministers meet\n\n{BODY}\n\nCopyright © 2022 Colombo Gazette", "Colombo Gazette"),
        (f"Ministers meet in Valmora | Kazinform\n\n{BODY}", "Kazinform"),
    ],
    ids=["copyright-footer", "copyright-footer-outlet", "title-closed-by-the-site"],
)
def test_a_site_of_the_register_naming_itself_in_its_footer_or_title_is_the_source(text, name):
    assert source_of(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        f"Ministers meet\n\n{BODY}\n\n© Kyodo/Jon Berg",
        f"Ministers meet\n\nThe minister greets her guest in Valmora. © 2021 BelTA\n\n{BODY}",
    ],
    ids=["photo-credit-with-photographer", "copyright-inside-a-caption"],
)
def test_a_photo_s_copyright_is_no_source(text):
    assert source_of(text) is None


def test_russian_ob_etom_soobshchil_and_a_press_secretary_name_the_source():
    text = (
        "Встреча\n\nМинистр Анна Руис встретилась с коллегой Полом Ндиайе. Об этом сообщил пресс-секретарь "
        "министерства Олег Смирнов."
    )
    assert source_of(text).name == "пресс-секретарь министерства Олег Смирнов"


def test_spanish_dio_a_conocer_names_the_source():
    text = (
        "Reunión\n\nLa canciller Ana Ruiz recibió a su homólogo Paul Ndiaye. Así lo dio a conocer la Cancillería a "
        "través de sus redes sociales."
    )
    assert source_of(text).name == "Cancillería"


@pytest.mark.parametrize(
    "text",
    [
        "Reunión\n\nLa canciller Ana Ruiz recibió a su homólogo Paul Ndiaye. \"Fue útil\", dio a conocer el "
        "embajador de Francia.",
        "Reunión\n\nLa canciller Ana Ruiz recibió a su homólogo Paul Ndiaye. \"Fue útil\", dio a conocer el "
        "embajador de la UE.",
    ],
    ids=["es-role-of-a-country", "es-role-of-a-body-in-capitals"],
)
def test_a_role_of_a_country_or_a_body_is_someone_speaking(text):
    assert source_of(text) is None
