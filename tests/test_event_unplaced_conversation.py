"""Event type on briefs invented for these tests (fictional people, real countries): a conversation the title and the
lead tell only by words of conversation ("ont eu une conversation", "Беседа ... носила деловой характер", "had a
frank discussion"), between two people, in a story that names no city or venue for it and no meeting, visit or
gathering held in person, is a call whose medium goes unsaid; the same words with a city, a reception, or a delegation
of guests stay a meeting, as do talks ("held talks", "переговоры") and the French "s'est entretenu", told of talks
held in person as much as of calls."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le premier ministre Jonas Verhoeven et le président Arno Kessler ont eu une « conversation constructive » "
            "mardi au sujet des relations commerciales entre la Belgique et l'Autriche.\nLes deux dirigeants ont "
            "convenu de se reparler bientôt, a précisé le cabinet du premier ministre.",
            "fr",
        ),
        (
            "Президент Литвы Арвидас Корсакас и его финский коллега Эско Вартиайнен провели беседу. Беседа носила "
            "откровенный и деловой характер, сообщила пресс-служба.\nГлавы государств договорились продолжать "
            "контакты.",
            "ru",
        ),
        (  # a people after a preposition places nothing
            "Les deux chefs d'Etat ont discuté, au cours de cette conversation dont l'initiative revient aux "
            "Autrichiens, de la situation dans les Balkans, a indiqué la présidence dans un communiqué.",
            "fr",
        ),
        (
            "The two Presidents had a frank discussion on cooperation between the two countries. The situation in the "
            "region was among the issues discussed. The Presidents agreed to stay in contact.",
            "en",
        ),
    ],
)
def test_a_conversation_nothing_places_is_a_call(text: str, language: str) -> None:
    assert parse(text, language=language).event_type == "phone_call"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # the city where they talked
            "Le premier ministre Jonas Verhoeven et le président Arno Kessler ont eu une « conversation constructive » "
            "mardi à Vienne au sujet des relations commerciales.\nLes deux dirigeants ont convenu de se revoir.",
            "fr",
        ),
        (  # a venue
            "Президент Литвы Арвидас Корсакас и его финский коллега Эско Вартиайнен провели беседу в Кремле. Беседа "
            "носила откровенный и деловой характер.\nГлавы государств договорились продолжать контакты.",
            "ru",
        ),
        (  # a delegation of guests: an audience
            "Le président Jonas Verhoeven s'est entretenu ce mercredi avec une délégation de notables, notamment Paul "
            "Mbeki Aroun, Pierre Tadio Ngassa et Idriss Lomboko.\nAu cours des discussions, le président a fait un "
            "point de situation à ses hôtes.",
            "fr",
        ),
        (  # a meeting held in person, told anywhere
            "The two Presidents had a frank discussion on cooperation between the two countries. They met again over "
            "dinner on Wednesday.",
            "en",
        ),
    ],
)
def test_a_conversation_held_in_person_stays_a_meeting(text: str, language: str) -> None:
    assert parse(text, language=language).event_type == "meeting"
