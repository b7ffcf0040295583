"""Participants on briefs nobody tuned on: a surname after its title when the same word ends another line, royal
and parliamentary titles abbreviated ("SM", "H.H.", "Rt. Hon."), a parliament's Speaker.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants]


def assert_parties(text: str, taking_part: set[str], not_taking_part: set[str]) -> None:
    names = set(participants(text))
    assert taking_part <= names
    assert not names & not_taking_part


def test_en_surname_after_a_title_is_read_when_it_ends_a_line_before_another_heading():
    text = (
        "Readout of the Secretary's call\n\n"
        "Subject: Readout of Secretary Holm's Call with Foreign Minister Varenko\n\n"
        "State Department Press Office,\n\n"
        "During a call with Foreign Minister Varenko this morning, Secretary Holm stressed the need for calm on the "
        "border and asked for the release of the detained observers.\n"
    )
    assert "Varenko" in participants(text)


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        (
            "Le Roi félicite la Reine Ingrid à l'occasion de son anniversaire\n\n"
            "Rabat – Sa Majesté le Roi a adressé un message de félicitations à SM Ingrid III, Reine de Norvège, à "
            "l'occasion de son anniversaire.\n\n"
            "Dans ce message, le Souverain exprime ses chaleureuses félicitations et ses meilleurs vœux de santé.\n",
            "Ingrid III",
            "SM",
        ),
        (
            "Minister receives envoy\n\n"
            "The Minister of Energy, Lars Ekdal, received on Sunday H.H. Sayed Badr Al Harthy, Secretary General of "
            "the Ministry, at his office. The two sides discussed energy cooperation between the two countries.\n",
            "Sayed Badr Al Harthy",
            "H.H.",
        ),
    ],
)
def test_an_abbreviated_royal_title_is_an_honorific(text: str, name: str, honorific: str):
    names = participants(text)
    assert name in names
    assert f"{honorific} {name}" not in names


def test_en_right_honourable_does_not_end_the_sentence_and_the_speaker_is_a_role():
    text = (
        "Trade minister meets Speaker\n\n"
        "The Minister of Trade, Hon. Kofi Asamoah-Bekoe, met the Speaker of Parliament, Rt. Hon. Aba Quarshie, at "
        "Parliament House on Monday. They discussed the new trade bill and its passage through the House.\n"
    )
    assert {"Kofi Asamoah-Bekoe", "Aba Quarshie"} <= set(participants(text))


def test_en_house_speaker_before_a_name_is_a_title():
    text = (
        "Vice President meets lawmakers\n\n"
        "WASHINGTON, Feb. 16 (Harbour Wire) -- Visiting Vice President Lin Haoran met here Wednesday with leaders "
        "of the Congress, including House Speaker Tom Brady Hale and Senate Majority Leader Ann Corwell.\n\n"
        "Lin told the lawmakers that his visit aims to deepen mutual understanding.\n"
    )
    names = participants(text)
    assert "Tom Brady Hale" in names
    assert "Speaker Tom Brady Hale" not in names


def test_en_those_officials_are_lists_people_after_a_later_event_sentence():
    text = (
        "President receives Norwegian Prime Minister\n\n"
        "Oslo Bay: President Amara Kolleh received a visit from Prime Minister of Norway Lars Ekdal on Friday.\n\n"
        "The Norwegian head of government arrived at the palace at 10:55 a.m. local time.\n\n"
        "Inside the palace, ministers of the cabinet welcomed Ekdal and his delegates. Those officials are Foreign "
        "Minister Dana Mbeki, Trade Minister Joel Otieno and Cabinet Secretary Ruth Anyango.\n"
    )
    assert {"Dana Mbeki", "Joel Otieno", "Ruth Anyango"} <= set(participants(text))


def test_en_a_short_name_in_brackets_after_the_full_name_is_the_same_person():
    text = (
        "Leaders meet\n\n"
        "President Bambang Suryanto (Basur) received Prime Minister of Norway Lars Ekdal at the palace on Friday. "
        "President Basur then led him to the veranda for a face-to-face meeting.\n"
    )
    names = participants(text)
    assert "Bambang Suryanto" in names
    assert "Basur" not in names


@pytest.mark.parametrize(
    ("variant", "name"),
    [("Ousmane Diallou", "Ousmane Diallo"), ("Ousmane Diall-o", "Ousmane Diallo"), ("Ousmane Dallo", "Ousmane Diallo")],
)
def test_fr_a_name_written_a_letter_off_later_is_the_same_person(variant: str, name: str):
    text = (
        f"Coopération : le président {variant} reçoit le chef de la diplomatie malienne\n\n"
        f"Le président de la République, {name}, a reçu vendredi au palais le ministre des Affaires étrangères du "
        "Mali, Karim Traoré, porteur d'un message du chef de l'Etat malien. Les deux hommes ont évoqué le Sahel.\n"
    )
    names = participants(text)
    assert len([n for n in names if n and n.startswith("Ousmane")]) == 1
    assert "Karim Traoré" in names


def test_en_a_quoted_letter_signed_after_i_beg_you_to_accept_has_its_signer_take_part():
    text = (
        "President congratulates Norwegian counterpart on his re-election\n\n"
        "The President of the Republic sent a congratulatory message to the President of Norway, Lars Ekdal, upon "
        "his re-election to office.\n\n"
        "Following is the text of the message from President Rui Almada Costa:\n\n"
        "“Mister President and dear Friend\n\n"
        "At the time when your re-election is so clearly confirmed, I send you our warmest congratulations.\n\n"
        "Renewing my congratulations, I beg you to accept, Mister President, my wishes for your well being.\n\n"
        "Rui Almada Costa”\n"
    )
    assert {"Rui Almada Costa", "Lars Ekdal"} <= set(participants(text))


def test_fr_a_headline_surname_before_its_verb_names_the_office_the_body_leaves_unnamed():
    text = (
        "Kolleh reçoit l'ambassadeur de France\n\n"
        "Le Président de la République a reçu mardi au palais l'ambassadeur de France, Jean Valois, venu lui "
        "présenter ses lettres de créance. Les deux hommes ont évoqué la coopération bilatérale.\n"
    )
    assert {"Kolleh", "Jean Valois"} <= set(participants(text))


def test_en_played_host_to_reports_a_meeting_and_a_role_does_not_reach_into_the_sentence_before():
    brief = briefparse.parse(
        "Koffi hosts Italian envoy\n\n"
        "President Alain Koffi yesterday played host to the Italian Ambassador, Marco Rossi, at the State House in "
        "Accra. The envoy bade farewell at the end of his tour of duty.\n",
        reference_date=dt.date(2023, 5, 10),
    )
    assert {"Alain Koffi", "Marco Rossi"} <= {p.name for p in brief.participants}
    assert not any(p.role and "Accra" in p.role for p in brief.participants)


def test_fr_audience_paragraph_whose_guest_speaks_with_the_head_of_state_by_his_office():
    text = (
        "Audiences au Palais\n\n"
        "Le Chef de l'Etat, Alain Koffi, a accordé plusieurs audiences ce mardi au Palais.\n\n"
        "Il a d'abord reçu l'ambassadeur d'Italie, Marco Rossi, venu faire ses adieux.\n\n"
        "Enfin, Awa Ndiaye, présidente de la Croix-Rouge, s'est entretenue avec le chef de l'Etat.\n"
    )
    assert {"Alain Koffi", "Marco Rossi", "Awa Ndiaye"} <= set(participants(text))


def test_en_the_next_envoy_to_present_credentials_is_no_event_to_come():
    text = (
        "Envoys present their credentials\n\n"
        "President Amara Kolleh has received letters of credence from three new ambassadors at the State House.\n\n"
        "His Excellency Pedro Almanza from Peru was the first to present his credentials to the President.\n\n"
        "His Excellency Kenji Haruta from Japan was the next to present his credentials to President Kolleh. The "
        "President thanked Japan for its support.\n"
    )
    assert {"Amara Kolleh", "Pedro Almanza", "Kenji Haruta"} <= set(participants(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President receives envoys\n\n"
            "President Lemma Tadesse received the credentials of the Ambassadors of China and Italy; Mr. Tan Wei "
            "and Mr. Paolo Ferri respectively on Tuesday at the National Palace.\n",
            "Tan Wei",
        ),
        (
            "Ministers meet\n\n"
            "Finance Minister Sri Wahyuni Lestari met her Norwegian counterpart, Lars Ekdal, in Jakarta on Monday to "
            "discuss green bonds.\n",
            "Sri Wahyuni Lestari",
        ),
    ],
)
def test_en_a_word_of_a_longer_title_alone_is_part_of_a_name(text: str, name: str):
    assert name in participants(text)


def test_en_a_leader_under_whose_leadership_things_happen_takes_no_part():
    text = (
        "Crown Prince receives Ruler\n\n"
        "ABU DHABI, 2nd May (Harbour Wire) -- Sheikh Rashid bin Saeed Al Kaabi, Crown Prince, today received Sheikh "
        "Hamad bin Saif Al Nuaimi, Ruler of the Emirate, at the Palace.\n\n"
        "During the meeting, the two sides exchanged friendly conversations and addressed issues concerning the "
        "citizens and their happiness under the leadership of President Sheikh Khalid bin Omar Al Kaabi, as well "
        "as the national efforts to face the pandemic.\n"
    )
    assert_parties(text, {"Rashid bin Saeed Al Kaabi", "Hamad bin Saif Al Nuaimi"}, {"Khalid bin Omar Al Kaabi"})


def test_en_a_father_named_inside_his_sons_name_is_another_person():
    text = (
        "Crown Prince receives Ruler\n\n"
        "ABU DHABI, 2nd May (Harbour Wire) -- Sheikh Rashid bin Saeed Al Kaabi, Crown Prince, today received Sheikh "
        "Saif bin Hamad Al Nuaimi, Ruler of the Emirate, at the Palace.\n\n"
        "The meeting was attended by Sheikh Omar bin Saif bin Hamad Al Nuaimi, Deputy Ruler.\n"
    )
    assert {"Saif bin Hamad Al Nuaimi", "Omar bin Saif bin Hamad Al Nuaimi"} <= set(participants(text))
