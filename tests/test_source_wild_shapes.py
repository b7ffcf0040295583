"""Source shapes of real briefs in every language (session 15): a source label in square brackets, an agency's
name in a headline's case then its city on a byline line, a country no longer read as an outlet's form, an
interview with an outlet after its kind and an adjective, a statement given to an agency, a need that is no source.

Every brief here is invented for the test (fictional people, real countries).
"""

from __future__ import annotations

import pytest

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text).source
    return source.name if source else None


def test_a_source_label_in_square_brackets_names_the_source():
    text = (
        "Valdoria and Norway leaders meet\n\n"
        "Prime Minister welcomes Norwegian guest [Source: Valdorian Government]\n\n"
        "Prime Minister Jan Osk of Norway met President Lina Varo in Port Vella on Monday. They discussed fisheries.\n"
    )
    assert source_name(text) == "Valdorian Government"


@pytest.mark.parametrize("agency", ["Press Trust Of India", "Press Trust of India"])
def test_an_agency_then_its_city_alone_on_a_line_credits_the_agency(agency):
    text = (
        "Minister to visit Norway\n\n"
        f"{agency} New Delhi\n"
        "External Affairs Minister Ravi Menon will travel to Oslo on Monday to meet his Norwegian counterpart Jan "
        "Osk, officials said.\n\nThe two ministers will discuss trade.\n"
    )
    assert source_name(text) == agency


def test_a_country_after_a_verb_of_saying_is_no_outlet():
    text = (
        "(Hanoi Herald)- Prime Minister Tran Van Binh received the new ambassador of Sweden, Anna Lind, in Hanoi. "
        "Welcoming the ambassador, Mr Binh affirmed Vietnam's policy of close ties with Sweden.\n"
    )
    assert source_name(text) != "Vietnam"


def test_an_interview_with_an_outlet_after_its_kind_and_an_adjective():
    text = (
        'Paris – Le Premier ministre québécois Paul Tremblay a rencontré lundi son homologue Jean Dubois. "Il faut '
        'doubler nos échanges", a déclaré M. Tremblay dans une entrevue à la chaîne francophone Valmonde.\n'
    )
    assert source_name(text) == "Valmonde"


def test_a_statement_given_to_an_agency_names_the_agency():
    text = (
        "Nouakchott, 23/10/2018\nLe Président de la République a reçu mardi l'ambassadeur de Norvège, Jan Osk.\n\n"
        "A l’issue de l’audience, le diplomate a fait à l’AMI, la déclaration suivante : « Je suis heureux. »\n"
    )
    assert source_name(text) == "AMI"


def test_what_needs_require_is_no_source():
    text = (
        "L'ambassadeur de France, Paul Martin, a rencontré jeudi le Premier ministre Jean Rako à Antananarivo. Il "
        "souhaite orienter l'aide selon les besoins exprimés par les nouvelles autorités, selon le communiqué de "
        "l’ambassade.\n"
    )
    assert source_name(text) == "communiqué de l’ambassade"


def test_an_outlet_with_a_number_in_its_name_opening_the_text_before_a_dash():
    text = (
        "VALNEWS221 – Le président sénégalais Moussa Diallo a reçu mercredi à Dakar le ministre malien des Affaires "
        "étrangères, Ibrahim Keita. Les deux hommes ont évoqué la sécurité régionale.\n"
    )
    assert source_name(text) == "VALNEWS221"


def test_a_summit_s_short_name_opening_the_text_is_no_outlet():
    text = (
        "G20 – Le président sénégalais Moussa Diallo a rencontré mercredi à Rome le Premier ministre italien Marco "
        "Bellini. Les deux hommes ont évoqué la sécurité régionale.\n"
    )
    assert source_name(text) != "G20"


def test_a_closing_credit_label_before_a_body_names_the_body():
    text = (
        "Die bayerische Europaministerin Anna Huber traf am Montag den tschechischen Außenminister Jan Novak zu einem "
        "Austausch in München. Beide betonten die enge Zusammenarbeit.\n"
        "Bericht und Bilder: Bayerische Staatskanzlei\n"
    )
    assert source_name(text) == "Bayerische Staatskanzlei"


