"""Presence told with its verb last after a short complement: "Present with President X were Y and Z", "Present there
were Y", "Also joining them were Y and Z": those named after it take part in the reported meeting."""

from briefparse import parse


def _parties(text: str) -> tuple[set[str], set[str]]:
    brief = parse(text).model_dump(mode="json")
    return {p["name"] for p in brief["participants"]}, {m["name"] for m in brief["people_mentioned"]}


def test_present_with_the_host_were() -> None:
    parties, mentioned = _parties(
        "President Tomas Varlen received the credentials of Ambassador Jon Mereth of Ostland on Monday at the Palace.\n"
        "Present with President Varlen were Deputy Secretary Sam Pleck and Chief of Staff Leo Hamner.\n"
        "The two discussed cooperation in fisheries."
    )
    assert {"Tomas Varlen", "Jon Mereth", "Sam Pleck", "Leo Hamner"} <= parties
    assert not {"Sam Pleck", "Leo Hamner"} & mentioned


def test_also_joining_them_were() -> None:
    parties, mentioned = _parties(
        "President Tomas Varlen received Ambassador Jon Mereth of Ostland on Monday at the Palace.\n"
        "Also joining them were Prime Minister, Ben Oduro, and Mrs Mary Oduro.\n"
        "The two discussed cooperation in fisheries."
    )
    assert {"Ben Oduro", "Mary Oduro"} <= parties
    assert not {"Ben Oduro", "Mary Oduro"} & mentioned

