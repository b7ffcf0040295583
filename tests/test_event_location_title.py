"""Event type, location and title (issue 3), in French and English.

Every brief here is invented for the test; the places are real.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.document import load_document


def parse(text: str) -> briefparse.Brief:
    brief = briefparse.parse(text, reference_date=dt.date(2022, 9, 25))
    doc_text = load_document(text).text
    for span in (brief.evidence.title, brief.evidence.location, brief.evidence.event_type):
        if span is not None:
            assert doc_text[span.start : span.end] == span.text
    return brief


# --- event type -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Le ministre azerbaïdjanais rencontre son homologue slovaque\n\nLe ministre azerbaïdjanais des Affaires "
            "étrangères, Elnur Hasanli, s'est entretenu lundi à Bakou avec son homologue slovaque, Marek Dobrovský.",
            "meeting",
        ),
        (
            "Entretien téléphonique entre les ministres azerbaïdjanais et slovaque\n\nLe ministre azerbaïdjanais des "
            "Affaires étrangères, Elnur Hasanli, a eu un entretien téléphonique avec son homologue slovaque, "
            "Marek Dobrovský.",
            "phone_call",
        ),
        (
            "Le ministre azerbaïdjanais en visite officielle en Slovaquie\n\nLe ministre azerbaïdjanais des Affaires "
            "étrangères, Elnur Hasanli, est arrivé lundi à Bratislava pour une visite officielle de deux jours.",
            "visit",
        ),
        (
            "Le ministère algérien condamne l'attaque contre l'ambassade\n\nLe ministère algérien des Affaires "
            "étrangères a condamné dans une déclaration l'attaque perpétrée contre l'ambassade d'Algérie.",
            "statement",
        ),
        (
            "Ouverture de la conférence ministérielle à Djerba\n\nLa conférence ministérielle de la Francophonie "
            "s'est ouverte lundi à Djerba en présence de quarante délégations.",
            "conference",
        ),
        (
            "L'Algérie et l'Italie signent un accord énergétique\n\nLe ministre algérien de l'Énergie, Samir Ouali, "
            "et son homologue italien, Paolo Verdani, ont signé lundi à Alger un accord sur le gaz.",
            "other",
        ),
        (
            "Azerbaijani FM meets Slovak counterpart\n\nAzerbaijani Foreign Minister Elnur Hasanli met with Slovak "
            "Foreign Minister Marek Dobrovský in Baku on Monday.",
            "meeting",
        ),
        (
            "Azerbaijani FM holds phone call with Slovak counterpart\n\nAzerbaijani Foreign Minister Elnur Hasanli "
            "held a phone call with Slovak Foreign Minister Marek Dobrovský on Monday.",
            "phone_call",
        ),
        (
            "Azerbaijani FM pays visit to Slovakia\n\nAzerbaijani Foreign Minister Elnur Hasanli arrived in "
            "Bratislava on an official visit on Monday.",
            "visit",
        ),
        (
            "Azerbaijan condemns attack on embassy\n\nThe Ministry of Foreign Affairs of Azerbaijan condemned in a "
            "statement the attack on the embassy of Azerbaijan.",
            "statement",
        ),
        (
            "Ministerial conference opens in Geneva\n\nThe ministerial conference on disarmament opened on Monday in "
            "Geneva with forty delegations attending.",
            "conference",
        ),
        (
            "Azerbaijan and Slovakia sign agreement\n\nAzerbaijani Foreign Minister Elnur Hasanli and Slovak Foreign "
            "Minister Marek Dobrovský signed an agreement on visa exemption in Baku.",
            "other",
        ),
    ],
    ids=[
        "fr-meeting",
        "fr-phone",
        "fr-visit",
        "fr-statement",
        "fr-conference",
        "fr-signing",
        "en-meeting",
        "en-phone",
        "en-visit",
        "en-statement",
        "en-conference",
        "en-signing",
    ],
)
def test_event_type(text, kind):
    brief = parse(text)
    assert brief.event_type == kind
    assert brief.evidence.event_type is not None


def test_no_event_words_is_other():
    brief = parse(
        "Météo des plages pour le week-end\n\nLe soleil brillera sur tout le littoral avec des vents faibles."
    )
    assert brief.event_type == "other"
    assert brief.evidence.event_type is None


# --- location -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le ministre azerbaïdjanais rencontre son homologue slovaque\n\nLe ministre azerbaïdjanais des Affaires "
            "étrangères, Elnur Hasanli, a rencontré son homologue slovaque, Marek Dobrovský, en marge de "
            "l'Assemblée générale de l'ONU à New York.",
            "New York",
        ),
        (
            "Azerbaijani FM meets Slovak counterpart\n\nAzerbaijani Foreign Minister Elnur Hasanli met with Slovak "
            "Foreign Minister Marek Dobrovský on the sidelines of the UN General Assembly in New York.",
            "New York",
        ),
        (
            "Le ministre azerbaïdjanais rencontre son homologue slovaque\n\nLe ministre azerbaïdjanais des Affaires "
            "étrangères, Elnur Hasanli, s'est entretenu à Bakou avec son homologue slovaque, Marek Dobrovský.",
            "Bakou",
        ),
        (
            "Azerbaijani FM meets Slovak counterpart\n\nAzerbaijani Foreign Minister Elnur Hasanli met with Slovak "
            "Foreign Minister Marek Dobrovský in Baku on Monday.",
            "Baku",
        ),
        (
            "Le ministre algérien reçoit son homologue italien\n\nAlger, 12 mars (APS) - Le ministre algérien de "
            "l'Énergie, Samir Ouali, a reçu dimanche son homologue italien, Paolo Verdani.",
            "Alger",
        ),
    ],
    ids=["fr-en-marge-new-york", "en-sidelines-new-york", "fr-a-bakou", "en-in-baku", "fr-dateline-city"],
)
def test_location(text, place):
    brief = parse(text)
    assert brief.location == place
    assert brief.evidence.location.text == place


@pytest.mark.parametrize(
    "text",
    [
        "Entretien téléphonique entre les ministres azerbaïdjanais et slovaque\n\nLe ministre azerbaïdjanais des "
        "Affaires étrangères, Elnur Hasanli, a eu lundi depuis Bakou un entretien téléphonique avec son homologue "
        "slovaque, Marek Dobrovský.",
        "Azerbaijani FM holds phone call with Slovak counterpart\n\nAzerbaijani Foreign Minister Elnur Hasanli held "
        "a phone call with Slovak Foreign Minister Marek Dobrovský on Monday.",
    ],
    ids=["fr", "en"],
)
def test_phone_call_has_no_location(text):
    brief = parse(text)
    assert brief.event_type == "phone_call"
    assert brief.location is None


@pytest.mark.parametrize("honorific", ["Mme", "Dr"])
def test_location_stops_before_an_honorific(honorific):
    text = (
        "Le ministre azerbaïdjanais rencontre la ministre slovaque\n\n"
        "M. Elnur Hasanli, ministre azerbaïdjanais des Affaires étrangères, a rencontré lundi à Bakou "
        f"{honorific} Zuzana Kováčová, ministre slovaque de l'Économie."
    )
    assert parse(text).location == "Bakou"


def test_location_after_a_named_counterpart():
    text = (
        "Azerbaijani FM meets UN chief\n\n"
        "Azerbaijani Foreign Minister Elnur Hasanli met with UN Secretary-General Antonio Ferreira in New York."
    )
    assert parse(text).location == "New York"


# --- title ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Partager sur Facebook\nAccueil > Politique\nLe ministre tunisien reçoit son homologue italien\n\n"
            "Le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu mardi son homologue italien, "
            "Paolo Verdani.",
            "Le ministre tunisien reçoit son homologue italien",
        ),
        (
            "Publié le 20 septembre 2022\nLe ministre tunisien reçoit son homologue italien\n\n"
            "Le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu mardi son homologue italien, "
            "Paolo Verdani.",
            "Le ministre tunisien reçoit son homologue italien",
        ),
        (
            "Share\nHome\nPrint Friendly, PDF & Email\nSlovak FM meets Azerbaijani counterpart in Baku\n\n"
            "Slovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister Elnur Hasanli in Baku.",
            "Slovak FM meets Azerbaijani counterpart in Baku",
        ),
        (
            "Tags: Azerbaijan, Slovakia\n1234 views\nFollow us on Twitter\nSlovak FM meets Azerbaijani counterpart "
            "in Baku\n\nSlovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister Elnur Hasanli "
            "in Baku.",
            "Slovak FM meets Azerbaijani counterpart in Baku",
        ),
        (
            "Skip to main content\nShare this article: Facebook Twitter LinkedIn\nSlovak FM meets Azerbaijani "
            "counterpart in Baku\n\nSlovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister "
            "Elnur Hasanli in Baku.",
            "Slovak FM meets Azerbaijani counterpart in Baku",
        ),
        (
            "Aller au contenu principal\nPartager sur Facebook Partager sur X Envoyer par e-mail\n"
            "Le ministre tunisien reçoit son homologue italien\n\nLe ministre tunisien des Affaires étrangères, "
            "Hédi Marzouki, a reçu mardi son homologue italien, Paolo Verdani.",
            "Le ministre tunisien reçoit son homologue italien",
        ),
    ],
    ids=["fr-share-and-crumbs", "fr-publie", "en-share-print", "en-tags-views-follow", "en-skip-link-share-line",
         "fr-skip-link-share-line"],
)
def test_title_skips_boilerplate_lines(text, title):
    brief = parse(text)
    assert brief.title == title
    assert brief.evidence.title.text == title


def test_title_is_not_an_english_date_line():
    text = (
        "Monday, September 19, 2022\nSlovak FM meets Azerbaijani counterpart in Baku\n\n"
        "Slovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister Elnur Hasanli in Baku."
    )
    assert parse(text).title == "Slovak FM meets Azerbaijani counterpart in Baku"


def test_title_is_not_a_french_date_line():
    text = (
        "Lundi 19 septembre 2022\nLe ministre tunisien reçoit son homologue italien\n\n"
        "Le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu lundi son homologue italien, "
        "Paolo Verdani."
    )
    assert parse(text).title == "Le ministre tunisien reçoit son homologue italien"


def test_location_is_a_venue_with_its_city():
    text = (
        "Le roi reçoit un ambassadeur\n\n"
        "Le roi Hassan Benali a reçu mardi au Palais Royal de Fès l'ambassadeur de Norvège, Kari Lund."
    )
    assert parse(text).location == "Palais Royal de Fès"


def test_a_topic_is_not_the_location():
    text = (
        "Entretien au Koweït\n\n"
        "Le ministre suisse Marc Delaroche s'est entretenu avec son homologue Salem Al-Otaibi "
        "sur la situation au Moyen-Orient."
    )
    assert parse(text).location == "Koweït"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "OFFICE OF THE PRESIDENT AND CABINET\nPRESIDENT BANDA RECEIVES NORWAY'S MINISTER OF TRADE\n\n"
            "President Joyce Banda on Thursday received Norway's Minister of Trade, Ingrid Dahl, at the State House.",
            "PRESIDENT BANDA RECEIVES NORWAY'S MINISTER OF TRADE",
        ),
        (
            "Ministère des Affaires étrangères de la République du Bénin\n"
            "Le ministre béninois reçoit son homologue portugais\n\n"
            "Le ministre béninois des Affaires étrangères, Paul Adjovi, a reçu lundi son homologue portugais.",
            "Le ministre béninois reçoit son homologue portugais",
        ),
        ("Ministry of Foreign Affairs of the Republic of Ghana\nHome > News > Press releases\nGhana and Togo "
         "strengthen border cooperation\n\nGhana's foreign minister Kwame Boateng met his Togolese counterpart.",
         "Ghana and Togo strengthen border cooperation"),
        ("Ministère des Affaires étrangères du Bénin\nLe Bénin et le Togo renforcent leur coopération frontalière\n\n"
         "Le ministre béninois des Affaires étrangères, Paul Adjovi, a reçu lundi son homologue togolais.",
         "Le Bénin et le Togo renforcent leur coopération frontalière"),
        (
            "PRÉSIDENCE DE LA RÉPUBLIQUE DE CÔTE D'IVOIRE\nUnion – Discipline – Travail\n\n"
            "COMMUNIQUÉ DE LA PRÉSIDENCE\n\nÉlection au Cabo Verde : le Chef de l'État adresse ses félicitations "
            "au Président élu\n\nLe Président de la République a adressé ce jour un message de félicitations au "
            "Président élu du Cabo Verde.",
            "Élection au Cabo Verde : le Chef de l'État adresse ses félicitations au Président élu",
        ),
    ],
)
def test_letterheads_breadcrumbs_and_mottos_give_way_to_the_headline(text, title):
    assert parse(text).title == title


def test_the_title_names_the_place_when_the_lead_does_not():
    text = (
        "Visite des ministres italiens à Tunis\n\n"
        "Depuis jeudi, le ministre italien de la Défense, Paolo Verdani, est arrivé pour une visite de travail."
    )
    assert parse(text).location == "Tunis"


@pytest.mark.parametrize(
    "text",
    [
        "Rencontre des premiers ministres : Lomé invite Dakar\n\nLOMÉ, le 3 mai 2022 - Le Premier ministre togolais, "
        "M. Koffi Adjavon, et le Premier ministre sénégalais, M. Moussa Ndiaye, se sont entretenus par téléphone "
        "le 3 mai. Lors de ce premier entretien, M. Adjavon a invité M. Ndiaye à Lomé.",
        "Prime ministers' meeting: Lomé invites Dakar\n\nLOMÉ, May 3, 2022 - Togolese Prime Minister Koffi Adjavon "
        "and Senegalese Prime Minister Moussa Ndiaye spoke by telephone on May 3. During this first meeting, "
        "Adjavon invited Ndiaye to Lomé.",
    ],
)
def test_an_event_named_again_after_this_or_their_counts_less(text):
    brief = parse(text)
    assert (brief.event_type, brief.location) == ("phone_call", None)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Deputy Prime Minister receives Brazil's ambassador\n\nDeputy Prime Minister Nguyen Thi Hoa received "
            "Brazilian Ambassador to Viet Nam Rodrigo Bastos in Hanoi on Monday.",
            "Hanoi",
        ),
        (
            "Visite d'État au Portugal\n\nLe président béninois, Rodrigue Akplogan, en visite d'État au Portugal, "
            "a été reçu lundi à Lisbonne par son homologue portugais, Henrique Valadares.",
            "Lisbonne",
        ),
        (
            "Le ministre égyptien reçoit son homologue jordanien\n\nLe ministre égyptien des Affaires étrangères, "
            "Hossam Farouk, a reçu dimanche au Caire son homologue jordanien, Ayman Khatib, pour parler de Gaza.",
            "Caire",
        ),
    ],
)
def test_the_place_is_not_a_post_and_a_city_beats_its_country(text, location):
    assert parse(text).location == location


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Dakar accueille le Forum ministériel sur l'eau\n\nLe Forum ministériel sur l'eau s'est ouvert mardi à "
         "Dakar en présence de ministres de douze pays.", "conference"),
        ("Lusaka hosts a ministerial conference on debt\n\nZambia hosted a ministerial conference on debt relief in "
         "Lusaka on Tuesday, attended by ministers from 14 countries.", "conference"),
        ("Norway welcomes the ceasefire in South Sudan\n\nForeign Minister Anders Holm on Sunday welcomed the "
         "ceasefire agreed in Upper Nile state, the ministry said in a statement.", "statement"),
        ("President welcomes Kenyan counterpart\n\nPresident Amal Nasser welcomed Kenyan President William Odhiambo "
         "to the State House on Monday.", "meeting"),
        ("Les ministres se sont retrouvés à N'Djamena\n\nLes ministres tchadien et nigérien de la Défense se sont "
         "rencontrés le 28 décembre à N'Djamena, a annoncé jeudi le ministère tchadien de la Défense.", "meeting"),
    ],
)
def test_the_event_type_follows_what_the_verb_acts_on(text, event_type):
    assert parse(text).event_type == event_type


def test_a_short_body_sentence_after_the_lead_is_no_headline():
    text = (
        "Swedish minister visits Chile\n\nSweden's trade minister Tomas Hallen met Chile's economy minister Rodrigo "
        "Fuentes in Santiago on Thursday, Swedish news agency TT reported.\n\nThe two ministers discussed copper."
    )
    assert parse(text).title == "Swedish minister visits Chile"


@pytest.mark.parametrize(
    "text",
    [
        "Valmora mourns\n\nThe Government of Valmora shares the grief of the people of Norhavn after the floods.",
        "Inondations au Norhavn\n\nLe ministère des Affaires étrangères de Valmora exprime sa profonde tristesse "
        "après les inondations.",
    ],
    ids=["en", "fr"],
)
def test_an_institution_that_speaks_without_an_event_word_makes_a_statement(text):
    brief = parse(text)
    assert brief.event_type == "statement"
    assert brief.evidence.event_type is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Minister in Niamey\n\nNIAMEY, May 3 (APN) - Foreign Minister Sara Olund arrived in Niger on Monday for a "
            "two-day official visit.",
            "NIAMEY",
        ),
        (
            "Visite au Togo\n\nLa ministre Ana Ruiz a quitté Dakar lundi en direction de Lomé pour une visite de "
            "travail au Togo.",
            "Lomé",
        ),
        (
            "Talks in Muscat\n\nMuscat: Foreign Minister Sara Olund received a message from her counterpart Paul "
            "Ndiaye at the ministry.",
            "Muscat",
        ),
        (
            "Ministers meet\n\nForeign Minister Sara Olund met her counterpart Paul Ndiaye on Monday to discuss "
            "security in the Indo-Pacific.",
            None,
        ),
    ],
    ids=["country-to-dateline-city", "country-to-named-city", "colon-dateline", "region-is-a-topic"],
)
def test_the_gazetteer_tells_the_event_s_city_from_its_country_or_a_region(text, place):
    assert parse(text).location == place


def _names(brief: briefparse.Brief) -> set[str]:
    return {p.name for p in brief.participants if p.name}


@pytest.mark.parametrize(
    ("text", "event_type", "names"),
    [
        # a readout's conversation that nothing places, no meeting held in person: a call (as real readouts are)
        ("Secretary Dana Whitfield spoke today with Foreign Minister Oskar Lindqvist of Norhavn about the "
         "fisheries dispute.", "phone_call", {"Dana Whitfield", "Oskar Lindqvist"}),
        ("Secretary Dana Whitfield spoke on Tuesday with Foreign Minister Oskar Lindqvist about the fisheries "
         "dispute.", "phone_call", {"Dana Whitfield", "Oskar Lindqvist"}),
        ("Prime Minister Elena Corvo held a phone call with President Tomas Brandt on Monday to discuss energy "
         "prices.", "phone_call", {"Elena Corvo", "Tomas Brandt"}),
        ("President Amal Nasser called Prime Minister Lars Ekdahl on Friday to discuss the grain corridor.",
         "phone_call", {"Amal Nasser", "Lars Ekdahl"}),
        ("High Commissioner Priya Raman paid a courtesy call on Prime Minister Josefa Tui at his office in Suva "
         "on Tuesday.", "meeting", {"Priya Raman", "Josefa Tui"}),
        ("King Haakon Brun hosted a dinner in honour of President Mariam Sesay at the palace in Oslo on "
         "Wednesday.", "meeting", {"Haakon Brun", "Mariam Sesay"}),
        ("Foreign Minister Ines Duarte is due to meet her counterpart Viktor Halme in Lisbon on Thursday, the "
         "ministry announced.", "meeting", {"Ines Duarte", "Viktor Halme"}),
        ("Ambassador Omar Haddad was received by President Clara Mendes at the presidential palace in Lima.",
         "meeting", {"Omar Haddad", "Clara Mendes"}),
        ("President Luis Navarro will attend the swearing-in of President Marta Quiroga in Asuncion on Saturday.",
         "visit", {"Luis Navarro", "Marta Quiroga"}),
        ("Le président Amadou Sall a assisté samedi à l'investiture du président Jonas Berg à Niamey.", "visit",
         {"Amadou Sall", "Jonas Berg"}),
        ("Foreign Minister Ines Duarte announced on Monday that she will pay an official visit to Norhavn next "
         "week.", "visit", {"Ines Duarte"}),
        ("Le président Amadou Sall a annoncé mercredi qu'il effectuera une visite d'État au Norhavn.", "visit",
         {"Amadou Sall"}),
        ("La ministre Claire Duval s'est entretenue mardi à Paris avec son homologue Jonas Berg.", "meeting",
         {"Claire Duval", "Jonas Berg"}),
        ("Le Premier ministre Paul Mercier a offert dimanche un dîner en l'honneur du président Amadou Sall.",
         "meeting", {"Paul Mercier", "Amadou Sall"}),
        ("Le président Amadou Sall recevra jeudi au palais le ministre Karl Jensen.", "meeting",
         {"Amadou Sall", "Karl Jensen"}),
        ("M. Luis Prado, ambassadeur du Chili, a été reçu lundi par la ministre Claire Duval.", "meeting",
         {"Luis Prado", "Claire Duval"}),
        ("Le président Amadou Sall et le président Jonas Berg ont eu mardi un échange téléphonique.", "phone_call",
         {"Amadou Sall", "Jonas Berg"}),
    ],
    ids=["spoke-today-with", "spoke-on-tuesday-with", "held-a-phone-call", "called-a-president", "courtesy-call",
         "dinner-in-honour", "due-to-meet", "was-received-by", "will-attend", "a-assiste-a", "announced-a-visit",
         "a-annonce-une-visite", "s-est-entretenue", "diner-en-l-honneur", "recevra", "a-ete-recu-par",
         "echange-telephonique"],
)
def test_event_phrases_in_their_tenses_voices_and_agreements(text, event_type, names):
    brief = parse(text)
    assert brief.event_type == event_type
    assert names <= _names(brief)


@pytest.mark.parametrize(
    "text",
    [
        "Minister calls for calm\n\nForeign Minister Ana Velez called for restraint on Tuesday after clashes in "
        "the border region.",
        "Minister criticises the so-called peace plan\n\nForeign Minister Ana Velez criticised the so-called "
        "peace plan on Tuesday.",
        "The minister's agenda\n\nForeign Minister Ana Velez said on Tuesday that meeting the needs of farmers "
        "remains the priority.",
    ],
    ids=["called-for", "so-called", "meeting-the-needs"],
)
def test_a_word_that_means_something_else_reports_no_event(text):
    brief = parse(text)
    assert brief.event_type == "statement"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("President Amadou Sall conveyed his deepest condolences to President Jonas Berg after the death of "
         "former minister Pierre Lenoir.", "condolences"),
        ("Le président Amadou Sall a adressé ses condoléances au président Jonas Berg à la suite du décès "
         "de l'ancien ministre Pierre Lenoir.", "condoléances"),
    ],
    ids=["en", "fr"],
)
def test_a_condolence_message_is_a_statement_by_its_sender_and_the_deceased_only_mentioned(text, evidence):
    brief = parse(text)
    assert brief.event_type == "statement"
    assert brief.evidence.event_type.text == evidence
    assert "Amadou Sall" in _names(brief)
    assert "Pierre Lenoir" not in _names(brief)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The foreign ministers of Valmora, Norhavn and Ostland held a trilateral meeting in Baku on Monday.",
         "conference"),
        ("Le président Amadou Sall, invité d'honneur des célébrations de l'indépendance, est à Port-Louis.",
         "visit"),
    ],
    ids=["trilateral-meeting", "invite-d-honneur"],
)
def test_a_meeting_of_several_parties_is_a_conference_and_a_guest_of_honour_visits(text, event_type):
    assert parse(text).event_type == event_type


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Audience au palais\n\nLe président Jean Kabongo a reçu vendredi au palais de la Marina l'ambassadeur "
            "Paul Durand.",
            "palais de la Marina",
        ),
        (
            "President receives envoy\n\nPresident Kofi Mensah on Friday received Ambassador Tom Reed at the State "
            "House.",
            "State House",
        ),
        (
            "Reunión en el palacio\n\nEl presidente Julio Pereyra recibió este lunes en el Palacio de Carondelet al "
            "canciller Luis Gómez.",
            "Palacio de Carondelet",
        ),
        (
            "Treffen im Kanzleramt\n\nBundeskanzler Max Lindner hat am Montag im Kanzleramt den Präsidenten Jan "
            "Berg empfangen.",
            "Kanzleramt",
        ),
        (
            "Visita de la canciller\n\nEl presidente Julio Pereyra recibió a la canciller Ana Ruiz. El encuentro tuvo "
            "lugar en la residencia presidencial Los Pinos.",
            "residencia presidencial Los Pinos",
        ),
        (
            "Audience au palais\n\nLe président Jean Kabongo a reçu vendredi au palais présidentiel de Koulouba "
            "l'ambassadeur Paul Durand.",
            "palais présidentiel de Koulouba",
        ),
    ],
    ids=["fr-lower-case-palace", "en-state-house", "es-el-palacio", "de-im-kanzleramt", "es-residence-adjective",
         "fr-palace-adjective"],
)
def test_the_event_sentence_s_venue_is_the_place(text, place):
    assert parse(text).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "President arrives for state visit\n\nPresident Anna Berg arrived at Kotoka International Airport on "
            "Monday for a state visit to Ghana, where she was welcomed by President Kofi Mensah.",
            "Ghana",
        ),
        (
            "President arrives\n\nPresident Anna Berg arrived at Addis Ababa International Airport on Monday for a "
            "two-day state visit.",
            "Addis Ababa",
        ),
        (
            "King receives emir at Marka Airport\n\nKing Omar Haddad received Emir Salem Nasser at Marka Airport on "
            "Tuesday at the start of a two-day state visit to Jordan.",
            "Jordan",
        ),
        (
            "President arrives in Israel\n\nPresident Paul Carter arrived at Ben Gurion Airport on Wednesday, the "
            "start of his three-day tour of Israel.",
            "Israel",
        ),
    ],
    ids=[
        "airport-gives-way-to-the-visited-country",
        "airport-names-its-city",
        "airport-named-as-a-town-gives-way-to-the-visited-country",
        "airport-named-after-a-person-gives-way-to-the-visited-country",
    ],
)
def test_an_airport_is_where_a_visitor_lands_not_the_place_of_the_visit(text, place):
    assert parse(text).location == place


@pytest.mark.parametrize(
    "text",
    [
        "Ministry statement on Sudan\n\nThe Ministry of Foreign Affairs expressed deep concern on Monday over the "
        "fighting in Sudan and called for restraint.",
        "China condemns the attack\n\nA Foreign Ministry spokeswoman said on Thursday that China strongly condemns "
        "the bombing that killed ten people in Mogadishu.",
    ],
    ids=["country-as-topic", "city-of-the-condemned-attack"],
)
def test_a_statement_names_what_it_is_about_not_where_it_was_made(text):
    brief = parse(text)
    assert brief.event_type == "statement"
    assert brief.location is None


def test_a_statement_keeps_its_dateline_city():
    text = (
        "Ministry condemns attack\n\nNAIROBI, May 12 (KNA) - The Ministry of Foreign Affairs condemned on Friday "
        "the attack on a hotel in Mogadishu."
    )
    assert parse(text).location == "NAIROBI"


@pytest.mark.parametrize(
    "dateline", ["Nairobi May 12/ 2023 -", "Nairobi May 12/2023 (KNA)", "Nairobi 12 May 2023 -"]
)
def test_a_dateline_city_with_no_mark_before_its_date(dateline):
    text = f"Ministers meet\n\n{dateline} Foreign Minister Jane Okoro met her counterpart Tom Reed on Friday."
    assert parse(text).location == "Nairobi"


@pytest.mark.parametrize("phrase", ["the Indo-Pacific Region", "the Sahel Region", "the Middle East Peace Process"])
def test_a_region_that_opens_a_place_phrase_is_a_topic(phrase):
    text = (
        "Ministers meet\n\nForeign Minister Jane Okoro met her counterpart Tom Reed on Monday to discuss "
        f"cooperation in {phrase}."
    )
    assert parse(text).location is None


def test_a_dateline_after_a_reprint_s_credit_and_a_source_named_after_its_city():
    text = (
        "Ministry condemns attack\n\n(WIRE- Kuwait News Agency (KUNA)) KUWAIT, July 31 (KUNA) -- The Ministry of "
        "Foreign Affairs condemned on Wednesday the attack on a convoy."
    )
    assert parse(text).location == "KUWAIT"


@pytest.mark.parametrize(
    "text",
    [
        "Ministers meet\n\nForeign Minister Jane Okoro met her counterpart Tom Reed on Monday to discuss the "
        "elections in Mali.",
        "Rencontre des ministres\n\nLe ministre Jean Kabongo a rencontré lundi son homologue Paul Durand pour "
        "évoquer les violences au Soudan.",
        "Treffen der Minister\n\nAußenminister Max Lindner traf am Montag seinen Amtskollegen Jan Berg, um über "
        "die Lage in der Ukraine zu sprechen.",
        "Reunión de cancilleres\n\nEl canciller Julio Pereyra se reunió este lunes con su homólogo Luis Gómez para "
        "analizar la situación en Venezuela.",
        "Встреча министров\n\nМинистр Иван Петров встретился в понедельник с коллегой Анной Берг и обсудил "
        "ситуацию в Сирии.",
    ],
    ids=["en", "fr", "de", "es", "ru"],
)
def test_a_country_after_a_topic_noun_is_what_was_discussed(text):
    assert parse(text).location is None


def test_the_city_of_the_event_s_country_named_further_down_the_body():
    text = (
        "Le président togolais en Angola\n\nLe président togolais, Faure Mavoudi, est arrivé lundi en Angola pour "
        "une visite officielle de deux jours. Il est accompagné de plusieurs ministres. La visite vise à renforcer "
        "la coopération économique. Les drapeaux des deux pays flottaient sur le tarmac de l'aéroport de Luanda."
    )
    assert parse(text).location == "Luanda"


def test_a_country_named_as_people_say_it_gives_way_to_the_dateline_city():
    text = (
        "Визит премьера\n\nМИНСК, 27 мая. /БЕЛТА/. Председатель правительства Иван Петров прибыл в четверг с "
        "двухдневным визитом в Белоруссию."
    )
    assert parse(text).location == "МИНСК"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Treffen\n\nBundeskanzler Max Lindner traf am Montag den Präsidenten Jan Berg. Im "
            "Mittelpunkt des Gesprächs standen Handelsfragen.",
            None,
        ),
        (
            "Treffen\n\nBundeskanzler Max Lindner traf am Montag in der Hofburg den Präsidenten Jan Berg.",
            "Hofburg",
        ),
    ],
    ids=["de-capitalised-noun", "de-venue-then-its-guest"],
)
def test_a_capitalised_word_after_a_preposition_is_a_place_only_when_known_or_a_venue(text, place):
    assert parse(text).location == place


@pytest.mark.parametrize(
    ("dateline", "place"),
    [("Soufrière, Saint Lucia, 22 January 2018 -", "Soufrière, Saint Lucia"), ("KINGSTOWNE, JAMAICA, Jan. 22 –",
                                                                              "KINGSTOWNE, JAMAICA")],
)
def test_a_town_the_gazetteer_does_not_know_is_the_dateline_s_place_with_its_country(dateline, place):
    text = (
        f"Courtesy call\n\n{dateline} Prime Minister Anna Berg welcomed the Cuban Ambassador, Rosa Diaz, in a "
        "courtesy visit."
    )
    assert parse(text).location == place


def test_a_headline_that_opens_with_a_country_gives_way_to_the_dateline_city():
    text = (
        "Kenya, ministers confer\n\nNairobi (KNA) May 12/2023 Foreign Minister Jane Okoro held talks with her "
        "counterpart Tom Reed on the margins of the summit."
    )
    assert parse(text).location == "Nairobi"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Визит в Узбекистан\n\nПрезидент Иван Петров прибыл в Узбекистан с визитом. В аэропорту города "
            "Самарканда гостя встретил премьер-министр Абдулла Каримов.",
            "Самарканда",
        ),
        (
            "Visite en Chine\n\nLe ministre Jean Kabongo est arrivé lundi en Chine pour une visite officielle. Il "
            "a été reçu mardi à Pékin par son homologue Li Wen.",
            "Pékin",
        ),
    ],
    ids=["ru-declined-city", "fr-exonym"],
)
def test_the_city_of_the_event_s_country_may_be_written_in_the_brief_s_own_language(text, place):
    assert parse(text).location == place


@pytest.mark.parametrize(
    "text",
    [
        "Minister meets envoy\n\nForeign Minister Jane Okoro met with the Special Envoy Tom Reed on Monday. They "
        "discussed humanitarian aid to Sudan.",
        "Entretien\n\nLe président Jean Kabongo a reçu lundi le ministre Paul Durand, porteur d'un message. Ils ont "
        "évoqué les investissements en Côte d'Ivoire.",
        "Ministro se reúne\n\nEl canciller Julio Pereyra se reunió este lunes con su homólogo Luis Gómez. Abordaron "
        "la migración en México.",
    ],
    ids=["en", "fr", "es"],
)
def test_a_country_named_after_the_sentence_that_tells_a_meeting_is_what_was_discussed(text):
    assert parse(text).location is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Reunión\n\nCiudad de México, 3 mar (EFE).- El canciller Julio Pereyra recibió a su homólogo Luis Gómez.",
            "Ciudad de México",
        ),
        ("Talks\n\nDar es Salaam, May 12 (TNA) - Foreign Minister Jane Okoro met Tom Reed.", "Dar es Salaam"),
        ("Встреча\n\nМосква. 27 мая. INTERFAX.RU - Министр Иван Петров встретился с послом Анной Берг.", "Москва"),
    ],
    ids=["es-particle-and-common-first-word", "en-particle", "ru-full-stop-before-the-date"],
)
def test_dateline_cities_with_a_particle_or_a_full_stop(text, place):
    assert parse(text).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Audience\n\nPresident Kofi Mensah received Ambassador Tom Reed at the Jubilee House in Accra on Monday.",
            "Jubilee House in Accra",
        ),
        (
            "Audience\n\nLe président Jean Kabongo a reçu lundi au Palais de la Nation à Kinshasa l'ambassadeur Paul "
            "Durand.",
            "Palais de la Nation à Kinshasa",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_venue_keeps_the_city_written_after_it(text, place):
    assert parse(text).location == place


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a date line under the headline, joined to it because it opens in lower case
            "Le ministre reçoit les maires du nord\nle 4 mars 2021 à 10h15\n"
            "Le ministre de l'Intérieur, Paul Aubry, a reçu jeudi à Lille les maires de la région.",
            "Le ministre reçoit les maires du nord",
        ),
        (  # a byline and its stamp on the headline's own line
            "Le ministre reçoit les maires du nord Rédigé par lenord.info le Jeudi 4 Mars 2021 à 10:15 | 0 commentaire"
            "\n\n"
            "Le ministre de l'Intérieur, Paul Aubry, a reçu jeudi à Lille les maires de la région.",
            "Le ministre reçoit les maires du nord",
        ),
        (  # the site's address after the headline, and a quoting mark before it
            "> Minister Aubry meets northern mayors - northnews.example.com\n\n"
            "Interior Minister Paul Aubry met the mayors of the region in Lille on Thursday.",
            "Minister Aubry meets northern mayors",
        ),
        (  # a menu of short items above the headline does not hide it
            "\n".join(["Radio Nord", "91.4 FM"] * 9)
            + "\nEl ministro Aubry recibe a los alcaldes del norte\n\n"
            "El ministro del Interior, Paul Aubry, recibió el jueves en Lille a los alcaldes de la región.",
            "El ministro Aubry recibe a los alcaldes del norte",
        ),
        (  # a headline that names a year keeps it
            "Le ministre reçoit par deux fois les maires du nord en 2021\n\n"
            "Le ministre de l'Intérieur, Paul Aubry, a reçu jeudi à Lille les maires de la région.",
            "Le ministre reçoit par deux fois les maires du nord en 2021",
        ),
    ],
)
def test_the_title_leaves_out_what_the_page_glued_to_it(text, title):
    brief = parse(text)
    assert brief.title == title
    assert brief.evidence.title.text == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Comunicado de Prensa Nº 12/21\nCondena de la violencia en Puerto Azul\n\n"
            "El Gobierno de Norhavn condena enérgicamente los hechos de violencia ocurridos ayer en Puerto Azul.",
            "Condena de la violencia en Puerto Azul",
        ),
        (
            "Pressemitteilung 45/2021\nAußenministerin empfängt Amtskollegen aus Ghana\n\n"
            "Außenministerin Greta Lindner hat am Montag in Berlin ihren Amtskollegen Kwame Boateng empfangen.",
            "Außenministerin empfängt Amtskollegen aus Ghana",
        ),
        (  # an institution that opens a headline as its subject is no letterhead
            "МИД Норхавна осудил нападение на посольство\n\n"
            "Министерство иностранных дел Норхавна во вторник осудило нападение на посольство в Лиме.",
            "МИД Норхавна осудил нападение на посольство",
        ),
    ],
)
def test_a_letterhead_line_in_german_spanish_and_russian_gives_way_to_the_headline(text, title):
    assert parse(text).title == title


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Minister Aubry meets northern mayors - Northland Daily News", "Minister Aubry meets northern mayors"),
        ("Minister Aubry meets northern mayors | Xinhua", "Minister Aubry meets northern mayors"),
        ("Minister Aubry meets northern mayors - a first in ten years", None),  # no outlet: the headline's own words
    ],
)
def test_a_first_line_loses_the_outlet_name_after_its_headline(first_line, title):
    text = first_line + "\n\nInterior Minister Paul Aubry met the mayors of the region in Lille on Thursday."
    assert parse(text).title == (title or first_line)