def test_a_photo_credit_of_a_body_is_no_source():
    text = (
        "Die bayerische Europaministerin Anna Huber traf am Montag den tschechischen Außenminister Jan Novak zu einem "
        "Austausch in München. Beide betonten die enge Zusammenarbeit.\n"
        "Foto: Bayerische Staatskanzlei\n"
    )
    assert source_name(text) is None


def test_a_release_header_names_the_body_that_issues_it():
    text = (
        "Staatskanzlei - Pressemitteilung Nr.: 476/05\n\nMinisterpräsident Karl Huber reist nach Tallinn\n\n"
        "Ministerpräsident Karl Huber wird vom 16. bis 18. Oktober nach Tallinn reisen und dort Ministerpräsident Jaan "
        "Tamm treffen.\n"
    )
    assert source_name(text) == "Staatskanzlei"


@pytest.mark.parametrize(
    ("closing", "expected"), [("Global Affairs Norland", "Global Affairs Norland"), ("Peter Brown", None)]
)
def test_a_release_date_line_closed_by_its_issuer(closing, expected):
    text = (
        "Minister takes part in virtual meeting\n\nNews release\n\n"
        f"October 14, 2020 - Ottawa, Ontario - {closing}\n\n"
        "Today, the Honourable Jan Osk, Minister of Foreign Affairs, took part in the virtual meeting with his "
        "counterpart Lina Varo.\n"
    )
    assert source_name(text) == expected


def test_an_office_named_alone_above_the_headline_issues_the_readout():
    text = (
        "Office of the Press Secretary\n\nApril 17, 2017\n\n"
        "Readout of the President's Call with President Jan Osk of Norway\n\n"
        "President Lina Varo spoke today with President Jan Osk of Norway to discuss trade and security.\n"
    )
    assert source_name(text) == "Office of the Press Secretary"


def test_a_spokesperson_who_comments_in_german_is_the_source():
    text = (
        "Regierungssprecher Karl Huber äußerte sich am Freitag in Berlin über das Treffen der Kanzlerin mit dem "
        'polnischen Präsidenten Jan Nowak: "Das Gespräch war gut."\n'
    )
    assert source_name(text) == "Regierungssprecher Karl Huber"


def test_a_site_s_masthead_above_the_headline_is_no_source():
    text = (
        "Bayerische Staatskanzlei\n\nEuropaministerin trifft tschechischen Außenminister\n\n"
        "Die bayerische Europaministerin Anna Huber traf am Montag den tschechischen Außenminister Jan Novak in "
        "München. Beide betonten die enge Zusammenarbeit.\n"
    )
    assert source_name(text) is None


@pytest.mark.parametrize(
    ("signature", "expected"), [("kle/se (dpa, afp, rtr)", "dpa"), ("ee (afp, epd)", "afp"), ("(apa)", "apa")]
)
def test_agencies_in_small_letters_in_brackets_closing_the_text(signature, expected):
    text = (
        "Außenminister Karl Huber hat am Montag in Berlin seinen polnischen Kollegen Jan Nowak empfangen. Beide "
        f"sprachen über die Lage in der Ukraine.\n\n{signature}\n"
    )
    assert source_name(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Avec notre correspondante à Québec, Marie Leblanc\n\nLe Premier ministre Paul Tremblay a rencontré lundi à "
        "Québec son homologue français Jean Dubois. Les deux hommes ont évoqué le commerce.\n",
        "Le ministre des Affaires étrangères Jean Dubois a reçu lundi à Paris son homologue norvégien Jan Osk, selon "
        "notre correspondant à Oslo.\n",
        "By our correspondent\n\nForeign Minister Jan Osk met his Norwegian counterpart Lina Varo in Oslo on Monday.\n",
    ],
)
def test_the_outlet_s_own_correspondent_is_no_source(text):
    assert source_name(text) is None


