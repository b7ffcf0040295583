"""An honorific of one word between two words of a name is the name's ("Hassan Sheikh X", a father's title in
"Abang Kamil Tun Y"), not after a place's or a title's word ("Yang Dipertua Negeri Penang Tun Z"); Malaysia's
federal titles and their wives' ("Tun", "Toh Puan", "Puan Sri") are honorifics before a name."""

import briefparse


def _names_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text).participants]


def test_honorific_after_a_given_name_is_inside_the_name():
    text = (
        "Mogadishu, March 4, 2025 - President Hassan Sheikh Warsame received on Tuesday the Ambassador of Canada, "
        "Ellen Marsh.\n"
    )
    assert _names_and_roles(text) == [("Hassan Sheikh Warsame", "President"), ("Ellen Marsh", "Ambassador of Canada")]


def test_father_s_title_after_two_words_of_a_name_is_inside_the_name():
    text = (
        "Kuching, March 4, 2025 - Chief Minister Abang Kamil Tun Openk received on Tuesday the Ambassador of "
        "Canada, Ellen Marsh.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == ["Abang Kamil Tun Openk", "Ellen Marsh"]


def test_malaysian_titles_before_a_name_and_a_state_s_governor():
    text = (
        "George Town, March 4, 2025 - Prime Minister Tan Sri Razak Hamid paid a courtesy call on the Yang Dipertua "
        "Negeri Penang Tun Zainal Arif and spouse Toh Puan Salmah Arif at the official residence. Also present was "
        "the prime minister's wife Puan Sri Norlela Hamid.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == [
        "Razak Hamid", "Zainal Arif", "Salmah Arif", "Norlela Hamid",
    ]


def test_honorific_after_a_body_s_name_opens_the_holder_s_name():
    text = (
        "Kuala Lumpur, March 4, 2025 - Chairman of the Kelantan Heritage Trust Tun Zainal Arif received on Tuesday "
        "the Ambassador of Canada, Ellen Marsh.\n"
    )
    names = [name for name, _ in _names_and_roles(text)]
    assert "Zainal Arif" in names and "Ellen Marsh" in names


def test_title_of_one_name_before_a_name_with_a_father_s_is_its_title():
    text = (
        "Riyadh, March 4, 2025 - The audience was attended by Commander of the National Guard Prince Nasser bin "
        "Faisal bin Saad and the Ambassador of Canada, Ellen Marsh.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Nasser bin Faisal bin Saad" in names and not any(n and n.startswith("Guard") for n in names)
