"""An item of a roll call whose office ends on a state body's noun, written right before the holder's name with no
comma ("Director General Foreign Ministry X", "directeur de Cabinet de la Présidence X", "Director of the Amir's
Office X"), is read: the body's noun is no word of the name, nor a site named after its holder. A headline's next
capitalised words after such a noun ("Foreign Ministry Thanks Partners") stay no one.

The briefs and their people are fictional, written for this test.
"""

import briefparse


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_holder_after_presidency_fr():
    text = (
        "Le président Karim Belaid a reçu dimanche deux nouveaux ambassadeurs nommés à Alger, a-t-on annoncé de "
        "source officielle.\n"
        "M. Belaid a reçu les lettres de créance des ambassadeurs de Valdorie Jean-Marc Tassin et de Norlande Erik "
        "Holm, selon l'agence APS.\n"
        "Dans les deux cas, l'audience s'est déroulée en présence du directeur de Cabinet de la Présidence Ahmed "
        "Benali, et du ministre délégué chargé des Affaires africaines, Samir Rahal."
    )
    roles = _roles(text)
    assert roles.get("Ahmed Benali") == "directeur de Cabinet de la Présidence", roles


def test_holder_after_ministry_en():
    text = (
        "KABUL, March 12, 2025 — Valdorian Foreign Minister Mark Tassin arrived in Kabul on Wednesday for talks with "
        "his Afghan counterpart Amir Karimi. The delegation was welcomed by top Afghan officials including Deputy "
        "Foreign Minister Dr Yusuf Rahimi, Director General Foreign Ministry Mufti Ahmad Nazari, and Chief of State "
        "Protocol Farid Sultani."
    )
    roles = _roles(text)
    assert roles.get("Mufti Ahmad Nazari") == "Director General Foreign Ministry", roles
    assert roles.get("Yusuf Rahimi") == "Deputy Foreign Minister", roles  # not the next item's role and name


def test_holder_after_office_with_article_en():
    text = (
        "KUWAIT, March 12, 2025 (KUNA) — His Highness the Amir received the Valdorian Foreign Minister Mark Tassin "
        "at Bayan Palace on Wednesday.\n"
        "The meeting was attended by Minister of Amiri Diwan Affairs Sheikh Nasser Al-Hamad Al-Sabah, Amiri Diwan "
        "Undersecretary and Director of HH the Amir's Office Khalid Al-Rashid, and the Foreign Affairs "
        "Undersecretary Omar Al-Saleh."
    )
    roles = _roles(text)
    assert roles.get("Khalid Al-Rashid") == "Amiri Diwan Undersecretary and Director of HH the Amir's Office", roles
    assert roles.get("Nasser Al-Hamad Al-Sabah") == "Minister of Amiri Diwan Affairs", roles


def test_headline_words_after_ministry_are_no_one_en():
    text = (
        "Foreign Ministry Thanks Partners for Support\n\n"
        "VALDORIA CITY, March 12, 2025 — Foreign Minister Mark Tassin met the ambassador of Norland, Erik Holm, on "
        "Wednesday and thanked him for his country's support."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Thanks Partners" not in names, names
