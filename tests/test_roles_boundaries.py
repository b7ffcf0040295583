"""Roles as the text states them, on briefs invented for these tests (fictional people; real countries only where
a rule reads a country's name)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _roles(text: str) -> dict[str | None, str | None]:
    """Each participant's name and role."""
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_envoy_of_a_kingdom_to_a_country_keeps_the_whole_title() -> None:
    """"Ambassador of the Kingdom of X to Bangladesh Y": the articles of the sending state are no end of the role."""
    roles = _roles(
        "Foreign Minister Paul Marin met the Ambassador of the Kingdom of Norland to Bangladesh Lena Holt on "
        "Monday in Valdoria. They discussed trade."
    )
    assert roles["Lena Holt"] == "Ambassador of the Kingdom of Norland to Bangladesh"


def test_rank_after_an_office_leaves_the_office_as_the_role() -> None:
    """"Assistant Secretary of … Affairs Ambassador X": the office is the role, the rank only a title."""
    roles = _roles(
        "Foreign Minister Paul Marin met the Norland Assistant Secretary of State for South and Central Asian "
        "Affairs Ambassador Lena Holt at the ministry in Valdoria on Monday."
    )
    assert roles["Lena Holt"] == "Norland Assistant Secretary of State for South and Central Asian Affairs"


def test_rank_in_small_letters_after_a_listed_name_is_the_next_person_s() -> None:
    """"envoy to A X and Monaco ambassador Y": a rank in small letters is a role of its own, not a title borne with
    the name after an office whose complement would run over X's name."""
    roles = _roles(
        "Envoys present credentials to President\n\nNew Delhi: US ambassador to India Tom Reyes presented his "
        "credentials to President Paula Marin on Friday.\n\nAlong with Reyes, Qatari envoy to India Khalid Hassan "
        "Jabir Al-Amiri and Monaco ambassador Didier Lavalle also presented their credentials to President Marin."
    )
    assert roles["Didier Lavalle"] == "Monaco ambassador"


def test_rank_after_a_joining_word_is_another_person_s() -> None:
    """"the President of Norland and Ambassador X": the rank is X's own title."""
    roles = _roles("Foreign Minister Paul Marin met the President of Norland and Ambassador Lena Holt on Monday.")
    assert roles["Lena Holt"] == "Ambassador"


def test_list_of_names_each_with_its_title_after_it() -> None:
    """"accompagné de X, ministre …, Y, secrétaire d'État auprès de la ministre …, chargé de …, Z, …": each title
    follows its name; none is the next name's."""
    roles = _roles(
        "La délégation sera conduite par le Premier ministre valdorien, Paul Marin qui sera accompagné de Jean "
        "Morel, ministre des Armées, Luc Berg, secrétaire d’État auprès de la ministre de la Transition "
        "écologique, chargé des Transports, Anne Roux, secrétaire d’État auprès du ministre de l’Économie et des "
        "Finances, Marc Petit, secrétaire d’Etat auprès du ministre de l’Intérieur."
    )
    assert roles["Anne Roux"] == "secrétaire d’État auprès du ministre de l’Économie et des Finances"
    assert roles["Marc Petit"] == "secrétaire d’Etat auprès du ministre de l’Intérieur"


def test_portfolio_items_after_a_comma_stay_in_the_role() -> None:
    """"X, Minister of Commerce, Industry and Investment Promotion and Dr. Y": the portfolio's further items."""
    roles = _roles(
        "The Sultan will be accompanied by Paul Marin, Minister of Interior, Tom Berg, Minister of Commerce, "
        "Industry and Investment Promotion and Dr. Lena Holt, Ambassador of Norland."
    )
    assert roles["Tom Berg"] == "Minister of Commerce, Industry and Investment Promotion"
    assert roles["Lena Holt"] == "Ambassador of Norland"


def test_one_word_qualifier_in_brackets_stays_in_the_role() -> None:
    """"X, Secretary (East), Ministry of …": the bracket is the office's own, the ministry goes on with it."""
    roles = _roles(
        "The Norland side was led by Paul Marin, Secretary (East), Ministry of External Affairs and the Valdorian "
        "side was led by Lena Holt, Director, Multilateral Affairs Department."
    )
    assert roles["Paul Marin"] == "Secretary (East), Ministry of External Affairs"


def test_pair_shares_the_plural_role_after_it() -> None:
    """"X and Y, speakers of the A and B parliaments respectively": both hold it, the second nationality too."""
    roles = _roles(
        "Paul Marin and Lena Holt, speakers of the Azerbaijani and Armenian parliaments respectively, held talks in "
        "Geneva on Monday."
    )
    assert roles["Paul Marin"] == roles["Lena Holt"]
    assert roles["Paul Marin"].startswith("speakers of the Azerbaijani and Armenian parliaments")


def test_paire_partage_le_titre_au_pluriel() -> None:
    """"X et Y, les ministres valdorien et norlandais des Affaires étrangères": the first one too."""
    roles = _roles(
        "Paul Marin et Luc Berg, les ministres valdorien et norlandais des Affaires étrangères, se sont rendus "
        "conjointement à Niamey, le 3 mai."
    )
    assert roles["Paul Marin"] == "ministres valdorien et norlandais des Affaires étrangères"


