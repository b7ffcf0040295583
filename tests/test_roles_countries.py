"""Roles and affiliations in shapes seen across many outlets: the country a title is of written after the name, a
role whose complement holds another role noun, and the country a role names or implies.

Every brief and every person here is invented for the test; the countries and organisations are real.
"""

import datetime as dt

import briefparse


def people(text: str) -> dict[str | None, tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    return {p.name: (p.role, p.affiliation) for p in brief.participants}


def test_en_the_country_a_title_is_of_comes_after_the_name():
    text = (
        "President Lemma Worku on Monday received the credentials of newly appointed ambassadors.\n\n"
        "The ambassadors who presented credentials are Ambassador Paul Drennan of Canada, Ambassador Ora Levin of "
        "Israel and Ambassador Jaan Tamm of Estonia.\n"
    )
    found = people(text)
    assert found["Paul Drennan"] == ("Ambassador of Canada", "Canada")
    assert found["Jaan Tamm"] == ("Ambassador of Estonia", "Estonia")


def test_fr_the_country_a_title_is_of_comes_after_the_name():
    text = "Le président Moussa Diallo du Sénégal a reçu lundi à Dakar le Premier ministre Alain Koffi.\n"
    assert people(text)["Moussa Diallo"] == ("président du Sénégal", "Sénégal")


def test_fr_a_role_whose_complement_holds_another_role_noun_is_the_whole_phrase():
    text = (
        "Le chef de l'État est arrivé lundi à Lomé à l'invitation du président du Conseil des ministres, Koffi "
        "Amegan, avec qui il s'est entretenu.\n"
    )
    assert people(text)["Koffi Amegan"][0] == "président du Conseil des ministres"


def test_fr_an_adviser_of_the_president_in_apposition_is_the_adviser():
    text = (
        "Dans un entretien diffusé lundi, un conseiller du président ukrainien, Petro Sydorenko, a rencontré le "
        "ministre belge des Affaires étrangères Luc Vandamme.\n"
    )
    assert people(text)["Petro Sydorenko"][0] == "conseiller du président ukrainien"


def test_en_a_role_whose_complement_holds_another_role_noun_is_the_whole_phrase():
    text = (
        "Tashkent — President Alisher Karimov on Monday received Deputy Chairman of the Cabinet of Ministers of "
        "Turkmenistan, Batyr Orazov.\n"
    )
    assert people(text)["Batyr Orazov"][0] == "Deputy Chairman of the Cabinet of Ministers of Turkmenistan"


def test_fr_the_name_right_after_the_second_role_noun_is_that_role_s_holder():
    text = "Le ministre a reçu lundi le conseiller du président Karim Bennani et le ministre Paul Adama.\n"
    assert people(text)["Karim Bennani"][0] == "président"


def test_de_nationalities_before_a_noun_alike_in_both_numbers_go_one_to_each_name():
    text = (
        "Außenministerin Anna Berg hat heute mit ihren ukrainischen, russischen und französischen Amtskollegen, "
        "Pawlo Hrytsenko, Igor Lebedew und Marc Dulac telefoniert.\n"
    )
    found = people(text)
    assert found["Pawlo Hrytsenko"] == ("ukrainischen Amtskollegen", "Ukraine")
    assert found["Igor Lebedew"] == ("russischen Amtskollegen", "Russland")
    assert found["Marc Dulac"] == ("französischen Amtskollegen", "Frankreich")


def test_en_an_office_in_the_body_says_more_than_the_headline_s_counterpart():
    text = (
        "President Kato welcomes Zambia counterpart Joseph Banda\n\n"
        "Kampala — President Samuel Kato on Monday warmly welcomed President Joseph Banda of Zambia at State House "
        "and discussed matters of trade and security.\n"
    )
    assert people(text)["Joseph Banda"] == ("President of Zambia", "Zambia")


def test_fr_the_counterpart_of_the_lead_sentence_stays_the_role():
    text = (
        "Le ministre Paul Adam s'est entretenu lundi à Paris avec son homologue ivoirien, Koffi Yao.\n\n"
        "« Nous avons parlé de sécurité », a déclaré le ministre des Affaires étrangères de Côte d'Ivoire, Koffi "
        "Yao, à l'issue de l'entretien.\n"
    )
    assert people(text)["Koffi Yao"][0] == "homologue ivoirien"


def test_fr_a_continent_in_a_minister_s_portfolio_is_no_affiliation():
    text = "Paul Durand, ministre de l'Europe et des Affaires étrangères, a reçu lundi son homologue Arjun Rao.\n"
    assert people(text)["Paul Durand"] == ("ministre de l'Europe et des Affaires étrangères", None)


def test_en_a_nationality_inside_an_organisation_s_name_is_the_organisation_s():
    text = (
        "The Secretary General of the Organization of American States (OAS), Luis Moreno, met today with the "
        "Minister of Foreign Affairs of Portugal, Paulo Castro.\n"
    )
    found = people(text)
    assert found["Luis Moreno"][1] == "OAS"
    assert found["Paulo Castro"][1] == "Portugal"


def test_en_a_country_cldr_writes_with_another_name_in_brackets_goes_by_either():
    text = "The Secretary-General met with Myanmar’s President Aung Thein on Monday in New York.\n"
    assert people(text)["Aung Thein"] == ("Myanmar’s President", "Myanmar")


def test_fr_an_office_named_without_its_country_is_of_the_country_the_headline_s_kicker_names():
    text = (
        "Bénin – Palais de la Marina : plusieurs diplomates reçus ce jeudi par le chef de l'État\n\n"
        "Le chef de l’État, Romuald Agbo, a reçu en audience ce jeudi plusieurs diplomates, dont Mme Clara Weiss, "
        "ambassadrice de la République fédérale d'Allemagne.\n"
    )
    found = people(text)
    assert found["Romuald Agbo"] == ("chef de l’État", "Bénin")
    assert found["Clara Weiss"][1] == "Allemagne"


def test_en_an_office_named_without_its_country_is_of_the_dateline_s_country():
    text = (
        "Addis Ababa June 1/2023 (ENA) President Almaz Tesfaye received credentials of newly appointed ambassadors "
        "today, among them Ambassador Paul Drennan of Canada.\n"
    )
    assert people(text)["Almaz Tesfaye"] == ("President", "Ethiopia")


def test_en_a_visitor_named_without_a_country_takes_none_from_the_dateline():
    text = (
        "MANILA: External Affairs Minister Ravi Menon on Monday began a three-day official visit to the Philippines "
        "and held talks with Secretary of Foreign Affairs Jose Santos.\n"
    )
    assert people(text)["Ravi Menon"] == ("External Affairs Minister", None)


def test_fr_country_names_in_use_that_cldr_lacks_give_the_affiliation():
    text = (
        "Le roi a reçu jeudi Mgr Paolo Conti, ambassadeur du Vatican, et Jean Mbala, ambassadeur de la République "
        "démocratique du Congo.\n"
    )
    found = people(text)
    assert found["Paolo Conti"][1] == "Vatican"
    assert found["Jean Mbala"][1] == "République démocratique du Congo"


def test_fr_one_role_alone_in_the_opening_goes_to_the_one_of_the_pair_named_later_without_a_role():
    text = (
        "Coopération : Paul Mbala et Anne Claes évoquent les relations bilatérales\n\n"
        "Lundi 28 septembre 2020 - 11:06\n\n"
        "La première ministre du Royaume de Belgique a offert dimanche un dîner en l'honneur du président de la "
        "République du Congo Paul Mbala.\n\n"
        "Au cours de ce dîner, Anne Claes et Paul Mbala ont évoqué notamment les relations bilatérales.\n"
    )
    assert people(text)["Anne Claes"] == ("première ministre du Royaume de Belgique", "Belgique")


def test_ru_two_roles_alone_in_the_opening_go_to_the_pair_named_a_few_sentences_later():
    text = (
        "Глава российского МИД поговорил сегодня с турецким коллегой. Встреча министров состоялась в ЮАР.\n"
        "В четверг в ЮАР состоялась встреча глав МИД России и Турции. Об этом рассказал источник.\n"
        "Он отметил, что Игорь Соколов и Мехмет Йылмаз пообщались на полях встречи.\n"
    )
    found = people(text)
    assert found["Игорь Соколов"][0] == "Глава российского МИД"
    assert "турецкий коллега" in (found["Мехмет Йылмаз"][0] or "")


def test_de_a_role_glued_to_a_dateline_s_double_dash_is_read():
    text = (
        "BERLIN (Dow Jones)--Bundeskanzlerin Anna Berg empfängt am Freitagnachmittag den früheren amerikanischen "
        "Präsidenten John Miller im Kanzleramt zu einem vertraulichen Gespräch.\n"
    )
    assert people(text)["Anna Berg"][0] == "Bundeskanzlerin"


def test_en_an_office_with_its_country_after_the_lead_s_counterpart_is_the_role():
    text = (
        "Russian Foreign Minister Igor Volkov holds talks with Chinese counterpart Li Wen in Uzbekistan\n\n"
        "Samarkand, April 13 : Russian Foreign Minister Igor Volkov on Thursday held talks with his Chinese "
        "counterpart Li Wen in Samarkand.\n\n"
        "The ministry said that Volkov and Foreign Minister of China Li Wen held talks on April 13.\n"
    )
    assert people(text)["Li Wen"][0] == "Foreign Minister of China"


def test_fr_the_next_item_of_a_list_after_a_comma_and_a_joining_word_has_its_own_role():
    text = (
        "Le ministre Paul Adam a reçu lundi une délégation composée de Mme Greta Roy, ministre de la Santé publique, "
        "et de Mme Elvire Bochard, chargée d’affaires par intérim de l’ambassade d’Haïti à Cuba.\n"
    )
    found = people(text)
    assert found["Greta Roy"][0] == "ministre de la Santé publique"
    assert found["Elvire Bochard"] == ("chargée d’affaires par intérim de l’ambassade d’Haïti à Cuba", "Haïti")


def test_en_a_lower_case_possessive_before_a_role_is_part_of_it():
    text = (
        "In a statement issued on Thursday, the ministry’s spokesperson, Sufian Qudah, said the minister met the "
        "envoy Jan Berg.\n"
    )
    assert people(text)["Sufian Qudah"][0] == "ministry’s spokesperson"


def test_ru_a_bare_peer_office_of_another_country_is_the_one_named_without_a_role():
    text = (
        "Игорь Соколов поговорил по телефону с президентом Белоруссии Петром Климовым\n"
        "Как сообщает пресс-служба, лидеры обсудили актуальные темы двусторонней повестки. Ранее президент России "
        "направил в Минск поздравительную телеграмму.\n"
    )
    assert people(text)["Игорь Соколов"] == ("президент России", "Россия")


def test_en_a_bare_peer_office_of_another_country_is_the_one_named_without_a_role():
    text = (
        "Amara Kolleh spoke by phone on Monday with Ghana's President John Mensah about regional security. "
        "The Liberian President thanked his counterpart for his support.\n"
    )
    assert people(text)["Amara Kolleh"] == ("Liberian President", "Liberia")


def test_es_an_article_standing_for_the_previous_office_gives_it_with_the_new_country():
    text = (
        "El canciller de Chile, Alberto Vial, y la de Colombia, Laura Ortega, se reunieron el viernes en Lima para "
        "abordar la agenda bilateral.\n"
    )
    found = people(text)
    assert found["Alberto Vial"] == ("canciller de Chile", "Chile")
    assert found["Laura Ortega"] == ("canciller de Colombia", "Colombia")


def test_fr_a_pronoun_standing_for_the_previous_office_gives_it_with_the_new_country():
    text = (
        "Le ministre des Affaires étrangères du Mali, Oumar Keita, et celui du Niger, Bakary Sanou, se sont "
        "entretenus lundi à Niamey.\n"
    )
    assert people(text)["Bakary Sanou"] == ("ministre des Affaires étrangères du Niger", "Niger")


def test_en_a_role_in_apposition_leaves_its_article_out():
    text = "Paul Adam, the Foreign Minister of Ghana, met on Monday with UN Secretary-General Antonio Vieira.\n"
    found = people(text)
    assert found["Paul Adam"] == ("Foreign Minister of Ghana", "Ghana")
    assert found["Antonio Vieira"] == ("UN Secretary-General", "United Nations")


def test_en_a_relative_clause_after_a_name_is_no_apposed_role():
    text = "Ghanaian President John Mensah, who is also chairman of ECOWAS, met Nigerian leader Bola Ade on Monday.\n"
    assert people(text)["John Mensah"] == ("Ghanaian President", "Ghana")


def test_es_two_titles_joined_before_a_name_are_both_its_role():
    text = "La vicepresidenta y canciller, Rosa Villar, recibió el lunes al embajador de Francia, Jean Martin.\n"
    assert people(text)["Rosa Villar"][0] == "vicepresidenta y canciller"


def test_en_a_title_with_its_own_country_after_another_s_is_not_joined_to_it():
    text = (
        "In the meeting between the Secretary-General and Myanmar’s President Aung Thein, the two men discussed "
        "the reforms.\n"
    )
    assert people(text)["Aung Thein"][0] == "Myanmar’s President"


def test_es_a_role_opened_by_a_possessive_is_of_the_country_of_whom_it_belongs_to():
    text = (
        "El canciller Hugo Vela sostuvo una reunión con el presidente electo de Chile, Ramón Kast, y su ministro "
        "de Relaciones Exteriores, Francisco Pérez.\n"
    )
    assert people(text)["Francisco Pérez"] == ("ministro de Relaciones Exteriores", "Chile")


def test_en_an_office_a_comma_closes_before_a_title_borne_with_the_name_is_the_role():
    text = (
        "Other members of the delegation included Chief of State Protocol, Ambassador Elinor Fox, who met the "
        "guests at the airport on Monday.\n"
    )
    assert people(text)["Elinor Fox"][0] == "Chief of State Protocol, Ambassador"


def test_en_an_office_alone_after_an_article_before_a_titled_name_is_another_person_s():
    text = "He met the Prime Minister, Ambassador John Smith and the Mayor on Monday in Kingston.\n"
    assert people(text)["John Smith"][0] == "Ambassador"


def test_fr_a_name_after_and_and_a_possessive_does_not_take_the_role_before_them():
    text = "Le président Macron et son épouse Brigitte Trogneux ont été accueillis lundi par le roi Hassan.\n"
    assert people(text).get("Brigitte Trogneux", (None, None))[0] == "épouse"  # her own, not "président"


def test_fr_a_nationality_in_the_plural_in_a_portfolio_gives_the_country_not_to_the_counterpart():
    text = (
        "Le ministre des Affaires étrangères et des Marocains résidant à l’étranger, Nasser Benali, a reçu lundi "
        "son homologue Paul Adam.\n"
    )
    found = people(text)
    assert found["Nasser Benali"][1] == "Maroc"
    assert found["Paul Adam"] == ("homologue", None)
