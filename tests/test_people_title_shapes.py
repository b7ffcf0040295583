"""Participants in briefs from outlets unlike the corpus: a title's province with no name after it, an honorific
without its final dot, a role abbreviation used as a title (fictional briefs)."""

from __future__ import annotations

from briefparse import parse


def _names(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def test_title_province_without_name_is_no_one() -> None:
    text = (
        "Governor Zarkand calls on President\n\n"
        "KORVA: Governor Zarkand Tomas Velkari on Monday called on President Dr. Ilya Brenn at his office.\n\n"
        "They discussed development projects in Zarkand and other matters.\n\n"
        "Governor Zarkand informed the President about the floods."
    )
    names = _names(text)
    assert "Zarkand" not in names
    assert "Tomas Velkari" in names


def test_saint_place_is_no_one() -> None:
    text = (
        "Envoy Mara Quill meets St Orrin Prime Minister\n\n"
        "Ambassador Mara Quill met today with the Prime Minister of Saint Orrin and the Velt Isles "
        "to discuss trade.\n\n"
        "Ambassador Quill said the two countries would work together."
    )
    names = _names(text)
    assert "Saint Orrin" not in names and "St Orrin" not in names
    assert "Mara Quill" in names


def test_fm_title_before_surname_joins_the_full_name() -> None:
    text = (
        "FM Dravik, Eastland governor discuss political matters\n\n"
        "KORVA: Governor Eastland Pavel Orsin called on Foreign Minister Tomas Dravik "
        "at the foreign office on Friday.\n\n"
        "During the meeting, the governor informed FM Dravik about development works."
    )
    names = _names(text)
    assert len(names) == 2
    assert set(names) == {"Pavel Orsin", "Tomas Dravik"}


def test_three_word_headline_naming_an_event_is_the_headline() -> None:
    text = (
        "PM meets envoy\n\n"
        "KORVA: The Ambassador of Norway Mara Quill called on Prime Minister Orsin Velkar on Monday.\n\n"
        "The two discussed health cooperation."
    )
    brief = parse(text)
    assert brief.title == "PM meets envoy"
    assert [p.name for p in brief.participants] == ["Mara Quill", "Orsin Velkar"]


def test_three_word_line_naming_no_event_is_no_headline() -> None:
    text = (
        "By Lena Orsk\n\n"
        "KORVA: The Ambassador of Norway Mara Quill called on Prime Minister Orsin Velkar on Monday.\n\n"
        "The two discussed health cooperation."
    )
    assert parse(text).title != "By Lena Orsk"


def test_honorific_without_its_dots_is_no_part_of_the_role() -> None:
    for honorific in ("H.E", "H E"):
        text = (
            "Norwegian ambassador calls on health minister\n\n"
            f"KORVA: The Ambassador of Norway {honorific} Mara Quill called on the health minister on Monday.\n\n"
            "The two discussed health cooperation."
        )
        roles = {p.name: p.role for p in parse(text).participants}
        assert roles.get("Mara Quill") == "Ambassador of Norway"


def test_bare_role_running_into_a_name_is_that_persons_title() -> None:
    text = (
        "PM meets Norwegian envoy\n\n"
        "KORVA - Prime Minister Orsin Velkar on Thursday reiterated his commitment to the peace process.\n\n"
        "The prime minister stated this while talking to the Norwegian Special Representative for Peace "
        "Ambassador Mara Quill, who paid a courtesy call on him."
    )
    names = _names(text)
    assert None not in names
    assert set(names) == {"Orsin Velkar", "Mara Quill"}