def test_a_singular_role_after_a_pair_is_the_second_one_s() -> None:
    """"X and Y, Foreign Minister of A": the role is Y's alone."""
    roles = _roles("Foreign Minister Tom Berg received Paul Marin and Lena Holt, Minister of Trade of Valdoria.")
    assert roles.get("Paul Marin") is None


def test_title_first_list_with_an_honorific_before_a_name() -> None:
    """"President, Dr. X, Vice President, Y; …": the title after X's comma is Y's, past the honorific."""
    roles = _roles(
        "The talks were held in Valdoria on Monday. Also present were President, Dr. Paul Marin, Vice President, "
        "Lena Holt; Minister of Foreign Affairs, Tom Berg and Minister of Trade, Ivo Dresk."
    )
    assert roles["Lena Holt"] == "Vice President"


def test_office_told_the_sentence_before_the_name() -> None:
    """"Port-Elan, 3 jan (NPA) – Le président de la République a demandé … . Paul Marin recommande … . Le chef de
    l'État …": the office the lead gives, before the name, is the role; not the later mention's."""
    roles = _roles(
        "Des mesures de Paul Marin contre les incendies\n\n"
        "Port-Elan, 3 jan (NPA) – Le président de la République a demandé au gouvernement de prendre les mesures "
        "nécessaires pour prévenir et maîtriser les incendies et feux de brousse dans toutes les régions du pays.\n\n"
        "Paul Marin recommande aux ministres concernés de s’atteler à la prévention, lit-on dans le communiqué du "
        "Conseil des ministres.\n\n"
        "Le chef de l’État a aussi appelé les ministres à veiller à la régulation du secteur."
    )
    assert roles["Paul Marin"] == "président de la République"


def test_office_heading_divisions_keeps_its_units() -> None:
    """"First Assistant Secretary, North and South Asia Divisions of the Department …, X": the units are no one."""
    roles = _roles(
        "The briefing was made when First Assistant Secretary, North and South Asia Divisions of the Department of "
        "Foreign Affairs and Trade of Norland, Lena Holt, held discussions with officials of the Ministry."
    )
    assert "Asia Divisions" not in roles
    assert roles["Lena Holt"].startswith("First Assistant Secretary, North and South Asia Divisions")


def test_vp_is_a_title() -> None:
    """"VP X": the abbreviated title of a vice president, no part of the name."""
    roles = _roles("President Tom Berg and VP Ivo Dresk received the Norland delegation in Valdoria on Monday.")
    assert roles["Ivo Dresk"] == "VP"


def test_portfolio_s_last_item_before_the_name_is_no_name() -> None:
    """"Minister of Foreign Affairs, African Cooperation and Norland Expatriates X": the portfolio ends the role."""
    roles = _roles(
        "The Minister of Foreign Affairs, African Cooperation and Norland Expatriates Paul Marin held, Monday in "
        "Valdoria, talks with the Speaker of the National Assembly of Zambia Lena Holt."
    )
    assert roles["Paul Marin"] == "Minister of Foreign Affairs, African Cooperation and Norland Expatriates"


def test_with_responsibility_for_continues_an_office() -> None:
    """"… President with responsibility for Finance, Dr X": a complement of the office, not "with" someone else."""
    roles = _roles(
        "President Tom Berg was joined by Senior Minister in the Office of the President with responsibility for "
        "Finance, Dr Lena Holt; Minister of Foreign Affairs, Paul Marin; Minister of Public Works, Jan Roos."
    )
    assert roles["Lena Holt"].endswith("President with responsibility for Finance")


def test_delegation_includes_titles_then_honorific_names() -> None:
    """"The delegation includes … Minister of A, Mr. X, Minister of B, Mr. Y, Permanent Secretary …, Mr. Z": each
    takes part with the title before them, past the honorific."""
    roles = _roles(
        "Minister of Defence, Mr. Paul Marin, is leading a high-powered delegation to the 27th Ministerial Meeting "
        "of the Regional Organ in Dar Es Salaam, Tanzania.\n\n"
        "The delegation includes key government officials, such as Minister of Foreign Affairs, Mr. Tom Berg, "
        "Minister of Home Affairs, Mr. Ivo Dresk, Permanent Secretary in the Ministry of Defence, Mr. Jan Roos."
    )
    assert roles["Tom Berg"] == "Minister of Foreign Affairs"
    assert roles["Ivo Dresk"] == "Minister of Home Affairs"
    assert roles["Jan Roos"] == "Permanent Secretary in the Ministry of Defence"


def test_army_commander_is_a_title() -> None:
    """"Army Commander, Lt Gen X": a commander's office before the name."""
    roles = _roles(
        "The delegation includes key government officials, such as Minister of Foreign Affairs, Mr. Tom Berg, "
        "Minister of Home Affairs, Mr. Ivo Dresk, and Norland Army Commander, Lt Gen Lena Holt."
    )
    assert roles["Lena Holt"] == "Norland Army Commander"
