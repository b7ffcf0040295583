"""How the title and lead sentences vote for an event type (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Valmoran minister on relations with Norhavn\n\nForeign Minister Ana Lindqvist on Tuesday congratulated "
        "Norhavn on its elections when she met her counterpart Paul Ortega in Kessel.",
        "La ministre valmoraine sur les relations avec le Norhavn\n\nLa ministre valmoraine des Affaires "
        "étrangères, Ana Lindqvist, a déclaré mardi qu'elle avait rencontré son homologue Paul Ortega à Kessel.",
    ],
    ids=["en", "fr"],
)
def test_a_leading_said_does_not_outvote_the_meeting_it_reports(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Valmora and Norhavn leaders talk trade\n\nOn the sidelines of the Lake Forum in Kessel, Valmoran President "
        "Ines Marlow on Monday met Norhavn Prime Minister Tomas Berg to talk about trade.",
        "Les dirigeants du Valmora et du Norhavn parlent commerce\n\nEn marge du Sommet du Lac à Kessel, la "
        "présidente Ines Marlow s'est entretenue lundi avec le Premier ministre Tomas Berg.",
    ],
    ids=["en", "fr"],
)
def test_the_summit_around_a_bilateral_meeting_is_not_the_event(text):
    assert event_type(text) == "meeting"


def test_a_visit_only_offered_is_not_the_event():
    text = (
        "Prime Minister Ines Marlow on Sunday congratulated Paul Ortega on his election as President of Norhavn. "
        "She invited him to visit Valmora next spring, her office said."
    )
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Coastal League ministers in Kessel\n\nA meeting of the Coastal League's foreign ministers opened on "
            "Monday in Kessel under the chairmanship of Valmora's Ana Lindqvist.",
            "conference",
        ),
        (
            "Les ministres de la Ligue côtière à Kessel\n\nLa réunion des ministres des Affaires étrangères de "
            "la Ligue côtière s'est tenue lundi à Kessel sous la présidence de la Valmoraine Ana Lindqvist.",
            "conference",
        ),
        (
            "Valmora and Norhavn leaders meet in Kessel\n\nThe meeting of the two leaders, Ines Marlow and Tomas Berg, "
            "took place on Monday in Kessel.",
            "meeting",
        ),
    ],
    ids=["en", "fr", "two-leaders"],
)
def test_a_meeting_of_many_parties_members_is_a_conference(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Talks between Marlow and Berg on Sunday evening\n\nValmoran President Ines Marlow held talks with "
            "Norhavn Prime Minister Tomas Berg on Sunday evening. The two leaders talked again by phone late at "
            "night to discuss the fishing dispute.",
            "phone_call",
        ),
        (
            "Entretien Marlow-Berg dimanche soir\n\nLa présidente valmoraine Ines Marlow s'est entretenue dimanche "
            "avec le Premier ministre Tomas Berg. Les deux dirigeants se sont de nouveau entretenus par téléphone "
            "dans la nuit.",
            "phone_call",
        ),
        (
            "Marlow receives Berg in Kessel\n\nValmoran President Ines Marlow received Norhavn Prime Minister Tomas "
            "Berg in Kessel on Sunday. The two leaders had spoken by phone last year.",
            "meeting",
        ),
    ],
    ids=["en", "fr", "earlier-call"],
)
def test_talks_that_the_lead_says_were_by_phone_are_a_call(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres du Pacte du Lac à Kessel\n\nUne réunion ministérielle du Pacte du Lac s'est ouverte "
        "lundi à Kessel sous la présidence de la ministre valmoraine Ana Lindqvist.",
        "Los ministros del Pacto del Lago en Kessel\n\nUna reunión ministerial del Pacto del Lago comenzó el "
        "lunes en Kessel bajo la presidencia de la ministra valmorana Ana Lindqvist.",
    ],
    ids=["fr", "es"],
)
def test_the_longest_event_phrase_wins_whatever_its_type(text):
    assert event_type(text) == "conference"


def test_a_possessive_in_the_title_names_the_visit_reported():
    text = (
        "Lindqvist ends her state visit to Norhavn\n\nValmoran Foreign Minister Ana Lindqvist on Friday met "
        "President Paul Ortega in Kessel, on the last day of her stay."
    )
    assert event_type(text) == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "President Paul Ortega on Monday received Valmoran Prime Minister Ines Marlow, who is on an official visit "
        "to Norhavn, at the palace in Kessel.",
        "Le président Paul Ortega a reçu lundi à Kessel la Première ministre valmoraine Ines Marlow, en visite "
        "officielle au Norhavn.",
        "El presidente Paul Ortega recibió el lunes en Kessel a la primera ministra valmorana Ines Marlow, que "
        "realiza una visita oficial a Norhavn.",
        "Президент Пауль Ортега принял в понедельник в Кесселе премьер-министра Валморы Инес Марлоу, которая "
        "находится в Норхавне с официальным визитом.",
    ],
    ids=["en", "fr", "es", "ru"],
)
def test_a_reception_of_a_guest_on_an_official_visit_reports_the_meeting(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Paul Ortega hat am Montag in Kessel die valmoranische Regierungschefin Ines Marlow zu einem "
        "Staatsbesuch empfangen.",
        "President Paul Ortega on Monday received Valmoran Prime Minister Ines Marlow at the start of her official "
        "visit to Norhavn.",
    ],
    ids=["de", "en"],
)
def test_a_reception_for_or_at_the_start_of_an_official_visit_reports_the_visit(text):
    assert event_type(text) == "visit"


def test_a_visit_planned_for_later_is_no_frame_of_the_meeting():
    text = (
        "President Paul Ortega met Valmoran Foreign Minister Ana Lindqvist on Monday in Kessel, discussing "
        "the state visit of the Valmoran king planned for next year."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre valmorain des Affaires étrangères, Tomas Berg, a rendu mardi une visite de courtoisie à "
        "son homologue Paul Ortega à Kessel.",
        "Valmoran Foreign Minister Tomas Berg paid a courtesy visit to his counterpart Paul Ortega in Kessel on "
        "Tuesday.",
        "El canciller valmorano Tomas Berg realizó el martes una visita de cortesía a su homólogo Paul Ortega en "
        "Kessel.",
        "Министр иностранных дел Валморы Томас Берг нанес во вторник визит вежливости своему коллеге Паулю "
        "Ортеге в Кесселе.",
    ],
    ids=["fr", "en", "es", "ru"],
)
def test_a_courtesy_visit_to_a_person_is_a_meeting(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Governor Tanko Ruell visits President Elara Mbeki\n\nGovernor Tanko Ruell on Tuesday paid a visit to "
         "President Elara Mbeki at the State Lodge in Kessel.", "meeting"),
        ("Visiting Valmoran Vice President Ilsa Korv met Prime Minister Paul Ortega in Kessel on Tuesday. Korv "
         "arrived on Monday.", "meeting"),
        ("Le gouverneur Tanko Ruell a rendu visite au ministre des Finances, Paul Ortega, mardi à Kessel.",
         "meeting"),
        ("President Elara Mbeki visits Ghana\n\nPresident Elara Mbeki arrived in Accra on Tuesday for a "
         "three-day visit to Ghana.", "visit"),
        ("Le président Paul Ortega, en visite au Mali, est arrivé mardi à Bamako.", "visit"),
    ],
    ids=["en-person", "en-visiting", "fr-person", "en-country", "fr-country"],
)
def test_a_visit_paid_to_a_person_is_a_meeting_and_one_to_a_place_a_visit(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Los cancilleres de Valmora y Norhavn conversan sobre el comercio\n\nFuentes diplomáticas indicaron que "
        "la llamada entre Ana Lindqvist y Paul Ortega transcurrió en un tono cordial.",
        "Valmora et Norhavn\n\nLa ministre valmoraine Ana Lindqvist a eu mardi au bout du fil son homologue Paul "
        "Ortega pour parler du commerce.",
        "Valmora und Norhavn\n\nAußenministerin Ana Lindqvist nahm am Dienstag an einer Telefonschaltung mit "
        "ihrem Amtskollegen Paul Ortega teil.",
        "Валмора и Норхавн\n\nВо вторник состоялся телефонный диалог министра Анны Линдквист с коллегой Паулем "
        "Ортегой.",
        "Valmora and Norhavn\n\nForeign Minister Ana Lindqvist had a telephonic conversation with her counterpart "
        "Paul Ortega on Tuesday.",
    ],
    ids=["es", "fr", "de", "ru", "en"],
)
def test_the_common_wordings_of_a_phone_call(text):
    assert event_type(text) == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "Lake Council leaders issue communique after 12th Ordinary Session\n\nThe Twelfth Ordinary Session of "
        "the Lake Council was held on Monday in Kessel under the chairmanship of President Paul Ortega.",
        "Kessel hosts the Lake summit\n\nKessel is hosting for two days, from 24 to 25 March, the 5th Summit of "
        "the Lake Council under the theme of shared waters.",
        "Die Außenminister des Seerats tagten am Montag in Kessel unter dem Vorsitz von Paul Ortega.",
        "El Consejo del Lago celebró el lunes en Kessel su sesión ordinaria bajo la presidencia de Paul Ortega.",
    ],
    ids=["en-communique", "en-host", "de", "es"],
)
def test_a_gathering_of_many_parties_is_a_conference(text):
    assert event_type(text) == "conference"


def test_a_gathering_named_in_a_statement_is_not_the_event():
    text = (
        "The Secretary-General welcomes the decision of the Council to recommend Ana Lindqvist to the General "
        "Assembly for appointment as the next Secretary-General."
    )
    assert event_type(text) == "statement"


def test_a_summit_around_a_meeting_is_no_object_of_its_verb():
    text = (
        "Readout of the Secretary-General's meeting with President Paul Ortega\n\nThe Secretary-General met "
        "today with President Paul Ortega of Norhavn on the margins of the Lake Summit."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Recevant jeudi au palais de Kessel une délégation du parlement norhavnais, le président Paul Ortega a "
        "noté que sa visite programmée au Norhavn renforcera la coopération.",
        "Minister of State Tomas Berg on Monday called on Prime Minister Ines Marlow and held discussions on "
        "trade. During his first official visit to Valmora, Berg conveyed greetings from Norhavn.",
    ],
    ids=["fr", "en"],
)
def test_the_main_verb_of_the_lead_decides(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Réunion des ministres des Affaires étrangères du Pacte du Lac à Kessel\n\nLa rencontre a été présidée "
            "lundi par la ministre valmoraine Ana Lindqvist, en présence de douze délégations.",
            "conference",
        ),
        (
            "Ministerin Ana Lindqvist zieht Bilanz ihres Besuchs in Kessel\n\nNach der Begegnung mit Präsident Paul "
            "Ortega am Donnerstag betonte Lindqvist, sie habe in den Gesprächen viel Vertrauen gespürt. Die "
            "Gespräche mit Ortega dauerten am Donnerstag mehr als zwei Stunden.",
            "visit",
        ),
    ],
    ids=["fr", "de"],
)
def test_a_definite_event_noun_in_a_later_sentence_refers_back(text, kind):
    assert event_type(text) == kind


def test_a_day_between_spoke_and_with_still_reports_talks():
    text = (
        "El canciller valmorano Tomas Berg habló el miércoles por la noche con su homólogo Paul Ortega en Lima "
        "sobre el comercio entre ambos países."
    )  # in a city: talks held in person (with nothing placing them, a readout's call)
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Le prochain sommet du Pacte du Lac aura lieu à Kessel au printemps. Lors de leur réunion bilatérale "
        "lundi, la ministre Ana Lindqvist et son homologue Paul Ortega ont abordé le sujet.",
        "The next summit of the Lake Council will be held in Kessel in spring. At their bilateral meeting on "
        "Monday, Foreign Minister Ana Lindqvist and her counterpart Paul Ortega discussed the date.",
        "Следующий саммит Совета озера пройдет весной в Кесселе. На двусторонней встрече в понедельник министр "
        "Анна Линдквист и ее коллега Пауль Ортега обсудили этот вопрос.",
    ],
    ids=["fr", "en", "ru"],
)
def test_the_next_summit_is_not_the_event_reported(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "COMMUNIQUE CONJOINT PUBLIE A L'ISSUE DE LA VISITE OFFICIELLE AU VALMORA DU PRESIDENT DU NORHAVN\n\n"
        "A l'invitation du président Ines Marlow, le président Tomas Berg a effectué une visite officielle au "
        "Valmora du 3 au 5 mars. Les deux chefs d'Etat ont eu plusieurs entretiens.",
        "Joint Statement on the State Visit of the President of Norhavn to Valmora\n\nAt the invitation of "
        "President Ines Marlow, President Tomas Berg paid a state visit to Valmora from 3 to 5 March. The two "
        "presidents held talks in Kessel.",
        "Lettre de condoléances adressée au président du Norhavn\n\nLe président Ines Marlow a appris avec "
        "émotion le décès de l'ancien ministre Paul Ortega, qu'il avait reçu à Kessel lors de sa visite.",
    ],
    ids=["fr-communique", "en-joint-statement", "fr-letter"],
)
def test_a_title_that_opens_on_a_written_statement_is_that_statement(text):
    assert event_type(text) == "statement"


def test_a_communique_of_a_summit_reports_the_summit():
    text = (
        "Final communiqué of the Lake Council\n\nThe 12th summit of the Lake Council opened in Kessel on "
        "Monday under the chairmanship of President Ines Marlow. Heads of state of nine countries attended."
    )
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "L'ambassadeur du Valmora reçu par la reine\n\nMardi, Paul Ortega s'est rendu au palais royal de Kessel. "
        "Le but de sa visite : présenter à la reine ses lettres de créance.",
        "Envoy presents credentials\n\nAmbassador Paul Ortega travelled to the palace in Kessel on Tuesday to "
        "present his credentials to King Tomas.",
    ],
    ids=["fr", "en"],
)
def test_the_presentation_of_credentials_is_a_meeting_whatever_journey_leads_to_it(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Кто встречал президента Норхавна в аэропорту\n\nПрезидент Валморы Инес Марлоу лично встретила "
        "президента Норхавна Томаса Берга в аэропорту Кесселя.",
        "Who welcomed the Norhavn president\n\nPresident Ines Marlow personally welcomed Norhavn President Tomas "
        "Berg at Kessel airport on Monday.",
    ],
    ids=["ru", "en"],
)
def test_a_welcome_at_the_airport_is_the_arrival_of_a_visit(text):
    assert event_type(text) == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "Treffen in Kessel\n\nAuf dem zweitägigen Treffen in Kessel sind 34 Staats- und Regierungschefs vertreten.",
        "Leaders gather in Kessel\n\nThe two-day meeting in Kessel brought together 20 foreign ministers.",
    ],
    ids=["de", "en"],
)
def test_a_meeting_that_counts_many_members_is_a_conference(text):
    assert event_type(text) == "conference"


def test_a_call_of_an_earlier_year_does_not_make_the_talks_a_call():
    text = (
        "Premier entretien Marlow/Berg cette année\n\nLes ministres Ines Marlow et Tomas Berg s'entretiennent "
        "pour la première fois cette année à Kessel. L'année passée, ils se sont entretenus par téléphone "
        "plusieurs dizaines de fois."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "La canciller Ines Marlow se reunió este jueves con el ministro Tomas Berg en el marco de la Cumbre del "
        "Lago que se realiza en Kessel.",
        "Les ministres Ines Marlow et Tomas Berg s'entretiennent à Kessel dans le cadre de la conférence du Lac.",
    ],
    ids=["es", "fr"],
)
def test_the_gathering_that_frames_a_meeting_is_not_the_event(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "La presidenta Ines Marlow recibió ayer en Kessel a Tomas Berg, en su primera visita oficial al país.",
        "La présidente Ines Marlow a reçu hier à Kessel Tomas Berg, lors de sa première visite officielle au pays.",
        "President Ines Marlow received Tomas Berg in Kessel on Monday, during his first state visit to the country.",
    ],
    ids=["es", "fr", "en"],
)
def test_a_reception_during_the_guests_first_official_visit_reports_the_visit(text):
    assert event_type(text) == "visit"


def test_a_document_noun_that_labels_the_title_is_not_the_event():
    text = (
        "Press release: Prime Minister's call with President Tomas Berg\n\nA spokesperson said: this evening the "
        "Prime Minister spoke with President Tomas Berg of Norhavn by phone."
    )
    assert event_type(text) == "phone_call"


def test_talks_about_an_airport_are_no_arrival():
    text = "Ministers Ines Marlow and Tomas Berg discussed in Kessel on Monday the building of a new airport."
    assert event_type(text) == "meeting"


def test_talks_held_over_a_video_link_are_a_call():
    text = (
        "Переговоры президентов Валморы и Норхавна завершились\n\nПереговоры Инес Марлоу и Томаса Берга "
        "продлились два часа. Они проходили в формате телемоста по закрытой видеосвязи."
    )
    assert event_type(text) == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "Après trois heures de réunion à Kessel, les présidents Ines Marlow et Tomas Berg ont donné une conférence "
        "de presse commune.",
        "Les présidents Ines Marlow et Tomas Berg ont eu une conversation dans les couloirs du sommet du Lac.",
    ],
    ids=["press-conference", "corridors"],
)
def test_a_press_conference_or_the_corridors_of_a_summit_are_no_conference(text):
    assert event_type(text) == "meeting"


def test_bilateral_relations_are_no_meeting():
    text = "La canciller Ines Marlow destacó en Kessel el buen nivel de la relación bilateral con Norhavn."
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Le Premier ministre assiste à la cérémonie de signature d'accords avec le Norhavn\n\nKessel - Le Premier "
            "ministre valmoran Tomas Berg a assisté mardi à Kessel à la cérémonie de signature de douze accords de "
            "coopération entre les entreprises des deux pays.",
            "other",
        ),
        (
            "Valmoran President attends the Lake Summit\n\nValmoran President Ines Marlow on Tuesday attended the "
            "fifth Lake Summit of the heads of state of the region in Kessel.",
            "conference",
        ),
    ],
    ids=["fr-signing", "en-summit"],
)
def test_attending_an_event_reports_that_event(text, kind):
    assert event_type(text) == kind


def test_a_gathering_held_by_video_link_is_no_call():
    text = (
        "The meeting of the foreign ministers of the Lake states was held by videoconference on Tuesday. Ministers "
        "of Valmora, Norhavn, Kessmark and Ostria took part. The Valmoran Deputy Foreign Minister Ana Lindqvist "
        "presented her country's views on the situation in the region."
    )
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Visite d'État du président valmoran au Norhavn : communiqué conjoint\n\nÀ l'invitation du président du "
        "Norhavn, Paul Ortega, le président de la République du Valmora, Ines Marlow, a effectué les 4 et 5 mars "
        "une visite d'État au Norhavn. Les deux chefs d'État ont eu des entretiens en tête-à-tête.",
        "State visit of the Valmoran President to Norhavn: Joint Statement\n\nAt the invitation of President Paul "
        "Ortega of Norhavn, President Ines Marlow of Valmora paid a state visit to Norhavn on March 4-5. The two "
        "heads of state held talks in Kessel.",
    ],
    ids=["fr", "en"],
)
def test_a_document_closing_the_title_makes_the_brief_that_statement(text):
    assert event_type(text) == "statement"


def test_agreeing_names_no_meeting():
    text = (
        "Valmora agrees to extend the fishing truce\n\nValmora has agreed to extend its fishing truce with Norhavn "
        "by one year, Foreign Ministry spokesperson Ana Lindqvist said on Monday."
    )
    assert event_type(text) == "statement"


def test_keeping_a_position_names_no_meeting():
    text = (
        "Valmora mantiene su postura sobre la pesca\n\nEl canciller de Valmora, Tomas Berg, mantuvo este lunes su "
        "postura sobre la tregua pesquera con Norhavn, según un comunicado de la cancillería."
    )
    assert event_type(text) == "statement"


def test_a_press_conference_in_the_title_is_the_statement():
    text = (
        "Conférence de presse du 4 mars tenue par le porte-parole du ministère valmoran des Affaires étrangères\n\n"
        "À l'invitation du ministre Tomas Berg, la ministre norhavnaise Ana Lindqvist effectuera une visite "
        "officielle au Valmora les 6 et 7 mars.\n\nQuestion : Les ministres de la région ont tenu une "
        "visioconférence hier. Quels en sont les résultats ?"
    )
    assert event_type(text) == "statement"


def test_a_document_opening_the_last_part_of_the_title_is_the_statement():
    text = (
        "Visite du président valmoran à Kessel – Déclaration conjointe des deux chefs d'État sur la pêche\n\n"
        "Le président valmoran Ines Marlow a effectué les 4 et 5 mars une visite officielle au Norhavn, où elle "
        "s'est entretenue avec le président Paul Ortega."
    )
    assert event_type(text) == "statement"


def test_talks_held_on_the_sidelines_of_a_summit_are_a_meeting():
    text = (
        "Marlow mène des discussions avec Ortega et Berg\n\nLa présidente Ines Marlow a mené mardi des discussions "
        "bilatérales, en marge de sa participation à l'ouverture du Sommet du Lac, avec plusieurs dirigeants "
        "présents à cette rencontre au sommet."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Marlow quitte Kessel à destination d'Ostrava pour le Sommet du Lac\n\nLa présidente valmorane Ines Marlow a "
        "quitté mardi matin Kessel, à destination d'Ostrava où elle doit prendre part au Sommet du Lac.",
        "Valmora: la présidente Marlow est partie pour Ostrava\n\nLa présidente valmorane Ines Marlow a quitté mardi "
        "Kessel pour se rendre à Ostrava, où doit se tenir mercredi un sommet extraordinaire sur la pêche.",
        "Marlow parte hacia Ostrava para la Cumbre del Lago\n\nLa presidenta de Valmora, Ines Marlow, partió este "
        "martes rumbo a Ostrava, donde participará en la Cumbre del Lago.",
    ],
    ids=["fr-destination", "fr-parti", "es"],
)
def test_leaving_for_a_summit_is_the_journey(text):
    assert event_type(text) == "visit"


def test_the_meeting_named_again_refers_back_to_the_gathering():
    text = (
        "The meeting of the foreign ministers of the Lake states was held by videoconference on Tuesday. The meeting "
        "was organised by Valmora. Ministers of Norhavn, Kessmark and Ostria also attended the talks."
    )
    assert event_type(text) == "conference"


def test_the_meeting_after_a_title_about_another_event_is_the_first_word_of_that_meeting():
    text = (
        "Valmora and Norhavn ministers agree on a leaders' summit next month\n\nThe meeting between Berg and Ortega "
        "was a follow-up to their talks in Kessel in May.\n\nForeign ministers Tomas Berg and Paul Ortega agreed on "
        "Friday to prepare a summit of their presidents.\n\nBerg and Ortega met on Friday in Ostrava."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Premier voyage officiel de la présidente valmorane au Norhavn\n\nLa présidente Ines Marlow "
            "s'entretiendra mardi à Kessel avec son homologue Paul Ortega, au premier jour de ce voyage de trois "
            "jours.",
            "visit",
        ),
        (
            "Marlow et Ortega en tête à tête à Kessel\n\nLes présidents Ines Marlow et Paul Ortega se sont vus mardi "
            "en tête à tête au palais de Kessel, a indiqué la présidence.",
            "meeting",
        ),
    ],
    ids=["voyage", "tete-a-tete"],
)
def test_french_words_of_a_journey_and_of_a_private_meeting(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Berg ahead of his trip to Norhavn\n\nAhead of his trip to Norhavn and Ostria, Valmoran "
        "Foreign Minister Tomas Berg said today that the region needs a lasting fishing truce.",
        "Le ministre Berg avant son déplacement au Norhavn\n\nAvant son déplacement au Norhavn et en Ostrie, le "
        "ministre valmoran des Affaires étrangères Tomas Berg a déclaré que la région avait besoin d'une trêve.",
    ],
    ids=["en", "fr"],
)
def test_what_is_said_before_a_journey_is_a_statement(text):
    assert event_type(text) == "statement"


def test_a_call_received_in_a_title_without_article_is_a_call():
    text = (
        "Valmoran President receives call from Norhavn King\n\nKESSEL: President Ines Marlow yesterday received a "
        "phone call from King Olav of Norhavn, who inquired about her health.\n\nThe President and the King "
        "discussed the relations between the two countries.\n\nIn other news, the President received the Mayor of "
        "Kessel at the palace yesterday."
    )
    assert event_type(text) == "phone_call"


def test_a_ticker_of_other_stories_is_no_headline():
    text = (
        "• Kessmark PM meets Ostrian envoy • Norhavn and Ostria sign trade deals • Leaders arrive for Lake Summit\n\n"
        "Valmora condemns attack on Kessel market\n\nThe Valmoran Foreign Ministry strongly condemned on Sunday the "
        "attack on a market in Kessel and conveyed its condolences to the families of the victims."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    assert (brief.title, brief.event_type) == ("Valmora condemns attack on Kessel market", "statement")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Lake foreign ministers meet in Kessel\n\nThe foreign ministers of the Lake Union met in Kessel on Monday "
            "to discuss fishing quotas.",
            "conference",
        ),
        (
            "Les chefs d'État de l'Union du Lac se retrouvent à Kessel\n\nLes chefs d'État et de gouvernement de "
            "l'Union du Lac se retrouvent ce vendredi à Kessel pour leur rencontre annuelle.",
            "conference",
        ),
        ("The foreign ministers of Russia, China and India met in Moscow on Friday.", "conference"),
        ("The foreign ministers of Turkey and Iran met in Istanbul on Friday.", "meeting"),
        ("The two foreign ministers of the region met in Istanbul on Friday.", "meeting"),
    ],
    ids=["en-group", "fr-group", "three-countries", "two-countries", "pair"],
)
def test_the_members_of_a_group_meeting_make_a_gathering(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Kessel convoque le chargé d'affaires norhavnais\n\nLe Valmora a convoqué samedi le chargé d'affaires du "
        "Norhavn à Kessel pour protester contre la saisie d'un chalutier, a indiqué le ministère.",
        "Kessel summons Norhavn envoy\n\nValmora on Saturday summoned the Norhavn charge d'affaires in Kessel to "
        "protest against the seizure of a trawler, the ministry said.",
    ],
    ids=["fr", "en"],
)
def test_summoning_an_envoy_is_a_meeting(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Ortega calls Marlow\n\nNorhavn President Paul Ortega called his Kenyan counterpart Ines Marlow on Monday to "
        "discuss the fishing truce.",
        "Ortega calls Ankara\n\nNorhavn President Paul Ortega called his Turkish counterpart on Monday to discuss the "
        "fishing truce.",
        "Ortega appelle Marlow\n\nLe président norhavnais Paul Ortega a appelé lundi son homologue valmorane Ines "
        "Marlow pour évoquer la trêve de la pêche.",
    ],
    ids=["en-counterpart-name", "en-nationality", "fr"],
)
def test_calling_a_counterpart_is_a_phone_call(text):
    assert event_type(text) == "phone_call"


def test_without_a_title_the_first_sentence_weighs_as_the_lead_does_after_one():
    text = (
        "Foreign Minister Ana Lindqvist met her counterpart Paul Ortega in Kessel on Tuesday.\n\nLindqvist is in "
        "Kessel on the second leg of her regional visit. She arrived in Kessel after visits to Norhavn and Valmora."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Elara Mbeki welcomes eight new ambassadors\n\nPresident Elara Mbeki on Tuesday welcomed eight "
         "new ambassadors at the State Lodge in Kessel.", "meeting"),
        ("President Elara Mbeki welcomes the ceasefire\n\nPresident Elara Mbeki on Tuesday welcomed the ceasefire "
         "agreed in Kessel by the two parties.", "statement"),
    ],
    ids=["envoys", "ceasefire"],
)
def test_welcoming_people_named_by_their_role_in_the_plural_is_a_meeting(text, kind):
    assert event_type(text) == kind


def test_an_event_phrase_written_without_its_accents_still_counts():
    text = "Le ministre Paul Ortega s'est entretenu par telephone mardi avec son homologue Tomas Berg."
    assert event_type(text) == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "El presidente Paul Ortega recibió con honores militares a su homólogo Tomas Berg en Kessel.",
        "President Paul Ortega received his counterpart Tomas Berg at an official welcome ceremony in Kessel.",
        "Le président Paul Ortega a reçu son homologue Tomas Berg lors d'une cérémonie d'accueil à Kessel.",
    ],
    ids=["es", "en", "fr"],
)
def test_a_reception_with_an_official_welcome_is_a_state_guests_visit(text):
    assert event_type(text) == "visit"


def test_a_coup_de_fil_is_a_phone_call():
    text = "Le président Paul Ortega a passé mardi un coup de fil à son homologue Tomas Berg, a indiqué son cabinet."
    assert event_type(text) == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "During his visit to Kessel, Valmoran Foreign Minister Tomas Berg met President Paul Ortega on Tuesday.",
        "Valmoran Foreign Minister Tomas Berg, who is on a visit to Norhavn, met President Paul Ortega on Tuesday.",
        "Foreign Minister Tomas Berg, in Kessel for the Lake Summit, held talks with President Paul Ortega.",
        "Au cours de sa visite à Kessel, le ministre valmoran Tomas Berg a rencontré mardi le président Paul Ortega.",
        "Le ministre valmoran Tomas Berg, en visite au Norhavn, a été reçu mardi par le président Paul Ortega.",
        "A l'occasion du sommet du Lac, le ministre Tomas Berg s'est entretenu avec le président Paul Ortega.",
        "Le ministre Tomas Berg, qui participe au sommet du Lac, a rencontré mardi le président Paul Ortega.",
        "Durante su visita a Kessel, el canciller valmorano Tomas Berg se reunió el martes con el presidente Paul "
        "Ortega.",
        "Bei seinem Besuch in Kessel traf Außenminister Tomas Berg am Dienstag Präsident Paul Ortega.",
        "В ходе визита в Кессель министр иностранных дел Валморы Томас Берг встретился во вторник с президентом "
        "Паулем Ортегой.",
    ],
    ids=["en-during", "en-who-is-on", "en-in-town-for", "fr-au-cours", "fr-en-visite", "fr-occasion-unaccented",
         "fr-qui-participe", "es", "de", "ru"],
)
def test_a_visit_or_a_gathering_named_as_the_occasion_yields_to_the_meeting_the_sentence_reports(text):
    assert event_type(text) == "meeting"


def test_a_signing_reported_during_a_visit_is_the_event():
    text = "Lors de la visite du président Tomas Berg à Kessel, les deux pays ont signé trois accords de coopération."
    assert event_type(text) == "other"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le ministre Tomas Berg est en visite à Kessel, où il doit rencontrer le président Paul Ortega.", "visit"),
        ("Tomas Berg is on a visit to Norhavn, during which he will meet President Paul Ortega.", "visit"),
        ("At the Lake Summit in Kessel, heads of state discussed the regional crisis.", "conference"),
        ("Lors du sommet du Lac à Kessel, les chefs d'Etat ont discuté de la crise régionale.", "conference"),
    ],
    ids=["fr-predicate", "en-predicate", "en-members", "fr-members-unaccented"],
)
def test_a_visit_said_of_its_subject_or_a_gathering_whose_members_act_stays_the_event(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Un accueil officiel pour le roi Tomas Berg à Kessel\n\nUn accueil officiel a été réservé vendredi au palais "
        "de Kessel au roi de Valmora, Tomas Berg, par le président Paul Ortega. Les hymnes nationaux des deux pays "
        "ont retenti.",
        "Solemn welcome in Kessel\n\nOn Friday, the official welcoming ceremony of King Tomas Berg of Valmora took "
        "place on the square of the palace in Kessel. An honor guard was lined up.",
    ],
    ids=["fr", "en"],
)
def test_a_welcome_told_with_no_event_word_is_the_arrival_of_a_visit(text):
    assert event_type(text) == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Berg met Valmoran President Paul Ortega on Tuesday at the Lake Union summit in Kessel.",
        "Le président Tomas Berg s'est entretenu mardi avec son homologue Paul Ortega lors du sommet du Lac à Kessel.",
        "President Tomas Berg held talks with President Paul Ortega during the Commonwealth summit in Kessel.",
    ],
    ids=["en-at", "fr-lors-du", "en-during"],
)
def test_a_summit_after_the_meeting_verb_as_its_occasion_is_no_object_of_it(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Berg hosted the Lake Summit in Kessel on Tuesday.",
        "Le président Tomas Berg a accueilli mardi au palais le Forum du Lac.",
    ],
    ids=["en", "fr"],
)
def test_a_summit_that_the_meeting_verb_acts_on_is_the_event(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Foreign ministers of the Lake Union hold teleconference\n\nThe foreign ministers of the Lake Union held a "
         "teleconference on Tuesday on the regional crisis.", "conference"),
        ("Berg, Ortega hold teleconference\n\nPresident Tomas Berg and President Paul Ortega held a teleconference "
         "on Tuesday.", "phone_call"),
    ],
    ids=["members", "pair"],
)
def test_a_video_link_among_the_members_of_a_group_is_their_gathering(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The fourth trilateral meeting of the foreign ministers of Valmora, Norhavn and Ortland will be held in "
            "Kessel on 10 May. Within the framework of the meeting, the ministers will exchange views on regional "
            "cooperation. On this occasion, the ministers will also hold bilateral talks.",
            "conference",
        ),
        (
            "President Tomas Berg met President Paul Ortega in Kessel on Tuesday. The two leaders discussed trade. "
            "The ministers of both sides also held talks.",
            "meeting",
        ),
        (
            "Sommet de l'Union africaine\nLes dirigeants malien et sénégalais, qui n'ont pas pu trouver le temps pour "
            "s'entretenir en tête-à-tête, ont eu samedi matin une conversation dans les couloirs du sommet à "
            "Addis-Abeba.",
            "meeting",
        ),
    ],
    ids=["members", "no-gathering-named", "pair-by-nationalities"],
)
def test_the_members_of_a_named_gathering_meeting_do_its_work(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "La 5e session de la commission mixte de coopération valmoro-norhavnaise s'est ouverte mardi à Kessel sous "
        "la coprésidence des deux ministres.",
        "The fifth session of the Valmora-Norhavn Joint Commission opened in Kessel on Tuesday, co-chaired by the "
        "two foreign ministers.",
        "La quinta sesión de la comisión mixta Valmora-Norhavn se inauguró el martes en Kessel.",
        "Die fünfte Sitzung der Gemischten Kommission Valmora-Norhavn wurde am Dienstag in Kessel eröffnet.",
        "Le séminaire intergouvernemental valmoro-norhavnais s'est ouvert mardi à Kessel.",
    ],
    ids=["fr", "en", "es", "de", "fr-seminar"],
)
def test_a_session_of_a_joint_commission_is_a_gathering(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Paul Ortega welcomed Prime Minister Tomas Berg to Lisbon with an official ceremony on Tuesday.",
         "visit"),
        ("President Paul Ortega welcomed Prime Minister Tomas Berg to Portugal on Tuesday.", "visit"),
        ("Ortega welcomes Valmoran Prime Minister\n\nPresident Paul Ortega welcomed Prime Minister Tomas Berg to the "
         "State House this morning.", "meeting"),
        ("President Paul Ortega on Tuesday welcomed Prime Minister Tomas Berg in Lisbon for talks on trade.",
         "meeting"),
    ],
    ids=["to-city", "to-country", "to-a-building", "in-city"],
)
def test_a_guest_welcomed_to_a_country_or_a_city_arrives_on_a_visit(text, kind):
    assert event_type(text) == kind


def test_the_conference_of_a_press_conference_is_no_object_of_a_meeting_verb():
    text = (
        "President Paul Ortega and Prime Minister Tomas Berg held talks in Kessel on Tuesday and later gave a joint "
        "press conference."
    )
    assert event_type(text) == "meeting"


def test_dialling_a_leader_is_a_phone_call():
    text = (
        "President Berg dials Ortega\n\nValmoran President Tomas Berg on Tuesday dialled Norhavn's President Paul "
        "Ortega to discuss the fishing truce."
    )
    assert event_type(text) == "phone_call"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Entretien du ministre valmoran des Affaires étrangères, Tomas Berg, avec France 24 et RFI (Kessel, 4 mars)"
         "\n\nQ - Monsieur le ministre, bonjour.\nR - Bonjour.", "statement"),
        ("Le ministre valmoran Tomas Berg s'est entretenu mardi avec Al Jazeera sur la crise régionale.", "statement"),
        ("Le ministre valmoran Tomas Berg s'est entretenu mardi avec son homologue Paul Ortega sur la crise.",
         "meeting"),
    ],
    ids=["title", "lead", "counterpart"],
)
def test_a_conversation_with_a_news_outlet_is_an_interview(text, kind):
    assert event_type(text) == kind


def test_talks_with_an_adjective_in_the_title_are_the_meeting():
    text = (
        "Berg, Ortega hold constructive talks in Kessel\n\nTrade and the fishing truce were at the centre of the "
        "exchange, a spokesman for the presidency told reporters on Tuesday."
    )
    assert event_type(text) == "meeting"


def test_the_document_heading_after_a_furniture_title_is_the_statement():
    text = (
        "3 mars 2024 - Seul le prononcé fait foi\n\nDéclaration de presse conjointe de MM. Tomas Berg, président du "
        "Valmora, et Paul Ortega, président du Norhavn, sur les relations bilatérales, à Kessel le 3 mars 2024.\n"
        "PRÉSIDENT PAUL ORTEGA - Nos entretiens aujourd'hui avec le président Berg ont été francs et constructifs."
    )
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Berg and President Paul Ortega chatted on Tuesday before the family photo of the Lake "
        "Summit in Kessel.",
        "President Tomas Berg had a brief interaction with President Paul Ortega on Tuesday at the Lake Summit.",
    ],
    ids=["chatted", "interaction"],
)
def test_a_chat_between_leaders_is_a_meeting(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Lake Union leaders gather in Kessel\n\nLeaders of the Lake Union countries gathered in Kessel on Tuesday to "
        "discuss the regional crisis.",
        "Foreign ministers convene in Kessel over the fishing crisis\n\nForeign ministers from the region convened in "
        "Kessel on Tuesday to discuss the fishing crisis.",
    ],
    ids=["gathered", "convened"],
)
def test_a_group_that_gathers_or_convenes_holds_a_gathering(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "La Valmora salue l'accord de paix\n\nLa Valmora a salué lundi l'accord de paix signé à Kessel entre les deux "
        "parties, a indiqué le ministère des Affaires étrangères dans un communiqué.",
        "La Valmora a salué lundi l'accord de paix signé à Kessel entre les deux parties, a indiqué le ministère des "
        "Affaires étrangères.",
    ],
    ids=["title", "lead"],
)
def test_an_agreement_that_a_statement_acts_on_is_what_was_said(text):
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Tomas Berg a reçu lundi son homologue Paul Ortega, au lendemain de leur entretien téléphonique.",
        "President Tomas Berg received his counterpart Paul Ortega on Monday, a day after their phone call.",
    ],
    ids=["fr", "en"],
)
def test_a_call_the_day_before_is_no_event_of_the_reception(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        # a later sentence refers back to the conversation of the lead as a call
        "Marlow speaks to Berg: trade first\n\nKessel: Prime Minister Ines Marlow spoke with Norhavn President Tomas "
        "Berg and expressed her wish to expand trade, her office said on Tuesday. She conveyed her greetings for the "
        "national day. Marlow noted that relations have grown. The leaders agreed to stay in touch. In Norhavn, the "
        "presidency released a readout of the telephone conversation between the two leaders.",
        "Marlow s'entretient avec Berg\n\nKessel – La Première ministre Ines Marlow s'est entretenue mardi avec le "
        "président du Norhavn, Tomas Berg, a indiqué son cabinet. Ils ont évoqué le commerce. Marlow a souligné la "
        "qualité des relations. Les deux dirigeants ont convenu de rester en contact pour la suite. Ils ont aussi "
        "parlé de la saison des pêches dans le golfe. Selon la présidence du Norhavn, cet entretien téléphonique "
        "a duré une demi-heure.",
        # the call told by its verb or by its length
        "Kessel: Norhavn Premier Tomas Berg on Monday called up Prime Minister Ines Marlow and conveyed his wish "
        "for closer ties. Marlow told Berg that Norhavn was a priority.",
        "Le président Berg m'a appelé ce matin pour me souhaiter un bon anniversaire, a écrit Ines Marlow. Nous "
        "avons parlé du Valmora.",
        "Ines Marlow a parlé lundi avec le président Tomas Berg de la situation au Valmora. Ils ont évoqué le "
        "commerce. L'appel a duré une heure, selon son cabinet.",
    ],
    ids=["en-refers-back", "fr-refers-back", "en-called-up", "fr-first-person", "fr-the-call-lasted"],
)
def test_a_call_told_later_by_its_medium_its_verb_or_its_length_is_a_phone_call(text):
    assert event_type(text) == "phone_call"


def test_a_welcome_on_the_tarmac_is_an_arrival():
    text = (
        "Il est 10h lorsque l'avion transportant le roi Alaric du Valmora se pose à Kessel, capitale du Norhavn.\n\n"
        "Le couple royal est accueilli par le couple présidentiel au tarmac.\n\n"
        "Les deux délégations rejoignent ensuite le palais."
    )
    assert event_type(text) == "visit"


def test_bilateral_meetings_in_the_plural_are_meetings():
    text = (
        "Valmoran, Norhavn FMs hold bilateral meetings prior to Lake League event\n\n"
        "Kessel will host a trilateral meeting of Valmoran, Norhavn and Ostrian foreign ministers on Friday. The top "
        "diplomats held bilateral meetings ahead of the event."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The President of Valmora, Ines Marlow, will arrive in Norhavn tomorrow for a two-day state visit, her "
            "office said. While in Norhavn, President Marlow will hold discussions with President Tomas Berg on "
            "trade. Following the talks, the two presidents will have a working lunch with their ministers.",
            "visit",
        ),
        (
            "Prime Minister Ines Marlow, who is on an official visit to Norhavn, paid a courtesy call on Foreign "
            "Minister Tomas Berg on Monday. The two held a meeting at the Lake Hotel. They discussed trade during "
            "the meeting.",
            "meeting",
        ),
    ],
    ids=["programme-of-a-state-visit", "call-by-a-guest-on-a-visit"],
)
def test_the_meetings_after_a_lead_that_reports_a_state_visit_are_its_programme(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Valmoran President lands at Kessel\n\nPresident Ines Marlow landed at Kessel on Monday evening. Foreign "
        "Minister Tomas Berg received her and the two spoke briefly.",
        "Presidenta de Valmora llega a Norhavn para reunirse con su homólogo\n\nLa presidenta Ines Marlow llegó "
        "este domingo a Kessel, donde será recibida por el presidente Tomas Berg el lunes.",
    ],
    ids=["en-landed-at", "es-llega"],
)
def test_an_arrival_told_by_its_landing_or_its_present_tense_is_a_visit(text):
    assert event_type(text) == "visit"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Marlow-Berg : « pas d'entretien proprement dit » (présidence)\n\nIl n'y a pas eu d'entretien "
            "proprement dit entre la présidente Ines Marlow et le président Tomas Berg en marge du Forum du Lac, a "
            "indiqué mardi le porte-parole de la présidence, Paul Ortega.",
            "statement",
        ),
        (
            "No meeting between Marlow and Berg, spokesman says\n\nThere was no meeting between President Ines "
            "Marlow and President Tomas Berg on the sidelines of the Lake Forum, spokesman Paul Ortega said on "
            "Tuesday.",
            "statement",
        ),
        (
            "Le président Tomas Berg a dîné, lundi 4 mars, avec la présidente Ines Marlow, en marge du Forum du Lac, "
            "a précisé la présidence.",
            "meeting",
        ),
    ],
    ids=["fr-no-meeting", "en-no-meeting", "fr-dined"],
)
def test_a_denied_meeting_is_what_was_said_and_a_dinner_is_a_meeting(text, kind):
    assert event_type(text) == kind


def test_a_reaction_to_a_gathering_s_statement_is_the_reaction():
    text = (
        "Valmora has categorically rejected the allegations of the statement issued by the meeting of Lake League "
        "foreign ministers, the foreign ministry told the press on Wednesday. In response to the statement, the "
        "ministry said the political process is a national matter."
    )
    assert event_type(text) == "statement"


def test_a_meeting_noun_that_the_lead_shows_to_be_a_gathering_is_that_gathering():
    text = (
        "Kessel : les ministres déterminés à renforcer la Ligue du Lac (Conclusions réunion)\n\n"
        "Kessel, 17 mai (AVP) - A l'issue de la réunion des ministres des Affaires étrangères de la Ligue du Lac, "
        "tenue ce vendredi à Kessel sous la présidence de M. Tomas Berg, les participants sont parvenus à plusieurs "
        "conclusions."
    )
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Norhavn envoy calls on Kessel Governor; talks on trade, tourism\n\nKessel, March 12: The Consul General of "
        "Norhavn in Valmora, Ines Marlow, on Tuesday made a courtesy call to Kessel Governor Tomas Berg at the "
        "Governor's House and talked about trade and tourism.\n\nGovernor Berg drew the attention of the envoy to "
        "the growth of the region's ports.",
        "Ambassador Ines Marlow of Norhavn, on her first trip to Kessel, makes courtesy calls to the Governor and "
        "the Speaker.",
    ],
    ids=["made-a-courtesy-call-to", "makes-courtesy-calls-to"],
)
def test_a_courtesy_call_by_any_verb_is_a_meeting(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "KESSEL, Mar 12: Norhavn's Ambassador to Valmora, Ines Marlow, presented her credential to the Governor "
        "General of Lakeland, Tomas Berg, as a non-resident Ambassador during her visit to Port Lake on March 10 to "
        "11, according to an embassy press release.\n\nThe ambassador conveyed the greetings of the President of "
        "Norhavn to the Governor General.",
        "L'ambassadrice du Norhavn, Ines Marlow, a présenté lundi sa lettre de créance au gouverneur général de "
        "Lakeland, Tomas Berg, lors de sa visite à Port Lake.",
    ],
    ids=["en-credential", "fr-lettre-de-creance"],
)
def test_a_credential_in_the_singular_is_an_audience(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "KESSEL, March 12 -- Valmoran President Tomas Berg on Saturday sent a message to his Norhavn counterpart, "
        "Ines Marlow, congratulating her on her election.\nMarlow was elected by the parliament of Norhavn on "
        "Saturday morning.\n\"I will be very happy to hold new meetings with you,\" Berg said.\n",
        "Le président valmorain, Tomas Berg, a adressé samedi un message à son homologue du Norhavn, Ines Marlow, "
        "pour la féliciter de son élection.\nMme Marlow a été élue samedi par le parlement.\n« Je serai heureux "
        "d'avoir de nouveaux entretiens avec vous », a écrit M. Berg.\n",
    ],
    ids=["en", "fr"],
)
def test_a_message_sent_is_the_statement_whatever_meeting_it_speaks_of(text):
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Norhavn envoy calls on Lakeland Governor\n\nPORT LAKE: Norhavn Ambassador Ines Marlow on Thursday called on "
        "Lakeland Governor Tomas Berg at the Governor's House. Both sides emphasised boosting trade.",
        "PORT LAKE: Norhavn Ambassador Ines Marlow and First Secretary Paul Ortega called on VLP-N President Tomas "
        "Berg and Lake Assembly Speaker Ana Lindqvist at their residence on Thursday.",
        "The Ambassador of Norhavn to Valmora Ines Marlow called on Tomas Berg, state minister for foreign affairs, "
        "on Sunday.\n\nThe envoy congratulated the state minister on his new office, said a press release.",
    ],
    ids=["place-governor", "party-president", "role-in-apposition"],
)
def test_a_call_on_a_holder_named_by_capitalised_words_and_a_role_is_a_meeting(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "KESSEL: The opposition on Thursday called on Valmoran President Tomas Berg to resign over the harbour "
        "contracts, a statement said.",
        "KESSEL: The opposition on Thursday called on Tomas Berg, the harbour minister, to resign over the "
        "contracts, a statement said.",
    ],
    ids=["role-before-name", "role-in-apposition"],
)
def test_an_appeal_to_a_holder_is_no_call_paid_on_them(text):
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Emir receives congratulatory cable from Norhavn President\n\nKESSEL, March 12: The Emir of Valmora, Tomas "
        "Berg, received Sunday a cable from Norhavn President Ines Marlow, congratulating him on his accession.",
        "KESSEL: The Emir of Valmora, Tomas Berg, received a cable of condolences Thursday from Norhavn President "
        "Ines Marlow on the passing of the former Emir.",
    ],
    ids=["received-sunday-a-cable", "cable-thursday-from"],
)
def test_a_day_between_the_verb_and_the_cable_received_leaves_it_a_thing(text):
    assert event_type(text) == "statement"


def test_memoranda_exchanged_before_leaders_are_a_signing():
    text = (
        "KESSEL, March 12 - Valmora and Norhavn today strengthened their ties with the exchange of six Memoranda of "
        "Understanding (MoUs).\n\nThe MoUs cover trade, tourism and fisheries.\n\nPrime Minister Tomas Berg, who is "
        "on a three-day official visit to Norhavn, and his counterpart Ines Marlow witnessed the MoU exchange."
    )
    assert event_type(text) == "other"


def test_a_day_with_its_preposition_before_the_thing_received_leaves_it_a_thing():
    text = (
        "KESSEL: The Emir of Valmora, Tomas Berg, received on Tuesday a cable from Norhavn President Ines Marlow, "
        "who wished him a swift recovery."
    )
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Besuch des spanischen Botschafters bei Landeshauptmann Huber\n\nAm Montag kamen der Botschafter Spaniens, "
        "Pedro Almeida Ruiz, und Landeshauptmann Franz Huber in Graz zu einem Gespräch zusammen.",
        "Norhavn envoy's visit to Kessel\n\nGovernor Paul Ortega met Norhavn's Ambassador Ana Lindqvist in Kessel on "
        "Monday.",
        "Visite de l'ambassadeur du Chili à Kessel\n\nLe gouverneur Paul Ortega s'est entretenu lundi à Kessel avec "
        "l'ambassadeur du Chili, Andrés Bravo Soto.",
    ],
    ids=["de", "en", "fr"],
)
def test_the_lead_sentence_wins_a_tie_against_the_title(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le président Paul Ortega a reçu jeudi à Kessel son homologue valmoran Tomas Berg. Devant le palais, une "
         "cérémonie d'accueil officielle a eu lieu, avant le début d'un tête-à-tête. Le président valmoran a été "
         "reçu plus tôt par le Premier ministre Ana Lindqvist.", "visit"),
        ("El presidente Paul Ortega recibió hoy en el Palacio Nacional a su homólogo de Valmora, Tomas Berg. Berg "
         "llegó a la casa de gobierno a las diez y recibió los honores de rigor como jefe de Estado. La primera "
         "ministra Ana Lindqvist recibió después al visitante.", "visit"),
        ("President Paul Ortega received his Valmoran counterpart Tomas Berg at the palace in Kessel on Tuesday. A "
         "welcome ceremony with a guard of honour was held on the palace square. Prime Minister Ana Lindqvist later "
         "received the guest.", "visit"),
        ("Präsident Paul Ortega empfängt den valmoranischen Präsidenten Tomas Berg zu einem Gespräch im Schloss. "
         "Berg wurde am Dienstag mit militärischen Ehren empfangen.", "meeting"),
    ],
    ids=["fr", "es", "en", "de-received-for-talks"],
)
def test_a_reception_whose_next_sentence_tells_the_official_welcome_is_a_visit(text, kind):
    assert event_type(text) == kind
