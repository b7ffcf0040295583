"""English participants and roles on briefs invented for these tests (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

REF = dt.date(2024, 5, 6)

#: the headline printed again over its photo credit and over the story: no lead, no photographer
HEADLINE_AGAIN = (
    "Norland, Valdoria FMs hold talks in Port Elan\n"
    "Norland, Valdoria FMs hold talks in Port Elan /Photo by Rasmus Teller/\n"
    "\n"
    "Norland, Valdoria FMs hold talks in Port Elan\n"
    "\n"
    "Port Elan (NorDaily) -- On 3 May 2024, the Minister of Foreign Affairs of Norland, Paul Marin, met "
    "with the Minister of Foreign Affairs of Valdoria, Ivo Dresk.\n"
    "\n"
    "The ministers discussed bilateral relations, the press service of the ministry said.\n"
)

#: "Amb." abbreviates a title and ends no sentence
AMB_TITLE = (
    "Norland and Valdoria discuss trade\n"
    "\n"
    "On 4 May 2024, the Cabinet Secretary, Ministry of Foreign Affairs of Norland, Amb. Lena Varga, "
    "received the Minister of Foreign Affairs of Valdoria, Ivo Dresk, during his working visit.\n"
)

#: a title's word next to "bin" belongs to the name
BIN_NAMES = (
    "Valdorian Sultan to visit Norland\n"
    "\n"
    "His Majesty Sultan Karim bin Tarek will go on a state visit to Norland on Monday, during which he "
    "will meet the President of Norland, Paul Marin. He will be accompanied by a delegation comprising "
    "Gen. Sultan bin Rashed Al Noor, Minister of the Royal Office, and Dr. Saleh bin Amir Al Fayed, "
    "Ambassador to Norland.\n"
)

#: a parliament called by its own name is no person
MAJLIS = (
    "Speakers meet in Port Elan\n"
    "\n"
    "PORT ELAN, May 3. Speaker of the Milli Majlis Lena Varga met with the delegation headed by Chairman "
    "of the Norland Parliament Paul Marin, the Milli Majlis told reporters.\n"
)

#: a one-name title between two words of a name is part of it
AMIR_INSIDE = (
    "Ministers meet in Port Elan\n"
    "\n"
    "On May 3, the Foreign Minister of Norland, Paul Marin, met with the Foreign Minister of Iran, Karim "
    "Amir Dastani, in Port Elan.\n"
)

#: two speakers who had a private conversation both take part
CONVERSATION = (
    "Show news feed\n"
    "\n"
    "Speaker of the National Assembly of Norland, Paul Marin, and speaker of the Milli Majlis of "
    "Valdoria, Lena Varga had a short private conversation in Geneva on Thursday, informed the speaker's "
    "press secretary, Ivo Dresk.\n"
    "\n"
    "The actual meeting between the speakers of the parliaments of the two countries will take place "
    "today.\n"
    "\n"
    "Paul Marin and Lena Varga had met in Geneva also on March 22.\n"
    "\n"
    "Marin is in Geneva to attend the preparatory committee meeting of the World Conference of Speakers.\n"
)

#: a second office joined by "and" stays in the role
SECOND_OFFICE = (
    "Norland and Valdoria hold joint commission\n"
    "\n"
    "The delegations were led by Paul Marin, Minister of Trade and Industry, and Lena Varga, "
    "Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs of Norland. The two met in Port "
    "Elan on May 3.\n"
)

#: after an office, a second one that a comma adds and that closes the apposition is the same person's
OFFICES_IN_A_ROW = (
    "Valdoria envoy calls on Norland officials\n"
    "\n"
    "On 3 May 2024, the Ambassador of Valdoria, Ivo Dresk, called on Paul Marin, Deputy Prime Minister, Minister "
    "of Foreign Affairs of Norland, in Port Elan. He later met Lena Varga, Chief of Defence Staff, Commander of the "
    "Army, who hosted a lunch, and Karl Osten, Minister of Trade, Deputy Mayor Rasmus Teller and the press.\n"
)

#: in a list of titles then names, each title is the next name's
TITLES_THEN_NAMES = (
    "Six envoys present letters of credence\n"
    "\n"
    "Six new envoys have presented their Letters of Credence to President Paul Marin at the Palace in "
    "Port Elan. They are the Ambassador of Algeria, Ivo Dresk, Ambassador of Suriname, Lena Varga, the "
    "Indonesian Ambassador, Karl Osten, and the Gambian High Commissioner, Rosa Tamm.\n"
)

#: envoys who "also presented" their credentials take part in the ceremony
ALSO_PRESENTED = (
    "President receives new envoys\n"
    "\n"
    "President Paul Marin has received the letters of credence of new envoys from three countries "
    "assigned to Norland.\n"
    "\n"
    "They include the Ambassador of Valdoria to Norland, Ivo Dresk.\n"
    "\n"
    "The Ambassador of Mauritania to Norland, Karim Abdellahi Sow and the Bangladeshi Ambassador to "
    "Norland, Rafiq Hossain Alam also presented their letters of credence to the president.\n"
)

#: the letters of an honour between a name and its title are skipped; the sender of a message handed over is mentioned
HONOUR_LETTERS = (
    "Joint communique on the visit of the Valdorian minister\n"
    "\n"
    "1- On 15th January 2021, the Minister of Foreign Affairs of Norland received Ivo Dresk, Minister of "
    "Foreign Affairs of Valdoria.\n"
    "\n"
    "2- H.E. Paul Marin, C.G.H., the President of Norland, granted audience to Ivo Dresk, during which "
    "the Minister presented to President, a Special Message from\n"
    "H.E. Karl Osten, President of Valdoria.\n"
)
#: an office spelled out is not replaced by its abbreviation with a nationality
SPELLED_OUT = (
    "Azerbaijan and Kenya hold consultations\n"
    "\n"
    "An Azerbaijani delegation, led by Paul Marin, Deputy Minister of Foreign Affairs, visited Kenya on Friday. "
    "The talks were led by Paul Marin and Ivo Dresk, Principal Secretary of Foreign Affairs.\n"
    "\n"
    "The Azerbaijani Deputy FM Paul Marin was also received by Lena Varga, Cabinet Secretary for Foreign Affairs.\n"
)
#: a country that opens an item of a list under "Ambassadors of …" is that item's
COUNTRY_ITEMS = (
    "Envoys present letters of credence\n"
    "\n"
    "President Paul Marin has received letters of credence from three envoys at the Palace. They are "
    "Ambassadors of Turkiye, Ivo Dresk; Ethiopia, Lena Varga; Mali, Karl Osten.\n"
)
#: what a participant tells of other occasions, in later sentences, names no participant
TOLD_BY_SPEAKER = (
    "Norland's diplomatic engagement at an all time high, says minister\n"
    "\n"
    "Minister for Foreign Affairs, Lena Varga, says Norland's diplomatic engagement with the world has been at an "
    "all time high this year.\n"
    "Addressing a forum organized by her Ministry for the Diplomatic Community, Minister Lena Varga said the "
    "meeting was put together to exchange views on cooperation.\n"
    "In a brief overview of the year, the Foreign Minister said the year has witnessed high-level visits.\n"
    "The President, according to the Foreign Minister, also welcomed several leaders to Norland such as the "
    "Valdorian President, H.E. Ivo Dresk and H.E. President Karl Osten of Guinea.\n"
    "To this end, the Minister said President Paul Marin undertook official visits to France and Germany.\n"
)
#: the ministry an office belongs to, set after the title by a comma, stays in the role
OFFICE_BODY = (
    "Foreign Secretary holds discussions in Washington\n"
    "\n"
    "On 12 July 2023, Mr. Paul Marin, Foreign Secretary, Ministry of Foreign Affairs, International Cooperation "
    "held discussions with Ivo Dresk, Assistant Secretary of State for Western Hemisphere Affairs.\n"
)


def participants(text: str) -> dict[str | None, str | None]:
    """Each participant's name and role."""
    brief = briefparse.parse(text, reference_date=REF)
    return {p.name: p.role for p in brief.participants}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (HEADLINE_AGAIN, ["Paul Marin", "Ivo Dresk"], ["Rasmus Teller"]),
        (BIN_NAMES, ["Sultan bin Rashed Al Noor", "Saleh bin Amir Al Fayed"], []),
        (MAJLIS, ["Lena Varga", "Paul Marin"], ["Milli Majlis"]),
        (AMIR_INSIDE, ["Karim Amir Dastani"], []),
        (CONVERSATION, ["Paul Marin", "Lena Varga"], []),
        (ALSO_PRESENTED, ["Karim Abdellahi Sow", "Rafiq Hossain Alam"], []),
        (HONOUR_LETTERS, ["Paul Marin"], ["Karl Osten"]),
        (TOLD_BY_SPEAKER, ["Lena Varga"], ["Ivo Dresk", "Karl Osten", "Paul Marin"]),
    ],
)
def test_who_takes_part(text: str, present: list[str], absent: list[str]) -> None:
    found = participants(text)
    assert all(name in found for name in present)
    assert not any(name in found for name in absent)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (AMB_TITLE, "Lena Varga", "Cabinet Secretary, Ministry of Foreign Affairs of Norland"),
        (SECOND_OFFICE, "Lena Varga", "Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs of Norland"),
        (SECOND_OFFICE, "Paul Marin", "Minister of Trade and Industry"),
        (TITLES_THEN_NAMES, "Lena Varga", "Ambassador of Suriname"),
        (TITLES_THEN_NAMES, "Karl Osten", "Indonesian Ambassador"),
        (HONOUR_LETTERS, "Paul Marin", "President of Norland"),
        (SPELLED_OUT, "Paul Marin", "Deputy Minister of Foreign Affairs"),
        (COUNTRY_ITEMS, "Lena Varga", "Ambassador of Ethiopia"),
        (COUNTRY_ITEMS, "Karl Osten", "Ambassador of Mali"),
        (OFFICE_BODY, "Paul Marin", "Foreign Secretary, Ministry of Foreign Affairs"),
        (OFFICES_IN_A_ROW, "Paul Marin", "Deputy Prime Minister, Minister of Foreign Affairs of Norland"),
        (OFFICES_IN_A_ROW, "Lena Varga", "Chief of Defence Staff, Commander of the Army"),
        (OFFICES_IN_A_ROW, "Karl Osten", "Minister of Trade"),
    ],
)
def test_roles(text: str, name: str, role: str) -> None:
    assert participants(text).get(name) == role