def test_an_outlet_with_an_agency_s_copyright_names_the_agency():
    text = (
        "Tokyo – Le gouvernement japonais a condamné dimanche l'attaque contre son ambassade.\n\n"
        "Nous condamnons cet acte avec fermeté, a indiqué un haut fonctionnaire.\n\n"
        "Valnews.com avec(©AFP / 31 janvier 2015 22h32)\n"
    )
    assert source_name(text) == "AFP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Jan Osk met his Norwegian counterpart Lina Varo in Oslo on Monday. Following the "
            "meeting, Anna Maria Berg, spokesperson of the Foreign Ministry tweeted that the talks were useful.\n",
            "Anna Maria Berg, spokesperson of the Foreign Ministry",
        ),
        (
            "Le ministre Jean Dubois a reçu lundi à Paris son homologue norvégien Jan Osk. Marie Claire Dupont, "
            "porte-parole du ministère, a indiqué que les entretiens étaient utiles.\n",
            "Marie Claire Dupont, porte-parole du ministère",
        ),
    ],
)
def test_a_spokesperson_s_name_set_before_the_office_is_part_of_the_source(text, expected):
    assert source_name(text) == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Reuters contributed to this report.", "Reuters"),
        ("The Associated Press contributed to this report.", "Associated Press"),
    ],
)
def test_an_agency_that_contributed_to_the_report_is_the_source(closing, expected):
    text = (
        "Foreign Minister Jan Osk met his Norwegian counterpart Lina Varo in Oslo on Monday. They discussed trade.\n\n"
        f"{closing}\n"
    )
    assert source_name(text) == expected


def test_an_outlet_s_line_with_an_agency_names_the_agency():
    text = (
        "Le ministre des Affaires étrangères Jean Dubois a reçu lundi à Paris son homologue norvégien Jan Osk. Les "
        "deux hommes ont évoqué le commerce.\n\nLe Quotidien de Valmont avec AFP\n"
    )
    assert source_name(text) == "AFP"


@pytest.mark.parametrize(
    "text",
    [
        "President Jan Osk of Norway met Prime Minister Lina Varo of Sweden in Oslo on Monday. The two countries share "
        "many values, said His Excellency.\n",
        "President Jan Osk of Norway met Prime Minister Lina Varo of Sweden in Oslo on Monday. The Honourable Minister "
        "said the talks were fruitful.\n",
        "Le président Jean Dubois a reçu lundi à Paris le Premier ministre norvégien Jan Osk. Selon Son Excellence "
        "Monsieur l'Ambassadeur, les entretiens ont été fructueux.\n",
        "El presidente Juan Pérez recibió este lunes en Lima al primer ministro noruego Jan Osk. Las conversaciones "
        "fueron fructíferas, afirmó Su Excelencia.\n",
    ],
)
def test_a_title_that_stands_for_the_one_addressed_is_no_source(text):
    assert source_name(text) is None


def test_a_spanish_press_office_signing_the_release_is_the_source():
    text = (
        "El presidente Juan Pérez recibió este lunes en Lima al primer ministro noruego Jan Osk. Ambos abordaron "
        "temas de comercio.\n\nPrensa Presidencial\n"
    )
    assert source_name(text) == "Prensa Presidencial"


def test_a_signing_office_taken_for_the_title_of_a_brief_with_no_headline_still_signs_it():
    text = (
        "Le président Jean Dubois a reçu lundi à Dakar le Premier ministre malien Moussa Keita.\n\n"
        "La Cellule de communication de la Présidence\n"
    )
    assert source_name(text) == "Cellule de communication de la Présidence"


def test_a_copyright_mark_written_with_a_cyrillic_letter_credits_the_agency():
    text = (
        "Президент Иван Петров провел в понедельник в Москве переговоры с премьер-министром Норвегии Яном Оском.\n\n"
        "(с) Интерфакс\n"
    )
    assert source_name(text) == "Интерфакс"


def test_an_outlet_credited_with_its_writer_names_the_outlet():
    text = (
        "Le président Jean Dubois a reçu lundi à Brazzaville le Premier ministre malien Moussa Keita. Les deux hommes "
        "ont évoqué la sécurité.\n\nAvec Valnews-Congo par Paul Martin\n"
    )
    assert source_name(text) == "Valnews-Congo"
